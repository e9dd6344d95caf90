//! The one outgoing mail server record (there is no company table yet).

use super::{credentials, providers, AuthMethod, Security};
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use lettre::Address;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::path::PathBuf;
use zeroize::Zeroizing;

/// The outgoing mail server as the user fills in its form: the settings
/// without the secret and without the flag the core sets itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[ts(export, rename = "MailSettingsInput")]
pub struct SmtpServer {
    /// The sender address.
    pub from_address: String,
    /// The sender's display name.
    pub from_name: Option<String>,
    /// SMTP host.
    pub host: String,
    /// SMTP port.
    pub port: u16,
    /// Connection protection.
    pub security: Security,
    /// Authentication method.
    pub auth: AuthMethod,
    /// Login name (none when `auth` is none).
    pub username: Option<String>,
    /// Blind copy of each message to this address.
    pub bcc_self: Option<String>,
    /// Folder for .eml copies of sent messages.
    pub eml_dir: Option<PathBuf>,
    /// Extra CA certificate (PEM) trusted for this server.
    pub ca_file: Option<PathBuf>,
}

/// The outgoing mail server settings, without the secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SmtpSettings {
    /// The server as the user entered it.
    #[serde(flatten)]
    #[ts(flatten)]
    pub server: SmtpServer,
    /// True when the user accepted an unencrypted connection.
    pub plain_warning: bool,
}

impl SmtpSettings {
    /// The credential store account of this login, if it has one.
    pub fn credential_account(&self) -> Option<String> {
        self.server
            .username
            .as_deref()
            .map(|user| credentials::account(user, &self.server.host, self.server.port))
    }
}

/// What `save` needs besides the settings.
pub struct SaveOptions<'a> {
    /// The password or OAuth2 token, when the login has one.
    pub secret: Option<&'a str>,
    /// The user explicitly accepts an unencrypted connection.
    pub allow_plain: bool,
}

fn refuse_line_breaks(field: &'static str, value: &str) -> Result<()> {
    // A CR or LF in anything that reaches an SMTP command or a header would
    // let it smuggle extra commands or headers.
    if value.contains(['\r', '\n']) {
        return Err(Error::Mail(crate::MailError::HeaderInjection { field }));
    }
    Ok(())
}

fn parse_address(field: &'static str, value: &str) -> Result<Address> {
    refuse_line_breaks(field, value)?;
    value.parse::<Address>().map_err(|_| {
        Error::Mail(crate::MailError::InvalidAddress {
            field,
            value: value.to_owned(),
        })
    })
}

