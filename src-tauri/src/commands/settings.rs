//! Preferences and the activity list.

use crate::state::{act, act_even_locked, minutes, AppState};
use sealdesk_core::actions::first_steps::{self, FirstSteps};
use sealdesk_core::actions::settings;
use sealdesk_core::audit::AuditEvent;
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::locale::Language;
use tauri::State;

/// Switching the language is allowed while locked: the unlock screen offers
/// it too, and the language is no secret.
#[tauri::command]
pub fn set_language(state: State<'_, AppState>, language: Language) -> Result<(), ErrorPayload> {
    act_even_locked(&state, |cx| settings::set_language(cx, language))
}

#[tauri::command]
pub fn set_idle_lock(state: State<'_, AppState>, minutes_idle: u32) -> Result<(), ErrorPayload> {
    act(&state, |cx| settings::set_idle_lock(cx, minutes_idle))?;
    state.session().set_idle_limit(minutes(minutes_idle));
    Ok(())
}

use_case_commands! {
    fn recent_activity(limit: u32) -> Vec<AuditEvent> =
        act(|cx| settings::recent_activity(cx, limit));
    fn first_steps() -> FirstSteps = act(first_steps::first_steps);
    fn hide_first_steps(hidden: bool) -> FirstSteps =
        act(|cx| first_steps::set_first_steps_hidden(cx, hidden));
}
