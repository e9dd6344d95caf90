//! Keys on PKCS#11 tokens (smart cards, USB tokens, HSMs) through `cryptoki`.
//!
//! A token is found by its label, a key on it by its `CKA_ID`, and the key's
//! public key must still be the one the registry recorded: vendors change
//! slot ids and serial numbers between driver versions, never those.

mod error;
pub use error::TokenError;
mod failure;
mod generate;
mod module;
mod public_key;
mod session;
mod signer;
#[cfg(test)]
pub(crate) mod softhsm;
#[cfg(test)]
mod tests;

pub use generate::{generate_key_pair, TokenKeyPair, OBJECT_ID_LEN};
pub use module::{list_tokens, Module, TokenInfo};
pub use session::TokenSession;
pub use signer::{TokenKeyLocation, TokenSigner};

pub(crate) use module::check_module_file;

use super::signer::Signer;
use super::{spki_sha256, KeyAlgorithm};
use crate::{settings, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use std::path::Path;

/// Longest key label SealDesk writes to a token.
pub const MAX_OBJECT_LABEL_CHARS: usize = 64;

/// The label a new token key gets when the user gives none, e.g.
/// `sealdesk-ec-p256-20260114-093012`.
pub fn default_object_label(algorithm: KeyAlgorithm, now: DateTime<Utc>) -> String {
    format!(
        "sealdesk-{}-{}",
        algorithm.name(),
        now.format("%Y%m%d-%H%M%S")
    )
}

/// Refuses an empty key label or one longer than [`MAX_OBJECT_LABEL_CHARS`].
pub fn check_object_label(label: &str) -> Result<()> {
    if label.trim().is_empty() {
        return Err(Error::Pki(crate::PkiError::FieldRequired {
            field: "label".into(),
        }));
    }
    if label.chars().count() > MAX_OBJECT_LABEL_CHARS {
        return Err(Error::Pki(crate::PkiError::FieldTooLong {
            field: "label".into(),
            max: MAX_OBJECT_LABEL_CHARS,
        }));
    }
    Ok(())
}

/// Opens the token key registered as `key_id` with the user PIN, through
/// the PKCS#11 module chosen in the settings.
pub fn open_registered(store: &Store, key_id: i64, pin: &str) -> Result<Box<dyn Signer>> {
    let module =
        settings::pkcs11_module(store)?.ok_or(Error::Token(crate::TokenError::ModuleNotSet))?;
    open_registered_with_module(store, key_id, &module, pin)
}

/// Opens the token key registered as `key_id` with the user PIN, through
/// the module at `module_path` (for a one-off choice that overrides the
/// setting). The key's public key must be the recorded one.
pub fn open_registered_with_module(
    store: &Store,
    key_id: i64,
    module_path: &Path,
    pin: &str,
) -> Result<Box<dyn Signer>> {
    let registered = registered_token_key(store, key_id)?;
    let module = Module::load(module_path)?;
    let signer = TokenSigner::open(&module, &registered.key, registered.algorithm, pin)?;
    if spki_sha256(signer.spki_der()) != registered.spki_sha256 {
        return Err(Error::Pki(crate::PkiError::KeyDoesNotMatchCertificate));
    }
    Ok(Box::new(signer))
}

struct RegisteredTokenKey {
    algorithm: KeyAlgorithm,
    key: TokenKeyLocation,
    spki_sha256: String,
}

fn registered_token_key(store: &Store, key_id: i64) -> Result<RegisteredTokenKey> {
    type KeyRow = (
        String,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
    );
    let row = store
        .conn()
        .query_row(
            "SELECT algorithm, location, token_label, object_label, object_id, spki_sha256
             FROM key WHERE id = ?1 AND company_id = current_company()",
            [key_id],
            |r| KeyRow::try_from(r),
        )
        .optional()?
        .ok_or(Error::Key(crate::KeyError::NotFound { id: key_id }))?;
    let (algorithm, location, token_label, object_label, object_id, spki_sha256) = row;
    if location != "token" {
        return Err(Error::Key(crate::KeyError::WrongSecretKind {
            id: key_id,
            location,
        }));
    }
    let object_label = object_label.unwrap_or_default();
    // Without its id a key cannot be told apart from others of the same
    // label, so it is not guessed at.
    let object_id = object_id
        .and_then(|id| hex::decode(id).ok())
        .filter(|id| !id.is_empty())
        .ok_or_else(|| {
            Error::Token(crate::TokenError::KeyNotFound {
                label: object_label.clone(),
            })
        })?;
    Ok(RegisteredTokenKey {
        algorithm: algorithm.parse()?,
        key: TokenKeyLocation {
            token_label: token_label.unwrap_or_default(),
            object_label,
            object_id,
        },
        spki_sha256,
    })
}
