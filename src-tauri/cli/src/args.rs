//! The command-line grammar.

use crate::identity_args::IdentityCommand;
use crate::ids_args::IdsCommand;
use crate::mail_args::MailCommand;
use crate::outbox_args::OutboxCommand;
use crate::pki_args::{CertCommand, CsrCommand, SealCommand};
use crate::renew_args::RenewCommand;
use crate::sign_args::SignArgs;
use crate::smtp_args::SmtpCommand;
use crate::verify_args::VerifyArgs;
use clap::{ArgGroup, Args, Parser, Subcommand};
use std::path::PathBuf;

/// SealDesk: signing certificates, company seal and signed mail.
#[derive(Debug, Parser)]
// The version line names the commit too, as the app's Settings page does.
#[command(
    name = "sealdesk",
    version = env!("SEALDESK_VERSION_LINE"),
    about,
    propagate_version = true
)]
pub struct Cli {
    /// Data folder (default: the OS application-data folder).
    #[arg(long, global = true, env = "SEALDESK_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Print one JSON value on stdout instead of text.
    #[arg(long, global = true)]
    pub json: bool,

    /// Who acts, for every command that opens the store.
    #[command(flatten)]
    pub operator: OperatorArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// The operator a command acts as, and the company it acts on.
#[derive(Debug, clap::Args)]
pub struct OperatorArgs {
    /// Login of the operator who acts (default: the administrator).
    // Its own id: clap merges arguments of one id, and `operator add
    // --login` or `cert issue --login` would otherwise sign that login in.
    #[arg(
        id = "operator_login",
        long = "operator",
        global = true,
        env = "SEALDESK_OPERATOR",
        value_name = "LOGIN",
        default_value = "admin"
    )]
    pub login: String,
    /// File holding the operator's password [default: the file named by
    /// SEALDESK_OPERATOR_PASSWORD_FILE]
    // Not clap's `env`: a variable exported once for a session must give
    // way to `--operator-password-env` on one command, not conflict with it.
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        conflicts_with = "operator_password_env"
    )]
    pub operator_password_file: Option<PathBuf>,
    /// Environment variable holding the operator's password.
    #[arg(long, global = true, value_name = "VAR")]
    pub operator_password_env: Option<String>,
    /// Code of the company the administrator acts on (default: the first
    /// company); an operator's company is fixed.
    #[arg(
        id = "acting_company",
        long = "company",
        global = true,
        env = "SEALDESK_COMPANY",
        value_name = "CODE"
    )]
    pub company: Option<String>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the store and the local administrator.
    Init(InitArgs),
    /// Show the data folder, schema version and whether SealDesk is set up.
    Status,
    /// Which first steps are done: seal or outside CA, identity, mail, a
    /// signed document.
    FirstSteps(FirstStepsArgs),
    /// Copy the store, consistently, to a file or into a folder.
    Backup(BackupArgs),
    /// Replace the store with a backup; the store as it was is backed up
    /// first.
    Restore(RestoreArgs),
    /// Private keys.
    #[command(subcommand)]
    Key(KeyCommand),
    /// The company seal: create, export, history, revocation list.
    #[command(subcommand)]
    Seal(SealCommand),
    /// Certificates: issue from the seal, list, show, revoke.
    #[command(subcommand)]
    Cert(CertCommand),
    /// Certificate requests (PKCS#10) for an outside CA.
    #[command(subcommand)]
    Csr(CsrCommand),
    /// PKCS#11 tokens (smart cards, USB tokens, HSMs).
    #[command(subcommand)]
    Token(TokenCommand),
    /// Sign a document: a PDF as PAdES (NAME-signed.pdf), anything else as a
    /// detached CAdES signature (INPUT.p7s).
    Sign(Box<SignArgs>),
    /// Check a signed PDF or a detached signature (.p7s); exit 0 only when valid.
    Verify(VerifyArgs),
    /// National business identifiers: check digits and certificate form.
    #[command(subcommand)]
    Ids(IdsCommand),
    /// Signing identities: register, list, select, attach the CA's answer.
    #[command(subcommand)]
    Identity(IdentityCommand),
    /// The outgoing mail server: settings, known providers, connection test.
    #[command(subcommand)]
    Smtp(SmtpCommand),
    /// Mail: send a message (written, from a template, or a signed
    /// document), and the templates per language.
    #[command(subcommand)]
    Mail(MailCommand),
    /// The outgoing messages: list, show, deliver, retry, cancel.
    #[command(subcommand)]
    Outbox(OutboxCommand),
    /// Batch renewal of certificates: plan, run, receipts, import.
    #[command(subcommand)]
    Renew(RenewCommand),
    /// Companies: the tenants of the store.
    #[command(subcommand)]
    Company(crate::company_args::CompanyCommand),
    /// Operators: local logins that act on one company.
    #[command(subcommand)]
    Operator(crate::company_args::OperatorCommand),
    /// Contractors: the company's customer firms.
    #[command(subcommand)]
    Contractor(crate::portal_args::ContractorCommand),
    /// Portal users: the people of contractors who get certificates.
    #[command(subcommand)]
    PortalUser(crate::portal_args::PortalUserCommand),
    /// The portal: generate and send the users' certificates.
    #[command(subcommand)]
    Portal(crate::portal_args::PortalCommand),
}

