//! Delivering due messages over ONE SMTP connection per batch.
//!
//! Each message's SMTP transaction is driven command by command over
//! lettre's `SmtpConnection` rather than with its `send`, because `send`
//! drops the connection on any refusal: one refused recipient would then cost
//! a new connection (and sign-in) for every following message.

use super::{due, spool_dir, LastError, OutboxActions, OutboxEntry, State, MAX_ATTEMPTS};
use crate::atomic_file::{self, Access};
use crate::mail::settings::{self, SmtpSettings};
use crate::mail::{connection_test, credentials, Security};
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Duration as Span, Utc};
use lettre::address::Envelope;
use lettre::transport::smtp::client::{SmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt, Rset};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::Address;
use rusqlite::params;
use serde::Serialize;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How long each network step may take.
const TIMEOUT: Duration = Duration::from_secs(60);

/// What became of one message during a batch.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DeliveryProgress {
    /// Outbox id.
    pub id: i64,
    /// Its `Message-ID`.
    pub message_id: String,
    /// Its state after this attempt.
    pub state: State,
    /// Attempts so far.
    pub attempts: i64,
    /// When it is due again (queued).
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// Why it was not sent.
    pub error: Option<LastError>,
    /// Why the `.eml` copy of a sent message was not written.
    pub copy_error: Option<LastError>,
    /// What the user may do with it now.
    pub actions: OutboxActions,
}

/// The outcome of one batch.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct DeliveryReport {
    /// Messages the server accepted.
    pub sent: usize,
    /// Messages now `failed`.
    pub failed: usize,
    /// Messages queued again for later.
    pub deferred: usize,
    /// Another SealDesk process was delivering the outbox, so this one did
    /// nothing.
    pub busy: bool,
}

/// A failed attempt: the error to record, and whether it is final.
struct Failure {
    error: Error,
    permanent: bool,
}

fn last_error(error: &Error) -> LastError {
    LastError {
        code: error.code().to_owned(),
        params: Value::Object(error.params()),
    }
}

/// The wait before attempt `attempts + 1`: 1, 2, 4 … minutes, at most 1 h.
pub fn backoff(attempts: i64) -> Span {
    let exponent = attempts.clamp(1, 7) - 1;
    Span::minutes((1i64 << exponent).min(60))
}

/// Sends every message due at `now`. `stop` is checked before each message;
/// `progress` is told what became of each one.
///
/// Fails as a whole, touching no message, only when there are no settings,
/// the password cannot be read from the credential store, or the store
/// fails; a server that cannot be reached or refuses the sign-in counts as
/// one failed attempt of every due message.
pub fn deliver_due(
    store: &Store,
    now: DateTime<Utc>,
    stop: &AtomicBool,
    progress: &mut dyn FnMut(&DeliveryProgress),
) -> Result<DeliveryReport> {
    let mut report = DeliveryReport::default();
    let Some(_lock) = super::delivery_lock(store)? else {
        report.busy = true;
        return Ok(report);
    };
    let due = due(store, now)?;
    if due.is_empty() {
        return Ok(report);
    }
    let settings = settings::load(store)?.ok_or(Error::Mail(crate::MailError::NotConfigured))?;
    let secret = match settings.credential_account() {
        Some(account) => Some(credentials::load(&account)?),
        None => None,
    };
    let mut conn = match connect(&settings, secret.as_deref().map(String::as_str)) {
        Ok(conn) => conn,
        Err(failure) => {
            for entry in &due {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let attempts = begin(store, entry.id)?;
                let Some(attempts) = attempts else { continue };
                let done = record_failure(store, entry, attempts, &failure, now)?;
                count(&mut report, &done);
                progress(&done);
            }
            return Ok(report);
        }
    };
    for entry in &due {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let Some(attempts) = begin(store, entry.id)? else {
            continue;
        };
        let bytes = super::spool::read(&spool_dir(store), &entry.spool_file);
        let outcome = match bytes {
            Ok(bytes) => transmit(&mut conn, &settings, entry, &bytes).map(|()| bytes),
            Err(error) => Err(Failure {
                error,
                permanent: true,
            }),
        };
        let done = match outcome {
            Ok(bytes) => mark_sent(store, &settings, entry, attempts, &bytes, now)?,
            Err(failure) => record_failure(store, entry, attempts, &failure, now)?,
        };
        count(&mut report, &done);
        progress(&done);
        if conn.has_broken() {
            // The rest stay queued and due; the next batch reconnects.
            break;
        }
    }
    if !conn.has_broken() {
        let _ = conn.quit();
    }
    Ok(report)
}

