//! The one error type of the core.
//!
//! Every variant has a stable code (`store.in-use`, `admin.wrong-password`,
//! ...) and named parameters. The desktop UI and the CLI look the code up in
//! their Fluent files (`error-store-in-use`, ...) and pass the parameters as
//! Fluent arguments, so the sentence a user reads is always in their language.
//! The English `Display` text is the fallback and the log form; it never
//! contains a secret.

use serde::Serialize;
use serde_json::{json, Map, Value};
use std::path::PathBuf;

/// Result with the core [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in the core, with a stable code per variant.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Another SealDesk process holds the store's write lock for too long.
    #[error("the SealDesk store is in use by another SealDesk window or command; close it or try again in a moment")]
    StoreInUse,
    /// The store was written by a newer SealDesk.
    #[error("the store was created by a newer SealDesk (schema version {found}, this program knows up to {known}); install the newer version")]
    SchemaTooNew {
        /// Schema version found in the file.
        found: i64,
        /// Highest schema version this program knows.
        known: i64,
    },
    /// The file is not a SQLite database or is damaged.
    #[error("the store file {path} is damaged or is not a SealDesk store")]
    StoreCorrupt {
        /// Path of the store file.
        path: PathBuf,
    },
    /// No store exists yet at the data folder.
    #[error("no SealDesk store in {path}; run `sealdesk init` first")]
    StoreMissing {
        /// The data folder that was searched.
        path: PathBuf,
    },
    /// The OS gives no application-data folder and none was given.
    #[error("no application-data folder is known for this user; pass --data-dir")]
    NoDataDir,
    /// A file or folder could not be read or written.
    #[error("could not use {path}: {detail}")]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// The operating system's explanation.
        detail: String,
    },
    /// An unexpected database failure (a bug or a broken disk).
    #[error("database error: {0}")]
    Database(String),
    /// `init` on a store that already has an administrator.
    #[error("SealDesk is already set up in this data folder")]
    AlreadyInitialized,
    /// An operation that needs the administrator before the first-run set-up.
    #[error("SealDesk is not set up yet; create the administrator first")]
    NotInitialized,
    /// A new password shorter than the minimum.
    #[error("the password must have at least {min} characters")]
    PasswordTooShort {
        /// Minimum number of characters.
        min: usize,
    },
    /// A required name field was empty.
    #[error("the name must not be empty")]
    NameRequired,
    /// Wrong administrator password; the next try waits.
    #[error("wrong password; you can try again in {retry_after_seconds} s")]
    WrongPassword {
        /// Seconds before the next attempt is accepted.
        retry_after_seconds: u64,
    },
    /// Wrong recovery code; the next try waits.
    #[error("the recovery code is not correct; you can try again in {retry_after_seconds} s")]
    WrongRecoveryCode {
        /// Seconds before the next attempt is accepted.
        retry_after_seconds: u64,
    },
    /// An attempt before the waiting time of the last wrong one ended.
    #[error("too many wrong attempts; wait {seconds} s and try again")]
    Throttled {
        /// Seconds left to wait.
        seconds: u64,
    },
    /// The session is locked (never unlocked, locked by hand or idle).
    #[error("SealDesk is locked; unlock it with the administrator password")]
    Locked,
    /// A language tag that is not one of the six supported ones.
    #[error("unsupported language {tag}")]
    UnsupportedLanguage {
        /// The tag given.
        tag: String,
    },
    /// An idle-lock time outside the allowed range.
    #[error("the idle lock time must be between {min} and {max} minutes")]
    IdleLockOutOfRange {
        /// Smallest allowed value.
        min: u32,
        /// Largest allowed value.
        max: u32,
    },
    /// A key algorithm name SealDesk does not know.
    #[error("unknown key algorithm {name}; use ec-p256, ec-p384, rsa-2048, rsa-3072 or rsa-4096")]
    UnsupportedKeyAlgorithm {
        /// The name given.
        name: String,
    },
    /// The cryptographic library could not generate a key.
    #[error("could not generate a {algorithm} key")]
    KeyGeneration {
        /// The algorithm's name.
        algorithm: String,
    },
    /// A key file would replace an existing file.
    #[error("{path} already exists; choose another file name")]
    KeyFileExists {
        /// The path.
        path: PathBuf,
    },
    /// A key file needs a password.
    #[error("a key file needs a password")]
    KeyPasswordRequired,
    /// The password does not open the key file.
    #[error("the password does not open the key file {path}")]
    WrongKeyPassword {
        /// The key file.
        path: PathBuf,
    },
    /// The file is not an encrypted private key.
    #[error("{path} is not an encrypted private key (PKCS#8)")]
    KeyFileInvalid {
        /// The file.
        path: PathBuf,
    },
    /// A long operation was cancelled by the user.
    #[error("cancelled")]
    Cancelled,
}

/// Every stable code [`Error::code`] can return, for completeness checks of
/// the translations.
pub const CODES: &[&str] = &[
    "store.in-use",
    "store.schema-too-new",
    "store.corrupt",
    "store.missing",
    "store.no-data-dir",
    "io",
    "store.database",
    "admin.already-initialized",
    "admin.not-initialized",
    "admin.password-too-short",
    "admin.name-required",
    "admin.wrong-password",
    "admin.wrong-recovery-code",
    "admin.throttled",
    "session.locked",
    "settings.unsupported-language",
    "settings.idle-lock-out-of-range",
    "key.unsupported-algorithm",
    "key.generation-failed",
    "key.file-exists",
    "key.password-required",
    "key.wrong-password",
    "key.file-invalid",
    "cancelled",
];

