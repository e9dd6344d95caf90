//! Mail: provider detection, the outgoing server settings (their password
//! goes only through the core into the OS credential store) and the
//! connection test, which talks to the network and so runs on a worker.

use super::pki::{on_worker, Secret};
use crate::state::AppState;
use chrono::Utc;
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::mail::connection_test::{self, TestOutcome};
use sealdesk_core::mail::providers::{self, Provider};
use sealdesk_core::mail::settings::{self, SaveOptions, SmtpSettings};
use sealdesk_core::mail::{AuthMethod, Security};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tauri::State;

/// The settings as the wizard sends them; never the password.
#[derive(Deserialize)]
pub struct SettingsInput {
    from_address: String,
    from_name: Option<String>,
    host: String,
    port: u16,
    security: Security,
    auth: AuthMethod,
    username: Option<String>,
    bcc_self: Option<String>,
    eml_dir: Option<PathBuf>,
    ca_file: Option<PathBuf>,
}

impl SettingsInput {
    fn into_settings(self) -> SmtpSettings {
        SmtpSettings {
            from_address: self.from_address,
            from_name: self.from_name,
            host: self.host,
            port: self.port,
            security: self.security,
            // The core sets it from `security` when saving.
            plain_warning: false,
            auth: self.auth,
            username: self.username,
            bcc_self: self.bcc_self,
            eml_dir: self.eml_dir,
            ca_file: self.ca_file,
        }
    }
}

/// The saved settings and whether their password is in the credential store.
#[derive(Serialize)]
pub struct MailSettingsView {
    /// None before the first save.
    settings: Option<SmtpSettings>,
    /// True when the credential store holds the login's password.
    password_saved: bool,
}

/// The provider serving an address's domain, if the table knows it.
#[tauri::command]
pub fn mail_provider(address: String) -> Option<Provider> {
    providers::lookup(&address).cloned()
}

/// The saved settings, without the password.
#[tauri::command]
pub async fn mail_settings(state: State<'_, AppState>) -> Result<MailSettingsView, ErrorPayload> {
    // Asking the credential store may wait on D-Bus: not on the UI thread.
    on_worker(&state, |store| {
        let saved = settings::load(store)?;
        let password_saved = saved.as_ref().is_some_and(settings::secret_saved);
        Ok(MailSettingsView {
            settings: saved,
            password_saved,
        })
    })
    .await
}

/// Tests settings before they are saved; an empty password means the one
/// saved for the same login.
#[tauri::command]
pub async fn test_mail_settings(
    state: State<'_, AppState>,
    settings: SettingsInput,
    password: Option<Secret>,
) -> Result<TestOutcome, ErrorPayload> {
    let settings = settings.into_settings();
    on_worker(&state, move |_store| {
        let secret = settings::secret_or_saved(&settings, password.as_ref().map(Secret::as_str))?;
        // The same checks as saving, so a test never reaches the network with
        // input that could not be saved; an unencrypted test is allowed, the
        // explicit confirmation is asked when saving.
        let options = SaveOptions {
            secret: secret.as_deref().map(String::as_str),
            allow_plain: true,
        };
        settings::validate(&settings, &options)?;
        connection_test::test(&settings, secret.as_deref().map(String::as_str))
    })
    .await
}

/// Saves the settings; the password (typed, or kept from the credential
/// store when left empty) is stored there by the core.
#[tauri::command]
pub async fn save_mail_settings(
    state: State<'_, AppState>,
    settings: SettingsInput,
    password: Option<Secret>,
    allow_plain: bool,
) -> Result<MailSettingsView, ErrorPayload> {
    let settings = settings.into_settings();
    on_worker(&state, move |store| {
        let secret = settings::secret_or_saved(&settings, password.as_ref().map(Secret::as_str))?;
        let saved = settings::save(
            store,
            &settings,
            &SaveOptions {
                secret: secret.as_deref().map(String::as_str),
                allow_plain,
            },
            Utc::now(),
        )?;
        let password_saved = settings::secret_saved(&saved);
        Ok(MailSettingsView {
            settings: Some(saved),
            password_saved,
        })
    })
    .await
}
