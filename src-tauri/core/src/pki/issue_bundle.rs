//! Issuing a certificate and, when asked, writing it with its key and
//! chain as a PKCS#12 file, all or nothing: every check that can fail on
//! the user's input is made before the seal signs, the files are written
//! and synced before the certificate and key are recorded, and they are
//! removed again if recording fails. A failed attempt leaves nothing a
//! retry would duplicate.

use super::certificate::CertificateInfo;
use super::issue::{self, IssueRequest};
use super::pkcs12::{self, Pkcs12Profile};
use super::registry::{self, CertificateRecord};
use super::seal;
use crate::atomic_file::{self, Access};
use crate::keys::file_signer::FileSigner;
use crate::keys::signer::Signer;
use crate::keys::unlock::{open_signer, KeySecret};
use crate::keys::{registry as key_registry, GeneratedKey, KeyAlgorithm};
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use serde_json::json;
use std::path::{Path, PathBuf};

/// The key a certificate is issued for.
pub enum IssueKey<'a> {
    /// A new key of `algorithm`, kept in the data folder encrypted with
    /// `password`.
    New {
        /// The algorithm.
        algorithm: KeyAlgorithm,
        /// Password of the new key file.
        password: &'a str,
    },
    /// A key already registered, opened with `secret`.
    Existing {
        /// Registry id of the key.
        key_id: i64,
        /// Its password or PIN.
        secret: KeySecret<'a>,
    },
}

/// The PKCS#12 file to write beside the certificate.
pub struct Pkcs12Request<'a> {
    /// A new file; an existing one is never replaced.
    pub path: &'a Path,
    /// Its password (not empty).
    pub password: &'a str,
    /// How it is protected.
    pub profile: Pkcs12Profile,
}

/// What was issued and written.
pub struct IssuedBundle {
    /// The certificate's record.
    pub certificate: CertificateRecord,
    /// The new key file, when a key was generated.
    pub key_path: Option<PathBuf>,
    /// The PKCS#12 file, when one was asked for.
    pub pkcs12_path: Option<PathBuf>,
}

/// Issues a certificate from seal `seal_id` (its key `seal_signer`) for
/// `key`, and writes the PKCS#12 `pkcs12` when given. Either everything is
/// done or nothing is recorded and no file is left.
pub fn issue_with_pkcs12(
    store: &Store,
    seal_id: i64,
    seal_signer: &dyn Signer,
    key: IssueKey<'_>,
    request: &IssueRequest,
    pkcs12: Option<&Pkcs12Request<'_>>,
    now: DateTime<Utc>,
) -> Result<IssuedBundle> {
    if let Some(target) = pkcs12 {
        check_target(target)?;
    }
    // The key: generated, or opened (which proves it is at hand); its
    // PKCS#8 when a PKCS#12 needs it.
    let (new_key, key_id, subject_key, pkcs8) = match key {
        IssueKey::New {
            algorithm,
            password,
        } => {
            if password.is_empty() {
                return Err(Error::Key(crate::KeyError::PasswordRequired));
            }
            let generated = GeneratedKey::generate(algorithm)?;
            let signer = FileSigner::from_pkcs8(&generated.pkcs8_der)?;
            let pkcs8 = generated.pkcs8_der.clone();
            (
                Some((generated, password)),
                None,
                Box::new(signer) as Box<dyn Signer>,
                Some(pkcs8),
            )
        }
        IssueKey::Existing { key_id, secret } => {
            let pkcs8 = match (pkcs12, secret) {
                (None, _) => None,
                (Some(_), KeySecret::Password(password)) => Some(key_registry::read_file_key(
                    store, key_id, password, key_id,
                )?),
                (Some(_), KeySecret::Pin(_)) => {
                    return Err(Error::Key(crate::KeyError::NotExportable { id: key_id }))
                }
            };
            let signer = open_signer(store, key_id, secret)?;
            (None, Some(key_id), signer, pkcs8)
        }
    };

    let der = issue::build(
        store,
        seal_id,
        seal_signer,
        subject_key.spki_der(),
        request,
        now,
    )?;
    let bundle = match (pkcs12, &pkcs8) {
        (Some(target), Some(pkcs8)) => {
            let seal_certificate = seal::get(store, seal_id, now)?.certificate.id;
            let chain = registry::chain(store.conn(), seal_certificate)?;
            let subject = CertificateInfo::from_der(&der)?.subject;
            Some(pkcs12::export(
                pkcs8,
                &der,
                &chain,
                target.password,
                target.profile,
                &subject,
            )?)
        }
        _ => None,
    };

    // Files first, synced; the record commits after them.
    let mut written: Vec<PathBuf> = Vec::new();
    let outcome = (|| {
        let key_path = match &new_key {
            Some((generated, password)) => {
                let path = issue::write_key_file(store, generated, password)?;
                written.push(path.clone());
                Some(path)
            }
            None => None,
        };
        if let (Some(target), Some(bytes)) = (pkcs12, &bundle) {
            atomic_file::write_new(target.path, bytes, Access::Private)?;
            written.push(target.path.to_path_buf());
        }
        let id = store.in_write_transaction(|tx| {
            let key_id = match (&new_key, &key_path, key_id) {
                (Some((generated, _)), Some(path), _) => {
                    key_registry::insert_file_key(tx, generated, path, now)?.id
                }
                (_, _, Some(id)) => id,
                _ => unreachable!("a key is either new or registered"),
            };
            let id = issue::record(tx, &der, key_id, seal_id, request.profile, now)?;
            if let Some(target) = pkcs12 {
                audit::record(
                    tx,
                    now,
                    "cert.exported-with-key",
                    &json!({ "id": id, "profile": profile_name(target.profile) }),
                )?;
            }
            Ok(id)
        })?;
        Ok::<_, Error>((id, key_path))
    })();
    let (id, key_path) = atomic_file::removed_on_failure(outcome, &written)?;
    Ok(IssuedBundle {
        certificate: registry::get(store, id, now)?,
        key_path,
        pkcs12_path: pkcs12.map(|t| t.path.to_path_buf()),
    })
}

/// What can be known about the PKCS#12 target before anything is signed:
/// a password, a folder that exists, no file already there.
fn check_target(target: &Pkcs12Request<'_>) -> Result<()> {
    if target.password.is_empty() {
        return Err(Error::Pki(crate::PkiError::Pkcs12PasswordRequired));
    }
    if target.path.exists() {
        return Err(Error::File(crate::FileError::Exists {
            path: target.path.to_path_buf(),
        }));
    }
    let folder = match target.path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(Error::io(
            folder,
            std::io::Error::from(std::io::ErrorKind::NotFound),
        ));
    }
    Ok(())
}

fn profile_name(profile: Pkcs12Profile) -> &'static str {
    match profile {
        Pkcs12Profile::Modern => "modern",
        Pkcs12Profile::LegacyWindows => "legacy-windows",
    }
}
