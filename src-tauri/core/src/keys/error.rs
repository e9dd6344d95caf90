//! What can go wrong with private keys kept in files.

use std::path::PathBuf;

crate::declare_errors! {
    /// What can go wrong with private keys kept in files.
    #[non_exhaustive]
    pub enum KeyError {
        /// A key algorithm name SealDesk does not know.
        #[error("unknown key algorithm {name}; use ec-p256, ec-p384, rsa-2048, rsa-3072 or rsa-4096")]
        UnsupportedAlgorithm {
            /// The name given.
            name: String,
        } = "key.unsupported-algorithm",
        /// The cryptographic library could not generate a key.
        #[error("could not generate a {algorithm} key")]
        Generation {
            /// The algorithm's name.
            algorithm: String,
        } = "key.generation-failed",
        /// A key file would replace an existing file.
        #[error("{path} already exists; choose another file name")]
        FileExists {
            /// The path.
            path: PathBuf,
        } = "key.file-exists",
        /// A key file needs a password.
        #[error("a key file needs a password")]
        PasswordRequired = "key.password-required",
        /// The password does not open the key file.
        #[error("the password does not open the key file {path}")]
        WrongPassword {
            /// The key file.
            path: PathBuf,
        } = "key.wrong-password",
        /// The file is not an encrypted private key.
        #[error("{path} is not an encrypted private key (PKCS#8)")]
        FileInvalid {
            /// The file.
            path: PathBuf,
        } = "key.file-invalid",
        /// The private key is not EC P-256, EC P-384 or RSA 2048, 3072 or 4096.
        #[error("the private key is not EC P-256, EC P-384 or RSA 2048, 3072 or 4096")]
        UnsupportedPrivateKey = "key.unsupported-private-key",
        /// Signing failed.
        #[error("signing failed: {detail}")]
        SigningFailed {
            /// What went wrong.
            detail: String,
        } = "key.signing-failed",
        /// No key with id {id} in the store.
        #[error("no key with id {id} in the store")]
        NotFound {
            /// The id asked for.
            id: i64,
        } = "key.not-found",
        /// Key {id} is kept in a {location}.
        #[error("key {id} is kept in a {location}: give its password for a file, its PIN for a token")]
        WrongSecretKind {
            /// The key.
            id: i64,
            /// `file` or `token`.
            location: String,
        } = "key.secret-kind",
        /// A key on a token cannot be exported.
        #[error("the key of certificate {id} is on a token and cannot leave it; a PKCS#12 file needs a key kept in a file")]
        NotExportable {
            /// The certificate.
            id: i64,
        } = "key.not-exportable",
    }
}
