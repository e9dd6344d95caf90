//! First run, unlock, recovery and the idle lock.
//!
//! Commands that hash passwords (Argon2) or rate them (zxcvbn) are
//! `async`: Tauri then runs them off the main thread, so the window keeps
//! painting and answering while they work.

use crate::state::{act_even_locked, ui_error, AppState};
use sealdesk_core::actions::{self, Gate, Scope};
use sealdesk_core::admin::{self, AdminStatus};
use sealdesk_core::company::operator::ADMINISTRATOR_LOGIN;
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::locale::Language;
use sealdesk_core::password_strength::{self, PasswordStrength};
use sealdesk_core::recovery_code::RecoveryCode;
use sealdesk_core::secret::Secret;
use sealdesk_core::settings::{self, Settings};
use serde::Serialize;
use std::time::Instant;
use tauri::{AppHandle, State};
use ts_rs::TS;

/// What the UI needs to know at start.
#[derive(Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    /// The version and the commit it was built from, as `sealdesk --version`
    /// says them: `0.1.0 (1a2b3c4d5e6f)`.
    version: &'static str,
    data_dir: Option<String>,
    os_language: Language,
    settings: Option<Settings>,
    admin: Option<AdminStatus>,
    schema_version: Option<i64>,
    unlocked: bool,
    startup_error: Option<ErrorPayload>,
    /// The core's rule, so the UI checks the same minimum before asking.
    admin_password_min_chars: usize,
}

/// A recovery code to show once.
#[derive(Serialize, TS)]
#[ts(export)]
pub struct RecoveryCodeView {
    recovery_code: String,
}

impl From<RecoveryCode> for RecoveryCodeView {
    fn from(code: RecoveryCode) -> Self {
        Self {
            recovery_code: code.display_form(),
        }
    }
}

/// Opens the session for whoever proved who they are, and starts the
/// outbox loop that only runs for an open session.
fn open_session(app: &AppHandle, state: &AppState, scope: Scope) {
    state.sign_in(scope);
    state.start_outbox(app);
}

/// Signs the administrator in with the password just set.
fn administrator_scope(gate: &Gate, password: &Secret) -> Result<Scope, sealdesk_core::Error> {
    actions::session::sign_in(gate, ADMINISTRATOR_LOGIN, password, None)
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> Result<AppInfo, ErrorPayload> {
    let os_language = sys_locale::get_locale()
        .map(|l| Language::from_os_locale(&l))
        .unwrap_or(Language::En);
    let store = state.store().ok();
    Ok(AppInfo {
        version: env!("SEALDESK_VERSION_LINE"),
        data_dir: state
            .data_dir
            .as_ref()
            .ok()
            .map(|d| d.display().to_string()),
        os_language,
        settings: store
            .as_ref()
            .map(|s| settings::load(s))
            .transpose()
            .map_err(ui_error)?,
        admin: store
            .as_ref()
            .map(|s| actions::admin::status(&Gate::new(s)))
            .transpose()
            .map_err(ui_error)?,
        schema_version: store.as_ref().and_then(|s| s.schema_version().ok()),
        unlocked: state.session().is_unlocked(Instant::now()),
        startup_error: state.startup_error(),
        admin_password_min_chars: admin::MIN_PASSWORD_CHARS,
    })
}

#[tauri::command(async)]
pub fn password_strength(
    password: String,
    min_chars: usize,
    user_inputs: Vec<String>,
) -> PasswordStrength {
    let inputs: Vec<&str> = user_inputs.iter().map(String::as_str).collect();
    password_strength::estimate(&password, min_chars, &inputs)
}

#[tauri::command(async)]
pub fn setup_administrator(
    app: AppHandle,
    state: State<'_, AppState>,
    name: String,
    password: Secret,
) -> Result<RecoveryCodeView, ErrorPayload> {
    let (code, scope) = act_even_locked(&state, |gate| {
        let code = actions::admin::set_up(gate, &name, &password)?;
        Ok((code, administrator_scope(gate, &password)?))
    })?;
    open_session(&app, &state, scope);
    Ok(RecoveryCodeView::from(code))
}

#[tauri::command(async)]
pub fn unlock(
    app: AppHandle,
    state: State<'_, AppState>,
    login: String,
    password: Secret,
) -> Result<(), ErrorPayload> {
    let scope = act_even_locked(&state, |gate| {
        actions::session::sign_in(gate, &login, &password, None)
    })?;
    open_session(&app, &state, scope);
    Ok(())
}

#[tauri::command(async)]
pub fn recover_password(
    app: AppHandle,
    state: State<'_, AppState>,
    code: String,
    new_password: Secret,
) -> Result<RecoveryCodeView, ErrorPayload> {
    let (code, scope) = act_even_locked(&state, |gate| {
        let code = actions::admin::recover(gate, &code, &new_password)?;
        Ok((code, administrator_scope(gate, &new_password)?))
    })?;
    open_session(&app, &state, scope);
    Ok(RecoveryCodeView::from(code))
}

#[tauri::command]
pub fn lock(state: State<'_, AppState>) {
    state.lock_session();
}

/// Called by the UI while the user is active, so the idle lock follows real
/// activity and not only commands.
#[tauri::command]
pub fn touch_session(state: State<'_, AppState>) -> Result<(), ErrorPayload> {
    state.unlocked_store().map(drop)
}
