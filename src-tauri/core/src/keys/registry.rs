//! The registry of keys in the store: where each key is and which public key
//! it has. The private keys themselves are never stored here.

use super::token::{self, Module, TokenKeyPair, TokenSession};
use super::{file, GeneratedKey, KeyAlgorithm};
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;
use serde_json::json;
use std::path::{Path, PathBuf};

/// A key known to the store.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct KeyRecord {
    /// Registry id.
    pub id: i64,
    /// The algorithm.
    pub algorithm: KeyAlgorithm,
    /// Where the key is: the key file's absolute path, or
    /// `token:<token label>/<object label>` for a key on a token.
    pub location: String,
    /// SHA-256 of the SubjectPublicKeyInfo, lower-case hex.
    pub spki_sha256: String,
}

/// Generates a key, writes it encrypted to `path` and records it. The file is
/// complete on disk before the record commits; if recording fails, the file
/// is removed again, so no key exists that the store does not know.
pub fn generate_file_key(
    store: &Store,
    algorithm: KeyAlgorithm,
    path: &Path,
    password: &str,
    now: DateTime<Utc>,
) -> Result<KeyRecord> {
    let path = std::path::absolute(path).map_err(|e| Error::io(path, e))?;
    let key = GeneratedKey::generate(algorithm)?;
    file::write_encrypted(&path, &key.pkcs8_der, password)?;
    let recorded = store.in_write_transaction(|tx| insert_file_key(tx, &key, &path, now));
    crate::atomic_file::removed_on_failure(recorded, [&path])
}

/// Where a recorded key file is. Paths are recorded absolute; stores made by
/// earlier versions may hold a path relative to the folder a command ran in
/// (`sdrel/keys/ab12.key`): when that does not lead to a file, a key of the
/// data folder's `keys` folder with the same name is the one meant.
pub fn key_file_path(store: &Store, recorded: &str) -> PathBuf {
    let path = PathBuf::from(recorded);
    if path.is_absolute() || path.is_file() {
        return path;
    }
    let in_keys = path.file_name().map(|name| {
        store
            .data_dir()
            .join(crate::pki::issue::KEYS_FOLDER)
            .join(name)
    });
    match in_keys {
        Some(candidate) if candidate.is_file() => candidate,
        _ => store.data_dir().join(path),
    }
}

