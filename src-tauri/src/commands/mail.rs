//! Mail: provider detection, the outgoing server settings (their password
//! goes only through the core into the OS credential store) and the
//! connection test, which talks to the network and so runs on a worker.

use sealdesk_core::actions::mail::{self, MailSettingsRequest, MailSettingsView};
use sealdesk_core::mail::connection_test::TestOutcome;
use sealdesk_core::mail::providers::Provider;

/// The provider serving an address's domain, if the table knows it.
#[tauri::command]
pub fn mail_provider(address: String) -> Option<Provider> {
    mail::provider(&address)
}

use_case_commands! {
    /// The saved settings, without the password, and the form's choices.
    /// Asking the credential store may wait on D-Bus: not on the UI thread.
    fn mail_settings() -> MailSettingsView = on_worker(mail::mail_settings);
    /// Tests settings before they are saved; an empty password means the one
    /// saved for the same login.
    fn test_mail_settings(request: MailSettingsRequest) -> TestOutcome =
        on_worker(move |cx| mail::test_mail_settings(cx, request));
    /// Saves the settings; the password (typed, or kept from the credential
    /// store when left empty) is stored there by the core.
    fn save_mail_settings(request: MailSettingsRequest) -> MailSettingsView =
        on_worker(move |cx| mail::save_mail_settings(cx, request));
}
