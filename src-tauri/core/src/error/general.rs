//! Failures that belong to no one domain: the OS credential store,
//! cancelling, a worker that stopped.

crate::declare_errors! {
    /// Failures that belong to no one domain.
    #[non_exhaustive]
    pub enum GeneralError {
        /// The OS credential store did not answer in time: it is locked and
        /// waits for someone to unlock it.
        #[error("the system's password store ({store}) did not answer; unlock it and try again")]
        SecretsLocked {
            /// The credential store's name on this system.
            store: &'static str,
        } = "secrets.locked",
        /// A long operation was cancelled by the user.
        #[error("cancelled")]
        Cancelled = "cancelled",
        /// The worker thread of an operation stopped before it finished (it
        /// panicked or the program is shutting down).
        #[error("the operation stopped unexpectedly: {detail}")]
        WorkerFailed {
            /// The runtime's explanation.
            detail: String,
        } = "general.worker-failed",
    }
}
