//! Installing the certificate an outside CA sent for an identity's request.

use super::records::{self, IdentityRecord};
use super::selection::activate;
use super::CERTIFIED;
use crate::pki::certificate::CertificateInfo;
use crate::pki::decode::read_certificates;
use crate::pki::registry::{self, NewCertificate};
use crate::pki::status::Status;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;
use serde_json::json;
use std::path::Path;

/// The outcome of attaching a certificate.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Attached {
    /// The identity with its certificate.
    pub identity: IdentityRecord,
    /// Whether it became the active identity (it does when none was active
    /// and its certificate is valid).
    pub selected: bool,
}

/// Reads the CA's answer at `path` (PEM or DER: the certificate, perhaps
/// with its chain), finds the certificate of the identity's key by public
/// key and installs it. A file without such a certificate is
/// [`IdentityError::CertificateMismatch`] and changes nothing.
pub fn attach_certificate(
    store: &Store,
    identity_id: i64,
    path: &Path,
    now: DateTime<Utc>,
) -> Result<Attached> {
    let identity = records::get(store, identity_id, now)?;
    let key_spki: String = store.conn().query_row(
        "SELECT spki_sha256 FROM key WHERE id = ?1 AND company_id = current_company()",
        [identity.key_id],
        |r| r.get(0),
    )?;
    let data = crate::bounded_read::read_regular(path, crate::bounded_read::CERTIFICATE_MAX_BYTES)?;
    let ders = read_certificates(&data)?;
    let mut leaf = None;
    let mut others = Vec::new();
    for der in ders {
        let info = CertificateInfo::from_der(&der)?;
        if leaf.is_none() && info.spki_sha256 == key_spki && !info.is_ca {
            leaf = Some(der);
        } else {
            others.push((der, info));
        }
    }
    let leaf = leaf.ok_or(Error::Identity(crate::IdentityError::CertificateMismatch {
        id: identity_id,
    }))?;

    let tx = store.write_transaction()?;
    // Issuers first, so the certificate finds its issuer as it goes in.
    for (der, info) in others.iter().rev() {
        // As with any import: a root the user brings is one they trust.
        let trusted = info.is_ca && info.self_issued;
        registry::insert(&tx, &NewCertificate::imported(der, None, trusted), now)?;
    }
    let certificate_id = registry::insert(
        &tx,
        &NewCertificate::imported(&leaf, Some(identity.key_id), false),
        now,
    )?;
    tx.execute(
        "UPDATE identity SET certificate_id = ?2, state = ?3 WHERE id = ?1 AND company_id = current_company()",
        params![identity_id, certificate_id, CERTIFIED],
    )?;
    audit::record(
        &tx,
        now,
        "identity.certificate-attached",
        &json!({ "id": identity_id, "certificate": certificate_id }),
    )?;
    let valid = registry::get(store, certificate_id, now)?.status == Status::Valid;
    let selected = valid && records::active_id(&tx)?.is_none();
    if selected {
        activate(&tx, identity_id, now)?;
    }
    tx.commit()?;
    Ok(Attached {
        identity: records::get(store, identity_id, now)?,
        selected,
    })
}
