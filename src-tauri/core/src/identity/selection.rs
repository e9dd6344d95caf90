//! Choosing the one identity that signs.

use super::records::{self, IdentityRecord};
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use serde_json::json;

/// Makes identity `id` the active signing identity; the one active before
/// is no longer. Only an identity with a currently valid certificate can
/// be selected.
pub fn select(store: &Store, id: i64, now: DateTime<Utc>) -> Result<IdentityRecord> {
    let identity = records::get(store, id, now)?;
    if identity.certificate_id.is_none() {
        return Err(Error::Identity(crate::IdentityError::AwaitingCertificate {
            id,
        }));
    }
    if !identity.selectable {
        return Err(Error::Identity(crate::IdentityError::CertificateNotValid {
            id,
            status: identity.state.name().to_string(),
        }));
    }
    if identity.active {
        return Ok(identity);
    }
    let tx = store.write_transaction()?;
    activate(&tx, id, now)?;
    tx.commit()?;
    records::get(store, id, now)
}

/// The active signing identity, if any.
pub fn active(store: &Store, now: DateTime<Utc>) -> Result<Option<IdentityRecord>> {
    match records::active_id(store.conn())? {
        Some(id) => Ok(Some(records::get(store, id, now)?)),
        None => Ok(None),
    }
}

/// Makes `id` the only active identity, with its audit event, in the
/// caller's transaction. The previous one is cleared first: the unique
/// index on active identities refuses two at any moment.
pub(super) fn activate(conn: &rusqlite::Connection, id: i64, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE identity SET active = 0 WHERE active = 1 AND id != ?1 AND company_id = current_company()",
        [id],
    )?;
    conn.execute(
        "UPDATE identity SET active = 1 WHERE id = ?1 AND company_id = current_company()",
        [id],
    )?;
    audit::record(conn, now, "identity.selected", &json!({ "id": id }))
}
