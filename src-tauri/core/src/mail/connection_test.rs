//! The connection test: resolve, connect, secure, sign in and offer the
//! sender, stopping at the first failing step and naming it with a stable
//! code the faces turn into a sentence saying what to do.
//!
//! Steps are driven one by one over lettre's `SmtpConnection` rather than
//! `SmtpTransport::test_connection`, because the latter reports every failure
//! as one error whose kind does not tell the steps apart (an untrusted
//! certificate arrives as a network error, for instance).

use super::settings::{self, SmtpSettings};
use super::{credentials, AuthMethod, Security};
use crate::{Error, Result, Store};
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, SmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Mail, Rset};
use lettre::transport::smtp::extension::ClientId;
use lettre::Address;
use serde::Serialize;
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::path::Path;
use std::time::Duration;

/// How long each network step may take.
const TIMEOUT: Duration = Duration::from_secs(15);

/// The step a connection test reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Step {
    /// Looking up the server's name.
    Dns,
    /// Opening the TCP connection and reading the greeting.
    Connect,
    /// Negotiating TLS and checking the server's certificate.
    Tls,
    /// Signing in.
    Auth,
    /// Offering the sender address (MAIL FROM).
    Sender,
    /// Everything worked.
    Done,
}

/// The outcome of a connection test.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TestOutcome {
    /// True when every step worked.
    pub ok: bool,
    /// The failing step, or `done`.
    pub step: Step,
    /// Stable code of the sentence, e.g. `smtp.tls-untrusted`.
    pub code: &'static str,
    /// English sentence saying what went wrong and what to do.
    pub message: String,
    /// The server's reply or the system's error, for support; never a secret.
    pub detail: Option<String>,
}

fn outcome(step: Step, code: &'static str, detail: Option<String>) -> TestOutcome {
    TestOutcome {
        ok: step == Step::Done,
        step,
        code,
        message: english(code).to_owned(),
        detail,
    }
}

/// Every outcome code; each has a sentence in every UI language.
pub const OUTCOME_CODES: &[&str] = &[
    "smtp.dns",
    "smtp.connect",
    "smtp.tls-untrusted",
    "smtp.tls-hostname",
    "smtp.tls-no-starttls",
    "smtp.tls",
    "smtp.auth",
    "smtp.auth-app-password",
    "smtp.auth-disabled",
    "smtp.auth-oauth",
    "smtp.sender",
    "smtp.done",
];

/// The English sentence of each outcome code (the UI and CLI localize by code).
pub fn english(code: &str) -> &'static str {
    match code {
        "smtp.dns" => "The server name was not found. Check the host name for typing errors and that this computer is online.",
        "smtp.connect" => "The server did not answer on this port. Check the port and security setting (465 with TLS, 587 with STARTTLS) and that no firewall blocks it.",
        "smtp.tls-untrusted" => "The server's certificate is not issued by a trusted authority. If your IT department uses its own CA, add its certificate file; otherwise do not use this server.",
        "smtp.tls-hostname" => "The server's certificate is for another name. Use the exact host name your provider gives (not an alias or an IP address).",
        "smtp.tls-no-starttls" => "The server does not offer STARTTLS. Choose TLS on port 465 or ask the provider for the right settings.",
        "smtp.tls" => "The secure connection could not be set up. Check the port and security setting (465 with TLS, 587 with STARTTLS).",
        "smtp.auth" => "The server refused the user name or password. Check both; some providers need the full address as user name.",
        "smtp.auth-app-password" => "The provider wants an app password: turn on two-step verification in the account's security settings, create an app password and enter it here.",
        "smtp.auth-disabled" => "Sign-in by password (SMTP AUTH) is turned off for this account. Ask the administrator to allow it, or use OAuth2.",
        "smtp.auth-oauth" => "The provider refused the OAuth2 sign-in token; it may have expired or lack the mail permission. Sign in to the provider again.",
        "smtp.sender" => "The server refused the sender address. Use the address of the account you sign in with, or one the provider lets you send from.",
        _ => "The connection works: the server accepted the sign-in and the sender address.",
    }
}

