//! What can go wrong with keys on a PKCS#11 token.

crate::declare_errors! {
    /// What can go wrong with keys on a PKCS#11 token.
    #[non_exhaustive]
    pub enum TokenError {
        /// No PKCS#11 module is set.
        #[error(
            "no PKCS#11 module is set; choose the library the token came with in Settings"
        )]
        ModuleNotSet = "token.module-not-set",
        /// Could not load the PKCS#11 module {module}.
        #[error("could not load the PKCS#11 module {module}: {detail}")]
        ModuleLoad {
            /// The library path.
            module: String,
            /// The loader's explanation.
            detail: String,
        } = "token.module-load",
        /// No token labelled {label} is present.
        #[error("no token labelled {label} is present; insert it or check the label")]
        NotFound {
            /// The token label.
            label: String,
        } = "token.not-found",
        /// The PIN is not correct.
        #[error("the PIN is not correct")]
        WrongPin = "token.wrong-pin",
        /// The token's PIN is locked after too many wrong tries.
        #[error("the token's PIN is locked after too many wrong tries; unlock it with the token's tool (SO PIN)")]
        PinLocked = "token.pin-locked",
        /// The key {label} is not on the token.
        #[error("the key {label} is not on the token")]
        KeyNotFound {
            /// The key object's label.
            label: String,
        } = "token.key-not-found",
        /// The token failed during {operation}.
        #[error("the token failed during {operation}: {detail}")]
        Failure {
            /// What SealDesk asked the token to do.
            operation: String,
            /// The PKCS#11 return code in plain words.
            detail: String,
        } = "token.failure",
    }
}