impl Error {
    /// The stable code of this error, e.g. `store.in-use`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::StoreInUse => "store.in-use",
            Error::SchemaTooNew { .. } => "store.schema-too-new",
            Error::StoreCorrupt { .. } => "store.corrupt",
            Error::StoreMissing { .. } => "store.missing",
            Error::NoDataDir => "store.no-data-dir",
            Error::Io { .. } => "io",
            Error::Database(_) => "store.database",
            Error::AlreadyInitialized => "admin.already-initialized",
            Error::NotInitialized => "admin.not-initialized",
            Error::PasswordTooShort { .. } => "admin.password-too-short",
            Error::NameRequired => "admin.name-required",
            Error::WrongPassword { .. } => "admin.wrong-password",
            Error::WrongRecoveryCode { .. } => "admin.wrong-recovery-code",
            Error::Throttled { .. } => "admin.throttled",
            Error::Locked => "session.locked",
            Error::UnsupportedLanguage { .. } => "settings.unsupported-language",
            Error::IdleLockOutOfRange { .. } => "settings.idle-lock-out-of-range",
            Error::UnsupportedKeyAlgorithm { .. } => "key.unsupported-algorithm",
            Error::KeyGeneration { .. } => "key.generation-failed",
            Error::KeyFileExists { .. } => "key.file-exists",
            Error::KeyPasswordRequired => "key.password-required",
            Error::WrongKeyPassword { .. } => "key.wrong-password",
            Error::KeyFileInvalid { .. } => "key.file-invalid",
            Error::Cancelled => "cancelled",
        }
    }

    /// The named parameters of this error, for the localized sentence.
    pub fn params(&self) -> Map<String, Value> {
        let value = match self {
            Error::SchemaTooNew { found, known } => json!({ "found": found, "known": known }),
            Error::StoreCorrupt { path }
            | Error::StoreMissing { path }
            | Error::KeyFileExists { path }
            | Error::WrongKeyPassword { path }
            | Error::KeyFileInvalid { path } => {
                json!({ "path": path.display().to_string() })
            }
            Error::Io { path, detail } => {
                json!({ "path": path.display().to_string(), "detail": detail })
            }
            Error::Database(detail) => json!({ "detail": detail }),
            Error::PasswordTooShort { min } => json!({ "min": min }),
            Error::WrongPassword {
                retry_after_seconds,
            }
            | Error::WrongRecoveryCode {
                retry_after_seconds,
            } => json!({ "seconds": retry_after_seconds }),
            Error::Throttled { seconds } => json!({ "seconds": seconds }),
            Error::UnsupportedLanguage { tag } => json!({ "tag": tag }),
            Error::IdleLockOutOfRange { min, max } => json!({ "min": min, "max": max }),
            Error::UnsupportedKeyAlgorithm { name } => json!({ "name": name }),
            Error::KeyGeneration { algorithm } => json!({ "algorithm": algorithm }),
            _ => json!({}),
        };
        match value {
            Value::Object(map) => map,
            _ => Map::new(),
        }
    }

    /// The form sent to the UI: code, parameters and the English fallback.
    pub fn to_payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            params: self.params(),
            message: self.to_string(),
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, err: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            detail: err.to_string(),
        }
    }
}

/// An error as the UI receives it.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorPayload {
    /// Stable code, e.g. `admin.wrong-password`.
    pub code: &'static str,
    /// Named parameters for the localized sentence.
    pub params: Map<String, Value>,
    /// English fallback sentence.
    pub message: String,
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::StoreInUse,
            _ => Error::Database(err.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_stable_and_params_named() {
        let err = Error::WrongPassword {
            retry_after_seconds: 4,
        };
        assert_eq!(err.code(), "admin.wrong-password");
        assert_eq!(err.params()["seconds"], 4);
        let payload = err.to_payload();
        assert!(payload.message.contains("4 s"));
    }

    #[test]
    fn every_variant_code_is_listed() {
        let samples = [
            Error::StoreInUse,
            Error::SchemaTooNew { found: 2, known: 1 },
            Error::StoreCorrupt { path: "x".into() },
            Error::StoreMissing { path: "x".into() },
            Error::NoDataDir,
            Error::Io {
                path: "x".into(),
                detail: "d".into(),
            },
            Error::Database("d".into()),
            Error::AlreadyInitialized,
            Error::NotInitialized,
            Error::PasswordTooShort { min: 6 },
            Error::NameRequired,
            Error::WrongPassword {
                retry_after_seconds: 1,
            },
            Error::WrongRecoveryCode {
                retry_after_seconds: 1,
            },
            Error::Throttled { seconds: 1 },
            Error::Locked,
            Error::UnsupportedLanguage { tag: "x".into() },
            Error::IdleLockOutOfRange { min: 1, max: 2 },
            Error::UnsupportedKeyAlgorithm { name: "x".into() },
            Error::KeyGeneration {
                algorithm: "x".into(),
            },
            Error::KeyFileExists { path: "x".into() },
            Error::KeyPasswordRequired,
            Error::WrongKeyPassword { path: "x".into() },
            Error::KeyFileInvalid { path: "x".into() },
            Error::Cancelled,
        ];
        let codes: Vec<_> = samples.iter().map(Error::code).collect();
        assert_eq!(codes, CODES);
    }

    #[test]
    fn busy_sqlite_errors_become_store_in_use() {
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        assert_eq!(Error::from(busy).code(), "store.in-use");
    }
}
