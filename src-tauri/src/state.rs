//! What the app keeps between commands: the store and the session.

use sealdesk_core::actions::{Context, Gate, Scope};
use sealdesk_core::error::{ErrorPayload, GeneralError};
use sealdesk_core::mail::outbox::worker::{OutboxWorker, WorkerEvent};
use sealdesk_core::session::Session;
use sealdesk_core::{settings, store, Error, Store};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tauri::async_runtime::JoinHandle;
use tauri::{AppHandle, Emitter};

/// The event the outbox loop's reports travel on to the window.
pub const OUTBOX_EVENT: &str = "outbox";

/// The app's state, shared by all commands.
pub struct AppState {
    /// The data folder in use.
    pub data_dir: Result<PathBuf, ErrorPayload>,
    store: Result<Mutex<Store>, ErrorPayload>,
    session: Mutex<Session>,
    /// Who signed in, on which company, while the session is open.
    scope: Mutex<Option<Scope>>,
    /// Set to stop the running signing batch after its current file.
    pub stop_signing: Arc<AtomicBool>,
    /// Set to stop the running renewal after its current item.
    pub stop_renewal: Arc<AtomicBool>,
    /// The outbox delivery loop, while the session is unlocked.
    outbox: Mutex<Option<OutboxWorker>>,
    /// The last loop started: a new one waits for it to end, so a quick
    /// lock and unlock never runs two loops (the new one's recovery would
    /// take the message the old one is still sending for interrupted).
    outbox_task: Mutex<Option<JoinHandle<()>>>,
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
            scope: Mutex::new(None),
            stop_signing: Arc::default(),
            stop_renewal: Arc::default(),
            outbox: Mutex::new(None),
            outbox_task: Mutex::new(None),
        }
    }

    /// The store, whether or not the session is unlocked.
    pub fn store(&self) -> Result<MutexGuard<'_, Store>, ErrorPayload> {
        self.store.as_ref().map(lock).map_err(Clone::clone)
    }

    /// The store for work that needs the administrator: fails with
    /// `session.locked` when the session is locked or idle too long (the
    /// outbox loop then stops too: it only runs for an unlocked session).
    pub fn unlocked_store(&self) -> Result<MutexGuard<'_, Store>, ErrorPayload> {
        let touched = self.session().touch(Instant::now());
        if let Err(err) = touched {
            self.stop_outbox();
            return Err(err.to_payload());
        }
        self.store()
    }

    /// Starts the outbox loop (which first recovers messages interrupted
    /// while sending) unless it runs already; its reports go to the window
    /// as [`OUTBOX_EVENT`] events.
    pub fn start_outbox(&self, app: &AppHandle) {
        let Some(scope) = lock(&self.scope).clone() else {
            return;
        };
        let Ok(store) = self.store() else { return };
        let data_dir = store.data_dir().to_path_buf();
        drop(store);
        let mut slot = lock(&self.outbox);
        if slot.is_some() {
            return;
        }
        let worker = OutboxWorker::new();
        let app = app.clone();
        let previous = lock(&self.outbox_task).take();
        let run = worker
            .clone()
            .run(data_dir, scope, move |event: WorkerEvent| {
                // A closed window hears nothing; the loop goes on regardless.
                let _ = app.emit(OUTBOX_EVENT, event);
            });
        let task = tauri::async_runtime::spawn(async move {
            if let Some(previous) = previous {
                let _ = previous.await;
            }
            run.await;
        });
        *lock(&self.outbox_task) = Some(task);
        *slot = Some(worker);
    }

    /// Stops the outbox loop after the message being sent, if any.
    pub fn stop_outbox(&self) {
        if let Some(worker) = lock(&self.outbox).take() {
            worker.shutdown();
        }
    }

    /// Makes the outbox loop look at the outbox now (after an enqueue or a
    /// retry); starts it when it is not running.
    pub fn wake_outbox(&self, app: &AppHandle) {
        let running = lock(&self.outbox).as_ref().map(OutboxWorker::clone);
        match running {
            Some(worker) => worker.wake(),
            None => self.start_outbox(app),
        }
    }

    /// The session.
    pub fn session(&self) -> MutexGuard<'_, Session> {
        lock(&self.session)
    }

    /// Opens the session for `scope` (who signed in, on which company).
    pub fn sign_in(&self, scope: Scope) {
        *lock(&self.scope) = Some(scope);
        self.session().unlock(Instant::now());
    }

    /// Replaces the open session's scope with `scope` (the same actor on
    /// another company, as the administrator's switch made it). A session
    /// locked in the meantime stays locked and without a scope.
    pub fn switch_scope(&self, scope: Scope) {
        if let Some(current) = lock(&self.scope).as_mut() {
            *current = scope;
        }
    }

    /// Locks the session: whoever comes next signs in again.
    pub fn lock_session(&self) {
        self.session().lock();
        *lock(&self.scope) = None;
        self.stop_outbox();
    }

    /// Who is signed in on which company, or `session.locked`.
    pub fn current_scope(&self) -> Result<Scope, ErrorPayload> {
        self.signed_in().map(|(_, scope)| scope)
    }

    /// The store and the scope of the open session, or `session.locked`.
    fn signed_in(&self) -> Result<(MutexGuard<'_, Store>, Scope), ErrorPayload> {
        let store = self.unlocked_store()?;
        let scope = lock(&self.scope)
            .clone()
            .ok_or_else(|| Error::Admin(sealdesk_core::AdminError::Locked).to_payload())?;
        Ok((store, scope))
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

/// Runs a quick use case on the unlocked store, on the calling thread.
pub fn act<T>(
    state: &AppState,
    work: impl FnOnce(&Context) -> Result<T, Error>,
) -> Result<T, ErrorPayload> {
    let (store, scope) = state.signed_in()?;
    let cx = Context::new(&store, &scope);
    work(&cx).map_err(ui_error)
}

/// Runs a quick use case on the store whether or not the session is
/// unlocked: for what the unlock screen itself offers (signing in, first
/// set-up, recovery, the language).
pub fn act_even_locked<T>(
    state: &AppState,
    work: impl FnOnce(&Gate) -> Result<T, Error>,
) -> Result<T, ErrorPayload> {
    work(&Gate::new(&*state.store()?)).map_err(ui_error)
}

/// Runs a use case on a worker thread with a store connection of its own,
/// after checking that the session is unlocked, so the window stays
/// responsive while it derives keys, talks to a token or copies files.
pub async fn on_worker<T, F>(state: &AppState, work: F) -> Result<T, ErrorPayload>
where
    T: Send + 'static,
    F: FnOnce(&Context) -> Result<T, Error> + Send + 'static,
{
    let (data_dir, scope) = {
        let (store, scope) = state.signed_in()?;
        (store.data_dir().to_path_buf(), scope)
    };
    tauri::async_runtime::spawn_blocking(move || {
        let store = Store::open_existing(&data_dir)?;
        let cx = Context::new(&store, &scope);
        work(&cx)
    })
    .await
    .map_err(|e| {
        ui_error(Error::General(GeneralError::WorkerFailed {
            detail: e.to_string(),
        }))
    })?
    .map_err(ui_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use sealdesk_core::actions::{self, companies::CompanyRequest};
    use sealdesk_core::secret::Secret;

    /// A fresh data folder of its own for one test.
    fn data_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "sealdesk-state-{name}-{}-{:?}",
            std::process::id(),
            Instant::now()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// The state with the administrator signed in, and a second company NORD.
    fn signed_in_with_two_companies(name: &str) -> AppState {
        let state = AppState::open(Some(data_dir(name)));
        let password = Secret::from("Lipa-Kwiat-Morze-7");
        let scope = act_even_locked(&state, |gate| {
            actions::admin::set_up(gate, "Dana Kowalska", &password)?;
            actions::session::sign_in(gate, "admin", &password, None)
        })
        .unwrap();
        state.sign_in(scope);
        let nord = CompanyRequest {
            name: "Biuro Nord".into(),
            ..CompanyRequest::default()
        };
        act(&state, |cx| actions::companies::create(cx, "NORD", &nord)).unwrap();
        state
    }

    #[test]
    fn the_company_switched_to_is_the_one_every_later_command_acts_on() {
        let state = signed_in_with_two_companies("switch");
        let first = act(&state, actions::session::signed_in).unwrap();
        assert_eq!(first.company.code, "MAIN");
        let nord = act(&state, |cx| actions::session::open_company(cx, "NORD")).unwrap();
        state.switch_scope(nord);
        let now = act(&state, actions::session::signed_in).unwrap();
        assert_eq!(now.company.code, "NORD");
        assert_eq!(now.actor, first.actor);
    }

    #[test]
    fn a_switch_after_the_lock_does_not_open_the_session_again() {
        let state = signed_in_with_two_companies("locked");
        let nord = act(&state, |cx| actions::session::open_company(cx, "NORD")).unwrap();
        state.lock_session();
        state.switch_scope(nord);
        state.session().unlock(Instant::now());
        let refused = act(&state, actions::session::signed_in).unwrap_err();
        assert_eq!(refused.code, "session.locked");
    }
}