/// `key ...`.
#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Generate a key pair into an encrypted PKCS#8 file or on a token.
    Generate(KeyGenerateArgs),
}

/// `key generate`: into a file (`--file` with its password) or on a token
/// (`--token` with its PIN), never both.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("destination").required(true).args(["file", "token"])))]
#[command(group(ArgGroup::new("key_password").args(["password_file", "password_env"])))]
#[command(group(ArgGroup::new("token_pin").args(["pin_file", "pin_env"])))]
pub struct KeyGenerateArgs {
    /// ec-p256, ec-p384, rsa-2048, rsa-3072 or rsa-4096.
    #[arg(long, value_name = "ALG")]
    pub algorithm: String,
    /// The new key file (encrypted PKCS#8 PEM); an existing file is never replaced.
    #[arg(long, value_name = "PATH", requires = "key_password")]
    pub file: Option<PathBuf>,
    /// File holding the key file's password (one trailing newline ignored).
    #[arg(long, value_name = "F", conflicts_with = "token")]
    pub password_file: Option<PathBuf>,
    /// Environment variable holding the key file's password.
    #[arg(long, value_name = "VAR", conflicts_with = "token")]
    pub password_env: Option<String>,
    /// The label of the token to generate on; the key never leaves it.
    #[arg(long, value_name = "LABEL", requires = "token_pin")]
    pub token: Option<String>,
    /// File holding the token's user PIN (one trailing newline ignored).
    #[arg(long, value_name = "F", conflicts_with = "file")]
    pub pin_file: Option<PathBuf>,
    /// Environment variable holding the token's user PIN.
    #[arg(long, value_name = "VAR", conflicts_with = "file")]
    pub pin_env: Option<String>,
    /// The token's PKCS#11 module library, for this command; remembered
    /// when none is set yet.
    #[arg(long, value_name = "LIB", requires = "token")]
    pub module: Option<PathBuf>,
    /// The key's label on the token (default: sealdesk-ALG-DATE-TIME).
    #[arg(long, value_name = "NAME", requires = "token")]
    pub label: Option<String>,
}

/// `token ...`.
#[derive(Debug, Subcommand)]
pub enum TokenCommand {
    /// List the tokens the PKCS#11 module sees.
    List(TokenListArgs),
}

/// `token list`.
#[derive(Debug, Args)]
pub struct TokenListArgs {
    /// The PKCS#11 module library (default: the one in the settings).
    #[arg(long, value_name = "LIB")]
    pub module: Option<PathBuf>,
}

/// `init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The administrator password.
    #[command(flatten)]
    pub admin_password: AdminPassword,

    /// The administrator's name.
    #[arg(long, default_value = "Administrator", value_name = "NAME")]
    pub admin_name: String,
}

/// A secret read from a file or an environment variable, never an argument.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct AdminPassword {
    /// File holding the administrator password (one trailing newline ignored).
    #[arg(long, value_name = "F")]
    pub admin_password_file: Option<PathBuf>,
    /// Environment variable holding the administrator password.
    #[arg(long, value_name = "VAR")]
    pub admin_password_env: Option<String>,
}

/// `first-steps`.
#[derive(Debug, Args)]
pub struct FirstStepsArgs {
    /// Hide the guide in the window before every step is done.
    #[arg(long, conflicts_with = "show")]
    pub hide: bool,
    /// Show the guide in the window again.
    #[arg(long)]
    pub show: bool,
}

/// `backup`: without `--out` or `--into`, into the store's backups folder.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy.
    #[arg(long, value_name = "FILE", conflicts_with = "into")]
    pub out: Option<PathBuf>,
    /// A folder to write the copy into, under a name with the date and time.
    #[arg(long, value_name = "DIR")]
    pub into: Option<PathBuf>,
}

/// `restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup file to restore.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}
