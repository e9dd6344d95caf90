//! The append-only audit log: who did what, when.
//!
//! The table refuses updates and deletes (triggers in the schema), so an
//! entry, once committed, stays as written.

use crate::company::CompanyId;
use crate::Result;
use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;
use serde_json::Value;

/// The actor name of the local administrator.
pub const ADMINISTRATOR: &str = "administrator";

/// One entry of the audit log.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct AuditEvent {
    /// Row id, increasing.
    pub id: i64,
    /// When it happened (RFC 3339, UTC).
    pub at: String,
    /// Who did it: a login, `-` before anyone signed in.
    pub actor: String,
    /// Whether that was the administrator (`admin`, or `administrator` in
    /// entries of earlier versions).
    pub by_administrator: bool,
    /// What was done, a stable dotted name such as `admin.created`.
    pub action: String,
    /// Non-secret details.
    pub detail: Value,
}

/// Every action code the core writes. The window and the command line show
/// each as a sentence (`audit-<code with dots as dashes>` in the Fluent
/// files), so a code missing here would reach the user as a dotted name;
/// [`record`] refuses, in debug builds, a code that is not listed.
pub const ACTIONS: &[&str] = &[
    "admin.created",
    "admin.unlocked",
    "admin.unlock-failed",
    "admin.recovered",
    "admin.recovery-failed",
    "settings.changed",
    "store.backed-up",
    "store.restored",
    "key.generated",
    "seal.created",
    "seal.revoked",
    "seal.crl-published",
    "cert.issued",
    "cert.revoked",
    "cert.imported",
    "cert.exported-with-key",
    "cert.state-changed",
    "cert.trusted",
    "cert.untrusted",
    "document.signed",
    "identity.registered",
    "identity.selected",
    "identity.certificate-attached",
    "identity.removed",
    "smtp.saved",
    "mail.queued",
    "mail.sent",
    "mail.retry",
    "mail.cancelled",
    "mail.deferred",
    "mail.failed",
    "mail.outcome-unknown",
    "mail.template-saved",
    "mail.template-reset",
    "renewal.planned",
    "renewal.formed",
    "renewal.sent",
    "renewal.receipt",
    "renewal.card",
    "renewal.installed",
    "renewal.cancelled",
    "renewal.notification",
    "renewal.price-set",
    "renewal.price-removed",
    "company.created",
    "company.updated",
    "operator.added",
    "operator.signed-in",
    "operator.sign-in-failed",
    "contractor.added",
    "portal-user.added",
    "portal-user.changed",
    "portal-user.disabled",
    "portal-user.enabled",
    "portal-user.imported",
    "portal.certificate-sent",
];

/// Appends an entry done by the operator on the company the store acts for
/// (see [`crate::store`]'s binding). Call it inside the transaction of the
/// change it records, so the change and its history commit together.
pub fn record(conn: &Connection, at: DateTime<Utc>, action: &str, detail: &Value) -> Result<()> {
    debug_assert!(
        ACTIONS.contains(&action),
        "audit action {action} is not in audit::ACTIONS"
    );
    conn.execute(
        "INSERT INTO audit_event (at, actor, action, detail, company_id)
         VALUES (?1, current_actor(), ?2, ?3, current_company())",
        params![timestamp(at), action, detail.to_string()],
    )?;
    Ok(())
}

/// Appends an entry done by `actor` (a login) concerning `company` (none:
/// the store as a whole). Call it inside the transaction of the change it
/// records, so the change and its history commit together.
pub fn record_by(
    conn: &Connection,
    actor: &str,
    company: Option<CompanyId>,
    at: DateTime<Utc>,
    action: &str,
    detail: &Value,
) -> Result<()> {
    debug_assert!(
        ACTIONS.contains(&action),
        "audit action {action} is not in audit::ACTIONS"
    );
    conn.execute(
        "INSERT INTO audit_event (at, actor, action, detail, company_id) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![timestamp(at), actor, action, detail.to_string(), company],
    )?;
    Ok(())
}

/// The newest `limit` entries of `company` and, for the administrator, of
/// the store as a whole (sign-ins, operators, settings, backups), newest
/// first.
pub fn recent(
    conn: &Connection,
    company: CompanyId,
    with_store: bool,
    limit: u32,
) -> Result<Vec<AuditEvent>> {
    let mut stmt = conn.prepare(
        "SELECT id, at, actor, action, detail FROM audit_event
         WHERE company_id = ?1 OR (?2 AND company_id IS NULL) ORDER BY id DESC LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![company, with_store, limit], |row| {
        let detail: String = row.get(4)?;
        let actor: String = row.get(2)?;
        Ok(AuditEvent {
            id: row.get(0)?,
            at: row.get(1)?,
            by_administrator: actor == ADMINISTRATOR
                || actor == crate::company::operator::ADMINISTRATOR_LOGIN,
            actor,
            action: row.get(3)?,
            detail: serde_json::from_str(&detail).unwrap_or(Value::Null),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The stored form of a time: RFC 3339 in UTC with seconds, sortable as text.
pub(crate) fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}
