//! What the app keeps between commands: the store and the session.

use sealdesk_core::error::ErrorPayload;
use sealdesk_core::session::Session;
use sealdesk_core::{settings, store, Error, Store};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// The app's state, shared by all commands.
pub struct AppState {
    /// The data folder in use.
    pub data_dir: Result<PathBuf, ErrorPayload>,
    store: Result<Mutex<Store>, ErrorPayload>,
    session: Mutex<Session>,
    /// Set to stop the running signing batch after its current file.
    pub stop_signing: Arc<AtomicBool>,
    /// Set to stop the running renewal after its current item.
    pub stop_renewal: Arc<AtomicBool>,
}

impl AppState {
    /// Opens the store; a failure is kept and shown by the UI instead of
    /// stopping the app, so the user reads why in their language.
    pub fn open(explicit_dir: Option<PathBuf>) -> Self {
        let data_dir = store::resolve_data_dir(explicit_dir).map_err(|e| e.to_payload());
        let store = match &data_dir {
            Ok(dir) => Store::open(dir).map(Mutex::new).map_err(|e| e.to_payload()),
            Err(e) => Err(e.clone()),
        };
        let idle = match &store {
            Ok(s) => settings::load(&lock(s))
                .map(|s| s.idle_lock_minutes)
                .unwrap_or(settings::DEFAULT_IDLE_LOCK_MINUTES),
            Err(_) => settings::DEFAULT_IDLE_LOCK_MINUTES,
        };
        Self {
            data_dir,
            store,
            session: Mutex::new(Session::new(minutes(idle))),
            stop_signing: Arc::default(),
            stop_renewal: Arc::default(),
        }
    }

    /// The store, whether or not the session is unlocked.
    pub fn store(&self) -> Result<MutexGuard<'_, Store>, ErrorPayload> {
        self.store.as_ref().map(lock).map_err(Clone::clone)
    }

    /// The store for work that needs the administrator: fails with
    /// `session.locked` when the session is locked or idle too long.
    pub fn unlocked_store(&self) -> Result<MutexGuard<'_, Store>, ErrorPayload> {
        self.session()
            .touch(Instant::now())
            .map_err(|e| e.to_payload())?;
        self.store()
    }

    /// The session.
    pub fn session(&self) -> MutexGuard<'_, Session> {
        lock(&self.session)
    }

    /// The reason the store could not be opened, if it could not.
    pub fn startup_error(&self) -> Option<ErrorPayload> {
        self.store.as_ref().err().cloned()
    }
}

/// Converts idle minutes to the session's limit.
pub fn minutes(m: u32) -> Duration {
    Duration::from_secs(u64::from(m) * 60)
}

/// Locks a mutex; a panic in another command must not lock the user out, so
/// a poisoned lock is taken over (the store itself is transactional).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Converts a core error for the UI.
pub fn ui_error(err: Error) -> ErrorPayload {
    err.to_payload()
}
