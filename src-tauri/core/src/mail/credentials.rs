//! The SMTP password (or OAuth2 token) in the OS credential store: Secret
//! Service on Linux, Credential Manager on Windows, Keychain on macOS. It is
//! never written to the SQLite store, logs or JSON output.

use crate::{Error, Result};
use zeroize::Zeroizing;

/// The service name of every SealDesk SMTP entry in the credential store.
pub const SERVICE: &str = "SealDesk SMTP";

/// The credential store's account name of a server login.
pub fn account(user: &str, host: &str, port: u16) -> String {
    format!("{user}@{host}:{port}")
}

fn entry(service: &str, account: &str) -> Result<keyring::Entry> {
    keyring::Entry::new(service, account).map_err(|err| unavailable(&err))
}

fn unavailable(err: &keyring::Error) -> Error {
    Error::MailCredentialStoreUnavailable {
        detail: err.to_string(),
    }
}

/// Stores (or replaces) the secret of an account.
pub fn store(account: &str, secret: &str) -> Result<()> {
    store_in(SERVICE, account, secret)
}

/// Reads the secret of an account.
pub fn load(account: &str) -> Result<Zeroizing<String>> {
    load_from(SERVICE, account)
}

/// Removes the secret of an account; a missing entry is not an error.
pub fn remove(account: &str) -> Result<()> {
    remove_from(SERVICE, account)
}

/// Stores (or replaces) the secret of an account of another SealDesk
/// service (the renewal phrase, say), with the same errors as SMTP's.
pub fn store_in(service: &str, account: &str, secret: &str) -> Result<()> {
    entry(service, account)?
        .set_password(secret)
        .map_err(|err| unavailable(&err))
}

/// Reads the secret of an account of `service`.
pub fn load_from(service: &str, account: &str) -> Result<Zeroizing<String>> {
    match entry(service, account)?.get_password() {
        Ok(secret) => Ok(Zeroizing::new(secret)),
        Err(keyring::Error::NoEntry) => Err(Error::MailCredentialMissing {
            account: account.to_owned(),
        }),
        Err(err) => Err(unavailable(&err)),
    }
}

/// Removes the secret of an account of `service`; a missing entry is not
/// an error.
pub fn remove_from(service: &str, account: &str) -> Result<()> {
    match entry(service, account)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(err) => Err(unavailable(&err)),
    }
}
