//! SealDesk core: every piece of logic the desktop app and the `sealdesk`
//! command line share. It has no Tauri or UI dependency; both faces are thin
//! adapters over the functions here.
//!
//! Errors carry a stable code and parameters ([`Error::code`],
//! [`Error::params`]) that the faces turn into a localized sentence.

pub mod actions;
pub mod admin;
pub mod atomic_file;
pub mod audit;
pub mod backup;
pub mod bounded_read;
pub mod company;
pub mod document;
pub mod error;
pub mod identity;
pub mod ids;
pub mod keys;
pub mod locale;
pub mod mail;
pub mod parse_failure;
pub mod password_strength;
pub mod pki;
pub mod portal;
pub mod private_folder;
pub mod process_lock;
pub mod recovery_code;
pub mod renewal;
pub mod secret;
pub mod session;
pub mod settings;
pub mod sign;
pub mod store;
#[cfg(test)]
mod test_support;

pub use error::{
    AdminError, CompanyError, DocumentError, Error, FileError, GeneralError, IdError,
    IdentityError, KeyError, MailError, OutboxError, PkiError, PortalError, RenewalError, Result,
    SettingsError, SignError, StoreError, TokenError,
};
pub use store::Store;
