//! The durable outbox: every message is composed once, written to a spool
//! file and recorded as `queued` before anything is sent, so nothing is lost
//! when the server is down or the program stops. Delivery is in
//! [`delivery`], the background loop of the desktop app in [`worker`].
//!
//! States: `queued` → `sending` → `sent`; a transient failure goes back to
//! `queued` with a later due time, a permanent one (or too many attempts) to
//! `failed`; `queued` and `failed` can be `cancelled`. A message found
//! `sending` at start may have been accepted by the server: it becomes
//! `failed` with `mail.outcome-unknown` and is only sent again by the user.

mod error;
pub use error::OutboxError;
pub mod delivery;
mod spool;
pub mod worker;

pub use delivery::{deliver_due, DeliveryProgress, DeliveryReport};

use super::compose::{self, Draft};
use super::settings;
use crate::atomic_file::{self, Access};
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use lettre::message::MultiPart;
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// The spool folder inside the data folder.
pub const SPOOL_DIR: &str = "outbox";

/// After this many attempts a message is `failed` rather than queued again.
pub const MAX_ATTEMPTS: i64 = 8;

/// The reference prefix of a message that carries a secret (a portal
/// certificate's password): once sent, no copy of it is kept anywhere, not
/// even in the folder of sent copies.
pub const SECRET_REFERENCE_PREFIX: &str = "portal-password:";

/// Whether the message with `reference` carries a secret.
pub fn carries_secret(reference: Option<&str>) -> bool {
    reference.is_some_and(|r| r.starts_with(SECRET_REFERENCE_PREFIX))
}

/// A spool file without a row is only removed when older than this, so a
/// file another process has just written (its row not yet committed) stays.
const ORPHAN_AGE: std::time::Duration = std::time::Duration::from_secs(600);

/// A message's place in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum State {
    /// Waiting for its due time.
    Queued,
    /// Being handed to the server now (or the program stopped while it was).
    Sending,
    /// Accepted by the server.
    Sent,
    /// Refused for good, too many attempts, or the outcome is unknown.
    Failed,
    /// Withdrawn by the user.
    Cancelled,
}

/// What the user may do with a message in its present state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct OutboxActions {
    /// Make it due now (a failed one, or a queued one waiting for its next
    /// try).
    pub retry: bool,
    /// Withdraw it.
    pub cancel: bool,
}

impl State {
    /// The states [`retry`] accepts: a queued message is waiting for its
    /// next try, and retrying makes it due now.
    const RETRYABLE: [State; 2] = [State::Failed, State::Queued];

    /// The states [`cancel`] accepts: neither being sent nor done.
    const CANCELLABLE: [State; 2] = [State::Queued, State::Failed];

    /// What the user may do with a message in this state.
    pub fn actions(self) -> OutboxActions {
        OutboxActions {
            retry: Self::RETRYABLE.contains(&self),
            cancel: Self::CANCELLABLE.contains(&self),
        }
    }

    /// The stored form.
    pub fn as_str(self) -> &'static str {
        match self {
            State::Queued => "queued",
            State::Sending => "sending",
            State::Sent => "sent",
            State::Failed => "failed",
            State::Cancelled => "cancelled",
        }
    }

    fn parse(text: &str) -> Result<Self> {
        Ok(match text {
            "queued" => State::Queued,
            "sending" => State::Sending,
            "sent" => State::Sent,
            "failed" => State::Failed,
            "cancelled" => State::Cancelled,
            other => {
                return Err(Error::Store(crate::StoreError::Database {
                    detail: format!("unknown outbox state {other}"),
                }))
            }
        })
    }
}

/// What `enqueue` needs besides the draft.
#[derive(Default)]
pub struct EnqueueOptions<'a> {
    /// Queue the message even when it is larger than
    /// [`compose::LARGE_MESSAGE_BYTES`] (the user confirmed).
    pub allow_large: bool,
    /// Wraps the composed body before the headers go around it (S/MIME).
    #[allow(clippy::type_complexity)]
    pub wrap_body: Option<&'a dyn Fn(MultiPart) -> Result<MultiPart>>,
}

/// A message just queued.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Queued {
    /// Outbox id.
    pub id: i64,
    /// The `Message-ID` header, fixed for every attempt.
    pub message_id: String,
    /// Always `queued`.
    pub state: State,
    /// Size of the composed message in bytes.
    pub size: u64,
}

/// The last failure of a message, as a code and named parameters.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct LastError {
    /// Stable error code, e.g. `mail.deferred`.
    pub code: String,
    /// Named parameters for the localized sentence.
    #[ts(type = "Record<string, string | number>")]
    pub params: Value,
}

