//! The SMTP password (or OAuth2 token) in the OS credential store: Secret
//! Service on Linux, Credential Manager on Windows, Keychain on macOS. It is
//! never written to the SQLite store, logs or JSON output.
//!
//! A locked store may answer a request with an unlock prompt that nobody
//! can see (a session without a desktop, a test run): every call therefore
//! runs on a worker thread and is given up after [`timeout`] with
//! [`GeneralError::SecretsLocked`]. A secret that is only being cleaned up never
//! holds up the action that made it useless: it is recorded as pending
//! and removed on a later try ([`forget`]).

use crate::{Error, Result, Store};
use std::sync::mpsc;
use std::time::Duration;
use zeroize::Zeroizing;

/// The service name of every SealDesk SMTP entry in the credential store.
pub const SERVICE: &str = "SealDesk SMTP";

/// Overrides how long a credential-store call may take, in milliseconds
/// (the tests shorten it); read only by [`timeout`].
pub const TIMEOUT_ENV: &str = "SEALDESK_SECRETS_TIMEOUT_MS";

/// How long a person gets to answer the credential store's unlock prompt.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// How long a clean-up waits before leaving the removal for later.
const CLEANUP_WAIT: Duration = Duration::from_secs(2);

/// The credential store's name on this system, for the user to unlock.
#[cfg(target_os = "linux")]
pub const STORE_NAME: &str = "Secret Service (GNOME Keyring)";
/// The credential store's name on this system, for the user to unlock.
#[cfg(target_os = "macos")]
pub const STORE_NAME: &str = "Keychain";
/// The credential store's name on this system, for the user to unlock.
#[cfg(target_os = "windows")]
pub const STORE_NAME: &str = "Credential Manager";
/// The credential store's name on this system, for the user to unlock.
#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
pub const STORE_NAME: &str = "credential store";

/// How long a credential-store call may take.
pub fn timeout() -> Duration {
    std::env::var(TIMEOUT_ENV)
        .ok()
        .and_then(|ms| ms.trim().parse::<u64>().ok())
        .map_or(DEFAULT_TIMEOUT, Duration::from_millis)
}

/// The credential store's account name of a server login.
pub fn account(user: &str, host: &str, port: u16) -> String {
    format!("{user}@{host}:{port}")
}

fn unavailable(err: &keyring::Error) -> Error {
    Error::Mail(crate::MailError::CredentialStoreUnavailable {
        detail: err.to_string(),
    })
}

/// Runs `op` on the entry of `service`/`account` on a worker thread and
/// waits at most `wait`. A call that does not return in time keeps running
/// on its thread (it cannot be cancelled) and is left behind.
fn bounded<T: Send + 'static>(
    service: &str,
    account: &str,
    wait: Duration,
    op: impl FnOnce(&keyring::Entry) -> keyring::Result<T> + Send + 'static,
) -> Result<keyring::Result<T>> {
    let (service, account) = (service.to_owned(), account.to_owned());
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("credential-store".into())
        .spawn(move || {
            let outcome = keyring::Entry::new(&service, &account).and_then(|entry| op(&entry));
            let _ = tx.send(outcome);
        })
        .map_err(|err| {
            Error::Mail(crate::MailError::CredentialStoreUnavailable {
                detail: err.to_string(),
            })
        })?;
    rx.recv_timeout(wait)
        .map_err(|_| Error::General(crate::GeneralError::SecretsLocked { store: STORE_NAME }))
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
    let secret = Zeroizing::new(secret.to_owned());
    bounded(service, account, timeout(), move |entry| {
        entry.set_password(&secret)
    })?
    .map_err(|err| unavailable(&err))
}

/// Reads the secret of an account of `service`.
pub fn load_from(service: &str, account: &str) -> Result<Zeroizing<String>> {
    match bounded(service, account, timeout(), |entry| {
        entry.get_password().map(Zeroizing::new)
    })? {
        Ok(secret) => Ok(secret),
        Err(keyring::Error::NoEntry) => Err(Error::Mail(crate::MailError::CredentialMissing {
            account: account.to_owned(),
        })),
        Err(err) => Err(unavailable(&err)),
    }
}

/// Removes the secret of an account of `service`; a missing entry is not
/// an error.
pub fn remove_from(service: &str, account: &str) -> Result<()> {
    remove_within(service, account, timeout())
}

fn remove_within(service: &str, account: &str, wait: Duration) -> Result<()> {
    match bounded(service, account, wait, |entry| entry.delete_credential())? {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(err) => Err(unavailable(&err)),
    }
}

/// Removes a secret that is no longer needed, without holding up the
/// action that made it useless: the removal is recorded as pending, tried
/// briefly together with earlier pending ones, and left for a later call
/// when the credential store does not answer. Never fails.
pub(crate) fn forget(store: &Store, service: &str, account: &str) {
    let recorded = store.conn().execute(
        "INSERT OR IGNORE INTO pending_secret_removal (service, account, since)
         VALUES (?1, ?2, ?3)",
        rusqlite::params![
            service,
            account,
            crate::audit::timestamp(chrono::Utc::now())
        ],
    );
    if recorded.is_err() {
        // Not even recordable (a read-only store): one brief try.
        let _ = remove_within(service, account, cleanup_wait());
        return;
    }
    retry_pending(store);
}

/// Tries the pending removals again, stopping at the first one the
/// credential store does not answer; returns how many are still pending.
pub fn retry_pending(store: &Store) -> usize {
    let pending: Vec<(String, String)> = store
        .conn()
        .prepare("SELECT service, account FROM pending_secret_removal ORDER BY since")
        .and_then(|mut stmt| {
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()
        })
        .unwrap_or_default();
    let mut left = pending.len();
    for (service, account) in &pending {
        if remove_within(service, account, cleanup_wait()).is_err() {
            break;
        }
        let _ = store.conn().execute(
            "DELETE FROM pending_secret_removal WHERE service = ?1 AND account = ?2",
            [service, account],
        );
        left -= 1;
    }
    left
}

fn cleanup_wait() -> Duration {
    timeout().min(CLEANUP_WAIT)
}
