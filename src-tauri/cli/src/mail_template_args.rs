//! The command-line grammar of the mail templates.

use clap::{Args, Subcommand};
use std::path::PathBuf;

/// `mail template ...`.
#[derive(Debug, Subcommand)]
pub enum MailTemplateCommand {
    /// Every template kind in every language, and whether it was changed.
    List,
    /// The wording in effect for a kind in a language.
    Show(TemplateRefArgs),
    /// Save your own wording of a kind in a language.
    Set(TemplateSetArgs),
    /// Go back to the built-in wording of a kind in a language.
    Reset(TemplateRefArgs),
    /// The message filled with example values (or yours, with --var).
    Preview(TemplatePreviewArgs),
}

/// A template: its kind and language.
#[derive(Debug, Args)]
pub struct TemplateRefArgs {
    /// signed-document, portal-certificate, portal-password or renewal-request.
    pub kind: String,
    /// en, pl, he, it, ru or uk.
    #[arg(long, value_name = "L")]
    pub lang: String,
}

/// `mail template ...`.
#[derive(Debug, Args)]
pub struct TemplateSetArgs {
    #[command(flatten)]
    pub template: TemplateRefArgs,
    /// The subject line, with placeholders such as {document}.
    #[arg(long, value_name = "S")]
    pub subject: String,
    /// File holding the plain-text body (UTF-8).
    #[arg(long, value_name = "F")]
    pub text_file: PathBuf,
    /// File holding the HTML body; without it the HTML is made from the text.
    #[arg(long, value_name = "F")]
    pub html_file: Option<PathBuf>,
}

/// `mail template preview`.
#[derive(Debug, Args)]
pub struct TemplatePreviewArgs {
    /// signed-document, portal-certificate, portal-password or renewal-request.
    pub kind: String,
    /// The recipient's language (pl, pl-PL, he_IL, ...); others fall back to English.
    #[arg(long, value_name = "L")]
    pub lang: String,
    /// A value to use instead of the example, as name=value (repeatable).
    #[arg(long = "var", value_name = "NAME=VALUE")]
    pub vars: Vec<String>,
    /// The value of {cert_password}.
    #[command(flatten)]
    pub cert_password: CertPasswordArgs,
}

/// The portal password that fills {cert_password}: from a file or the
/// environment, never an argument (`--var cert_password=` is refused).
#[derive(Debug, Args)]
#[group(multiple = false)]
pub struct CertPasswordArgs {
    /// File holding the portal password for {cert_password} (one trailing
    /// newline ignored).
    #[arg(long, value_name = "F")]
    pub cert_password_file: Option<PathBuf>,
    /// Environment variable holding the portal password for {cert_password}.
    #[arg(long, value_name = "VAR")]
    pub cert_password_env: Option<String>,
}