/// One outbox message as the faces show it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct OutboxEntry {
    /// Outbox id.
    pub id: i64,
    /// The `Message-ID` header.
    pub message_id: String,
    /// Its state.
    pub state: State,
    /// The sender address.
    pub sender: String,
    /// Visible recipients.
    pub to: Vec<String>,
    /// Copy recipients.
    pub cc: Vec<String>,
    /// Blind copy recipients.
    pub bcc: Vec<String>,
    /// The subject.
    pub subject: String,
    /// Size in bytes.
    pub size: u64,
    /// Delivery attempts so far.
    pub attempts: i64,
    /// When the next attempt is due (queued messages).
    pub next_attempt_at: DateTime<Utc>,
    /// The last failure.
    pub last_error: Option<LastError>,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// When the server accepted it.
    pub sent_at: Option<DateTime<Utc>>,
    /// The caller's reference.
    pub reference: Option<String>,
    /// What the user may do with it now.
    pub actions: OutboxActions,
    /// The spool file name (inside the data folder's `outbox` folder).
    #[serde(skip)]
    #[ts(skip)]
    pub spool_file: String,
}

/// The spool folder of a store.
pub fn spool_dir(store: &Store) -> PathBuf {
    store.data_dir().join(SPOOL_DIR)
}

/// Composes the draft with the saved settings and queues it, due now.
///
/// Every check (header fields, size) happens before anything is written;
/// the message bytes reach their spool file before the row commits.
pub fn enqueue(
    store: &Store,
    draft: &Draft,
    options: &EnqueueOptions<'_>,
    now: DateTime<Utc>,
) -> Result<Queued> {
    let recipients = compose::check(draft)?;
    let settings = settings::load(store)?.ok_or(Error::Mail(crate::MailError::NotConfigured))?;
    let estimate = compose::estimated_size(draft)?;
    if estimate > compose::LARGE_MESSAGE_BYTES && !options.allow_large {
        return Err(Error::Outbox(crate::OutboxError::MessageTooLarge {
            size: estimate,
            limit: compose::LARGE_MESSAGE_BYTES,
        }));
    }
    let mut body = compose::build_body(draft)?;
    if let Some(wrap) = options.wrap_body {
        body = wrap(body)?;
    }
    let message_id = compose::new_message_id(&settings.server.from_address);
    let message = compose::build_message(
        &settings,
        &recipients,
        &draft.subject,
        &message_id,
        now,
        body,
    )?;
    let bytes = message.formatted();
    let size = bytes.len() as u64;
    if size > compose::LARGE_MESSAGE_BYTES && !options.allow_large {
        return Err(Error::Outbox(crate::OutboxError::MessageTooLarge {
            size,
            limit: compose::LARGE_MESSAGE_BYTES,
        }));
    }

    let spool = spool_dir(store);
    crate::private_folder::ensure(&spool)?;
    let unique = message_id
        .trim_start_matches('<')
        .split('@')
        .next()
        .unwrap_or_default()
        .to_owned();
    let spool_file = format!("{unique}.eml");
    let spool_path = spool.join(&spool_file);
    atomic_file::write_new(&spool_path, &bytes, Access::Private)?;

    let stored = (|| -> Result<i64> {
        let tx = store.write_transaction()?;
        tx.execute(
            "INSERT INTO outbox_message (company_id, message_id, state, sender, recipients,
                 subject, size, attempts, next_attempt_at, created_at, reference, spool_file)
             VALUES (current_company(), ?1, 'queued', ?2, ?3, ?4, ?5, 0, ?6, ?6, ?7, ?8)",
            params![
                message_id,
                settings.server.from_address,
                json!({ "to": draft.to, "cc": draft.cc, "bcc": draft.bcc }).to_string(),
                draft.subject,
                size as i64,
                now.to_rfc3339(),
                draft.reference,
                spool_file,
            ],
        )?;
        let id = tx.last_insert_rowid();
        audit::record(
            &tx,
            now,
            "mail.queued",
            &json!({ "id": id, "message_id": message_id, "size": size }),
        )?;
        tx.commit()?;
        Ok(id)
    })();
    match stored {
        Ok(id) => Ok(Queued {
            id,
            message_id,
            state: State::Queued,
            size,
        }),
        Err(err) => {
            // No row names the file: it must not stay behind.
            let _ = std::fs::remove_file(&spool_path);
            Err(err)
        }
    }
}

const COLUMNS: &str = "id, message_id, state, sender, recipients, subject, size, attempts,
    next_attempt_at, last_error_code, last_error_params, created_at, sent_at, reference,
    spool_file";

