//! Preferences and the activity list.

use crate::state::{act, minutes, ui_error, AppState};
use sealdesk_core::actions::first_steps::{self, FirstSteps};
use sealdesk_core::actions::{settings, Context};
use sealdesk_core::audit::AuditEvent;
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::locale::Language;
use tauri::State;

/// Switching the language is allowed while locked: the unlock screen offers
/// it too, and the language is no secret.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: Language) -> Result<(), ErrorPayload> {
    settings::set_language(&Context::new(&*state.store()?), language).map_err(ui_error)
}

#[tauri::command]
pub fn set_idle_lock(state: State<'_, AppState>, minutes_idle: u32) -> Result<(), ErrorPayload> {
    settings::set_idle_lock(&Context::new(&*state.unlocked_store()?), minutes_idle)
        .map_err(ui_error)?;
    state.session().set_idle_limit(minutes(minutes_idle));
    Ok(())
}

#[tauri::command]
pub fn recent_activity(
    state: State<'_, AppState>,
    limit: u32,
) -> Result<Vec<AuditEvent>, ErrorPayload> {
    settings::recent_activity(&Context::new(&*state.unlocked_store()?), limit).map_err(ui_error)
}

#[tauri::command]
pub fn first_steps(state: State<'_, AppState>) -> Result<FirstSteps, ErrorPayload> {
    act(&state, first_steps::first_steps)
}

#[tauri::command]
pub fn hide_first_steps(
    state: State<'_, AppState>,
    hidden: bool,
) -> Result<FirstSteps, ErrorPayload> {
    act(&state, |cx| first_steps::set_first_steps_hidden(cx, hidden))
}
