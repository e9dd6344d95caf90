//! Issuing certificates from the company seal with the `signing` and
//! `portal-user` profiles.

use super::profile::Profile;
use super::registry::{self, CertificateRecord, NewCertificate, Source};
use super::seal;
use super::serial::random_serial;
use super::signing_key::{RcgenKey, SubjectPublicKey};
use super::subject::SubjectFields;
use super::time::to_offset;
use crate::keys::signer::Signer;
use crate::keys::{file, registry as key_registry, GeneratedKey, KeyAlgorithm};
use crate::{atomic_file, audit, Error, Result, Store};
use chrono::{DateTime, Duration, Utc};
use rcgen::IsCa;
use serde_json::json;
use std::path::PathBuf;
use zeroize::Zeroizing;

/// Validity when the user does not choose one: a year, the usual term of a
/// director's certificate.
pub const DEFAULT_DAYS: u32 = 365;
/// Longest validity offered (about ten years).
pub const MAX_DAYS: u32 = 3650;
/// Clock skew tolerated by starting validity a little in the past.
const BACKDATE: Duration = Duration::minutes(5);
/// Folder inside the data folder for keys SealDesk generates for issuing.
pub const KEYS_FOLDER: &str = "keys";

/// Where the data folder keeps the key file of the public key whose
/// SHA-256 (hex) is `spki_sha256`: named by its first 16 digits.
pub(crate) fn key_file_in_data_folder(store: &Store, spki_sha256: &str) -> PathBuf {
    store
        .data_dir()
        .join(KEYS_FOLDER)
        .join(format!("{}.key", &spki_sha256[..16]))
}

/// Writes the new `key`, encrypted with `password`, to its file in the data
/// folder's key folder (made when missing) and returns the file's path.
pub(crate) fn write_key_file(store: &Store, key: &GeneratedKey, password: &str) -> Result<PathBuf> {
    let path = key_file_in_data_folder(store, &key.spki_sha256());
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
    }
    file::write_encrypted(&path, &key.pkcs8_der, password)?;
    Ok(path)
}

/// What to issue.
#[derive(Debug, Clone)]
pub struct IssueRequest {
    /// The profile.
    pub profile: Profile,
    /// Subject fields; portal users need `organizational_unit` (company
    /// code) and `user_id` (login).
    pub subject: SubjectFields,
    /// Days of validity (1 to [`MAX_DAYS`]); never past the seal's own end.
    pub days: u32,
}

/// Issues a certificate for the registered key `key_id` (opened as
/// `subject_key`, which proves the key is at hand) signed by seal `seal_id`
/// (whose key is `seal_signer`).
pub fn issue(
    store: &Store,
    seal_id: i64,
    seal_signer: &dyn Signer,
    key_id: i64,
    subject_key: &dyn Signer,
    request: &IssueRequest,
    now: DateTime<Utc>,
) -> Result<CertificateRecord> {
    let der = build(
        store,
        seal_id,
        seal_signer,
        subject_key.spki_der(),
        request,
        now,
    )?;
    let id =
        store.in_write_transaction(|tx| record(tx, &der, key_id, seal_id, request.profile, now))?;
    registry::get(store, id, now)
}

/// A certificate issued with a new key, and the key itself for a PKCS#12.
pub struct IssuedWithKey {
    /// The certificate's record.
    pub certificate: CertificateRecord,
    /// The new key's PKCS#8 DER (wiped when dropped).
    pub key_pkcs8_der: Zeroizing<Vec<u8>>,
    /// Where the encrypted key file was written.
    pub key_path: PathBuf,
}