fn time(text: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            Error::Store(crate::StoreError::Database {
                detail: format!("bad outbox time {text}: {e}"),
            })
        })
}

type RawRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    i64,
    i64,
    String,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    String,
);

fn raw(row: &Row<'_>) -> rusqlite::Result<RawRow> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
        row.get(6)?,
        row.get(7)?,
        row.get(8)?,
        row.get(9)?,
        row.get(10)?,
        row.get(11)?,
        row.get(12)?,
        row.get(13)?,
        row.get(14)?,
    ))
}

fn entry(raw: RawRow) -> Result<OutboxEntry> {
    let (
        id,
        message_id,
        state,
        sender,
        recipients,
        subject,
        size,
        attempts,
        next,
        code,
        params,
        created,
        sent,
        reference,
        spool_file,
    ) = raw;
    let recipients: Value = serde_json::from_str(&recipients).map_err(|e| {
        Error::Store(crate::StoreError::Database {
            detail: format!("bad outbox recipients: {e}"),
        })
    })?;
    let list = |key: &str| -> Vec<String> {
        recipients[key]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    let state = State::parse(&state)?;
    Ok(OutboxEntry {
        id,
        message_id,
        state,
        sender,
        to: list("to"),
        cc: list("cc"),
        bcc: list("bcc"),
        subject,
        size: size as u64,
        attempts,
        next_attempt_at: time(&next)?,
        last_error: code.map(|code| LastError {
            code,
            params: params
                .and_then(|p| serde_json::from_str(&p).ok())
                .unwrap_or_else(|| json!({})),
        }),
        created_at: time(&created)?,
        sent_at: sent.as_deref().map(time).transpose()?,
        reference,
        actions: state.actions(),
        spool_file,
    })
}

/// Every outbox message, newest first.
pub fn list(store: &Store) -> Result<Vec<OutboxEntry>> {
    let mut stmt = store.conn().prepare(&format!(
        "SELECT {COLUMNS} FROM outbox_message WHERE company_id = current_company()
         ORDER BY id DESC"
    ))?;
    let rows = stmt.query_map([], raw)?;
    rows.map(|row| entry(row?)).collect()
}

/// One outbox message.
pub fn get(store: &Store, id: i64) -> Result<OutboxEntry> {
    let row = store
        .conn()
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM outbox_message WHERE id = ?1 AND company_id = current_company()"
            ),
            [id],
            raw,
        )
        .optional()?;
    entry(row.ok_or(Error::Outbox(crate::OutboxError::NotFound { id }))?)
}

/// Held by the one process delivering the outbox (or recovering it) at a
/// time; `None` when another has it.
pub(crate) fn delivery_lock(store: &Store) -> Result<Option<crate::process_lock::ProcessLock>> {
    crate::process_lock::try_lock(&store.data_dir().join("outbox-delivery.lock"))
}

/// The messages queued with `reference`, newest first: how a workflow
/// finds out whether it already handed a message to the outbox.
pub fn by_reference(store: &Store, reference: &str) -> Result<Vec<OutboxEntry>> {
    let mut stmt = store.conn().prepare(&format!(
        "SELECT {COLUMNS} FROM outbox_message WHERE reference = ?1 AND company_id = current_company()
         ORDER BY id DESC"
    ))?;
    let rows = stmt.query_map([reference], raw)?;
    rows.map(|row| entry(row?)).collect()
}

/// The messages due at `now`, oldest due first.
pub(crate) fn due(store: &Store, now: DateTime<Utc>) -> Result<Vec<OutboxEntry>> {
    // Times are stored as RFC 3339 in UTC, so text order is time order; the
    // comparison is done in Rust to stay exact across formats.
    let mut stmt = store.conn().prepare(&format!(
        "SELECT {COLUMNS} FROM outbox_message WHERE state = 'queued' AND company_id = current_company()
         ORDER BY next_attempt_at, id"
    ))?;
    let rows = stmt.query_map([], raw)?;
    let mut due = Vec::new();
    for row in rows {
        let entry = entry(row?)?;
        if entry.next_attempt_at <= now {
            due.push(entry);
        }
    }
    Ok(due)
}

/// How many queued messages are due at `now`, read from their times alone.
pub(crate) fn due_count(store: &Store, now: DateTime<Utc>) -> Result<usize> {
    let mut stmt = store
        .conn()
        .prepare(
            "SELECT next_attempt_at FROM outbox_message WHERE state = 'queued' AND company_id = current_company()",
        )?;
    let mut count = 0;
    for at in stmt.query_map([], |row| row.get::<_, String>(0))? {
        if time(&at?)? <= now {
            count += 1;
        }
    }
    Ok(count)
}