fn count(report: &mut DeliveryReport, done: &DeliveryProgress) {
    match done.state {
        State::Sent => report.sent += 1,
        State::Failed => report.failed += 1,
        _ => report.deferred += 1,
    }
}

/// Marks the message `sending` and counts the attempt, in its own committed
/// transaction, before any byte goes out; `None` when another process took
/// it meanwhile.
fn begin(store: &Store, id: i64) -> Result<Option<i64>> {
    let tx = store.write_transaction()?;
    let changed = tx.execute(
        "UPDATE outbox_message SET state = 'sending', attempts = attempts + 1
         WHERE id = ?1 AND state = 'queued' AND company_id = current_company()",
        [id],
    )?;
    if changed == 0 {
        return Ok(None);
    }
    let attempts = tx.query_row(
        "SELECT attempts FROM outbox_message WHERE id = ?1 AND company_id = current_company()",
        [id],
        |row| row.get(0),
    )?;
    tx.commit()?;
    Ok(Some(attempts))
}

fn record_failure(
    store: &Store,
    entry: &OutboxEntry,
    attempts: i64,
    failure: &Failure,
    now: DateTime<Utc>,
) -> Result<DeliveryProgress> {
    let error = last_error(&failure.error);
    let give_up = failure.permanent || attempts >= MAX_ATTEMPTS;
    let (state, next) = if give_up {
        (State::Failed, None)
    } else {
        (State::Queued, Some(now + backoff(attempts)))
    };
    let tx = store.write_transaction()?;
    tx.execute(
        "UPDATE outbox_message SET state = ?1, next_attempt_at = coalesce(?2, next_attempt_at),
             last_error_code = ?3, last_error_params = ?4 WHERE id = ?5 AND company_id = current_company()",
        params![
            state.as_str(),
            next.map(|t| t.to_rfc3339()),
            error.code,
            error.params.to_string(),
            entry.id
        ],
    )?;
    audit::record(
        &tx,
        now,
        if give_up {
            "mail.failed"
        } else {
            "mail.deferred"
        },
        &json!({ "id": entry.id, "attempts": attempts, "code": error.code }),
    )?;
    tx.commit()?;
    Ok(DeliveryProgress {
        id: entry.id,
        message_id: entry.message_id.clone(),
        state,
        attempts,
        next_attempt_at: next,
        error: Some(error),
        copy_error: None,
        actions: state.actions(),
    })
}

