//! Signing identities: the kinds of business identifier and their live
//! check, registration, the list, selection and attaching the CA's answer.
//!
//! Registration generates a key, derives a key-file password or talks to a
//! token, so it runs on a worker thread like the seal commands.

use super::pki::{on_worker, KeySecretInput, Secret};
use crate::state::{ui_error, AppState};
use chrono::Utc;
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::identity::{
    self, Attached, CertificateSource, IdentityRecord, KeyTarget, Registered, Registration,
};
use sealdesk_core::ids::{self, Kind};
use sealdesk_core::keys::KeyAlgorithm;
use sealdesk_core::{settings, Error};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tauri::State;

/// One kind of business identifier the wizard offers.
#[derive(Serialize)]
pub struct IdKindView {
    /// Stable name (`pl-nip`).
    name: &'static str,
    /// Official short name (NIP, ЄДРПОУ...), the same in every language.
    label: &'static str,
    /// Its country, or none for the free-form kind.
    country: Option<&'static str>,
}

/// What the registration wizard offers and requires.
#[derive(Serialize)]
pub struct IdentityLimits {
    /// Every kind of identifier, in the core's order.
    kinds: Vec<IdKindView>,
    /// Fewest characters of a signing password.
    min_password_chars: usize,
}

/// A business identifier that passed its national check.
#[derive(Serialize)]
pub struct CheckedId {
    /// The kind found or confirmed.
    kind: Kind,
    /// Without separators or prefix.
    normalized: String,
    /// How it appears in a certificate (`VATPL-…`, `TINUA-…`).
    subject_value: String,
}

#[tauri::command]
pub fn identity_limits() -> IdentityLimits {
    IdentityLimits {
        kinds: Kind::ALL
            .iter()
            .map(|k| IdKindView {
                name: k.name(),
                label: k.label(),
                country: k.country(),
            })
            .collect(),
        min_password_chars: identity::MIN_SIGNING_PASSWORD_CHARS,
    }
}

/// Checks a business identifier as the user types it.
#[tauri::command]
pub fn check_business_id(
    country: String,
    kind: Option<String>,
    value: String,
) -> Result<CheckedId, ErrorPayload> {
    let kind = parse_kind(&country, kind.as_deref()).map_err(ui_error)?;
    let id = ids::check(&country, kind, &value).map_err(ui_error)?;
    Ok(CheckedId {
        kind: id.kind,
        subject_value: id.subject_value(),
        normalized: id.normalized,
    })
}

fn parse_kind(country: &str, name: Option<&str>) -> Result<Option<Kind>, Error> {
    match name.filter(|n| !n.is_empty()) {
        None => Ok(None),
        Some(name) => Kind::from_name(name).map(Some).ok_or_else(|| {
            Error::Id(sealdesk_core::IdError::UnknownKind {
                country: country.to_ascii_uppercase(),
                kind: name.to_string(),
            })
        }),
    }
}

/// Where the new identity's key goes.
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum IdentityKeyInput {
    /// A new key file in the data folder, encrypted with the signing password.
    File {
        /// The signing password.
        password: Secret,
    },
    /// A new key on the token with this label, through the module chosen
    /// in the settings.
    Token {
        /// The token's label.
        token_label: String,
        /// The token's user PIN.
        pin: Secret,
    },
}

/// Where the new identity's certificate comes from.
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
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

/// What the registration wizard sends.
#[derive(Deserialize)]
pub struct RegistrationInput {
    country: String,
    kind: Option<String>,
    business_id: String,
    business_name: String,
    signer_name: String,
    email: String,
    algorithm: String,
    key: IdentityKeyInput,
    certificate: IdentityCertificateInput,
    select: bool,
}

#[tauri::command]
pub async fn register_identity(
    state: State<'_, AppState>,
    registration: RegistrationInput,
) -> Result<Registered, ErrorPayload> {
    on_worker(&state, move |store| {
        let r = &registration;
        let module = match &r.key {
            IdentityKeyInput::Token { .. } => settings::pkcs11_module(store)?,
            IdentityKeyInput::File { .. } => None,
        };
        let key = match &r.key {
            IdentityKeyInput::File { password } => KeyTarget::File {
                password: password.as_str(),
            },
            IdentityKeyInput::Token { token_label, pin } => KeyTarget::Token {
                module: module
                    .as_deref()
                    .ok_or(Error::Token(sealdesk_core::TokenError::ModuleNotSet))?,
                token_label,
                pin: pin.as_str(),
                object_label: None,
            },
        };
        let certificate = match &r.certificate {
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
            country: &r.country,
            kind: parse_kind(&r.country, r.kind.as_deref())?,
            business_id: &r.business_id,
            business_name: &r.business_name,
            signer_name: &r.signer_name,
            email: &r.email,
            key,
            algorithm: r.algorithm.parse::<KeyAlgorithm>()?,
            certificate,
            select: r.select,
        };
        identity::register(store, &registration, Utc::now())
    })
    .await
}

#[tauri::command]
pub fn list_identities(state: State<'_, AppState>) -> Result<Vec<IdentityRecord>, ErrorPayload> {
    identity::list(&*state.unlocked_store()?, Utc::now()).map_err(ui_error)
}

#[tauri::command]
pub fn select_identity(
    state: State<'_, AppState>,
    id: i64,
) -> Result<IdentityRecord, ErrorPayload> {
    identity::select(&*state.unlocked_store()?, id, Utc::now()).map_err(ui_error)
}

/// Installs the certificate file the CA sent for identity `id`'s request.
#[tauri::command]
pub fn attach_identity_certificate(
    state: State<'_, AppState>,
    id: i64,
    path: PathBuf,
) -> Result<Attached, ErrorPayload> {
    identity::attach_certificate(&*state.unlocked_store()?, id, &path, Utc::now()).map_err(ui_error)
}