/// When the next queued message is due, if any is queued.
pub fn next_due(store: &Store) -> Result<Option<DateTime<Utc>>> {
    let next: Option<String> = store.conn().query_row(
        "SELECT min(next_attempt_at) FROM outbox_message WHERE state = 'queued' AND company_id = current_company()",
        [],
        |row| row.get(0),
    )?;
    next.as_deref().map(time).transpose()
}

/// Changes the state of `id` from one of `from` in one transaction with its
/// audit event; returns the entry as it was.
fn transition(
    store: &Store,
    id: i64,
    from: &[State],
    set: &str,
    set_params: &[&dyn rusqlite::ToSql],
    action: &str,
    now: DateTime<Utc>,
) -> Result<OutboxEntry> {
    let tx = store.write_transaction()?;
    let current = tx
        .query_row(
            &format!(
                "SELECT {COLUMNS} FROM outbox_message WHERE id = ?1 AND company_id = current_company()"
            ),
            [id],
            raw,
        )
        .optional()?
        .ok_or(Error::Outbox(crate::OutboxError::NotFound { id }))?;
    let current = entry(current)?;
    if !from.contains(&current.state) {
        return Err(Error::Outbox(crate::OutboxError::WrongState {
            id,
            state: current.state.as_str().to_owned(),
        }));
    }
    let mut values: Vec<&dyn rusqlite::ToSql> = set_params.to_vec();
    values.push(&id);
    tx.execute(
        &format!(
            "UPDATE outbox_message SET {set} WHERE id = ?{} AND company_id = current_company()",
            values.len()
        ),
        values.as_slice(),
    )?;
    audit::record(&tx, now, action, &json!({ "id": id }))?;
    tx.commit()?;
    Ok(current)
}

/// Puts a failed message back in the queue, due now, or makes a queued one
/// waiting for its next try due now (the user fixed the server and does not
/// want to wait). It is sent again with the same `Message-ID`, so a
/// receiver can tell a duplicate.
pub fn retry(store: &Store, id: i64, now: DateTime<Utc>) -> Result<OutboxEntry> {
    let stamp = now.to_rfc3339();
    transition(
        store,
        id,
        &State::RETRYABLE,
        "state = 'queued', next_attempt_at = ?1",
        &[&stamp],
        "mail.retry",
        now,
    )?;
    get(store, id)
}

/// Withdraws a queued or failed message and removes its spool file.
pub fn cancel(store: &Store, id: i64, now: DateTime<Utc>) -> Result<OutboxEntry> {
    let before = transition(
        store,
        id,
        &State::CANCELLABLE,
        "state = 'cancelled'",
        &[],
        "mail.cancelled",
        now,
    )?;
    // The row no longer needs the bytes; a file left by a failed removal is
    // harmless (it is never sent) and is not reported.
    spool::remove(&spool_dir(store), &before.spool_file);
    get(store, id)
}

/// Run once at start: a message found `sending` was interrupted during its
/// SMTP transaction and may have arrived, so it becomes `failed` with
/// `mail.outcome-unknown` instead of being sent again; spool files without
/// a row (left by a crash before the row committed) are removed. Returns
/// the ids marked failed.
pub fn recover(store: &Store, now: DateTime<Utc>) -> Result<Vec<i64>> {
    // A message another process is sending right now is not abandoned.
    let Some(_lock) = delivery_lock(store)? else {
        return Ok(Vec::new());
    };
    let unknown = Error::Outbox(crate::OutboxError::OutcomeUnknown);
    let tx = store.write_transaction()?;
    let ids: Vec<i64> = {
        let mut stmt = tx.prepare(
            "SELECT id FROM outbox_message WHERE state = 'sending' AND company_id = current_company()",
        )?;
        let ids = stmt.query_map([], |row| row.get(0))?;
        ids.collect::<rusqlite::Result<_>>()?
    };
    for id in &ids {
        tx.execute(
            "UPDATE outbox_message SET state = 'failed', last_error_code = ?1,
                 last_error_params = ?2 WHERE id = ?3 AND company_id = current_company()",
            params![
                unknown.code(),
                Value::Object(unknown.params()).to_string(),
                id
            ],
        )?;
        audit::record(&tx, now, "mail.outcome-unknown", &json!({ "id": id }))?;
    }
    let spooled = |sql: &str| -> Result<std::collections::HashSet<String>> {
        let mut stmt = tx.prepare(sql)?;
        let names = stmt.query_map([], |row| row.get(0))?;
        Ok(names.collect::<rusqlite::Result<_>>()?)
    };
    // The spool folder is the store's, shared by every company: a file is
    // an orphan only when no company's message names it.
    let known = spooled("SELECT spool_file FROM outbox_message")?;
    // A sent message's bytes (a portal password among them) are not kept:
    // removed once sent, and here when a crash came in between.
    let finished =
        spooled("SELECT spool_file FROM outbox_message WHERE state IN ('sent', 'cancelled')")?;
    tx.commit()?;
    let spool = spool_dir(store);
    for name in &finished {
        spool::remove(&spool, name);
    }
    remove_orphans(&spool, &known);
    Ok(ids)
}

