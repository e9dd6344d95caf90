//! The company seal: its history, a new seal, export, revocation and the
//! revocation list it publishes.

use super::key_secret::{KeySecretInput, RegisteredKey};
use super::Context;
use crate::keys::registry as keys;
use crate::keys::signer::Signer;
use crate::keys::unlock::{open_signer, KeySecret};
use crate::keys::KeyAlgorithm;
use crate::pki::seal::{self, SealRecord, SealRequest};
use crate::pki::{export, issue, revocation};
use crate::secret::Secret;
use crate::Result;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use ts_rs::TS;

/// The core's limits and choices the seal and issuing forms offer, so no
/// face keeps its own copy of them.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PkiLimits {
    /// Key algorithms in the order offered; the first is the default.
    pub algorithms: Vec<KeyAlgorithm>,
    /// Seal validity offered by default, in years.
    pub seal_default_years: u32,
    /// Longest seal validity, in years.
    pub seal_max_years: u32,
    /// Default validity of an issued certificate, in days.
    pub issue_default_days: u32,
    /// Longest validity of an issued certificate, in days.
    pub issue_max_days: u32,
}

/// The key a new seal is made with.
#[derive(Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum SealKeyInput {
    /// A new key of `algorithm` written encrypted to `path`, a file the
    /// user chose; an existing file is never replaced.
    NewFile {
        /// The algorithm.
        algorithm: KeyAlgorithm,
        /// Where the key file goes.
        path: PathBuf,
        /// Password that encrypts the key file.
        password: Secret,
    },
    /// A key already in the registry.
    Existing(RegisteredKey),
}

/// A new seal: the key it is made with and the organisation it names.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct NewSeal {
    /// The seal's key.
    pub key: SealKeyInput,
    /// Organisation name (also the seal's common name).
    pub organization: String,
    /// organizationIdentifier, e.g. `VATPL-5260250274`.
    pub organization_id: String,
    /// Two-letter country code.
    pub country: String,
    /// Validity in years.
    pub years: u32,
}

/// A seal's organisation identifier as the core will write it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CheckedOrganizationId {
    /// The organizationIdentifier in the ETSI EN 319 412-1 form, e.g.
    /// `VATPL-5260250274` for the bare NIP `526-025-02-74`.
    pub organization_id: String,
}

/// Checks a seal's organisation identifier for `country` as the user types
/// it, by the same rule [`create`] applies.
pub fn check_organization_id(country: &str, value: &str) -> Result<CheckedOrganizationId> {
    Ok(CheckedOrganizationId {
        organization_id: crate::ids::organization_identifier(country, value)?,
    })
}

/// What the seal and issuing forms may offer.
pub fn limits() -> PkiLimits {
    PkiLimits {
        algorithms: KeyAlgorithm::ALL.to_vec(),
        seal_default_years: seal::DEFAULT_SEAL_YEARS,
        seal_max_years: seal::MAX_SEAL_YEARS,
        issue_default_days: issue::DEFAULT_DAYS,
        issue_max_days: issue::MAX_DAYS,
    }
}

/// Every seal, newest first.
pub fn history(cx: &Context) -> Result<Vec<SealRecord>> {
    seal::history(cx.store(), cx.now())
}

/// Makes a new seal and makes it the current one. A new key file is only
/// generated once the organisation is known to be acceptable, so a refused
/// request leaves no unused key file blocking the same name next time.
pub fn create(cx: &Context, request: &NewSeal) -> Result<SealRecord> {
    let store = cx.store();
    let seal_request = SealRequest {
        organization: request.organization.clone(),
        organization_id: request.organization_id.clone(),
        country: request.country.clone(),
        years: request.years,
    };
    let (key_id, signer) = match &request.key {
        SealKeyInput::NewFile {
            algorithm,
            path,
            password,
        } => {
            seal::checked_subject(&seal_request)?;
            let record =
                keys::generate_file_key(store, *algorithm, path, password.as_str(), cx.now())?;
            let signer = open_signer(store, record.id, KeySecret::Password(password.as_str()))?;
            (record.id, signer)
        }
        SealKeyInput::Existing(key) => (
            key.key_id,
            open_signer(store, key.key_id, key.secret.as_key_secret())?,
        ),
    };
    seal::create(store, key_id, signer.as_ref(), &seal_request, cx.now())
}

