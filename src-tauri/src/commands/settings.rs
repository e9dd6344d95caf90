//! Preferences and the activity list.

use crate::state::{minutes, ui_error, AppState};
use sealdesk_core::audit::{self, AuditEvent};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::locale::Language;
use sealdesk_core::settings;
use tauri::State;

/// Switching the language is allowed while locked: the unlock screen offers
/// it too, and the language is no secret.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: String) -> Result<(), ErrorPayload> {
    let language: Language = language.parse().map_err(ui_error)?;
    settings::set_language(&*state.store()?, language).map_err(ui_error)
}

#[tauri::command]
pub fn set_idle_lock(state: State<'_, AppState>, minutes_idle: u32) -> Result<(), ErrorPayload> {
    settings::set_idle_lock_minutes(&*state.unlocked_store()?, minutes_idle).map_err(ui_error)?;
    state.session().set_idle_limit(minutes(minutes_idle));
    Ok(())
}

#[tauri::command]
pub fn recent_activity(
    state: State<'_, AppState>,
    limit: u32,
) -> Result<Vec<AuditEvent>, ErrorPayload> {
    audit::recent(state.unlocked_store()?.conn(), limit.min(500)).map_err(ui_error)
}
