//! Certificate profiles the company seal issues.

use crate::{Error, Result};
use rcgen::{ExtendedKeyUsagePurpose, KeyUsagePurpose};
use serde::{Deserialize, Serialize};
use std::str::FromStr;

/// What an issued certificate is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Profile {
    /// Signing documents: digitalSignature and nonRepudiation.
    Signing,
    /// Logging in to the company portal and protecting e-mail: clientAuth
    /// and emailProtection, with the company code (OU) and login (UID) in
    /// the subject, where the portal reads them back.
    PortalUser,
}

impl Profile {
    /// The stable name (`signing`, `portal-user`).
    pub fn name(self) -> &'static str {
        match self {
            Profile::Signing => "signing",
            Profile::PortalUser => "portal-user",
        }
    }

    pub(crate) fn key_usages(self, rsa: bool) -> Vec<KeyUsagePurpose> {
        match self {
            Profile::Signing => vec![
                KeyUsagePurpose::DigitalSignature,
                KeyUsagePurpose::ContentCommitment,
            ],
            // RSA keys also decrypt S/MIME mail, which needs keyEncipherment.
            Profile::PortalUser if rsa => vec![
                KeyUsagePurpose::DigitalSignature,
                KeyUsagePurpose::KeyEncipherment,
            ],
            Profile::PortalUser => vec![KeyUsagePurpose::DigitalSignature],
        }
    }

    pub(crate) fn extended_key_usages(self) -> Vec<ExtendedKeyUsagePurpose> {
        match self {
            Profile::Signing => Vec::new(),
            Profile::PortalUser => vec![
                ExtendedKeyUsagePurpose::ClientAuth,
                ExtendedKeyUsagePurpose::EmailProtection,
            ],
        }
    }
}

impl FromStr for Profile {
    type Err = Error;

    fn from_str(name: &str) -> Result<Self> {
        match name {
            "signing" => Ok(Profile::Signing),
            "portal-user" => Ok(Profile::PortalUser),
            other => Err(Error::Pki(crate::PkiError::UnknownProfile {
                name: other.to_string(),
            })),
        }
    }
}
