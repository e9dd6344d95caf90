//! The command-line grammar of sending mail and the mail templates.

use crate::mail_template_args::{CertPasswordArgs, MailTemplateCommand};
use clap::{ArgGroup, Args, Subcommand};
use std::path::PathBuf;

/// `mail ...`.
#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Put a message in the outbox: written by you, made from a template,
    /// or a document signed now and sent to a customer (--sign-with).
    Send(Box<MailSendArgs>),
    /// Mail templates per language: list, show, set, reset, preview.
    #[command(subcommand)]
    Template(MailTemplateCommand),
}

/// `mail send`: exactly one of --subject (with --body-file), --template or
/// --sign-with (with --document) says what the message is.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("content").required(true).args(["subject", "template", "sign_with"])))]
pub struct MailSendArgs {
    /// A recipient (repeatable).
    #[arg(long, value_name = "ADDR", required = true, num_args = 1..)]
    pub to: Vec<String>,
    /// A copy recipient (repeatable).
    #[arg(long, value_name = "ADDR")]
    pub cc: Vec<String>,
    /// A blind copy recipient: in the envelope only (repeatable).
    #[arg(long, value_name = "ADDR", conflicts_with = "sign_with")]
    pub bcc: Vec<String>,
    /// The subject of a message you wrote.
    #[arg(long, value_name = "S", requires = "body_file")]
    pub subject: Option<String>,
    /// File holding the plain-text body (UTF-8).
    #[arg(long, value_name = "F", requires = "subject")]
    pub body_file: Option<PathBuf>,
    /// File holding an HTML alternative of the body.
    #[arg(long, value_name = "F", requires = "subject")]
    pub html_file: Option<PathBuf>,
    /// Make the message from this template: signed-document,
    /// portal-certificate, portal-password or renewal-request.
    #[arg(long, value_name = "KIND")]
    pub template: Option<String>,
    /// The recipient's language (pl, he-IL, uk, ...); it picks the template.
    #[arg(long, value_name = "L", default_value = "en")]
    pub lang: String,
    /// A template value as name=value (repeatable); the portal password
    /// comes from --cert-password-file or --cert-password-env instead.
    #[arg(long = "var", value_name = "NAME=VALUE")]
    pub vars: Vec<String>,
    /// The value of {cert_password} in the portal-password template.
    #[command(flatten)]
    pub cert_password: CertPasswordArgs,
    /// Attach this file (repeatable).
    #[arg(long, value_name = "F", conflicts_with = "sign_with")]
    pub attach: Vec<PathBuf>,
    /// Sign the whole message with S/MIME: with CERT_ID, or with the
    /// --sign-with certificate when no id is given.
    #[arg(long, value_name = "CERT_ID", num_args = 0..=1)]
    pub smime: Option<Option<i64>>,
    /// Sign --document with this certificate (PAdES for a PDF, a .p7s
    /// otherwise) and send it with the signed-document template.
    #[arg(long, value_name = "CERT_ID", requires = "document")]
    pub sign_with: Option<i64>,
    /// The document to sign and send.
    #[arg(long, value_name = "FILE", requires = "sign_with")]
    pub document: Option<PathBuf>,
    /// The secret of the signing key (--smime or --sign-with).
    #[command(flatten)]
    pub secret: MailKeySecretArgs,
    /// Queue the message even when it is larger than the size warning.
    #[arg(long)]
    pub allow_large: bool,
}

/// The secret of the key that signs (S/MIME or the document).
#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct MailKeySecretArgs {
    /// File holding the key file's password.
    #[arg(long, value_name = "F", visible_alias = "key-password-file")]
    pub password_file: Option<PathBuf>,
    /// Environment variable holding the key file's password.
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
    /// File holding the token's PIN.
    #[arg(long, value_name = "F")]
    pub pin_file: Option<PathBuf>,
    /// Environment variable holding the token's PIN.
    #[arg(long, value_name = "VAR")]
    pub pin_env: Option<String>,
}
