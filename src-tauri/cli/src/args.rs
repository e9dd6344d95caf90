//! The command-line grammar.

use crate::pki_args::{CertCommand, CsrCommand, SealCommand};
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// SealDesk: signing certificates, company seal and signed mail.
#[derive(Debug, Parser)]
#[command(name = "sealdesk", version, about, propagate_version = true)]
pub struct Cli {
    /// Data folder (default: the OS application-data folder).
    #[arg(long, global = true, env = "SEALDESK_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Print one JSON value on stdout instead of text.
    #[arg(long, global = true)]
    pub json: bool,

    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the store and the local administrator.
    Init(InitArgs),
    /// Show the data folder, schema version and whether SealDesk is set up.
    Status,
    /// Copy the store, consistently, to a file.
    Backup(BackupArgs),
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
}

/// `key ...`.
#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Generate a key pair into an encrypted PKCS#8 file.
    Generate(KeyGenerateArgs),
}

/// `key generate`.
#[derive(Debug, Args)]
pub struct KeyGenerateArgs {
    /// ec-p256, ec-p384, rsa-2048, rsa-3072 or rsa-4096.
    #[arg(long, value_name = "ALG")]
    pub algorithm: String,
    /// The new key file (encrypted PKCS#8 PEM); an existing file is never replaced.
    #[arg(long, value_name = "PATH")]
    pub file: PathBuf,
    /// The key file's password.
    #[command(flatten)]
    pub password: PasswordSecret,
}

/// A `--password-file F` / `--password-env VAR` secret.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct PasswordSecret {
    /// File holding the password (one trailing newline ignored).
    #[arg(long, value_name = "F")]
    pub password_file: Option<PathBuf>,
    /// Environment variable holding the password.
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
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

/// `backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}
