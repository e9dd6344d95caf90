//! A certificate with its private key and chain as one PKCS#12 file, the
//! form portal users and mail programs import.

use super::certificate::spki_of;
use super::pkcs12::{self, Pkcs12Profile};
use super::registry;
use crate::atomic_file::{self, Access};
use crate::keys::file_signer::FileSigner;
use crate::keys::signer::Signer;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use serde_json::json;
use std::path::Path;

/// Writes certificate `id` with the private key `key_pkcs8_der` and the
/// chain the store knows to a new PKCS#12 file at `path` (owner-only).
pub fn write_pkcs12(
    store: &Store,
    id: i64,
    key_pkcs8_der: &[u8],
    password: &str,
    profile: Pkcs12Profile,
    path: &Path,
    now: DateTime<Utc>,
) -> Result<()> {
    if password.is_empty() {
        return Err(Error::Key(crate::KeyError::PasswordRequired));
    }
    let record = registry::get(store, id, now)?;
    let chain = registry::chain(store.conn(), id)?;
    let (leaf, rest) = chain
        .split_first()
        .ok_or(Error::Pki(crate::PkiError::CertificateNotFound { id }))?;
    let key = FileSigner::from_pkcs8(key_pkcs8_der)?;
    if key.spki_der() != spki_of(leaf)? {
        return Err(Error::Pki(crate::PkiError::KeyDoesNotMatchCertificate));
    }
    let bytes = pkcs12::export(
        key_pkcs8_der,
        leaf,
        rest,
        password,
        profile,
        &record.subject,
    )?;
    // A private key leaving SealDesk is recorded; the record commits only
    // once the file is in place, and the file goes if the record cannot.
    let tx = store.write_transaction()?;
    audit::record(
        &tx,
        now,
        "cert.exported-with-key",
        &json!({ "id": id, "profile": profile_name(profile) }),
    )?;
    atomic_file::write_new(path, &bytes, Access::Private)?;
    if let Err(err) = tx.commit() {
        let _ = std::fs::remove_file(path);
        return Err(err.into());
    }
    Ok(())
}

fn profile_name(profile: Pkcs12Profile) -> &'static str {
    match profile {
        Pkcs12Profile::Modern => "modern",
        Pkcs12Profile::LegacyWindows => "legacy-windows",
    }
}

/// Opens the key file of certificate `id` with `key_password` and writes
/// the PKCS#12 as [`write_pkcs12`] does. Token keys never leave the token.
pub fn export_pkcs12(
    store: &Store,
    id: i64,
    key_password: &str,
    password: &str,
    profile: Pkcs12Profile,
    path: &Path,
    now: DateTime<Utc>,
) -> Result<()> {
    let record = registry::get(store, id, now)?;
    let key_id = record
        .key_id
        .ok_or(Error::Pki(crate::PkiError::CertificateHasNoKey { id }))?;
    let der = crate::keys::registry::read_file_key(store, key_id, key_password, id)?;
    write_pkcs12(store, id, &der, password, profile, path, now)
}
