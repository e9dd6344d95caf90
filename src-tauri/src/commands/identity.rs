//! Signing identities: the kinds of business identifier and their live
//! check, registration, the list, selection and attaching the CA's answer.
//!
//! Registration generates a key, derives a key-file password or talks to a
//! token, so it runs on a worker thread like the seal commands.

use crate::state::{act, on_worker, ui_error, AppState};
use sealdesk_core::actions::identity::{self, CheckedId, IdentityLimits, RegisterIdentity};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::identity::{Attached, IdentityRecord, Registered, Removed};
use sealdesk_core::ids::Kind;
use std::path::PathBuf;
use tauri::State;

#[tauri::command]
pub fn identity_limits() -> IdentityLimits {
    identity::limits()
}

#[tauri::command]
pub fn check_business_id(
    country: String,
    kind: Option<Kind>,
    value: String,
) -> Result<CheckedId, ErrorPayload> {
    identity::check_business_id(&country, kind, &value).map_err(ui_error)
}

#[tauri::command]
pub async fn register_identity(
    state: State<'_, AppState>,
    registration: RegisterIdentity,
) -> Result<Registered, ErrorPayload> {
    on_worker(&state, move |cx| identity::register(cx, &registration)).await
}

#[tauri::command]
pub fn list_identities(state: State<'_, AppState>) -> Result<Vec<IdentityRecord>, ErrorPayload> {
    act(&state, identity::list)
}

#[tauri::command]
pub fn select_identity(
    state: State<'_, AppState>,
    id: i64,
) -> Result<IdentityRecord, ErrorPayload> {
    act(&state, |cx| identity::select(cx, id))
}

/// Removes an identity; its key and certificate stay in the store.
#[tauri::command]
pub fn remove_identity(state: State<'_, AppState>, id: i64) -> Result<Removed, ErrorPayload> {
    act(&state, |cx| identity::remove(cx, id))
}

#[tauri::command]
pub fn attach_identity_certificate(
    state: State<'_, AppState>,
    id: i64,
    path: PathBuf,
) -> Result<Attached, ErrorPayload> {
    act(&state, |cx| identity::attach_certificate(cx, id, &path))
}
