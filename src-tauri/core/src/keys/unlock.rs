//! Opening a registered key for signing, with the secret that guards it: the
//! password of a key file or the PIN of a token.

use super::file_signer::FileSigner;
use super::signer::Signer;
use super::{file, spki_sha256};
use crate::{Error, Result, Store};
use rusqlite::OptionalExtension;

/// The secret that opens a key.
#[derive(Clone, Copy)]
pub enum KeySecret<'a> {
    /// The password of an encrypted key file.
    Password(&'a str),
    /// The user PIN of the token that holds the key.
    Pin(&'a str),
}

/// Opens key `key_id` from the registry and returns a signer for it. The
/// key's public key must still be the one recorded, so a replaced file or
/// a different token object is refused rather than used.
pub fn open_signer(store: &Store, key_id: i64, secret: KeySecret<'_>) -> Result<Box<dyn Signer>> {
    let row = store
        .conn()
        .query_row(
            "SELECT location, file_path, spki_sha256 FROM key WHERE id = ?1 AND company_id = current_company()",
            [key_id],
            |r| <(String, Option<String>, String)>::try_from(r),
        )
        .optional()?
        .ok_or(Error::Key(crate::KeyError::NotFound { id: key_id }))?;
    let (location, file_path, expected_spki) = row;
    let signer: Box<dyn Signer> = match (location.as_str(), secret) {
        ("file", KeySecret::Password(password)) => {
            let path = super::registry::key_file_path(store, &file_path.unwrap_or_default());
            let der = file::read_encrypted(&path, password)?;
            Box::new(FileSigner::from_pkcs8(&der)?)
        }
        ("token", KeySecret::Pin(pin)) => super::token::open_registered(store, key_id, pin)?,
        (location, _) => {
            return Err(Error::Key(crate::KeyError::WrongSecretKind {
                id: key_id,
                location: location.to_string(),
            }))
        }
    };
    if spki_sha256(signer.spki_der()) != expected_spki {
        return Err(Error::Pki(crate::PkiError::KeyDoesNotMatchCertificate));
    }
    Ok(signer)
}
