//! The error type of the core: one enum per domain, wrapped by [`Error`].
//!
//! Every variant has a stable code (`store.in-use`, `admin.wrong-password`,
//! ...) and named parameters. The desktop UI and the CLI look the code up in
//! their Fluent files (`error-store-in-use`, ...) and pass the parameters as
//! Fluent arguments, so the sentence a user reads is always in their language.
//! The English `Display` text is the fallback and the log form; it never
//! contains a secret, and it speaks of what the user did, never of one
//! face's buttons or flags (the CLI adds its own hints).
//!
//! Each domain declares its enum next to its code with
//! [`declare_errors!`](crate::declare_errors), which keeps a variant's text,
//! code and parameters in one place.
//!
//! Codes are `domain.kebab-name` (a few old ones have no domain: `io`,
//! `cancelled`); the sentence of an error is the Fluent message
//! `error-<code with dots as dashes>`. Notices that are not errors (the steps
//! of the connection test, warnings of a plan) use the same codes with the
//! Fluent prefix `notice-`; see [`notice_message_id`].

mod by_name;
mod declare;
mod file;
mod general;
mod network;

pub use crate::admin::AdminError;
pub use crate::company::CompanyError;
pub use crate::document::DocumentError;
pub use crate::identity::IdentityError;
pub use crate::ids::IdError;
pub use crate::keys::token::TokenError;
pub use crate::keys::KeyError;
pub use crate::mail::outbox::OutboxError;
pub use crate::mail::MailError;
pub use crate::pki::PkiError;
pub use crate::portal::PortalError;
pub use crate::renewal::RenewalError;
pub use crate::settings::SettingsError;
pub use crate::sign::SignError;
pub use crate::store::StoreError;
pub use declare::Param;
pub use file::FileError;
pub use general::GeneralError;
pub use network::{network_reason, NETWORK_REASONS};

use serde::Serialize;
use serde_json::{Map, Value};
use std::path::PathBuf;

/// Result with the core [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Declares [`Error`] as a wrapper of the domain enums, with `code()` and
/// `params()` delegating and the list of every code.
macro_rules! wrap_domains {
    ($($(#[$meta:meta])* $wrapper:ident($domain:ty),)*) => {
        /// Everything that can go wrong in the core: a domain's error.
        #[derive(Debug, thiserror::Error)]
        #[non_exhaustive]
        pub enum Error {
            $(
                $(#[$meta])*
                #[error(transparent)]
                $wrapper(#[from] $domain),
            )*
        }

        impl Error {
            /// The stable code of this error, e.g. `store.in-use`.
            pub fn code(&self) -> &'static str {
                match self {
                    $(Error::$wrapper(e) => e.code(),)*
                }
            }

            /// The named parameters of this error, for the localized sentence.
            pub fn params(&self) -> Map<String, Value> {
                match self {
                    $(Error::$wrapper(e) => e.params(),)*
                }
            }
        }

        /// Every stable code [`Error::code`] can return, for completeness
        /// checks of the translations.
        pub fn codes() -> impl Iterator<Item = &'static str> {
            std::iter::empty()$(.chain(<$domain>::CODES.iter().copied()))*
        }
    };
}

wrap_domains! {
    /// The store file and its database.
    Store(StoreError),
    /// Ordinary files.
    File(FileError),
    /// The OS credential store, cancelling, workers.
    General(GeneralError),
    /// The administrator and the session.
    Admin(AdminError),
    /// Companies, operators and signing in.
    Company(CompanyError),
    /// Application settings.
    Settings(SettingsError),
    /// Private keys in files.
    Key(KeyError),
    /// Keys on PKCS#11 tokens.
    Token(TokenError),
    /// Certificates, requests, PKCS#12 files, company seals.
    Pki(PkiError),
    /// National business identifiers.
    Id(IdError),
    /// Signing identities.
    Identity(IdentityError),
    /// Signing and verifying.
    Sign(SignError),
    /// Mail settings, credentials, templates.
    Mail(MailError),
    /// The outbox and delivery.
    Outbox(OutboxError),
    /// Batch renewal.
    Renewal(RenewalError),
    /// Generated documents.
    Document(DocumentError),
    /// Contractors and portal users.
    Portal(PortalError),
}

/// The Fluent message id of an error code: `a.b-c` -> `error-a-b-c`.
pub fn error_message_id(code: &str) -> String {
    format!("error-{}", code.replace('.', "-"))
}

/// The Fluent message id of a notice code (a step, a warning):
/// `a.b-c` -> `notice-a-b-c`.
pub fn notice_message_id(code: &str) -> String {
    format!("notice-{}", code.replace('.', "-"))
}

impl Error {
    /// The form sent to the UI: code, parameters and the English fallback.
    pub fn to_payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            params: self.params(),
            message: self.to_string(),
        }
    }

    /// A failed file operation, by what the user can do about it: a
    /// missing file, a refused permission, a full or read-only disk each
    /// have their own sentence; the system's own text (in English, with its
    /// `os error` number) stays only in the log form.
    pub(crate) fn io(path: impl Into<PathBuf>, err: std::io::Error) -> Self {
        use std::io::ErrorKind;
        let path = path.into();
        match err.kind() {
            ErrorKind::StorageFull => FileError::DiskFull { path },
            ErrorKind::NotFound => FileError::NotFound { path },
            ErrorKind::PermissionDenied => FileError::PermissionDenied { path },
            ErrorKind::ReadOnlyFilesystem => FileError::ReadOnly { path },
            ErrorKind::NotADirectory => FileError::NotAFolder { path },
            ErrorKind::IsADirectory => FileError::NotARegularFile { path },
            _ => FileError::Io {
                path,
                detail: err.to_string(),
            },
        }
        .into()
    }
}

