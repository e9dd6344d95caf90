//! Forward-only schema migrations, embedded in the binary.
//!
//! Written here rather than taken from a migration crate because the runner
//! must take SQLite's write lock *before* reading the schema version
//! (`BEGIN IMMEDIATE`): two processes starting on a new store at once then
//! serialize instead of both trying to create the tables, and the refusal of a
//! newer schema carries both version numbers for the user.

use crate::{Error, Result};
use rusqlite::{Connection, TransactionBehavior};

/// SQL of each schema version, in order; version N is `MIGRATIONS[N - 1]`.
/// Never edit a shipped entry: add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("sql/0001_foundation.sql"),
    include_str!("sql/0002_keys.sql"),
    include_str!("sql/0003_certificates.sql"),
    include_str!("sql/0004_identities.sql"),
    include_str!("sql/0005_mail.sql"),
    include_str!("sql/0006_renewal.sql"),
    include_str!("sql/0007_renewal_prices.sql"),
    include_str!("sql/0008_outbox.sql"),
    include_str!("sql/0009_mail_templates.sql"),
    include_str!("sql/0010_renewal_documents.sql"),
    include_str!("sql/0011_store_identity.sql"),
    include_str!("sql/0012_explicit_trust.sql"),
    include_str!("sql/0013_companies.sql"),
];

/// The schema version this program writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the store to [`SCHEMA_VERSION`] in one transaction, or refuses a
/// store written by a newer program.
pub(crate) fn migrate(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if current == SCHEMA_VERSION {
        return Ok(());
    }
    check_not_newer(current)?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Read again under the write lock: another process may have migrated.
    let current: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    check_not_newer(current)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    // The connection does not enforce foreign keys while migrating (a
    // table rebuild needs that); nothing may commit that breaks one.
    let broken: i64 = tx.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| {
        row.get(0)
    })?;
    if broken > 0 {
        return Err(Error::Store(crate::StoreError::Database {
            detail: format!("{broken} rows would break a foreign key after the upgrade"),
        }));
    }
    tx.commit()?;
    Ok(())
}

/// Whether the store needs a migration this program would write (a store
/// opened read-only cannot take it).
pub(crate) fn pending(conn: &Connection) -> Result<bool> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    check_not_newer(current)?;
    Ok(current < SCHEMA_VERSION)
}

fn check_not_newer(found: i64) -> Result<()> {
    if found > SCHEMA_VERSION {
        return Err(Error::Store(crate::StoreError::SchemaTooNew {
            found,
            known: SCHEMA_VERSION,
        }));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrating_twice_is_harmless() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        migrate(&mut conn).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
    }

    #[test]
    fn audit_log_is_append_only() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        conn.execute(
            "INSERT INTO audit_event (at, actor, action) VALUES ('2026-01-01T00:00:00Z', 'admin', 'x')",
            [],
        )
        .unwrap();
        assert!(conn.execute("DELETE FROM audit_event", []).is_err());
        assert!(conn
            .execute("UPDATE audit_event SET action = 'y'", [])
            .is_err());
    }
}
