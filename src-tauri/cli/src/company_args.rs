//! The command-line grammar of companies and operators.

use clap::{ArgGroup, Args, Subcommand};
use std::path::PathBuf;

/// `company ...`.
#[derive(Debug, Subcommand)]
pub enum CompanyCommand {
    /// Add a company (administrator only).
    Create(CompanyCreateArgs),
    /// Change a company (administrator only); what is not given stays.
    Update(CompanyUpdateArgs),
    /// The companies the operator may see.
    List,
}

/// `company create`.
#[derive(Debug, Args)]
pub struct CompanyCreateArgs {
    /// The company's name.
    #[arg(long, value_name = "N")]
    pub name: String,
    /// Short code, unique in the store (letters, digits, '-', '_').
    #[arg(long, value_name = "CODE")]
    pub code: String,
    /// Two-letter country code.
    #[arg(long, value_name = "CC")]
    pub country: String,
    #[command(flatten)]
    pub details: CompanyDetailArgs,
}

/// `company update`.
#[derive(Debug, Args)]
pub struct CompanyUpdateArgs {
    /// The company's code.
    #[arg(value_name = "CODE")]
    pub code: String,
    /// A new name.
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// A new country.
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    #[command(flatten)]
    pub details: CompanyDetailArgs,
    /// Remove the quota (no limit).
    #[arg(long, conflicts_with = "quota")]
    pub no_quota: bool,
}

/// What `company create` and `company update` both take.
#[derive(Debug, Args)]
pub struct CompanyDetailArgs {
    /// The national business identifier, checked by the country's rule.
    #[arg(long, value_name = "ID")]
    pub business_id: Option<String>,
    /// Default language of its mail: en, pl, he, it, ru or uk.
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
    /// Most active certificates at once.
    #[arg(long, value_name = "N")]
    pub quota: Option<u32>,
    /// Folder for copies of issued PKCS#12 files.
    #[arg(long, value_name = "DIR")]
    pub cert_folder: Option<PathBuf>,
    /// Put the copies in a YYYY-MM subfolder.
    #[arg(long)]
    pub monthly_folders: bool,
    /// Base URL the seal's certificate and CRL are published under.
    #[arg(long, value_name = "URL")]
    pub publication_url: Option<String>,
}

/// `operator ...`.
#[derive(Debug, Subcommand)]
pub enum OperatorCommand {
    /// Add a local login (administrator only).
    Add(OperatorAddArgs),
    /// The operators of the company.
    List,
}

/// `operator add`: an operator of the company acted on (`--company`).
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("password").required(true).args(["password_file", "password_env"])))]
pub struct OperatorAddArgs {
    /// The login.
    #[arg(long, value_name = "L")]
    pub login: String,
    /// Full name.
    #[arg(long, value_name = "N")]
    pub name: String,
    /// File holding the new operator's password.
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// Environment variable holding the new operator's password.
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
}
