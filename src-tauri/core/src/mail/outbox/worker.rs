//! The background delivery loop the desktop app runs on its tokio runtime:
//! recover once, then deliver due messages (on a blocking thread, since the
//! store and the SMTP client are blocking), sleep until the next due time or
//! until woken, again. No Tauri here: the app passes a callback that turns
//! events into its own notifications.

use super::{deliver_due, next_due, recover, DeliveryProgress};
use crate::actions::Scope;
use crate::error::ErrorPayload;
use crate::Store;
use chrono::Utc;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// The longest sleep: the loop looks again at least this often (settings or
/// the password may have been fixed meanwhile).
const MAX_SLEEP: Duration = Duration::from_secs(3600);

/// How long to wait while another process delivers the outbox.
const AFTER_BUSY: Duration = Duration::from_secs(15);

/// After a failure of the batch as a whole (no settings, no password in the
/// credential store, store busy), the loop waits this long or for a wake-up.
const AFTER_ERROR: Duration = Duration::from_secs(60);

/// What the loop reports.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum WorkerEvent {
    /// Messages found `sending` at start, now `failed` with an unknown outcome.
    Recovered {
        /// Their ids.
        ids: Vec<i64>,
    },
    /// One message was attempted.
    Delivery(DeliveryProgress),
    /// A batch could not run at all.
    Error(ErrorPayload),
}

/// The handle the app keeps to wake the loop (after an enqueue, a retry or
/// new settings) and to stop it.
#[derive(Clone, Default)]
pub struct OutboxWorker {
    wake: Arc<Notify>,
    stop: Arc<AtomicBool>,
}

impl OutboxWorker {
    /// A handle for a loop not yet started.
    pub fn new() -> Self {
        Self::default()
    }

    /// Makes the loop look at the outbox now.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Stops the loop after the message being sent, if any.
    pub fn shutdown(&self) {
        self.stop.store(true, Ordering::Relaxed);
        self.wake.notify_one();
    }

    /// The loop itself, delivering the messages of `scope`'s company (the
    /// company open in the window); spawn it on the app's runtime. Returns
    /// after [`OutboxWorker::shutdown`].
    pub async fn run<F>(self, data_dir: PathBuf, scope: Scope, on_event: F)
    where
        F: Fn(WorkerEvent) + Send + Sync + 'static,
    {
        let on_event = Arc::new(on_event);
        let dir = data_dir.clone();
        let events = on_event.clone();
        let recovering = scope.clone();
        let recovered = tokio::task::spawn_blocking(move || {
            let store = Store::open_existing(&dir)?;
            store.act_for(&recovering);
            recover(&store, Utc::now())
        })
        .await;
        match recovered {
            Ok(Ok(ids)) if !ids.is_empty() => events(WorkerEvent::Recovered { ids }),
            Ok(Err(err)) => events(WorkerEvent::Error(err.to_payload())),
            _ => {}
        }
        while !self.stop.load(Ordering::Relaxed) {
            let dir = data_dir.clone();
            let stop = self.stop.clone();
            let events = on_event.clone();
            let delivering = scope.clone();
            let pass = tokio::task::spawn_blocking(move || {
                let store = Store::open_existing(&dir)?;
                store.act_for(&delivering);
                let report = deliver_due(&store, Utc::now(), &stop, &mut |progress| {
                    events(WorkerEvent::Delivery(progress.clone()))
                })?;
                // Another process is delivering: look again later rather
                // than spin on messages that are due but not ours to send.
                if report.busy {
                    return Ok(Some(
                        Utc::now() + chrono::Duration::from_std(AFTER_BUSY).unwrap_or_default(),
                    ));
                }
                next_due(&store)
            })
            .await;
            let sleep = match pass {
                Ok(Ok(Some(next))) => (next - Utc::now())
                    .to_std()
                    .unwrap_or_default()
                    .min(MAX_SLEEP),
                Ok(Ok(None)) => MAX_SLEEP,
                Ok(Err(err)) => {
                    on_event(WorkerEvent::Error(err.to_payload()));
                    AFTER_ERROR
                }
                Err(_) => AFTER_ERROR,
            };
            if self.stop.load(Ordering::Relaxed) {
                break;
            }
            // A wake-up or the due time, whichever comes first.
            let _ = tokio::time::timeout(sleep, self.wake.notified()).await;
        }
    }
}