/// Host names (RFC 1123 labels, IDN allowed) or IP literals.
fn valid_host(host: &str) -> bool {
    if host.parse::<std::net::IpAddr>().is_ok() {
        return true;
    }
    let Some(ascii) = providers::normalize_domain(host) else {
        return false;
    };
    ascii.len() <= 253
        && ascii.split('.').all(|label| {
            label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// Checks the settings; the first problem found is returned.
pub fn validate(settings: &SmtpSettings, options: &SaveOptions<'_>) -> Result<()> {
    parse_address("from", &settings.server.from_address)?;
    if let Some(name) = &settings.server.from_name {
        refuse_line_breaks("name", name)?;
    }
    if let Some(bcc) = &settings.server.bcc_self {
        parse_address("bcc", bcc)?;
        if let Some(provider) = providers::lookup(&settings.server.from_address) {
            if !provider.bcc_allowed {
                return Err(Error::Mail(crate::MailError::BccNotAllowed {
                    provider: provider.name.clone(),
                }));
            }
        }
    }
    refuse_line_breaks("host", &settings.server.host)?;
    if !valid_host(&settings.server.host) {
        return Err(Error::Mail(crate::MailError::InvalidHost {
            host: settings.server.host.clone(),
        }));
    }
    if settings.server.port == 0 {
        return Err(Error::Mail(crate::MailError::InvalidPort));
    }
    if settings.server.security == Security::None && !options.allow_plain {
        return Err(Error::Mail(crate::MailError::PlainNotAllowed));
    }
    match (&settings.server.username, settings.server.auth) {
        (Some(user), auth) if auth != AuthMethod::None => {
            refuse_line_breaks("user", user)?;
            if user.is_empty() {
                return Err(Error::Mail(crate::MailError::PasswordRequired));
            }
            match options.secret {
                Some(secret) if !secret.is_empty() => refuse_line_breaks("password", secret)?,
                _ => return Err(Error::Mail(crate::MailError::PasswordRequired)),
            }
        }
        (None, AuthMethod::None) => {}
        _ => return Err(Error::Mail(crate::MailError::PasswordRequired)),
    }
    if let Some(ca) = &settings.server.ca_file {
        super::connection_test::read_ca_file(ca)?;
    }
    Ok(())
}

/// Validates and saves the settings: the secret to the OS credential store
/// first (so the record never names a missing secret), then the record in
/// one transaction with its audit event.
pub fn save(
    store: &Store,
    settings: &SmtpSettings,
    options: &SaveOptions<'_>,
    now: DateTime<Utc>,
) -> Result<SmtpSettings> {
    let mut settings = settings.clone();
    settings.plain_warning = settings.server.security == Security::None;
    validate(&settings, options)?;
    let previous = load(store)?;
    if let (Some(account), Some(secret)) = (settings.credential_account(), options.secret) {
        credentials::store(&account, secret)?;
    }
    let tx = store.write_transaction()?;
    tx.execute(
        "INSERT INTO smtp_settings (company_id, from_address, from_name, host, port, security,
             plain_warning, auth, username, bcc_self, eml_dir, ca_file, updated_at)
         VALUES (current_company(), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (company_id) DO UPDATE SET from_address = excluded.from_address,
             from_name = excluded.from_name, host = excluded.host, port = excluded.port,
             security = excluded.security, plain_warning = excluded.plain_warning,
             auth = excluded.auth, username = excluded.username, bcc_self = excluded.bcc_self,
             eml_dir = excluded.eml_dir, ca_file = excluded.ca_file,
             updated_at = excluded.updated_at",
        rusqlite::params![
            settings.server.from_address,
            settings.server.from_name,
            settings.server.host,
            settings.server.port,
            settings.server.security.as_str(),
            settings.plain_warning,
            settings.server.auth.as_str(),
            settings.server.username,
            settings.server.bcc_self,
            settings
                .server
                .eml_dir
                .as_ref()
                .map(|p| p.display().to_string()),
            settings
                .server
                .ca_file
                .as_ref()
                .map(|p| p.display().to_string()),
            now.to_rfc3339(),
        ],
    )?;
    audit::record(
        &tx,
        now,
        "smtp.saved",
        &json!({ "host": settings.server.host, "port": settings.server.port,
                 "security": settings.server.security.as_str() }),
    )?;
    tx.commit()?;
    // The old login's secret is no longer reachable: removed without
    // holding up the save, later if the credential store does not answer.
    if let Some(old) = previous.and_then(|p| p.credential_account()) {
        if Some(&old) != settings.credential_account().as_ref() {
            credentials::forget(store, credentials::SERVICE, &old);
        }
    }
    Ok(settings)
}

/// Whether the OS credential store holds a secret for the login of these
/// settings; the faces show "password saved" without ever reading it back.
pub fn secret_saved(settings: &SmtpSettings) -> bool {
    settings
        .credential_account()
        .is_some_and(|account| credentials::load(&account).is_ok())
}

/// The secret for these settings: the one the user just typed or, when they
/// left it empty (editing saved settings), the one the credential store
/// holds for the same login. None when the login needs no secret or none
/// is known.
pub fn secret_or_saved(
    settings: &SmtpSettings,
    given: Option<&str>,
) -> Result<Option<Zeroizing<String>>> {
    if let Some(secret) = given.filter(|s| !s.is_empty()) {
        return Ok(Some(Zeroizing::new(secret.to_owned())));
    }
    match settings.credential_account() {
        // Nothing saved for this login: `validate` then asks for a password.
        Some(account) if settings.server.auth != AuthMethod::None => {
            match credentials::load(&account) {
                Ok(secret) => Ok(Some(secret)),
                Err(Error::Mail(crate::MailError::CredentialMissing { .. })) => Ok(None),
                Err(err) => Err(err),
            }
        }
        _ => Ok(None),
    }
}

/// The saved settings, if any.
pub fn load(store: &Store) -> Result<Option<SmtpSettings>> {
    let row = store
        .conn()
        .query_row(
            "SELECT from_address, from_name, host, port, security, plain_warning, auth,
                    username, bcc_self, eml_dir, ca_file
             FROM smtp_settings WHERE company_id = current_company()",
            [],
            |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<String>>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, u16>(3)?,
                    row.get::<_, String>(4)?,
                    row.get::<_, bool>(5)?,
                    row.get::<_, String>(6)?,
                    row.get::<_, Option<String>>(7)?,
                    row.get::<_, Option<String>>(8)?,
                    row.get::<_, Option<String>>(9)?,
                    row.get::<_, Option<String>>(10)?,
                ))
            },
        )
        .optional()?;
    let Some((from, name, host, port, security, plain, auth, user, bcc, eml, ca)) = row else {
        return Ok(None);
    };
    let security = Security::parse(&security).ok_or_else(|| {
        Error::Store(crate::StoreError::Database {
            detail: format!("unknown SMTP security {security}"),
        })
    })?;
    let auth = AuthMethod::parse(&auth).ok_or_else(|| {
        Error::Store(crate::StoreError::Database {
            detail: format!("unknown SMTP auth {auth}"),
        })
    })?;
    Ok(Some(SmtpSettings {
        server: SmtpServer {
            from_address: from,
            from_name: name,
            host,
            port,
            security,
            auth,
            username: user,
            bcc_self: bcc,
            eml_dir: eml.map(PathBuf::from),
            ca_file: ca.map(PathBuf::from),
        },
        plain_warning: plain,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> SmtpSettings {
        SmtpSettings {
            server: SmtpServer {
                from_address: "dana@example.com".into(),
                from_name: Some("Dana".into()),
                host: "smtp.example.com".into(),
                port: 587,
                security: Security::Starttls,
                auth: AuthMethod::Plain,
                username: Some("dana".into()),
                bcc_self: None,
                eml_dir: None,
                ca_file: None,
            },
            plain_warning: false,
        }
    }

    fn opts(secret: Option<&str>) -> SaveOptions<'_> {
        SaveOptions {
            secret,
            allow_plain: false,
        }
    }

    #[test]
    fn a_relay_without_login_is_saved_and_loaded_with_its_warning() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(dir.path()).unwrap();
        assert_eq!(load(&store).unwrap(), None);
        let mut relay = sample();
        relay.server.username = None;
        relay.server.auth = AuthMethod::None;
        relay.server.security = Security::None;
        relay.server.port = 25;
        let refused = save(&store, &relay, &opts(None), Utc::now()).unwrap_err();
        assert_eq!(refused.code(), "mail.plain-not-allowed");
        assert_eq!(load(&store).unwrap(), None);
        let options = SaveOptions {
            secret: None,
            allow_plain: true,
        };
        let saved = save(&store, &relay, &options, Utc::now()).unwrap();
        assert!(saved.plain_warning);
        assert_eq!(load(&store).unwrap(), Some(saved));
        assert_eq!(
            audit::recent(store.conn(), crate::company::CompanyId(1), true, 5)
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn a_typed_secret_is_used_and_a_relay_needs_none() {
        let typed = secret_or_saved(&sample(), Some("typed")).unwrap();
        assert_eq!(typed.as_deref().map(String::as_str), Some("typed"));
        let mut relay = sample();
        relay.server.username = None;
        relay.server.auth = AuthMethod::None;
        assert!(secret_or_saved(&relay, None).unwrap().is_none());
        assert!(secret_or_saved(&relay, Some("")).unwrap().is_none());
        assert!(!secret_saved(&relay));
    }

    #[test]
    fn validation_refuses_bad_input() {
        assert!(validate(&sample(), &opts(Some("pw"))).is_ok());
        let code = |s: SmtpSettings, secret| validate(&s, &opts(secret)).unwrap_err().code();
        let mut s = sample();
        s.server.from_name = Some("Dana\r\nBcc: x@y.z".into());
        assert_eq!(code(s, Some("pw")), "mail.header-injection");
        let mut s = sample();
        s.server.from_address = "not an address".into();
        assert_eq!(code(s, Some("pw")), "mail.invalid-address");
        let mut s = sample();
        s.server.host = "bad host".into();
        assert_eq!(code(s, Some("pw")), "mail.invalid-host");
        let mut s = sample();
        s.server.port = 0;
        assert_eq!(code(s, Some("pw")), "mail.invalid-port");
        let mut s = sample();
        s.server.security = Security::None;
        assert_eq!(code(s, Some("pw")), "mail.plain-not-allowed");
        assert_eq!(code(sample(), None), "mail.password-required");
        assert_eq!(code(sample(), Some("a\nb")), "mail.header-injection");
        let mut s = sample();
        s.server.from_address = "studio@pec.it".into();
        s.server.bcc_self = Some("studio@pec.it".into());
        assert_eq!(code(s, Some("pw")), "mail.bcc-not-allowed");
    }
}
