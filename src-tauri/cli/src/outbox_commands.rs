//! `outbox ...`: read the inputs, call the core, print.

use crate::messages::Messages;
use crate::outbox_args::{OutboxCommand, OutboxRunArgs};
use crate::output::{emit, print, Failure};
use sealdesk_core::actions::outbox::{self, RunEvent, RunOutboxRequest};
use sealdesk_core::actions::Context;
use sealdesk_core::mail::outbox::{DeliveryProgress, LastError, OutboxEntry, State};
use serde_json::json;

/// Runs `outbox ...`.
pub fn outbox(json_mode: bool, cx: &Context, command: &OutboxCommand) -> Result<(), Failure> {
    match command {
        OutboxCommand::List => {
            let entries = outbox::list_outbox(cx)?;
            let lines: Vec<String> = entries.iter().map(line).collect();
            print(json_mode, &entries, &lines);
        }
        OutboxCommand::Show(args) => {
            let entry = outbox::show_outbox_message(cx, args.id)?;
            print(json_mode, &entry, &details(&entry));
        }
        OutboxCommand::Retry(args) => {
            let entry = outbox::retry_outbox_message(cx, args.id)?;
            print(
                json_mode,
                &entry,
                &[format!("message {} is due now", entry.id)],
            );
        }
        OutboxCommand::Cancel(args) => {
            let entry = outbox::cancel_outbox_message(cx, args.id)?;
            print(
                json_mode,
                &entry,
                &[format!("message {} cancelled", entry.id)],
            );
        }
        OutboxCommand::Run(args) => run(json_mode, cx, args)?,
    }
    Ok(())
}

fn error_text(entry: &OutboxEntry) -> String {
    entry
        .last_error
        .as_ref()
        .map(|e| format!(" [{}]", e.code))
        .unwrap_or_default()
}

fn line(entry: &OutboxEntry) -> String {
    format!(
        "{:>5}  {:<9} {:>2} tries  {}  {}{}",
        entry.id,
        entry.state.as_str(),
        entry.attempts,
        entry.to.join(", "),
        entry.subject,
        error_text(entry)
    )
}

fn details(entry: &OutboxEntry) -> Vec<String> {
    let mut lines = vec![
        format!("id: {}", entry.id),
        format!("state: {}", entry.state.as_str()),
        format!("message-id: {}", entry.message_id),
        format!("from: {}", entry.sender),
        format!("to: {}", entry.to.join(", ")),
    ];
    if !entry.cc.is_empty() {
        lines.push(format!("cc: {}", entry.cc.join(", ")));
    }
    if !entry.bcc.is_empty() {
        lines.push(format!("bcc: {}", entry.bcc.join(", ")));
    }
    lines.push(format!("subject: {}", entry.subject));
    lines.push(format!("size: {} bytes", entry.size));
    lines.push(format!("attempts: {}", entry.attempts));
    lines.push(format!("queued at: {}", entry.created_at.to_rfc3339()));
    if let Some(sent) = entry.sent_at {
        lines.push(format!("sent at: {}", sent.to_rfc3339()));
    } else if entry.state == State::Queued {
        lines.push(format!(
            "next attempt: {}",
            entry.next_attempt_at.to_rfc3339()
        ));
    }
    if let Some(error) = &entry.last_error {
        lines.push(format!("last error [{}]: {}", error.code, sentence(error)));
    }
    lines
}

/// The last error in the user's language, as the `error[CODE]` lines say it.
fn sentence(error: &LastError) -> String {
    let params = error.params.as_object().cloned().unwrap_or_default();
    Messages::for_os()
        .with_params(&format!("error-{}", error.code.replace('.', "-")), &params)
        .unwrap_or_else(|| format!("{}", error.params))
}

fn progress_line(done: &DeliveryProgress) -> String {
    let mut text = format!("message {}: {}", done.id, done.state.as_str());
    if let Some(error) = &done.error {
        text.push_str(&format!(" [{}]", error.code));
    }
    if let Some(next) = done.next_attempt_at {
        text.push_str(&format!(", next attempt {}", next.to_rfc3339()));
    }
    if let Some(error) = &done.copy_error {
        text.push_str(&format!(" (the .eml copy failed: {})", error.code));
    }
    text
}

/// `outbox run`: recovers interrupted messages, then delivers what is due,
/// batch after batch until nothing is queued (or once with `--once`).
fn run(json_mode: bool, cx: &Context, args: &OutboxRunArgs) -> Result<(), Failure> {
    let run = outbox::run_outbox(cx, RunOutboxRequest { once: args.once }, &mut |event| {
        if json_mode {
            return;
        }
        match event {
            RunEvent::Delivered(done) => emit(&progress_line(done)),
            RunEvent::Waiting(next) => emit(&format!(
                "waiting until {} for the next attempt",
                next.to_rfc3339()
            )),
        }
    })?;
    let (sent, failed, deferred, queued) = (run.sent, run.failed, run.deferred, run.queued);
    print(
        json_mode,
        &json!({
            "recovered": run.recovered,
            "sent": sent,
            "failed": failed,
            "deferred": deferred,
            "queued": queued,
            "busy": run.busy,
            "messages": run.messages,
        }),
        &[format!(
            "sent {sent}, deferred {deferred}, failed {failed}; {queued} still queued{}{}",
            if run.busy {
                "; another SealDesk window or command is delivering the outbox"
            } else {
                ""
            },
            if run.recovered.is_empty() {
                String::new()
            } else {
                format!(
                    "; {} interrupted message(s) marked failed, outcome unknown",
                    run.recovered.len()
                )
            }
        )],
    );
    Ok(())
}
