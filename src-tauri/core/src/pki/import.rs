//! Importing certificates into the store: PEM or DER files with one
//! certificate or a chain, and PKCS#12 files with a private key. A key that
//! arrives in a PKCS#12 is kept as an encrypted key file in the data
//! folder, protected by the same password the file had.

use super::certificate::{spki_of, CertificateInfo};
use super::decode::{looks_like_pkcs12, read_certificates};
use super::pkcs12;
use super::registry::{self, CertificateRecord, NewCertificate, Source};
use crate::keys::file_signer::FileSigner;
use crate::keys::signer::Signer;
use crate::keys::{file, registry as key_registry, spki_sha256, GeneratedKey};
use crate::{atomic_file, audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use serde::Serialize;
use serde_json::json;
use std::path::{Path, PathBuf};
use x509_cert::ext::pkix::{AuthorityKeyIdentifier, SubjectKeyIdentifier};
use zeroize::Zeroizing;

/// What an import found in a file and what of it was new to the store, so
/// that importing a file twice says nothing new was added.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct Imported {
    /// Every certificate the file holds, as the store now has it, leaf
    /// first for a PKCS#12.
    pub certificates: Vec<CertificateRecord>,
    /// How many of them the store did not hold before.
    pub added: u32,
    /// Whether the file brought a private key the store did not hold.
    pub key_added: bool,
}

/// Imports every certificate in the file at `path`; `password` opens a
/// PKCS#12. Nothing is recorded unless everything is.
pub fn import_file(
    store: &Store,
    path: &Path,
    password: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Imported> {
    let data = crate::bounded_read::read_regular(path, crate::bounded_read::CERTIFICATE_MAX_BYTES)?;
    if looks_like_pkcs12(&data) {
        import_pkcs12(store, &data, password.unwrap_or(""), now)
    } else {
        let ders = read_certificates(&data).map_err(|err| match err {
            Error::Pki(crate::PkiError::CertificateInvalid { .. }) if data.is_empty() => {
                Error::Pki(crate::PkiError::NothingToImport {
                    path: path.to_path_buf(),
                })
            }
            other => other,
        })?;
        record_all(store, &ders, None, now)
    }
}

fn import_pkcs12(
    store: &Store,
    data: &[u8],
    password: &str,
    now: DateTime<Utc>,
) -> Result<Imported> {
    let contents = pkcs12::import(data, password)?;
    let mut ders = Vec::new();
    ders.extend(contents.certificate_der.clone());
    ders.extend(contents.chain_der.iter().cloned());
    if ders.is_empty() {
        return Err(Error::Pki(crate::PkiError::Pkcs12Invalid {
            detail: "no certificate inside".into(),
        }));
    }
    let key = match (&contents.key_pkcs8_der, &contents.certificate_der) {
        (Some(key), Some(cert)) => Some(KeyToKeep::new(store, key, cert, password)?),
        _ => None,
    };
    record_all(store, &ders, key, now)
}

/// A private key from a PKCS#12, kept in a file unless the store already
/// knows it.
struct KeyToKeep {
    key: GeneratedKey,
    path: PathBuf,
    existing_id: Option<i64>,
    password: Zeroizing<String>,
}

impl KeyToKeep {
    fn new(store: &Store, pkcs8: &Zeroizing<Vec<u8>>, cert: &[u8], password: &str) -> Result<Self> {
        let signer = FileSigner::from_pkcs8(pkcs8)?;
        if signer.spki_der() != spki_of(cert)? {
            return Err(Error::Pki(crate::PkiError::KeyDoesNotMatchCertificate));
        }
        let hash = spki_sha256(signer.spki_der());
        let existing_id = store
            .conn()
            .query_row(
                "SELECT id FROM key WHERE spki_sha256 = ?1 AND company_id = current_company()",
                [&hash],
                |r| r.get(0),
            )
            .optional()?;
        Ok(Self {
            path: super::issue::key_file_in_data_folder(store, &hash),
            key: GeneratedKey {
                algorithm: signer.algorithm(),
                pkcs8_der: pkcs8.clone(),
                spki_der: signer.spki_der().to_vec(),
            },
            existing_id,
            password: Zeroizing::new(password.to_string()),
        })
    }

    /// Writes the key file when the store does not know the key yet; the
    /// path written, so it can be removed if recording fails.
    fn write_if_new(&self) -> Result<Option<PathBuf>> {
        if self.existing_id.is_some() {
            return Ok(None);
        }
        if let Some(folder) = self.path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
        }
        // A key from a PKCS#12 without a password cannot be kept encrypted:
        // write_encrypted refuses, rather than store a key in clear.
        file::write_encrypted(&self.path, &self.key.pkcs8_der, &self.password)?;
        Ok(Some(self.path.clone()))
    }
}

