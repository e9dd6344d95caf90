//! The command-line grammar of the outbox.

use clap::{Args, Subcommand};

/// `outbox ...`.
#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    /// Every message in the outbox, newest first.
    List,
    /// One message with its recipients, attempts and last error.
    Show(OutboxIdArgs),
    /// Deliver what is due, retrying later what the server defers.
    Run(OutboxRunArgs),
    /// Make a queued or failed message due now.
    Retry(OutboxIdArgs),
    /// Withdraw a queued or failed message.
    Cancel(OutboxIdArgs),
}

/// A message of the outbox.
#[derive(Debug, Args)]
pub struct OutboxIdArgs {
    /// The outbox id.
    #[arg(value_name = "ID")]
    pub id: i64,
}

/// `outbox run`.
#[derive(Debug, Args)]
pub struct OutboxRunArgs {
    /// Deliver one batch (what is due now) and stop; without it, keep going
    /// until nothing is queued, waiting for deferred messages.
    #[arg(long)]
    pub once: bool,
}
