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
    // SQLite changes this only outside a transaction; the connection turns
    // it on again once migrated.
    conn.execute_batch("PRAGMA foreign_keys = OFF;")?;
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

/// Brings a new database to schema `version` only, as an older program
/// left it, for tests of upgrades.
#[cfg(test)]
pub(crate) fn migrate_up_to(conn: &mut Connection, version: usize) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().take(version) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
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

    /// A store as version 12 left it, holding one row of each kind.
    fn store_of_version_12() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_up_to(&mut conn, 12).unwrap();
        conn.execute_batch(
            "INSERT INTO key (id, algorithm, location, file_path, spki_sha256, created_at)
                 VALUES (1, 'ec-p256', 'file', '/keys/seal.key', 'aa', '2026-01-01T00:00:00Z');
             INSERT INTO certificate (id, der, sha256, subject, issuer, serial, not_before,
                     not_after, spki_sha256, is_ca, key_id, source, created_at)
                 VALUES (1, x'30', 'cc', 'CN=Seal', 'CN=Seal', '01', '2026-01-01T00:00:00Z',
                     '2031-01-01T00:00:00Z', 'aa', 1, 1, 'seal', '2026-01-01T00:00:00Z');
             INSERT INTO seal (certificate_id, organization, organization_id, country, created_at)
                 VALUES (1, 'ТОВ «Ромашка»', 'NTRUA-14360570', 'UA', '2026-01-01T00:00:00Z');
             INSERT INTO smtp_settings (id, from_address, host, port, security, auth, updated_at)
                 VALUES (1, 'office@romashka.ua', 'smtp.example', 587, 'starttls', 'plain',
                     '2026-01-01T00:00:00Z');
             INSERT INTO mail_template (kind, language, subject, body_text, updated_at)
                 VALUES ('signed-document', 'uk', 'Документ', 'Текст', '2026-01-01T00:00:00Z');
             INSERT INTO outbox_message (message_id, state, sender, recipients, subject, size,
                     next_attempt_at, created_at, spool_file)
                 VALUES ('<m@x>', 'queued', 'office@romashka.ua', '{}', 'S', 10,
                     '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'm.eml');
             INSERT INTO renewal_run (created_at, term_years, contact, phone, key_dir, updated_at)
                 VALUES ('2026-01-01T00:00:00Z', 1, 'Dana', '', '/keys', '2026-01-01T00:00:00Z');
             INSERT INTO renewal_price (ca_key, ca, term_years, amount_minor, currency, updated_at)
                 VALUES ('ca', 'CA', 1, 100, 'UAH', '2026-01-01T00:00:00Z');
             INSERT INTO audit_event (at, actor, action) VALUES ('2026-01-01T00:00:00Z', 'administrator', 'seal.created');
             INSERT INTO setting (key, value) VALUES ('language', 'uk');",
        )
        .unwrap();
        conn
    }

    #[test]
    fn an_upgraded_store_gives_every_row_to_a_first_company_named_after_its_seal() {
        let mut conn = store_of_version_12();
        migrate(&mut conn).unwrap();
        let company: (i64, String, String, Option<String>, Option<String>) = conn
            .query_row(
                "SELECT id, code, name, organization_identifier, language FROM company",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap();
        assert_eq!(
            company,
            (
                1,
                "MAIN".into(),
                "ТОВ «Ромашка»".into(),
                Some("NTRUA-14360570".into()),
                Some("uk".into())
            )
        );
        for table in [
            "key",
            "certificate",
            "seal",
            "smtp_settings",
            "mail_template",
            "outbox_message",
            "renewal_run",
            "renewal_price",
            "audit_event",
        ] {
            let (rows, of_first): (i64, i64) = conn
                .query_row(
                    &format!(
                        "SELECT count(*), count(*) FILTER (WHERE company_id = 1) FROM {table}"
                    ),
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap();
            assert_eq!(
                (rows, of_first),
                (1, 1),
                "{table} keeps its row, now the first company's"
            );
        }
        // The rebuilt tables kept their links: the seal's key is found.
        let key_path: String = conn
            .query_row(
                "SELECT k.file_path FROM seal s JOIN certificate c ON c.id = s.certificate_id
                 JOIN key k ON k.id = c.key_id",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(key_path, "/keys/seal.key");
    }

    #[test]
    fn an_upgraded_store_without_a_seal_or_identity_has_my_company() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_up_to(&mut conn, 12).unwrap();
        migrate(&mut conn).unwrap();
        let name: String = conn
            .query_row("SELECT name FROM company", [], |r| r.get(0))
            .unwrap();
        assert_eq!(name, "My company");
    }

    #[test]
    fn a_new_owned_row_without_its_company_is_refused() {
        let mut conn = store_of_version_12();
        migrate(&mut conn).unwrap();
        let err = conn
            .execute(
                "INSERT INTO outbox_message (message_id, state, sender, recipients, subject, size,
                     next_attempt_at, created_at, spool_file)
                 VALUES ('<n@x>', 'queued', 'a@b', '{}', 'S', 1, 'x', 'x', 'n.eml')",
                [],
            )
            .unwrap_err();
        assert!(err.to_string().contains("belongs to a company"), "{err}");
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