/// Writes seal `id`'s certificate to a new file, PEM or DER by its name.
pub fn export(cx: &Context, id: i64, path: &std::path::Path) -> Result<()> {
    seal::export(cx.store(), id, path, cx.now())
}

/// Revokes seal `id`: every certificate it issued becomes invalid.
pub fn revoke(cx: &Context, id: i64) -> Result<SealRecord> {
    seal::revoke(cx.store(), id, cx.now())
}

/// Signs seal `id`'s next revocation list with its key and writes it to a
/// new file, PEM or DER by its name.
pub fn publish_crl(
    cx: &Context,
    id: i64,
    secret: &KeySecretInput,
    path: &std::path::Path,
) -> Result<()> {
    let signer = signer(cx, id, secret)?;
    let der = revocation::crl(cx.store(), id, signer.as_ref(), cx.now())?;
    export::write_labelled(path, &der, "X509 CRL")
}

/// Opens the key of seal `seal_id` with the secret the user gave.
pub(crate) fn signer(
    cx: &Context,
    seal_id: i64,
    secret: &KeySecretInput,
) -> Result<Box<dyn Signer>> {
    seal::open_key(cx.store(), seal_id, secret.as_key_secret(), cx.now())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    #[test]
    fn a_seal_takes_a_bare_number_in_the_etsi_form_and_refuses_a_wrong_check_digit() {
        let (dir, store) = crate::actions::test_store::empty_store();
        let cx = Context::at(
            &store,
            crate::actions::Scope::test_administrator(),
            Utc::now(),
        );
        let key_path = dir.path().join("seal.key");

        let mut israeli = new_file_seal(key_path.clone(), 3, "NTRIL-514000000");
        israeli.country = "IL".into();
        assert_eq!(
            create(&cx, &israeli).unwrap_err().code(),
            "id.invalid-checksum"
        );
        assert!(!key_path.exists(), "no key file for a refused seal");
        assert_eq!(
            check_organization_id("IL", "NTRIL-514000000")
                .unwrap_err()
                .code(),
            "id.invalid-checksum"
        );

        let made = create(&cx, &new_file_seal(key_path, 3, "526-025-02-74")).unwrap();
        assert_eq!(made.organization_id, "VATPL-5260250274");
        assert!(
            made.subject().contains("VATPL-5260250274"),
            "{}",
            made.subject()
        );
        assert_eq!(
            check_organization_id("PL", "5260250274")
                .unwrap()
                .organization_id,
            "VATPL-5260250274"
        );
    }

    fn new_file_seal(path: PathBuf, years: u32, org_id: &str) -> NewSeal {
        NewSeal {
            key: SealKeyInput::NewFile {
                algorithm: KeyAlgorithm::EcP256,
                path,
                password: "seal-pw".into(),
            },
            organization: "Zakład Żuraw".into(),
            organization_id: org_id.into(),
            country: "PL".into(),
            years,
        }
    }

    #[test]
    fn a_refused_seal_leaves_no_key_file_and_an_accepted_one_signs_its_crl() {
        let (dir, store) = crate::actions::test_store::empty_store();
        let cx = Context::at(
            &store,
            crate::actions::Scope::test_administrator(),
            Utc::now(),
        );
        let key_path = dir.path().join("seal.key");

        for (years, org_id) in [(11, "VATPL-5260250274"), (3, " ")] {
            let err =
                create(&cx, &new_file_seal(key_path.clone(), years, org_id)).expect_err("refused");
            assert!(
                ["pki.validity-out-of-range", "pki.field-required"].contains(&err.code()),
                "{}",
                err.code()
            );
            assert!(!key_path.exists(), "no key file for a refused seal");
        }

        let made = create(&cx, &new_file_seal(key_path.clone(), 3, "VATPL-5260250274")).unwrap();
        assert!(key_path.exists());
        assert_eq!(history(&cx).unwrap()[0].id, made.id);

        let wrong = KeySecretInput::Password("wrong".into());
        let crl = dir.path().join("seal.crl");
        assert_eq!(
            publish_crl(&cx, made.id, &wrong, &crl).unwrap_err().code(),
            "key.wrong-password"
        );
        assert!(!crl.exists());
        let right = KeySecretInput::Password("seal-pw".into());
        publish_crl(&cx, made.id, &right, &crl).unwrap();
        assert!(std::fs::metadata(&crl).unwrap().len() > 0);
    }
}