fn mark_sent(
    store: &Store,
    settings: &SmtpSettings,
    entry: &OutboxEntry,
    attempts: i64,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<DeliveryProgress> {
    let tx = store.write_transaction()?;
    tx.execute(
        "UPDATE outbox_message SET state = 'sent', sent_at = ?1, last_error_code = NULL,
             last_error_params = NULL WHERE id = ?2 AND company_id = current_company()",
        params![now.to_rfc3339(), entry.id],
    )?;
    let recipients = entry.to.len() + entry.cc.len() + entry.bcc.len();
    audit::record(
        &tx,
        now,
        "mail.sent",
        &json!({ "id": entry.id, "message_id": entry.message_id,
                 "recipients": recipients, "size": bytes.len() }),
    )?;
    tx.commit()?;
    // Sent: the bytes are no longer needed, and may hold a password.
    super::spool::remove(&spool_dir(store), &entry.spool_file);
    let copy_error = settings
        .server
        .eml_dir
        .as_ref()
        .filter(|_| !super::carries_secret(entry.reference.as_deref()))
        .and_then(|dir| write_copy(dir, entry, bytes, now).err())
        .map(|e| last_error(&e));
    Ok(DeliveryProgress {
        id: entry.id,
        message_id: entry.message_id.clone(),
        state: State::Sent,
        attempts,
        next_attempt_at: None,
        error: None,
        copy_error,
        actions: State::Sent.actions(),
    })
}

/// The `.eml` copy of a sent message, named by date and `Message-ID`.
fn write_copy(
    dir: &std::path::Path,
    entry: &OutboxEntry,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let id: String = entry
        .message_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '@'))
        .collect();
    let path = dir.join(format!("{}-{id}.eml", now.format("%Y-%m-%d")));
    match atomic_file::write_new(&path, bytes, Access::Shared) {
        // A retry after an unknown outcome may find its own earlier copy.
        Err(Error::File(crate::FileError::Exists { .. })) | Ok(()) => Ok(()),
        Err(err) => Err(err),
    }
}

/// Opens the batch's connection: TCP (or implicit TLS), STARTTLS when
/// asked, then the sign-in.
fn connect(
    settings: &SmtpSettings,
    secret: Option<&str>,
) -> std::result::Result<SmtpConnection, Failure> {
    let unreachable = |reason: &'static str, detail: String| Failure {
        error: Error::Outbox(crate::OutboxError::ServerUnreachable { reason, detail }),
        permanent: false,
    };
    let failed = |err: &lettre::transport::smtp::Error| {
        unreachable(crate::error::network_reason(err), err.to_string())
    };
    let mut tls = TlsParameters::builder(settings.server.host.clone());
    if let Some(ca) = &settings.server.ca_file {
        let ca = connection_test::read_ca_file(ca).map_err(|error| Failure {
            error,
            permanent: false,
        })?;
        tls = tls.add_root_certificate(ca);
    }
    let tls = tls
        .build_rustls()
        .map_err(|e| unreachable("tls", e.to_string()))?;
    let hello = ClientId::default();
    let wrapper = (settings.server.security == Security::Tls).then_some(&tls);
    let mut conn = SmtpConnection::connect(
        (settings.server.host.as_str(), settings.server.port),
        Some(TIMEOUT),
        &hello,
        wrapper,
        None,
    )
    .map_err(|e| failed(&e))?;
    if settings.server.security == Security::Starttls {
        if !conn.can_starttls() {
            conn.abort();
            return Err(unreachable(
                "no-starttls",
                "the server does not offer STARTTLS".into(),
            ));
        }
        conn.starttls(&tls, &hello).map_err(|e| failed(&e))?;
    }
    connection_test::sign_in(&mut conn, settings, secret).map_err(|err| Failure {
        error: Error::Outbox(crate::OutboxError::AuthRefused {
            reply: err.to_string(),
        }),
        // Not final: the user may fix the password before the next try.
        permanent: false,
    })?;
    Ok(conn)
}

fn address(value: &str) -> std::result::Result<Address, Failure> {
    value.trim().parse().map_err(|_| Failure {
        error: Error::Mail(crate::MailError::InvalidAddress {
            field: "to",
            value: value.to_owned(),
        }),
        permanent: true,
    })
}

