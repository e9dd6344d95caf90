//! Mail: the provider table, the SMTP settings with their password in the OS
//! credential store, the connection test, message composition, the message
//! templates, S/MIME signing and the durable outbox with its delivery.

mod error;
pub use error::MailError;
pub mod compose;
pub mod connection_test;
pub mod credentials;
pub mod letter;
pub mod outbox;
pub mod providers;
pub mod settings;
pub mod smime;
pub mod templates;

use serde::{Deserialize, Serialize};

/// How the connection to the SMTP server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Security {
    /// Implicit TLS from the first byte (RFC 8314, usually port 465).
    Tls,
    /// Plain connection upgraded with STARTTLS, which is required (usually port 587).
    Starttls,
    /// No encryption at all; only with an explicit user choice.
    None,
}

impl Security {
    /// Every protection, in the order a form offers them.
    pub const ALL: [Security; 3] = [Security::Tls, Security::Starttls, Security::None];

    /// The usual port of this protection: 465 for implicit TLS (RFC 8314),
    /// 587 for submission with STARTTLS (RFC 6409), 25 for a plain relay.
    pub fn default_port(self) -> u16 {
        match self {
            Security::Tls => 465,
            Security::Starttls => 587,
            Security::None => 25,
        }
    }

    /// The stored and printed form.
    pub fn as_str(self) -> &'static str {
        match self {
            Security::Tls => "tls",
            Security::Starttls => "starttls",
            Security::None => "none",
        }
    }

    /// Parses the stored form.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "tls" => Some(Security::Tls),
            "starttls" => Some(Security::Starttls),
            "none" => Some(Security::None),
            _ => None,
        }
    }
}

/// How the client proves who it is to the SMTP server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum AuthMethod {
    /// AUTH PLAIN with a password.
    Plain,
    /// AUTH LOGIN with a password.
    Login,
    /// AUTH XOAUTH2 with an OAuth2 access token.
    Xoauth2,
    /// No authentication (ISP relays).
    None,
}

impl AuthMethod {
    /// Every method, in the order a form offers them.
    pub const ALL: [AuthMethod; 4] = [
        AuthMethod::Plain,
        AuthMethod::Login,
        AuthMethod::Xoauth2,
        AuthMethod::None,
    ];

    /// The stored and printed form.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthMethod::Plain => "plain",
            AuthMethod::Login => "login",
            AuthMethod::Xoauth2 => "xoauth2",
            AuthMethod::None => "none",
        }
    }

    /// Parses the stored form.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "plain" => Some(AuthMethod::Plain),
            "login" => Some(AuthMethod::Login),
            "xoauth2" => Some(AuthMethod::Xoauth2),
            "none" => Some(AuthMethod::None),
            _ => None,
        }
    }
}