/// Generates a key of `algorithm`, issues a certificate for it and keeps
/// the key encrypted with `key_password` in the data folder's `keys`
/// folder. Key and certificate are recorded together or not at all.
pub fn issue_with_new_key(
    store: &Store,
    seal_id: i64,
    seal_signer: &dyn Signer,
    algorithm: KeyAlgorithm,
    key_password: &str,
    request: &IssueRequest,
    now: DateTime<Utc>,
) -> Result<IssuedWithKey> {
    if key_password.is_empty() {
        return Err(Error::Key(crate::KeyError::PasswordRequired));
    }
    let key = GeneratedKey::generate(algorithm)?;
    let der = build(store, seal_id, seal_signer, &key.spki_der, request, now)?;
    let key_path = write_key_file(store, &key, key_password)?;
    let recorded = store.in_write_transaction(|tx| {
        let key_record = key_registry::insert_file_key(tx, &key, &key_path, now)?;
        record(tx, &der, key_record.id, seal_id, request.profile, now)
    });
    let id = atomic_file::removed_on_failure(recorded, [&key_path])?;
    Ok(IssuedWithKey {
        certificate: registry::get(store, id, now)?,
        key_pkcs8_der: key.pkcs8_der,
        key_path,
    })
}

/// Builds and signs the certificate for the public key `subject_spki`;
/// nothing is stored (the caller records it with [`record`]).
pub(crate) fn build(
    store: &Store,
    seal_id: i64,
    seal_signer: &dyn Signer,
    subject_spki: &[u8],
    request: &IssueRequest,
    now: DateTime<Utc>,
) -> Result<Vec<u8>> {
    if !(1..=MAX_DAYS).contains(&request.days) {
        return Err(Error::Pki(crate::PkiError::ValidityOutOfRange {
            min: 1,
            max: MAX_DAYS,
            unit: "days".into(),
        }));
    }
    let subject = request.subject.normalized()?;
    if request.profile == Profile::PortalUser
        && (subject.organizational_unit.is_none() || subject.user_id.is_none())
    {
        return Err(Error::Pki(crate::PkiError::PortalUserFieldsRequired));
    }
    let subject_key = SubjectPublicKey::from_spki(subject_spki)?;
    let seal_key = RcgenKey::new(seal_signer)?;
    let (seal, issuer) = seal::issuer(store, seal_id, seal_key, now)?;
    let seal_der = registry::der(store.conn(), seal.certificate.id)?;
    if super::certificate::spki_of(&seal_der)? != seal_signer.spki_der() {
        return Err(Error::Pki(crate::PkiError::KeyDoesNotMatchCertificate));
    }

    let mut params = subject.certificate_params()?;
    params.is_ca = IsCa::ExplicitNoCa;
    params.key_usages = request.profile.key_usages(subject_key.is_rsa());
    params.extended_key_usages = request.profile.extended_key_usages();
    params.use_authority_key_identifier_extension = true;
    let not_before = now - BACKDATE;
    // A certificate never outlives the seal that vouches for it.
    let not_after =
        (not_before + Duration::days(i64::from(request.days))).min(seal.certificate.not_after);
    params.not_before = to_offset(not_before)?;
    params.not_after = to_offset(not_after)?;
    params.serial_number = Some(random_serial()?);
    let cert = params
        .signed_by(&subject_key, &issuer)
        .map_err(|e| issuer_error(&issuer, e))?;
    Ok(cert.der().to_vec())
}

fn issuer_error(issuer: &rcgen::Issuer<'_, RcgenKey<'_>>, err: rcgen::Error) -> Error {
    issuer.key().error(err)
}

/// Records an issued certificate and its audit event in the caller's
/// transaction.
pub(crate) fn record(
    conn: &rusqlite::Connection,
    der: &[u8],
    key_id: i64,
    seal_id: i64,
    profile: Profile,
    now: DateTime<Utc>,
) -> Result<i64> {
    let id = registry::insert(
        conn,
        &NewCertificate {
            der,
            source: Source::Issued,
            profile: Some(profile.name()),
            key_id: Some(key_id),
            trusted: false,
        },
        now,
    )?;
    audit::record(
        conn,
        now,
        "cert.issued",
        &json!({ "id": id, "seal": seal_id, "profile": profile.name() }),
    )?;
    Ok(id)
}
