//! The outgoing mail server: the provider table, the settings (their
//! password goes only into the OS credential store) and the connection test.

use super::Context;
use crate::mail::connection_test::{self, TestOutcome};
use crate::mail::providers::{self, Provider};
use crate::mail::settings::{self, SaveOptions, SmtpSettings};
use crate::mail::{AuthMethod, Security};
use crate::secret::Secret;
use crate::Result;
use serde::{Deserialize, Serialize};

/// The settings as a face gives them: never the password, and without the
/// warning flag the core sets itself from `security`.
pub use crate::mail::settings::SmtpServer as MailSettingsInput;

impl From<MailSettingsInput> for SmtpSettings {
    fn from(server: MailSettingsInput) -> Self {
        // `settings::save` sets the flag from `security`.
        SmtpSettings {
            server,
            plain_warning: false,
        }
    }
}

/// One protection the settings form offers, with its usual port.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SecurityChoice {
    /// The protection.
    pub security: Security,
    /// Its usual port (RFC 8314, RFC 6409).
    pub port: u16,
}

/// The choices of the settings form, in the order it lists them.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct MailOptions {
    /// Every protection with its usual port.
    pub securities: Vec<SecurityChoice>,
    /// Every sign-in method.
    pub auth_methods: Vec<AuthMethod>,
    /// What a new form starts with.
    pub default_security: Security,
    /// The sign-in a new form starts with.
    pub default_auth: AuthMethod,
}

/// The form's choices: every protection with its usual port, every
/// sign-in method, and what a new form starts with.
pub fn mail_options() -> MailOptions {
    MailOptions {
        securities: Security::ALL
            .into_iter()
            .map(|security| SecurityChoice {
                security,
                port: security.default_port(),
            })
            .collect(),
        auth_methods: AuthMethod::ALL.to_vec(),
        default_security: Security::Starttls,
        default_auth: AuthMethod::Plain,
    }
}

/// The saved settings and whether their password is in the credential store.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct MailSettingsView {
    /// None before the first save.
    pub settings: Option<SmtpSettings>,
    /// True when the credential store holds the login's password.
    pub password_saved: bool,
    /// The choices of the settings form.
    pub options: MailOptions,
}

fn view(settings: Option<SmtpSettings>) -> MailSettingsView {
    let password_saved = settings.as_ref().is_some_and(settings::secret_saved);
    MailSettingsView {
        settings,
        password_saved,
        options: mail_options(),
    }
}

/// The provider serving an address's domain, if the table knows it. Needs
/// no store: the table ships with the program.
pub fn provider(address_or_domain: &str) -> Option<Provider> {
    providers::lookup(address_or_domain).cloned()
}

/// The known providers: all of them, or the one serving `domain`.
pub fn providers(domain: Option<&str>) -> Vec<Provider> {
    match domain {
        Some(domain) => providers::lookup(domain).into_iter().cloned().collect(),
        None => providers::all().to_vec(),
    }
}

/// The saved settings, without the password. Asks the credential store,
/// which may wait on the system: not for the window's thread.
pub fn mail_settings(cx: &Context) -> Result<MailSettingsView> {
    Ok(view(settings::load(cx.store())?))
}

/// Settings and the password (or token) for them.
#[derive(Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct MailSettingsRequest {
    /// The settings.
    pub settings: MailSettingsInput,
    /// The password or OAuth2 token; none or empty keeps the one saved for
    /// the same login.
    #[serde(default)]
    pub password: Option<Secret>,
    /// The user accepted an unencrypted connection (saving only).
    #[serde(default)]
    pub allow_plain: bool,
}

/// Tests settings before they are saved, with the same checks as saving
/// (so a test never reaches the network with input that could not be
/// saved); an unencrypted test is allowed, the confirmation is asked when
/// saving.
pub fn test_mail_settings(_cx: &Context, request: MailSettingsRequest) -> Result<TestOutcome> {
    let settings = SmtpSettings::from(request.settings);
    let secret =
        settings::secret_or_saved(&settings, request.password.as_ref().map(Secret::as_str))?;
    let secret = secret.as_deref().map(String::as_str);
    settings::validate(
        &settings,
        &SaveOptions {
            secret,
            allow_plain: true,
        },
    )?;
    connection_test::test(&settings, secret)
}

/// Tests the saved settings with the secret from the credential store.
pub fn test_saved_mail_settings(cx: &Context) -> Result<TestOutcome> {
    connection_test::test_saved(cx.store())
}

/// Saves the settings; the password (given, or kept from the credential
/// store when left empty) is stored there.
pub fn save_mail_settings(cx: &Context, request: MailSettingsRequest) -> Result<MailSettingsView> {
    let settings = SmtpSettings::from(request.settings);
    let secret =
        settings::secret_or_saved(&settings, request.password.as_ref().map(Secret::as_str))?;
    let saved = settings::save(
        cx.store(),
        &settings,
        &SaveOptions {
            secret: secret.as_deref().map(String::as_str),
            allow_plain: request.allow_plain,
        },
        cx.now(),
    )?;
    Ok(view(Some(saved)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_offers_every_protection_with_its_usual_port() {
        let options = mail_options();
        let ports: Vec<(Security, u16)> = options
            .securities
            .iter()
            .map(|c| (c.security, c.port))
            .collect();
        assert_eq!(
            ports,
            [
                (Security::Tls, 465),
                (Security::Starttls, 587),
                (Security::None, 25)
            ]
        );
        assert_eq!(
            options.auth_methods,
            [
                AuthMethod::Plain,
                AuthMethod::Login,
                AuthMethod::Xoauth2,
                AuthMethod::None
            ]
        );
        assert_eq!(options.default_security, Security::Starttls);
        assert_eq!(options.default_auth, AuthMethod::Plain);
    }

    #[test]
    fn an_unknown_protection_or_sign_in_from_the_window_is_refused() {
        let input = |security: &str, auth: &str| {
            serde_json::from_value::<MailSettingsInput>(serde_json::json!({
                "from_address": "a@example.com", "from_name": null, "host": "smtp.example.com",
                "port": 587, "security": security, "auth": auth, "username": null,
                "bcc_self": null, "eml_dir": null, "ca_file": null,
            }))
        };
        assert!(input("starttls", "plain").is_ok());
        assert!(input("ssl", "plain").is_err());
        assert!(input("tls", "cram-md5").is_err());
    }

    #[test]
    fn providers_are_all_or_the_one_serving_a_domain() {
        assert!(providers(None).len() > 1);
        let gmail = providers(Some("anna@gmail.com"));
        assert_eq!(gmail.len(), 1);
        assert_eq!(gmail[0].host, provider("gmail.com").unwrap().host);
        assert!(providers(Some("nowhere.invalid")).is_empty());
    }
}
