//! Mail: provider detection, the outgoing server settings (their password
//! goes only through the core into the OS credential store) and the
//! connection test, which talks to the network and so runs on a worker.

use crate::state::{on_worker, AppState};
use sealdesk_core::actions::mail::{self, MailSettingsRequest, MailSettingsView};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::mail::connection_test::TestOutcome;
use sealdesk_core::mail::providers::Provider;
use tauri::State;

/// The provider serving an address's domain, if the table knows it.
#[tauri::command]
pub fn mail_provider(address: String) -> Option<Provider> {
    mail::provider(&address)
}

/// The saved settings, without the password, and the form's choices.
#[tauri::command]
pub async fn mail_settings(state: State<'_, AppState>) -> Result<MailSettingsView, ErrorPayload> {
    // Asking the credential store may wait on D-Bus: not on the UI thread.
    on_worker(&state, mail::mail_settings).await
}

/// Tests settings before they are saved; an empty password means the one
/// saved for the same login.
#[tauri::command]
pub async fn test_mail_settings(
    state: State<'_, AppState>,
    request: MailSettingsRequest,
) -> Result<TestOutcome, ErrorPayload> {
    on_worker(&state, move |cx| mail::test_mail_settings(cx, request)).await
}

/// Saves the settings; the password (typed, or kept from the credential
/// store when left empty) is stored there by the core.
#[tauri::command]
pub async fn save_mail_settings(
    state: State<'_, AppState>,
    request: MailSettingsRequest,
) -> Result<MailSettingsView, ErrorPayload> {
    on_worker(&state, move |cx| mail::save_mail_settings(cx, request)).await
}
