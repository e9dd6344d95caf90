//! What can go wrong composing, queueing and delivering messages.

use std::path::PathBuf;

crate::declare_errors! {
    /// What can go wrong composing, queueing and delivering messages.
    #[non_exhaustive]
    pub enum OutboxError {
        /// A message needs at least one recipient.
        #[error("the message has no recipient; give at least one To, Cc or Bcc address")]
        NoRecipients = "mail.no-recipients",
        /// The encoded message is larger than the warning threshold.
        #[error("the message would be about {size} bytes, more than {limit} bytes that many mail servers accept; send smaller attachments or confirm that you want to send it anyway")]
        MessageTooLarge {
            /// Estimated encoded size in bytes.
            size: u64,
            /// The threshold in bytes.
            limit: u64,
        } = "mail.message-too-large",
        /// The message could not be put together.
        #[error("the message could not be composed: {detail}")]
        ComposeFailed {
            /// lettre's explanation.
            detail: String,
        } = "mail.compose-failed",
        /// No outbox message with this id.
        #[error("there is no message {id} in the outbox")]
        NotFound {
            /// The id asked for.
            id: i64,
        } = "mail.outbox-not-found",
        /// A spooled message is not a plain file of the outbox folder (a link,
        /// a folder, a file with other names): it is not sent.
        #[error(
            "the spooled message {path} is not a plain file of the outbox folder; it was not sent"
        )]
        SpoolInvalid {
            /// The spool path.
            path: PathBuf,
        } = "mail.spool-invalid",
        /// The outbox message is not in a state that allows the action.
        #[error("message {id} is {state}; this cannot be done now")]
        WrongState {
            /// The message.
            id: i64,
            /// Its state.
            state: String,
        } = "mail.outbox-wrong-state",
        /// The program stopped while the server was receiving the message.
        #[error("sending was interrupted while the server was receiving the message; it may have arrived. Check with the recipient, then retry or cancel it")]
        OutcomeUnknown = "mail.outcome-unknown",
        /// The SMTP server could not be reached or the secure connection failed.
        #[error("the mail server could not be reached ({reason}): {detail}")]
        ServerUnreachable {
            /// Why, one of [`crate::error::NETWORK_REASONS`]; the sentence
            /// a user reads is chosen by it.
            reason: &'static str,
            /// The system's or TLS library's explanation, for the log.
            detail: String,
        } = "mail.server-unreachable",
        /// The SMTP server refused the sign-in.
        #[error("the mail server refused the sign-in: {reply}")]
        AuthRefused {
            /// The server's reply.
            reply: String,
        } = "mail.auth-refused",
        /// The SMTP server answered with a temporary error (4xx).
        #[error("the mail server deferred the message: {reply}")]
        Deferred {
            /// The server's reply.
            reply: String,
        } = "mail.deferred",
        /// The SMTP server refused the message for good (5xx).
        #[error("the mail server refused the message: {reply}")]
        Rejected {
            /// The server's reply.
            reply: String,
        } = "mail.rejected",
        /// The connection broke during delivery.
        #[error("the connection to the mail server broke ({reason}): {detail}")]
        ConnectionLost {
            /// Why, one of [`crate::error::NETWORK_REASONS`].
            reason: &'static str,
            /// The system's explanation, for the log.
            detail: String,
        } = "mail.connection-lost",
    }
}
