//! What can go wrong setting up, signing in and unlocking.

crate::declare_errors! {
    /// What can go wrong setting up, signing in and unlocking.
    #[non_exhaustive]
    pub enum AdminError {
        /// `init` on a store that already has an administrator.
        #[error("SealDesk is already set up in this data folder")]
        AlreadyInitialized = "admin.already-initialized",
        /// An operation that needs the administrator before the first-run set-up.
        #[error("SealDesk is not set up yet; create the administrator first")]
        NotInitialized = "admin.not-initialized",
        /// A new password shorter than the minimum.
        #[error("the password must have at least {min} characters")]
        PasswordTooShort {
            /// Minimum number of characters.
            min: usize,
        } = "admin.password-too-short",
        /// A required name field was empty.
        #[error("the name must not be empty")]
        NameRequired = "admin.name-required",
        /// Wrong administrator password; the next try waits.
        #[error("wrong password; you can try again in {seconds} s")]
        WrongPassword {
            /// Seconds before the next attempt is accepted.
            seconds: u64,
        } = "admin.wrong-password",
        /// Wrong recovery code; the next try waits.
        #[error("the recovery code is not correct; you can try again in {seconds} s")]
        WrongRecoveryCode {
            /// Seconds before the next attempt is accepted.
            seconds: u64,
        } = "admin.wrong-recovery-code",
        /// An attempt before the waiting time of the last wrong one ended.
        #[error("too many wrong attempts; wait {seconds} s and try again")]
        Throttled {
            /// Seconds left to wait.
            seconds: u64,
        } = "admin.throttled",
        /// The session is locked (never unlocked, locked by hand or idle).
        #[error("SealDesk is locked; unlock it with the administrator password")]
        Locked = "session.locked",
    }
}
