//! Refused application settings.

crate::declare_errors! {
    /// Refused application settings.
    #[non_exhaustive]
    pub enum SettingsError {
        /// A language tag that is not one of the six supported ones.
        #[error("unsupported language {tag}")]
        UnsupportedLanguage {
            /// The tag given.
            tag: String,
        } = "settings.unsupported-language",
        /// An idle-lock time outside the allowed range.
        #[error("the idle lock time must be between {min} and {max} minutes")]
        IdleLockOutOfRange {
            /// Smallest allowed value.
            min: u32,
            /// Largest allowed value.
            max: u32,
        } = "settings.idle-lock-out-of-range",
    }
}
