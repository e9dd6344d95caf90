//! The outbox: the list, one message, retry, cancel, and delivering what
//! is due (the desktop's background loop, or the command line's run).

use super::Context;
use crate::mail::outbox::{self, DeliveryProgress, OutboxEntry, State};
use crate::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::sync::atomic::AtomicBool;

/// Every outbox message, newest first, each with the actions it allows.
pub fn list_outbox(cx: &Context) -> Result<Vec<OutboxEntry>> {
    outbox::list(cx.store())
}

/// One outbox message with its recipients, attempts and last error.
pub fn show_outbox_message(cx: &Context, id: i64) -> Result<OutboxEntry> {
    outbox::get(cx.store(), id)
}

/// Makes a queued or failed message due now.
pub fn retry_outbox_message(cx: &Context, id: i64) -> Result<OutboxEntry> {
    outbox::retry(cx.store(), id, cx.now())
}

/// Withdraws a queued or failed message.
pub fn cancel_outbox_message(cx: &Context, id: i64) -> Result<OutboxEntry> {
    outbox::cancel(cx.store(), id, cx.now())
}

/// What a request to send now found, so the window can say whether
/// anything is on its way or when the next message is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DeliveryRequest {
    /// Queued messages due now, which the loop hands to the server.
    pub due_now: u32,
    /// When the next queued message that is not yet due is due.
    pub next_due: Option<DateTime<Utc>>,
}

/// Asks for the due messages to be sent now. The window's background loop
/// does the sending; this is where the request is allowed or refused, and
/// it answers how many are due now and when the next one will be.
pub fn request_delivery(cx: &Context) -> Result<DeliveryRequest> {
    let now = cx.now();
    let due_now = outbox::due_count(cx.store(), now)?;
    let next_due = outbox::next_due(cx.store())?.filter(|at| *at > now);
    Ok(DeliveryRequest {
        due_now: u32::try_from(due_now).unwrap_or(u32::MAX),
        next_due,
    })
}

/// How a command-line run delivers.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunOutboxRequest {
    /// Deliver one batch (what is due now) and stop; otherwise keep going
    /// until nothing is queued, waiting for deferred messages.
    pub once: bool,
}

/// What a run did.
#[derive(Debug, Clone, Serialize)]
pub struct OutboxRun {
    /// Messages found `sending` (interrupted earlier), now failed with an
    /// unknown outcome.
    pub recovered: Vec<i64>,
    /// Messages the server accepted.
    pub sent: usize,
    /// Messages now failed.
    pub failed: usize,
    /// Messages queued again for later.
    pub deferred: usize,
    /// Messages still queued at the end.
    pub queued: usize,
    /// Another SealDesk process was delivering, so this run stopped.
    pub busy: bool,
    /// What became of each message attempted, in order.
    pub messages: Vec<DeliveryProgress>,
}

/// What a run reports while it works.
pub enum RunEvent<'a> {
    /// One message was attempted.
    Delivered(&'a DeliveryProgress),
    /// The run sleeps until the next queued message is due.
    Waiting(DateTime<Utc>),
}

/// Delivers the outbox: messages left `sending` by a stopped program are
/// marked failed first (their outcome is unknown), then what is due is
/// delivered, batch after batch until nothing is queued (or once). It runs
/// on the wall clock, not the context's moment: it waits for due times.
pub fn run_outbox(
    cx: &Context,
    request: RunOutboxRequest,
    on_event: &mut dyn FnMut(RunEvent<'_>),
) -> Result<OutboxRun> {
    let store = cx.store();
    let recovered = outbox::recover(store, Utc::now())?;
    let stop = AtomicBool::new(false);
    let mut run = OutboxRun {
        recovered,
        sent: 0,
        failed: 0,
        deferred: 0,
        queued: 0,
        busy: false,
        messages: Vec::new(),
    };
    loop {
        let report = outbox::deliver_due(store, Utc::now(), &stop, &mut |done| {
            on_event(RunEvent::Delivered(done));
            run.messages.push(done.clone());
        })?;
        run.sent += report.sent;
        run.failed += report.failed;
        run.deferred += report.deferred;
        if report.busy {
            // Another window or command is delivering: it sends these.
            run.busy = true;
            break;
        }
        if request.once {
            break;
        }
        let Some(next) = outbox::next_due(store)? else {
            break;
        };
        let wait = (next - Utc::now())
            .to_std()
            .unwrap_or_default()
            .max(std::time::Duration::from_secs(1));
        on_event(RunEvent::Waiting(next));
        std::thread::sleep(wait);
    }
    run.queued = outbox::list(store)?
        .iter()
        .filter(|e| e.state == State::Queued)
        .count();
    Ok(run)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::compose::Draft;
    use crate::mail::outbox::{EnqueueOptions, OutboxActions};
    use crate::mail::settings::{self, SaveOptions};

    #[test]
    fn retry_and_cancel_are_offered_only_while_a_message_is_not_done() {
        let open = OutboxActions {
            retry: true,
            cancel: true,
        };
        let none = OutboxActions {
            retry: false,
            cancel: false,
        };
        assert_eq!(State::Failed.actions(), open);
        assert_eq!(State::Queued.actions(), open);
        assert_eq!(State::Sending.actions(), none);
        assert_eq!(State::Sent.actions(), none);
        assert_eq!(State::Cancelled.actions(), none);
    }

    #[test]
    fn each_listed_message_says_what_it_allows_and_cancelling_closes_it() {
        let (_dir, store) = crate::actions::test_store::empty_store();
        let cx = Context::new(&store, crate::actions::Scope::test_administrator());
        let options = SaveOptions {
            secret: None,
            allow_plain: false,
        };
        settings::save(&store, &outbox::tests_settings(), &options, cx.now()).unwrap();
        let draft = Draft {
            to: vec!["anna@example.org".into()],
            subject: "Umowa".into(),
            text: "Dzień dobry".into(),
            ..Draft::default()
        };
        let queued = outbox::enqueue(&store, &draft, &EnqueueOptions::default(), cx.now()).unwrap();
        assert_eq!(
            request_delivery(&cx).unwrap(),
            DeliveryRequest {
                due_now: 1,
                next_due: None
            }
        );
        let listed = list_outbox(&cx).unwrap();
        assert_eq!(listed[0].actions, State::Queued.actions());
        let cancelled = cancel_outbox_message(&cx, queued.id).unwrap();
        assert_eq!(cancelled.state, State::Cancelled);
        assert!(!cancelled.actions.retry && !cancelled.actions.cancel);
        assert_eq!(
            retry_outbox_message(&cx, queued.id).unwrap_err().code(),
            "mail.outbox-wrong-state"
        );
        assert_eq!(
            request_delivery(&cx).unwrap(),
            DeliveryRequest {
                due_now: 0,
                next_due: None
            }
        );
    }
}