/// An error as the UI receives it.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
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
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::InUse,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly,
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            // The connection does not say which file; the store's own name
            // tells the user which one is damaged.
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::Corrupt {
                path: crate::store::STORE_FILE.into(),
            },
            _ => StoreError::Database {
                detail: err.to_string(),
            },
        }
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn codes_are_stable_and_params_named() {
        let err = Error::Admin(AdminError::WrongPassword { seconds: 4 });
        assert_eq!(err.code(), "admin.wrong-password");
        assert_eq!(err.params()["seconds"], 4);
        let payload = err.to_payload();
        assert!(payload.message.contains("4 s"));
    }

    #[test]
    fn every_field_is_a_parameter_under_its_own_name() {
        let err = Error::from(RenewalError::ReceiptDuplicate {
            path: "receipts/7.pdf".into(),
            number: 12,
        });
        let params = err.params();
        assert_eq!(params.len(), 2);
        assert_eq!(params["path"], "receipts/7.pdf");
        assert_eq!(params["number"], 12);
        let err = Error::from(StoreError::Database { detail: "d".into() });
        assert_eq!(err.params()["detail"], "d");
        assert!(Error::from(StoreError::InUse).params().is_empty());
    }

    #[test]
    fn codes_are_unique_and_well_formed() {
        let all: Vec<_> = codes().collect();
        let unique: BTreeSet<_> = all.iter().collect();
        assert_eq!(all.len(), unique.len(), "a code is declared twice");
        for code in all {
            assert!(
                code.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-'),
                "{code}"
            );
        }
    }

    #[test]
    fn busy_sqlite_errors_become_store_in_use() {
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        assert_eq!(Error::from(busy).code(), "store.in-use");
    }

    #[test]
    fn full_disks_damaged_files_and_read_only_stores_have_their_own_codes() {
        let sqlite = |code| {
            Error::from(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(code),
                None,
            ))
            .code()
        };
        assert_eq!(sqlite(rusqlite::ffi::SQLITE_FULL), "store.disk-full");
        assert_eq!(sqlite(rusqlite::ffi::SQLITE_CORRUPT), "store.corrupt");
        assert_eq!(sqlite(rusqlite::ffi::SQLITE_NOTADB), "store.corrupt");
        assert_eq!(sqlite(rusqlite::ffi::SQLITE_READONLY), "store.read-only");
        let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert_eq!(Error::io("x", full).code(), "io.disk-full");
    }

    #[test]
    fn file_errors_are_told_apart_by_what_the_user_can_do() {
        let missing = std::fs::read("/nonexistent/sealdesk/file.pdf").unwrap_err();
        let err = Error::io("/nonexistent/sealdesk/file.pdf", missing);
        assert_eq!(err.code(), "io.not-found");
        // The sentence has the path only: no "os error 2" for the user.
        assert_eq!(err.params().len(), 1);
        assert_eq!(err.params()["path"], "/nonexistent/sealdesk/file.pdf");
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(Error::io("x", denied).code(), "io.permission-denied");
        let other = std::io::Error::other("strange");
        let err = Error::io("x", other);
        assert_eq!(err.code(), "io");
        assert_eq!(err.params()["detail"], "strange");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn writing_to_a_full_device_is_a_full_disk() {
        // /dev/full answers every write with ENOSPC, as a full disk does.
        let err = std::fs::write("/dev/full", b"signed document").unwrap_err();
        assert_eq!(Error::io("/dev/full", err).code(), "io.disk-full");
    }
}
