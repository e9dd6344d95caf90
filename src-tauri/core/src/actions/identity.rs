//! Signing identities: the kinds of business identifier and their live
//! check, registration, the list, selection and attaching the CA's answer.

use super::key_secret::KeySecretInput;
use super::{token_module, Context};
use crate::identity::{
    self, Attached, CertificateSource, IdentityRecord, KeyTarget, Registered, Registration, Removed,
};
use crate::ids::{self, Kind};
use crate::keys::KeyAlgorithm;
use crate::secret::Secret;
use crate::Result;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// One kind of business identifier the wizard offers.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IdKind {
    /// The kind.
    pub name: Kind,
    /// Official short name (NIP, ЄДРПОУ...), the same in every language.
    pub label: String,
    /// Its country, or none for the free-form kind.
    pub country: Option<String>,
}

/// What the registration wizard offers and requires.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IdentityLimits {
    /// Every kind of identifier, in the core's order.
    pub kinds: Vec<IdKind>,
    /// Fewest characters of a signing password.
    pub min_password_chars: usize,
}

/// A business identifier that passed its national check.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CheckedId {
    /// The kind found or confirmed.
    pub kind: Kind,
    /// Without separators or prefix.
    pub normalized: String,
    /// How it appears in a certificate (`VATPL-…`, `TINUA-…`).
    pub subject_value: String,
}

/// Where the new identity's key goes.
#[derive(Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum IdentityKeyInput {
    /// A new key file in the data folder, encrypted with the signing password.
    File {
        /// The signing password.
        password: Secret,
    },
    /// A new key on the token with this label.
    Token {
        /// The token's label.
        token_label: String,
        /// The token's user PIN.
        pin: Secret,
        /// The module library; none takes the one in the settings.
        #[serde(default)]
        #[ts(optional = nullable)]
        module: Option<PathBuf>,
    },
}

/// Where the new identity's certificate comes from.
#[derive(Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum IdentityCertificateInput {
    /// Issued by the company seal.
    Seal {
        /// The seal.
        seal_id: i64,
        /// The seal key's password or PIN.
        secret: KeySecretInput,
        /// Days of validity.
        days: u32,
    },
    /// A request written to a new file the user chose.
    Csr {
        /// The file.
        path: PathBuf,
    },
}

/// A signing identity to register.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct RegisterIdentity {
    /// Two-letter country of the business.
    pub country: String,
    /// The kind of business identifier; none guesses it from its shape.
    pub kind: Option<Kind>,
    /// The business identifier as typed.
    pub business_id: String,
    /// The business name.
    pub business_name: String,
    /// The signer: the business, its owner or an authorised person.
    pub signer_name: String,
    /// The e-mail shown in the signature.
    pub email: String,
    /// The new key's algorithm.
    pub algorithm: KeyAlgorithm,
    /// Where the key goes.
    pub key: IdentityKeyInput,
    /// Where the certificate comes from.
    pub certificate: IdentityCertificateInput,
    /// Whether to make it the active signing identity when it can sign.
    pub select: bool,
}

/// What the registration wizard offers and requires.
pub fn limits() -> IdentityLimits {
    IdentityLimits {
        kinds: Kind::ALL
            .iter()
            .map(|kind| IdKind {
                name: *kind,
                label: kind.label().to_string(),
                country: kind.country().map(str::to_string),
            })
            .collect(),
        min_password_chars: identity::MIN_SIGNING_PASSWORD_CHARS,
    }
}

/// Checks a business identifier of `country` as the user types it; with
/// no `kind`, the kind is recognised from its shape.
pub fn check_business_id(country: &str, kind: Option<Kind>, value: &str) -> Result<CheckedId> {
    let id = ids::check(country, kind, value)?;
    Ok(CheckedId {
        kind: id.kind,
        subject_value: id.subject_value(),
        normalized: id.normalized,
    })
}

/// Registers a signing identity: all of it or nothing. A key made on a
/// token through a module given here makes that module the default when
/// none was chosen yet.
pub fn register(cx: &Context, request: &RegisterIdentity) -> Result<Registered> {
    let module = match &request.key {
        IdentityKeyInput::Token { module, .. } => {
            Some(token_module::chosen(cx, module.as_deref())?)
        }
        IdentityKeyInput::File { .. } => None,
    };
    let key = match (&request.key, &module) {
        (IdentityKeyInput::File { password }, _) => KeyTarget::File {
            password: password.as_str(),
        },
        (
            IdentityKeyInput::Token {
                token_label, pin, ..
            },
            Some(module),
        ) => KeyTarget::Token {
            module,
            token_label,
            pin: pin.as_str(),
            object_label: None,
        },
        (IdentityKeyInput::Token { .. }, None) => {
            return Err(crate::Error::Token(crate::TokenError::ModuleNotSet))
        }
    };
    let certificate = match &request.certificate {
        IdentityCertificateInput::Seal {
            seal_id,
            secret,
            days,
        } => CertificateSource::Seal {
            seal_id: *seal_id,
            secret: secret.as_key_secret(),
            days: *days,
        },
        IdentityCertificateInput::Csr { path } => CertificateSource::Csr { out: path },
    };
    let registration = Registration {
        country: &request.country,
        kind: request.kind,
        business_id: &request.business_id,
        business_name: &request.business_name,
        signer_name: &request.signer_name,
        email: &request.email,
        key,
        algorithm: request.algorithm,
        certificate,
        select: request.select,
    };
    let done = identity::register(cx.store(), &registration, cx.now())?;
    if let Some(module) = &module {
        token_module::remember_first(cx, module)?;
    }
    Ok(done)
}

/// Every identity, the active one marked.
pub fn list(cx: &Context) -> Result<Vec<IdentityRecord>> {
    identity::list(cx.store(), cx.now())
}

/// Makes identity `id` the one that signs.
pub fn select(cx: &Context, id: i64) -> Result<IdentityRecord> {
    identity::select(cx.store(), id, cx.now())
}

/// Removes identity `id`, keeping its key and its certificate.
pub fn remove(cx: &Context, id: i64) -> Result<Removed> {
    identity::remove(cx.store(), id, cx.now())
}

/// Installs the certificate file the CA sent for identity `id`'s request.
pub fn attach_certificate(cx: &Context, id: i64, path: &Path) -> Result<Attached> {
    identity::attach_certificate(cx.store(), id, path, cx.now())
}
