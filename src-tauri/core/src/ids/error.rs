//! Refused national business identifiers.

crate::declare_errors! {
    /// Refused national business identifiers.
    #[non_exhaustive]
    pub enum IdError {
        /// The identifier has the wrong length or characters for its kind.
        #[error("{value} is not a {kind} of {country}: wrong length or characters")]
        InvalidFormat {
            /// Two-letter country code.
            country: String,
            /// The identifier's kind (NIP, REGON, EDRPOU, ...).
            kind: String,
            /// What was given, normalised.
            value: String,
        } = "id.invalid-format",
        /// The identifier's check digit does not match: a typing mistake.
        #[error("{value} is not a valid {kind} of {country}: the check digit does not match (a typing mistake?)")]
        InvalidChecksum {
            /// Two-letter country code.
            country: String,
            /// The identifier's kind.
            kind: String,
            /// What was given, normalised.
            value: String,
        } = "id.invalid-checksum",
        /// The kind asked for does not exist for the country.
        #[error("{kind} is not a kind of identifier SealDesk knows for {country}")]
        UnknownKind {
            /// Two-letter country code.
            country: String,
            /// The kind asked for.
            kind: String,
        } = "id.unknown-kind",
        /// The number belongs to a natural person (a tax number in
        /// serialNumber), so it cannot identify an organisation's seal.
        #[error("{value} is a {kind} of a person in {country}, not an organisation's identifier")]
        NotAnOrganization {
            /// Two-letter country code.
            country: String,
            /// The identifier's kind.
            kind: String,
            /// What was given, normalised.
            value: String,
        } = "id.not-an-organization",
    }
}
