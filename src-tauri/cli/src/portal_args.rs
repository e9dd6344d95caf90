//! The command-line grammar of contractors and portal users.

use clap::{Args, Subcommand};
use std::path::PathBuf;

/// `contractor ...`.
#[derive(Debug, Subcommand)]
pub enum ContractorCommand {
    /// Add a customer firm of the company.
    Add(ContractorAddArgs),
    /// The company's contractors.
    List,
}

/// `contractor add`.
#[derive(Debug, Args)]
pub struct ContractorAddArgs {
    /// The portal's company code, unique within the company.
    #[arg(long, value_name = "C")]
    pub code: String,
    /// The firm's name.
    #[arg(long, value_name = "N")]
    pub name: String,
    /// Its business identifier.
    #[arg(long, value_name = "ID")]
    pub business_id: Option<String>,
    /// A contact address.
    #[arg(long, value_name = "E")]
    pub email: Option<String>,
}

/// `portal-user ...`.
#[derive(Debug, Subcommand)]
pub enum PortalUserCommand {
    /// Add a person of a contractor.
    Add(PortalUserAddArgs),
    /// Add or change users from a CSV file, all or nothing.
    Import(PortalUserImportArgs),
    /// The company's portal users.
    List(PortalUserListArgs),
    /// Change a user's name, e-mail or language.
    Update(PortalUserUpdateArgs),
    /// Disable a user (no new certificate), or enable one again.
    Disable(PortalUserDisableArgs),
}

/// `portal-user add`.
#[derive(Debug, Args)]
pub struct PortalUserAddArgs {
    /// The contractor's code.
    #[arg(long, value_name = "CODE")]
    pub contractor: String,
    /// The login, unique within the contractor.
    #[arg(long = "login", id = "user_login", value_name = "L")]
    pub login: String,
    /// Full name.
    #[arg(long, value_name = "N")]
    pub name: String,
    /// E-mail address.
    #[arg(long, value_name = "E")]
    pub email: String,
    /// Language of the mail: en, pl, he, it, ru or uk (default: the
    /// company's language).
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
}

/// `portal-user import`.
#[derive(Debug, Args)]
pub struct PortalUserImportArgs {
    /// CSV with the header contractor_code,contractor_name,login,name,email,lang
    /// (comma or semicolon; UTF-8 with or without BOM).
    #[arg(value_name = "FILE.csv")]
    pub file: PathBuf,
}

/// `portal-user list`.
#[derive(Debug, Args)]
pub struct PortalUserListArgs {
    /// Text the login, name, e-mail or contractor code contains.
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Only users without a valid certificate.
    #[arg(long)]
    pub without_certificate: bool,
}

/// `portal-user update`.
#[derive(Debug, Args)]
pub struct PortalUserUpdateArgs {
    /// The user's id.
    #[arg(long, value_name = "ID")]
    pub id: i64,
    /// A new full name.
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// A new e-mail address.
    #[arg(long, value_name = "E")]
    pub email: Option<String>,
    /// A new language.
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
}

/// `portal-user disable`.
#[derive(Debug, Args)]
pub struct PortalUserDisableArgs {
    /// The user's id.
    #[arg(long, value_name = "ID")]
    pub id: i64,
    /// Enable the user again instead.
    #[arg(long)]
    pub enable: bool,
}

/// `portal ...`.
#[derive(Debug, Subcommand)]
pub enum PortalCommand {
    /// Generate and send portal certificates: a new key and certificate
    /// per user, its PKCS#12 file and its password in two messages;
    /// resumes an interrupted run of the same users.
    SendCertificates(PortalSendArgs),
}

/// Who gets a certificate.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct PortalSelectionArgs {
    /// These portal users (ids, comma-separated).
    #[arg(long, value_name = "ID,...", value_delimiter = ',')]
    pub users: Option<Vec<i64>>,
    /// Every active user of the contractor with this code.
    #[arg(long, value_name = "CODE")]
    pub contractor: Option<String>,
    /// Every active user without a valid certificate.
    #[arg(long)]
    pub all_without_certificate: bool,
}

/// `portal send-certificates`.
#[derive(Debug, Args)]
pub struct PortalSendArgs {
    /// Who gets a certificate.
    #[command(flatten)]
    pub selection: PortalSelectionArgs,
    /// The issuing seal.
    #[arg(long, value_name = "ID")]
    pub seal: i64,
    /// The seal key's secret.
    #[command(flatten)]
    pub seal_secret: crate::pki_args::SealSecretArgs,
    /// Print each password once, to be read out by phone, instead of
    /// mailing it.
    #[arg(long)]
    pub password_by_phone: bool,
}