/// Reads an extra trusted CA certificate file (PEM).
pub(crate) fn read_ca_file(path: &Path) -> Result<Certificate> {
    let bytes =
        crate::bounded_read::read_regular(path, crate::bounded_read::CERTIFICATE_MAX_BYTES)?;
    Certificate::from_pem(&bytes).map_err(|_| {
        Error::Mail(crate::MailError::CaFileInvalid {
            path: path.to_owned(),
        })
    })
}

/// Signs in on `conn` with the settings' user name and `secret`, by the
/// settings' method, when the settings have a login. A refused sign-in
/// aborts the connection and is the server's answer.
pub(crate) fn sign_in(
    conn: &mut SmtpConnection,
    settings: &SmtpSettings,
    secret: Option<&str>,
) -> std::result::Result<(), lettre::transport::smtp::Error> {
    let (Some(user), Some(secret)) = (&settings.server.username, secret) else {
        return Ok(());
    };
    let mechanism = match settings.server.auth {
        AuthMethod::Login => Mechanism::Login,
        AuthMethod::Xoauth2 => Mechanism::Xoauth2,
        _ => Mechanism::Plain,
    };
    let credentials = Credentials::new(user.clone(), secret.to_owned());
    conn.auth(&[mechanism], &credentials)
        .map(drop)
        .inspect_err(|_| conn.abort())
}

/// Tests the saved settings with the secret from the OS credential store.
pub fn test_saved(store: &Store) -> Result<TestOutcome> {
    let settings = settings::load(store)?.ok_or(Error::Mail(crate::MailError::NotConfigured))?;
    let secret = match settings.credential_account() {
        Some(account) => Some(credentials::load(&account)?),
        None => None,
    };
    test(&settings, secret.as_deref().map(String::as_str))
}

/// Tests the given settings; errors are only for unusable inputs, every
/// network outcome is a [`TestOutcome`].
pub fn test(settings: &SmtpSettings, secret: Option<&str>) -> Result<TestOutcome> {
    let sender: Address = settings.server.from_address.parse().map_err(|_| {
        Error::Mail(crate::MailError::InvalidAddress {
            field: "from",
            value: settings.server.from_address.clone(),
        })
    })?;
    let mut tls = TlsParameters::builder(settings.server.host.clone());
    if let Some(ca) = &settings.server.ca_file {
        tls = tls.add_root_certificate(read_ca_file(ca)?);
    }
    let tls = tls.build_rustls().map_err(|_| {
        Error::Mail(crate::MailError::CaFileInvalid {
            path: settings.server.ca_file.clone().unwrap_or_default(),
        })
    })?;

    // DNS and TCP first, by hand, so their failures are told apart from TLS.
    let addrs: Vec<SocketAddr> =
        match (settings.server.host.as_str(), settings.server.port).to_socket_addrs() {
            Ok(addrs) => addrs.collect(),
            Err(err) => return Ok(outcome(Step::Dns, "smtp.dns", Some(err.to_string()))),
        };
    if addrs.is_empty() {
        return Ok(outcome(Step::Dns, "smtp.dns", None));
    }
    let mut reachable = None;
    let mut last_error = None;
    for addr in &addrs {
        match TcpStream::connect_timeout(addr, TIMEOUT) {
            Ok(_) => {
                reachable = Some(*addr);
                break;
            }
            Err(err) => last_error = Some(err.to_string()),
        }
    }
    let Some(addr) = reachable else {
        return Ok(outcome(Step::Connect, "smtp.connect", last_error));
    };

    let hello = ClientId::default();
    let wrapper = (settings.server.security == Security::Tls).then_some(&tls);
    let mut conn = match SmtpConnection::connect(addr, Some(TIMEOUT), &hello, wrapper, None) {
        Ok(conn) => conn,
        Err(err) => {
            let failure = tls_failure(&err);
            return Ok(match failure {
                Some(code) => outcome(Step::Tls, code, Some(err.to_string())),
                None if settings.server.security == Security::Tls => {
                    outcome(Step::Tls, "smtp.tls", Some(err.to_string()))
                }
                None => outcome(Step::Connect, "smtp.connect", Some(err.to_string())),
            });
        }
    };
    if settings.server.security == Security::Starttls {
        if !conn.can_starttls() {
            conn.abort();
            return Ok(outcome(Step::Tls, "smtp.tls-no-starttls", None));
        }
        if let Err(err) = conn.starttls(&tls, &hello) {
            let code = tls_failure(&err).unwrap_or("smtp.tls");
            return Ok(outcome(Step::Tls, code, Some(err.to_string())));
        }
    }

    if let Err(err) = sign_in(&mut conn, settings, secret) {
        let detail = err.to_string();
        let code = auth_failure(&detail, settings.server.auth);
        return Ok(outcome(Step::Auth, code, Some(detail)));
    }

    if let Err(err) = conn.command(Mail::new(Some(sender), vec![])) {
        conn.abort();
        return Ok(outcome(Step::Sender, "smtp.sender", Some(err.to_string())));
    }
    let _ = conn.command(Rset);
    let _ = conn.quit();
    Ok(outcome(Step::Done, "smtp.done", None))
}