fn remove_orphans(spool: &Path, known: &std::collections::HashSet<String>) {
    let Ok(entries) = std::fs::read_dir(spool) else {
        return;
    };
    for item in entries.flatten() {
        let name = item.file_name().to_string_lossy().into_owned();
        if known.contains(&name) {
            continue;
        }
        let old_enough = item
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= ORPHAN_AGE);
        if old_enough {
            let _ = std::fs::remove_file(item.path());
        }
    }
}

/// Settings used by the unit tests of the mail modules.
#[cfg(test)]
pub(crate) fn tests_settings() -> settings::SmtpSettings {
    settings::SmtpSettings {
        server: settings::SmtpServer {
            from_address: "dana@example.com".into(),
            from_name: Some("Dana".into()),
            host: "localhost".into(),
            port: 2525,
            security: super::Security::Starttls,
            auth: super::AuthMethod::None,
            username: None,
            bcc_self: None,
            eml_dir: None,
            ca_file: None,
        },
        plain_warning: false,
    }
}

#[cfg(test)]
mod retry_tests {
    use super::*;
    use chrono::Duration;

    fn queued_message(store: &Store, now: DateTime<Utc>) -> Queued {
        let mut relay = tests_settings();
        relay.server.security = crate::mail::Security::Tls;
        let options = settings::SaveOptions {
            secret: None,
            allow_plain: false,
        };
        settings::save(store, &relay, &options, now).unwrap();
        let draft = Draft {
            to: vec!["anna@example.org".into()],
            subject: "Invoice".into(),
            text: "Attached.".into(),
            ..Draft::default()
        };
        enqueue(store, &draft, &EnqueueOptions::default(), now).unwrap()
    }

    #[test]
    fn due_count_counts_the_queued_messages_whose_time_has_come() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(dir.path()).unwrap();
        let start = Utc::now();
        let first = queued_message(&store, start);
        queued_message(&store, start);
        let put_off = queued_message(&store, start);
        let later = (start + Duration::minutes(4)).to_rfc3339();
        store
            .conn()
            .execute(
                "UPDATE outbox_message SET next_attempt_at = ?1 WHERE id = ?2",
                params![later, put_off.id],
            )
            .unwrap();
        assert_eq!(due_count(&store, start).unwrap(), 2);
        cancel(&store, first.id, start).unwrap();
        assert_eq!(due_count(&store, start).unwrap(), 1);
        assert_eq!(due_count(&store, start + Duration::minutes(5)).unwrap(), 2);
        assert_eq!(
            due_count(&store, start).unwrap(),
            due(&store, start).unwrap().len()
        );
    }

    #[test]
    fn retry_makes_a_waiting_message_due_now_and_refuses_a_finished_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(dir.path()).unwrap();
        let start = Utc::now();
        let queued = queued_message(&store, start);
        // A failed attempt put it off until later.
        let later = (start + Duration::minutes(4)).to_rfc3339();
        store
            .conn()
            .execute(
                "UPDATE outbox_message SET next_attempt_at = ?1, attempts = 1 WHERE id = ?2",
                params![later, queued.id],
            )
            .unwrap();
        assert_eq!(next_due(&store).unwrap().unwrap().to_rfc3339(), later);

        let now = start + Duration::seconds(5);
        let retried = retry(&store, queued.id, now).unwrap();
        assert_eq!(retried.state, State::Queued);
        assert_eq!(retried.next_attempt_at, now);
        assert_eq!(
            retried.attempts, 1,
            "an attempt is counted when made, not when asked"
        );

        cancel(&store, queued.id, now).unwrap();
        let refused = retry(&store, queued.id, now).unwrap_err();
        assert_eq!(refused.code(), "mail.outbox-wrong-state");
        assert_eq!(get(&store, queued.id).unwrap().state, State::Cancelled);
        let missing = retry(&store, queued.id + 1, now).unwrap_err();
        assert_eq!(missing.code(), "mail.outbox-not-found");
    }
}
