//! What can go wrong with signing identities.

crate::declare_errors! {
    /// What can go wrong with signing identities.
    #[non_exhaustive]
    pub enum IdentityError {
        /// No identity with this id.
        #[error("there is no signing identity {id}")]
        NotFound {
            /// The id asked for.
            id: i64,
        } = "identity.not-found",
        /// The signing password is shorter than the rule allows.
        #[error("the signing password needs at least {min} characters")]
        PasswordTooShort {
            /// Fewest characters.
            min: usize,
        } = "identity.password-too-short",
        /// The identity's request still waits for the CA's certificate.
        #[error("signing identity {id} has no certificate yet: attach the certificate the CA sent for its request")]
        AwaitingCertificate {
            /// The identity.
            id: i64,
        } = "identity.awaiting-certificate",
        /// The identity's certificate cannot be relied on now.
        #[error("signing identity {id} cannot sign: its certificate is {status}")]
        CertificateNotValid {
            /// The identity.
            id: i64,
            /// expired, not-yet-valid, revoked or issuer-invalid.
            status: String,
        } = "identity.certificate-not-valid",
        /// The file has no certificate for the identity's key.
        #[error("the file has no certificate for the key of signing identity {id}; it answers another request")]
        CertificateMismatch {
            /// The identity.
            id: i64,
        } = "identity.certificate-mismatch",
    }
}