/// Names a certificate failure from the rustls error inside lettre's error
/// (lettre reports it as a network error, so its kind cannot be used).
fn tls_failure(err: &lettre::transport::smtp::Error) -> Option<&'static str> {
    let text = format!("{err:?} {err}");
    if text.contains("NotValidForName") {
        Some("smtp.tls-hostname")
    } else if text.contains("UnknownIssuer") || text.contains("invalid peer certificate") {
        Some("smtp.tls-untrusted")
    } else if err.is_tls() || text.contains("HandshakeFailure") || text.contains("InvalidMessage") {
        Some("smtp.tls")
    } else {
        None
    }
}

/// Tells an app-password demand or disabled SMTP AUTH from bad credentials
/// by the server's reply (Gmail 534 5.7.9 / "Application-specific password",
/// Microsoft 535 5.7.139).
///
/// A refused XOAUTH2 token arrives as a 334 challenge carrying the error,
/// which lettre reports as a client error hiding the server's final 535, so
/// any XOAUTH2 failure is reported as a token problem.
fn auth_failure(reply: &str, method: AuthMethod) -> &'static str {
    let lower = reply.to_lowercase();
    if method == AuthMethod::Xoauth2 {
        "smtp.auth-oauth"
    } else if lower.contains("application-specific password")
        || lower.contains("app password")
        || lower.contains("5.7.9 ")
        || lower.ends_with("5.7.9")
    {
        "smtp.auth-app-password"
    } else if lower.contains("5.7.139") || lower.contains("smtpclientauthentication is disabled") {
        "smtp.auth-disabled"
    } else {
        "smtp.auth"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_its_own_english_sentence() {
        let done = english("smtp.done");
        for code in &OUTCOME_CODES[..OUTCOME_CODES.len() - 1] {
            assert_ne!(english(code), done, "{code}");
        }
    }

    #[test]
    fn server_replies_name_the_auth_problem() {
        assert_eq!(
            auth_failure(
                "permanent error (534): 5.7.9 Application-specific password required",
                AuthMethod::Plain
            ),
            "smtp.auth-app-password"
        );
        assert_eq!(
            auth_failure(
                "permanent error (535): 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant",
                AuthMethod::Login
            ),
            "smtp.auth-disabled"
        );
        assert_eq!(
            auth_failure(
                "permanent error (535): 5.7.8 Authentication credentials invalid",
                AuthMethod::Plain
            ),
            "smtp.auth"
        );
        assert_eq!(
            auth_failure(
                "internal client error: unexpected challenge",
                AuthMethod::Xoauth2
            ),
            "smtp.auth-oauth"
        );
    }
}
