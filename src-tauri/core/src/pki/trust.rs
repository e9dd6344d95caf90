//! Trust anchors: the certificates whose signatures SealDesk vouches for
//! without looking further (the company seals, and the root CAs the user
//! chose to trust). Trusting a root is always an act of its own, confirmed
//! by the certificate's SHA-256 fingerprint; importing a file never grants
//! it, or a PKCS#12 with a self-made root named like the seal would let
//! anyone's forged signatures verify.

use super::registry::{self, CertificateRecord, Source};
use crate::{Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::params;
use serde_json::json;

/// Makes certificate `id` a trust anchor, once `fingerprint_sha256` (hex,
/// colons and case ignored) is the certificate's SHA-256 fingerprint: the
/// user confirms they checked it with the CA by another channel. Only CA
/// certificates can be anchors.
pub fn trust(
    store: &Store,
    id: i64,
    fingerprint_sha256: &str,
    now: DateTime<Utc>,
) -> Result<CertificateRecord> {
    let record = registry::get(store, id, now)?;
    if normalize(fingerprint_sha256) != record.sha256 {
        return Err(Error::Pki(crate::PkiError::FingerprintMismatch { id }));
    }
    if !record.is_ca {
        return Err(Error::Pki(crate::PkiError::TrustNotCa { id }));
    }
    set(store, id, true, now)?;
    registry::get(store, id, now)
}

/// Stops trusting certificate `id`. A company seal stays an anchor as long
/// as it exists: its trust is what issuing from it means.
pub fn untrust(store: &Store, id: i64, now: DateTime<Utc>) -> Result<CertificateRecord> {
    let record = registry::get(store, id, now)?;
    if record.source == Source::Seal {
        return Err(Error::Pki(crate::PkiError::SealAlwaysTrusted { id }));
    }
    set(store, id, false, now)?;
    registry::get(store, id, now)
}

fn set(store: &Store, id: i64, trusted: bool, now: DateTime<Utc>) -> Result<()> {
    let tx = store.write_transaction()?;
    tx.execute(
        "UPDATE certificate SET trusted = ?2 WHERE id = ?1 AND company_id = current_company()",
        params![id, trusted],
    )?;
    registry::audit_event(
        &tx,
        now,
        if trusted {
            "cert.trusted"
        } else {
            "cert.untrusted"
        },
        json!({ "id": id }),
    )?;
    tx.commit()?;
    Ok(())
}

/// A fingerprint as typed or pasted (`AB:CD:...`, spaces, upper case) in
/// the form the store keeps: lower-case hex without separators.
fn normalize(fingerprint: &str) -> String {
    fingerprint
        .chars()
        .filter(|c| !matches!(c, ':' | ' ' | '-'))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}
