//! What can go wrong with companies, operators and signing in.

crate::declare_errors! {
    /// What can go wrong with companies, operators and signing in.
    #[non_exhaustive]
    pub enum CompanyError {
        /// A store command without the operator's password.
        #[error("this needs the password of the operator {login}")]
        AuthRequired {
            /// The operator's login.
            login: String,
        } = "auth.required",
        /// A wrong password, or a login that does not exist (the answer is
        /// the same, so logins cannot be guessed); the next try waits.
        #[error("wrong login or password; you can try again in {seconds} s")]
        WrongPassword {
            /// Seconds before the next attempt is accepted.
            seconds: u64,
        } = "auth.wrong-password",
        /// An attempt before the wait of the last wrong one ended.
        #[error("too many wrong attempts; wait {seconds} s and try again")]
        Throttled {
            /// Seconds left to wait.
            seconds: u64,
        } = "auth.throttled",
        /// A disabled operator signed in with the right password.
        #[error("the operator {login} is disabled")]
        OperatorDisabled {
            /// The operator's login.
            login: String,
        } = "auth.operator-disabled",
        /// Something only the administrator may do.
        #[error("only the administrator can do this")]
        AdministratorOnly = "auth.administrator-only",
        /// No company with this code that the operator may see.
        #[error("there is no company {code}")]
        NotFound {
            /// The code asked for.
            code: String,
        } = "company.not-found",
        /// A company code used by another company.
        #[error("another company already has the code {code}")]
        CodeTaken {
            /// The code.
            code: String,
        } = "company.code-taken",
        /// A code that is not 1 to 32 letters, digits, '-' or '_'.
        #[error("a company code has 1 to 32 letters, digits, '-' or '_', not {code}")]
        InvalidCode {
            /// The code given.
            code: String,
        } = "company.invalid-code",
        /// A company without a name.
        #[error("the company needs a name")]
        NameRequired = "company.name-required",
        /// A negative quota, or one below the certificates already active.
        #[error("the quota {quota} is below the {active} certificates already active")]
        QuotaBelowActive {
            /// The quota asked for.
            quota: u32,
            /// Certificates active now.
            active: u32,
        } = "company.quota-below-active",
        /// Issuing would pass the company's quota of active certificates.
        #[error("maximum number of active certificates reached: {active} active, quota {quota}, {wanted} more wanted")]
        QuotaReached {
            /// Certificates active now.
            active: u32,
            /// The company's quota.
            quota: u32,
            /// Certificates the action would add.
            wanted: u32,
        } = "quota.reached",
        /// A login that another operator (or the administrator) has.
        #[error("the login {login} is taken")]
        LoginTaken {
            /// The login.
            login: String,
        } = "operator.login-taken",
        /// A login that is not 1 to 64 letters, digits, '.', '-', '_' or '@'.
        #[error("a login has 1 to 64 letters, digits, '.', '-', '_' or '@', not {login}")]
        InvalidLogin {
            /// The login given.
            login: String,
        } = "operator.invalid-login",
    }
}