/// One SMTP transaction: MAIL FROM, RCPT TO for the envelope, DATA. A
/// refusal by the server leaves the connection usable (RSET); anything else
/// marks it broken.
fn transmit(
    conn: &mut SmtpConnection,
    settings: &SmtpSettings,
    entry: &OutboxEntry,
    bytes: &[u8],
) -> std::result::Result<(), Failure> {
    let sender = address(&entry.sender)?;
    let mut recipients = Vec::new();
    for value in entry.to.iter().chain(&entry.cc).chain(&entry.bcc) {
        recipients.push(address(value)?);
    }
    if let Some(copy) = &settings.server.bcc_self {
        recipients.push(address(copy)?);
    }
    let envelope = Envelope::new(Some(sender), recipients).map_err(|e| Failure {
        error: Error::Outbox(crate::OutboxError::ComposeFailed {
            detail: e.to_string(),
        }),
        permanent: true,
    })?;
    let mut options = Vec::new();
    let non_ascii = envelope
        .from()
        .into_iter()
        .chain(envelope.to())
        .any(|a: &Address| !AsRef::<str>::as_ref(a).is_ascii());
    if non_ascii {
        options.push(MailParameter::SmtpUtfEight);
    }
    if !bytes.is_ascii() && conn.server_info().supports_feature(Extension::EightBitMime) {
        options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
    }
    let result = (|| {
        conn.command(Mail::new(envelope.from().cloned(), options))?;
        for to in envelope.to() {
            conn.command(Rcpt::new(to.clone(), vec![]))?;
        }
        conn.command(Data)?;
        // lettre always ends DATA with CRLF "." CRLF, so a message that ends
        // in CRLF would arrive with one more; without it the receiver gets
        // exactly the spooled bytes (the same as the .eml copy).
        conn.message(bytes.strip_suffix(b"\r\n").unwrap_or(bytes))
    })();
    match result {
        Ok(_) => Ok(()),
        Err(err) if err.is_permanent() || err.is_transient() => {
            let reply = err.to_string();
            if conn.command(Rset).is_err() {
                conn.abort();
            }
            Err(if err.is_permanent() {
                Failure {
                    error: Error::Outbox(crate::OutboxError::Rejected { reply }),
                    permanent: true,
                }
            } else {
                Failure {
                    error: Error::Outbox(crate::OutboxError::Deferred { reply }),
                    permanent: false,
                }
            })
        }
        Err(err) => {
            conn.abort();
            Err(Failure {
                error: Error::Outbox(crate::OutboxError::ConnectionLost {
                    reason: crate::error::network_reason(&err),
                    detail: err.to_string(),
                }),
                permanent: false,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn while_another_process_delivers_nothing_is_sent_or_recovered() {
        use crate::mail::compose::Draft;
        use crate::mail::outbox::{enqueue, get, recover, tests_settings, EnqueueOptions};
        use crate::mail::settings::{self, SaveOptions};
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(dir.path()).unwrap();
        let now = Utc::now();
        settings::save(
            &store,
            &tests_settings(),
            &SaveOptions {
                secret: None,
                allow_plain: false,
            },
            now,
        )
        .unwrap();
        let draft = Draft {
            to: vec!["klient@example.com".into()],
            subject: "Faktura".into(),
            text: "Dzień dobry".into(),
            ..Draft::default()
        };
        let queued = enqueue(&store, &draft, &EnqueueOptions::default(), now).unwrap();
        // As if another process were in the middle of sending it.
        store
            .conn()
            .execute(
                "UPDATE outbox_message SET state = 'sending' WHERE id = ?1",
                [queued.id],
            )
            .unwrap();
        let held = super::super::delivery_lock(&store).unwrap().expect("free");
        assert!(recover(&store, now).unwrap().is_empty());
        assert_eq!(get(&store, queued.id).unwrap().state, State::Sending);
        let report = deliver_due(&store, now, &AtomicBool::new(false), &mut |_| {}).unwrap();
        assert!(report.busy);
        assert_eq!(report.sent + report.failed + report.deferred, 0);

        // The holder died: the message may have arrived, so it is not sent again.
        drop(held);
        assert_eq!(recover(&store, now).unwrap(), vec![queued.id]);
        let entry = get(&store, queued.id).unwrap();
        assert_eq!(entry.state, State::Failed);
        assert_eq!(entry.last_error.unwrap().code, "mail.outcome-unknown");
    }

    #[test]
    fn backoff_doubles_from_one_minute_up_to_an_hour() {
        let minutes: Vec<i64> = (1..=9).map(|a| backoff(a).num_minutes()).collect();
        assert_eq!(minutes, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
    }
}
