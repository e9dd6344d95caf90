//! The command-line grammar of the mail server settings.

use clap::{ArgGroup, Args, Subcommand};
use sealdesk_core::mail::{AuthMethod, Security};
use std::path::PathBuf;

/// `smtp ...`.
#[derive(Debug, Subcommand)]
pub enum SmtpCommand {
    /// Save the outgoing mail server; the password goes to the OS credential store.
    Set(Box<SmtpSetArgs>),
    /// The known providers' settings, all or the one serving a domain.
    Providers(SmtpProvidersArgs),
    /// Connect, secure, sign in and offer the sender, naming the failing step.
    Test,
}

/// `smtp set`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("password").args(["password_file", "password_env", "token_file"])))]
pub struct SmtpSetArgs {
    /// The SMTP server's host name.
    #[arg(long, value_name = "H")]
    pub host: String,
    /// The SMTP server's port (465 for tls, 587 for starttls).
    #[arg(long, value_name = "P")]
    pub port: u16,
    /// tls (implicit), starttls, or none (needs --allow-plain).
    #[arg(long, value_name = "MODE", value_enum)]
    pub security: Security,
    /// plain, login, xoauth2 or none (default: plain; xoauth2 with
    /// --token-file; none without --user).
    #[arg(long, value_name = "METHOD", value_enum)]
    pub auth: Option<AuthMethod>,
    /// The login name.
    #[arg(long, value_name = "U", requires = "password")]
    pub user: Option<String>,
    /// File holding the password or OAuth2 token (one trailing newline ignored).
    #[arg(long, value_name = "F")]
    pub password_file: Option<PathBuf>,
    /// Environment variable holding the password or OAuth2 token.
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
    /// File holding an OAuth2 access token (XOAUTH2); like the password, it
    /// goes to the OS credential store.
    #[arg(long, value_name = "F")]
    pub token_file: Option<PathBuf>,
    /// The sender address.
    #[arg(long, value_name = "ADDR")]
    pub from: String,
    /// The sender's display name.
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// Send a blind copy of each message to this address.
    #[arg(long, value_name = "ADDR")]
    pub bcc: Option<String>,
    /// An extra CA certificate (PEM) to trust for this server.
    #[arg(long, value_name = "PEM")]
    pub ca_file: Option<PathBuf>,
    /// Keep an .eml copy of every sent message in this folder.
    #[arg(long, value_name = "DIR")]
    pub eml_dir: Option<PathBuf>,
    /// Accept an unencrypted connection (security none).
    #[arg(long)]
    pub allow_plain: bool,
}

/// `smtp providers`.
#[derive(Debug, Args)]
pub struct SmtpProvidersArgs {
    /// Only the provider serving this domain or address.
    #[arg(long, value_name = "D")]
    pub domain: Option<String>,
}