/// Refuses certificates whose signature is broken: a self-issued one must
/// verify with its own key (or, for a CA's key rollover, with another
/// certificate of the same name), and one whose issuer is in the file or the
/// store must verify with one of them. A certificate whose issuer is nowhere
/// to be found is imported as it is: its record then has no `issuer_id`, and
/// it cannot anchor anything, since importing never makes it trusted.
fn check_signatures(store: &Store, ders: &[Vec<u8>]) -> Result<()> {
    let mut stmt = store
        .conn()
        .prepare(
            "SELECT der FROM certificate WHERE subject = ?1 AND is_ca = 1 AND company_id = current_company()",
        )?;
    for der in ders {
        let info = CertificateInfo::from_der(der)?;
        let stored = stmt
            .query_map([&info.issuer], |r| r.get::<_, Vec<u8>>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // A CA may renew its key under the same name: only certificates
        // that are its issuer by name and, where both say, by key
        // identifier can show its signature broken.
        let authority = authority_key_id(der);
        let mut candidates: Vec<&[u8]> = ders
            .iter()
            .filter(|other| {
                CertificateInfo::from_der(other).is_ok_and(|o| o.subject == info.issuer)
            })
            .map(Vec::as_slice)
            .chain(stored.iter().map(Vec::as_slice))
            .filter(|issuer| match (&authority, subject_key_id(issuer)) {
                (Some(aki), Some(ski)) => *aki == ski,
                _ => true,
            })
            .collect();
        if info.self_issued {
            candidates.push(der);
        }
        if candidates.is_empty() {
            continue;
        }
        if !candidates
            .iter()
            .any(|issuer| registry::signed_by(der, issuer))
        {
            return Err(Error::Pki(crate::PkiError::CertificateSignatureInvalid {
                subject: info.subject,
            }));
        }
    }
    Ok(())
}

/// The keyIdentifier of a certificate's authorityKeyIdentifier extension.
/// Like a missing one, an unreadable or repeated one links nothing out.
fn authority_key_id(der: &[u8]) -> Option<Vec<u8>> {
    let parsed = super::decode::parse_certificate(der).ok()?;
    first_readable::<AuthorityKeyIdentifier>(&parsed.certificate)?
        .key_identifier
        .map(|k| k.as_bytes().to_vec())
}

/// A certificate's subjectKeyIdentifier.
fn subject_key_id(der: &[u8]) -> Option<Vec<u8>> {
    let parsed = super::decode::parse_certificate(der).ok()?;
    first_readable::<SubjectKeyIdentifier>(&parsed.certificate).map(|ski| ski.0.as_bytes().to_vec())
}

/// The first extension of type `T` whose contents read, as the key
/// identifiers were always looked up: a damaged or repeated one does not
/// make the certificate unreadable here.
fn first_readable<'a, T>(cert: &'a super::decode::Certificate) -> Option<T>
where
    T: der::Decode<'a> + const_oid::AssociatedOid,
{
    cert.tbs_certificate()
        .filter_extensions::<T>()
        .find_map(|ext| ext.ok().map(|(_, value)| value))
}

fn record_all(
    store: &Store,
    ders: &[Vec<u8>],
    key: Option<KeyToKeep>,
    now: DateTime<Utc>,
) -> Result<Imported> {
    check_signatures(store, ders)?;
    let written = match &key {
        Some(k) => k.write_if_new()?,
        None => None,
    };
    let result = store.in_write_transaction(|tx| {
        let mut added = 0u32;
        for der in ders {
            if !registry::holds(tx, der)? {
                added += 1;
            }
        }
        let key_id = match &key {
            Some(k) if k.existing_id.is_some() => k.existing_id,
            Some(k) => Some(key_registry::insert_file_key(tx, &k.key, &k.path, now)?.id),
            None => None,
        };
        // Issuers first, so each certificate finds its issuer as it goes in.
        let mut ids = Vec::with_capacity(ders.len());
        for (index, der) in ders.iter().enumerate().rev() {
            ids.push(registry::insert(
                tx,
                &NewCertificate {
                    der,
                    source: Source::Imported,
                    profile: None,
                    key_id: if index == 0 { key_id } else { None },
                    // Importing never grants trust: a PKCS#12 may carry a
                    // self-made root named like any CA. Trust is its own act
                    // (`trust::trust`, confirmed by fingerprint).
                    trusted: false,
                },
                now,
            )?);
        }
        ids.reverse();
        audit::record(
            tx,
            now,
            "cert.imported",
            &json!({ "ids": ids, "with_key": key_id.is_some() }),
        )?;
        Ok((ids, added))
    });
    let (ids, added) = atomic_file::removed_on_failure(result, &written)?;
    let certificates = ids
        .into_iter()
        .map(|id| registry::get(store, id, now))
        .collect::<Result<Vec<_>>>()?;
    Ok(Imported {
        certificates,
        added,
        key_added: written.is_some(),
    })
}
