//! Removing a signing identity. Only the identity goes: its key stays
//! registered with its file or token object untouched, and its certificate
//! stays in the registry, so nothing that could still sign or be needed to
//! read old signatures disappears without the user deleting it on purpose.

use super::records;
use crate::keys::location::KeyLocation;
use crate::{audit, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;
use ts_rs::TS;

/// What removing an identity did, and what it left in place.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct Removed {
    /// The identity removed.
    pub id: i64,
    /// Its signer's name.
    pub signer_name: String,
    /// Whether it was the active signing identity (now none is).
    pub was_active: bool,
    /// The key, kept: its file or token object is not deleted.
    pub key_location: Option<KeyLocation>,
    /// The certificate, kept in the registry.
    pub certificate_id: Option<i64>,
}

/// Removes identity `id` and records it in the audit log; its key and
/// certificate are kept.
pub fn remove(store: &Store, id: i64, now: DateTime<Utc>) -> Result<Removed> {
    let identity = records::get(store, id, now)?;
    let tx = store.write_transaction()?;
    tx.execute(
        "DELETE FROM identity WHERE id = ?1 AND company_id = current_company()",
        [id],
    )?;
    audit::record(
        &tx,
        now,
        "identity.removed",
        &json!({
            "id": id,
            "signer": identity.signer_name,
            "key": identity.key_id,
            "certificate": identity.certificate_id,
        }),
    )?;
    tx.commit()?;
    Ok(Removed {
        id,
        signer_name: identity.signer_name,
        was_active: identity.active,
        key_location: identity.key_location,
        certificate_id: identity.certificate_id,
    })
}
