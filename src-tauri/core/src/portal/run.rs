//! The record of a run that generates and sends portal certificates: one
//! row per run and one per user, saying how far the user got, so a run
//! stopped at any point (even killed) resumes without a second certificate
//! or a second message for anyone. Passwords are never written here.

use crate::{audit, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

/// One user's place in a run.
#[derive(Debug, Clone)]
pub struct RunItem {
    /// Row id.
    pub id: i64,
    /// The portal user.
    pub user_id: i64,
    /// `planned`, `issued`, `queued`, `done` or `failed`.
    pub state: String,
    /// The certificate signed but not yet recorded (state `issued`).
    pub certificate_der: Option<Vec<u8>>,
    /// The certificate recorded for the user.
    pub certificate_id: Option<i64>,
    /// The copy in the company's certificate folder.
    pub p12: Option<String>,
    /// The outbox message with the PKCS#12 file.
    pub certificate_message_id: Option<i64>,
    /// The outbox message with the password.
    pub password_message_id: Option<i64>,
    /// Why the user failed.
    pub error_code: Option<String>,
}

impl RunItem {
    /// Whether nothing is left to do for the user in this run.
    pub fn finished(&self) -> bool {
        matches!(self.state.as_str(), "queued" | "done" | "failed")
    }
}

/// The company's unfinished run for `selection` from seal `seal_id`, if
/// one exists, with whether it hands passwords out by phone.
pub fn open_run(store: &Store, selection: &str, seal_id: i64) -> Result<Option<(i64, bool)>> {
    Ok(store
        .conn()
        .query_row(
            "SELECT id, by_phone FROM portal_run
             WHERE selection = ?1 AND seal_id = ?2 AND state = 'open'
               AND company_id = current_company()
             ORDER BY id DESC LIMIT 1",
            params![selection, seal_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?)
}

/// A new run planning `users`.
pub fn create(
    store: &Store,
    selection: &str,
    seal_id: i64,
    by_phone: bool,
    users: &[i64],
    now: DateTime<Utc>,
) -> Result<i64> {
    let at = audit::timestamp(now);
    store.in_write_transaction(|tx| {
        tx.execute(
            "INSERT INTO portal_run (company_id, selection, seal_id, by_phone, state, created_at)
             VALUES (current_company(), ?1, ?2, ?3, 'open', ?4)",
            params![selection, seal_id, by_phone, at],
        )?;
        let run = tx.last_insert_rowid();
        for user in users {
            tx.execute(
                "INSERT INTO portal_run_item (company_id, run_id, user_id, state, updated_at)
                 VALUES (current_company(), ?1, ?2, 'planned', ?3)",
                params![run, user, at],
            )?;
        }
        Ok(run)
    })
}

/// The run's users, in the order they were planned.
pub fn items(store: &Store, run: i64) -> Result<Vec<RunItem>> {
    let mut stmt = store.conn().prepare(
        "SELECT id, user_id, state, certificate_der, certificate_id, p12,
                certificate_message_id, password_message_id, error_code
         FROM portal_run_item WHERE run_id = ?1 AND company_id = current_company()
         ORDER BY id",
    )?;
    let rows = stmt.query_map([run], |row| {
        Ok(RunItem {
            id: row.get(0)?,
            user_id: row.get(1)?,
            state: row.get(2)?,
            certificate_der: row.get(3)?,
            certificate_id: row.get(4)?,
            p12: row.get(5)?,
            certificate_message_id: row.get(6)?,
            password_message_id: row.get(7)?,
            error_code: row.get(8)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The item signed its certificate `der` and wrote its copy `p12`.
pub fn set_issued(
    store: &Store,
    item: i64,
    der: &[u8],
    p12: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    update(
        store.conn(),
        "state = 'issued', certificate_der = ?2, p12 = ?3",
        params![item, der, p12, audit::timestamp(now)],
    )
}

/// The item starts again from nothing (its signed certificate was never
/// recorded nor sent).
pub fn set_planned(store: &Store, item: i64, now: DateTime<Utc>) -> Result<()> {
    update(
        store.conn(),
        "state = 'planned', certificate_der = NULL, p12 = NULL",
        params![item, audit::timestamp(now)],
    )
}

/// The item failed with the error `code`.
pub fn set_failed(store: &Store, item: i64, code: &str, now: DateTime<Utc>) -> Result<()> {
    update(
        store.conn(),
        "state = 'failed', certificate_der = NULL, error_code = ?2",
        params![item, code, audit::timestamp(now)],
    )
}

/// The item is finished (`queued` or `done`) with its certificate and
/// messages, in the caller's transaction.
pub fn set_sent(
    conn: &Connection,
    item: i64,
    state: &str,
    certificate: i64,
    certificate_message: i64,
    password_message: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    update(
        conn,
        "state = ?2, certificate_der = NULL, certificate_id = ?3,
         certificate_message_id = ?4, password_message_id = ?5",
        params![
            item,
            state,
            certificate,
            certificate_message,
            password_message,
            audit::timestamp(now)
        ],
    )
}

/// Closes the run once every user is finished.
pub fn finish(store: &Store, run: i64, now: DateTime<Utc>) -> Result<()> {
    store.conn().execute(
        "UPDATE portal_run SET state = 'finished', finished_at = ?2
         WHERE id = ?1 AND company_id = current_company()",
        params![run, audit::timestamp(now)],
    )?;
    Ok(())
}

fn update(conn: &Connection, set: &str, args: impl rusqlite::Params) -> Result<()> {
    // The last argument is always the time of the change.
    let last = set.matches('?').count() + 2;
    conn.execute(
        &format!(
            "UPDATE portal_run_item SET {set}, updated_at = ?{last}
             WHERE id = ?1 AND company_id = current_company()"
        ),
        args,
    )?;
    Ok(())
}