/// The PKCS#8 of file key `key_id`, decrypted with `password`, for writing
/// it into a PKCS#12. A key on a token never leaves it: that is
/// [`KeyError::NotExportable`] naming `exported` (the key or certificate the
/// user asked to export).
pub(crate) fn read_file_key(
    store: &Store,
    key_id: i64,
    password: &str,
    exported: i64,
) -> Result<zeroize::Zeroizing<Vec<u8>>> {
    use rusqlite::OptionalExtension;
    let (location, recorded): (String, Option<String>) = store
        .conn()
        .query_row(
            "SELECT location, file_path FROM key WHERE id = ?1 AND company_id = current_company()",
            [key_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or(Error::Key(crate::KeyError::NotFound { id: key_id }))?;
    if location != "file" {
        return Err(Error::Key(crate::KeyError::NotExportable { id: exported }));
    }
    let path = key_file_path(store, &recorded.unwrap_or_default());
    file::read_encrypted(&path, password)
}

/// Records a key file already written, with its audit event, inside the
/// caller's transaction (so a key and what it is for commit together).
pub(crate) fn insert_file_key(
    conn: &rusqlite::Connection,
    key: &GeneratedKey,
    path: &Path,
    now: DateTime<Utc>,
) -> Result<KeyRecord> {
    // Recorded absolute: a relative path would resolve against whatever
    // folder a later command runs in.
    let path = &std::path::absolute(path).map_err(|e| Error::io(path, e))?;
    let location = path.display().to_string();
    let spki_sha256 = key.spki_sha256();
    conn.execute(
        "INSERT INTO key (company_id, algorithm, location, file_path, spki_sha256, created_at)
         VALUES (current_company(), ?1, 'file', ?2, ?3, ?4)",
        params![
            key.algorithm.name(),
            location,
            spki_sha256,
            audit::timestamp(now)
        ],
    )?;
    recorded_key(conn, key.algorithm, location, spki_sha256, now)
}

/// Generates a key pair on the token labelled `token_label` (through the
/// PKCS#11 module at `module_path`, logging in with `pin`) and records it
/// with its audit event. The private key never leaves the token. If
/// recording fails, the new objects are destroyed on the token again, so
/// no key exists there that the store does not know.
pub fn generate_token_key(
    store: &Store,
    module_path: &Path,
    token_label: &str,
    pin: &str,
    algorithm: KeyAlgorithm,
    object_label: &str,
    now: DateTime<Utc>,
) -> Result<KeyRecord> {
    token::check_object_label(object_label)?;
    let module = Module::load(module_path)?;
    let session = TokenSession::open(&module, token_label)?;
    session.login(pin)?;
    let pair = token::generate_key_pair(&session, algorithm, object_label)?;
    let recorded =
        store.in_write_transaction(|tx| insert_token_key(tx, &pair, session.token_label(), now));
    if recorded.is_err() {
        let _ = session.destroy_objects(&pair.object_id);
    }
    recorded
}

/// Records a key pair already generated on a token, with its audit event,
/// inside the caller's transaction (so a key and what it is for commit
/// together).
pub(crate) fn insert_token_key(
    conn: &rusqlite::Connection,
    pair: &TokenKeyPair,
    token_label: &str,
    now: DateTime<Utc>,
) -> Result<KeyRecord> {
    let location = format!("token:{token_label}/{}", pair.object_label);
    let spki_sha256 = pair.spki_sha256();
    conn.execute(
        "INSERT INTO key (company_id, algorithm, location, token_label, object_label, object_id,
                          spki_sha256, created_at)
         VALUES (current_company(), ?1, 'token', ?2, ?3, ?4, ?5, ?6)",
        params![
            pair.algorithm.name(),
            token_label,
            pair.object_label,
            hex::encode(&pair.object_id),
            spki_sha256,
            audit::timestamp(now)
        ],
    )?;
    recorded_key(conn, pair.algorithm, location, spki_sha256, now)
}

/// The record of the key row just inserted on `conn`, after writing its
/// audit event: a file key and a token key are audited alike.
fn recorded_key(
    conn: &rusqlite::Connection,
    algorithm: KeyAlgorithm,
    location: String,
    spki_sha256: String,
    now: DateTime<Utc>,
) -> Result<KeyRecord> {
    let id = conn.last_insert_rowid();
    audit::record(
        conn,
        now,
        "key.generated",
        &json!({ "id": id, "algorithm": algorithm.name(), "location": location }),
    )?;
    Ok(KeyRecord {
        id,
        algorithm,
        location,
        spki_sha256,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_key_is_on_disk_and_in_the_registry() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(&dir.path().join("data")).unwrap();
        let path = dir.path().join("seal.key");
        let record =
            generate_file_key(&store, KeyAlgorithm::EcP256, &path, "pw", Utc::now()).unwrap();
        assert_eq!(record.location, path.display().to_string());
        let der = file::read_encrypted(&path, "pw").unwrap();
        assert!(!der.is_empty());
        let stored: String = store
            .conn()
            .query_row(
                "SELECT spki_sha256 FROM key WHERE id = ?1",
                [record.id],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(stored, record.spki_sha256);
        assert_eq!(
            audit::recent(store.conn(), crate::company::CompanyId(1), true, 1).unwrap()[0].action,
            "key.generated"
        );
    }

    #[test]
    fn a_refused_file_leaves_no_record() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(&dir.path().join("data")).unwrap();
        let path = dir.path().join("exists.key");
        std::fs::write(&path, "x").unwrap();
        let err =
            generate_file_key(&store, KeyAlgorithm::EcP256, &path, "pw", Utc::now()).unwrap_err();
        assert_eq!(err.code(), "key.file-exists");
        let count: i64 = store
            .conn()
            .query_row("SELECT count(*) FROM key", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 0);
    }
}
