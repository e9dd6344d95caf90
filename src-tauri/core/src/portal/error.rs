//! What can go wrong with contractors and portal users.

crate::declare_errors! {
    /// What can go wrong with contractors and portal users.
    #[non_exhaustive]
    pub enum PortalError {
        /// No contractor with this code (or id) in the company.
        #[error("there is no contractor {code}")]
        ContractorNotFound {
            /// The code or id asked for.
            code: String,
        } = "portal.contractor-not-found",
        /// A contractor code the company already uses.
        #[error("the company already has a contractor {code}")]
        ContractorCodeTaken {
            /// The code.
            code: String,
        } = "portal.contractor-code-taken",
        /// No portal user with this id in the company.
        #[error("there is no portal user {id}")]
        UserNotFound {
            /// The id asked for.
            id: i64,
        } = "portal.user-not-found",
        /// A field that must not be empty.
        #[error("the {field} is missing")]
        Missing {
            /// Which field: code, name, login or email.
            field: &'static str,
        } = "portal.missing",
        /// Not an e-mail address.
        #[error("{value} is not an e-mail address")]
        InvalidEmail {
            /// The refused value.
            value: String,
        } = "portal.invalid-email",
        /// A language that is not one of the six.
        #[error("{value} is not a language SealDesk speaks (en, pl, he, it, ru, uk)")]
        UnknownLanguage {
            /// The refused value.
            value: String,
        } = "portal.unknown-language",
        /// A login the contractor already has (or a file names twice).
        #[error("the login {login} of contractor {contractor} is taken")]
        DuplicateLogin {
            /// The contractor's code.
            contractor: String,
            /// The login.
            login: String,
        } = "portal.duplicate-login",
        /// A CSV file whose header is not the expected one.
        #[error("the first line must be the header {expected}")]
        BadHeader {
            /// The header expected.
            expected: String,
        } = "portal.bad-header",
        /// A CSV line with the wrong number of fields.
        #[error("the line has {found} fields instead of {expected}")]
        WrongFieldCount {
            /// Fields expected.
            expected: usize,
            /// Fields found.
            found: usize,
        } = "portal.wrong-field-count",
        /// A file with bad lines: nothing of it was imported.
        #[error("{count} lines of the file are wrong; nothing was imported")]
        ImportRefused {
            /// How many lines are wrong.
            count: usize,
        } = "portal.import-refused",
        /// A CSV file that is not UTF-8 text or cannot be read as CSV.
        #[error("the file is not UTF-8 CSV text: {detail}")]
        NotCsv {
            /// What the reader said.
            detail: String,
        } = "portal.not-csv",
        /// A run stopped after a user's certificate mail left the outbox
        /// but before its password was handed out: the password is gone,
        /// so the user needs a new certificate.
        #[error("the run was interrupted after the certificate of user {id} was sent; send a new one")]
        Interrupted {
            /// The portal user.
            id: i64,
        } = "portal.interrupted",
    }
}
