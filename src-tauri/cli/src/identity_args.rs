//! The command-line grammar of signing identities.

use clap::{ArgGroup, Args, Subcommand};
use std::path::PathBuf;

/// `identity ...`.
#[derive(Debug, Subcommand)]
pub enum IdentityCommand {
    /// Register a signing identity: business data, a new key and a
    /// certificate from the company seal or a request for an outside CA.
    Create(Box<IdentityCreateArgs>),
    /// The identities, the active one marked.
    List,
    /// Make an identity the one that signs.
    Select(IdentityIdArgs),
    /// Install the certificate an outside CA sent for an identity's request.
    Attach(IdentityAttachArgs),
    /// Remove an identity; its key and its certificate stay in the store.
    Remove(IdentityRemoveArgs),
}

/// `identity create`: the key in a file (signing password) or on a token
/// (PIN); the certificate from the seal or a request file.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("signing_password").args(["password_file", "password_env"])))]
#[command(group(ArgGroup::new("token_pin").args(["pin_file", "pin_env"])))]
#[command(group(ArgGroup::new("certificate_source").required(true).args(["seal", "csr_out"])))]
#[command(group(ArgGroup::new("seal_secret").args(["seal_password_file", "seal_password_env", "seal_pin_file", "seal_pin_env"])))]
pub struct IdentityCreateArgs {
    /// Two-letter country of the business (PL, IL, IT, UA, ...).
    #[arg(long, value_name = "CC")]
    pub country: String,
    /// Kind of business identifier (pl-nip, pl-regon, il-company, ...);
    /// guessed from its shape when left out.
    #[arg(long, value_name = "K")]
    pub kind: Option<String>,
    /// The business identifier (NIP, EDRPOU, partita IVA, ...).
    #[arg(long, value_name = "ID")]
    pub business_id: String,
    /// The business name.
    #[arg(long, value_name = "N")]
    pub business_name: String,
    /// The signer: the business, its owner or an authorised person.
    #[arg(long, value_name = "N")]
    pub signer_name: String,
    /// The e-mail shown in the signature.
    #[arg(long, value_name = "E")]
    pub email: String,
    /// File holding the signing password (at least 3 characters), which
    /// encrypts the new key file.
    #[arg(long, value_name = "F", conflicts_with = "token")]
    pub password_file: Option<PathBuf>,
    /// Environment variable holding the signing password.
    #[arg(long, value_name = "VAR", conflicts_with = "token")]
    pub password_env: Option<String>,
    /// Make the key on this token instead of in a file; its PIN is then the
    /// signing secret.
    #[arg(long, value_name = "LABEL", requires = "token_pin")]
    pub token: Option<String>,
    /// File holding the token's user PIN.
    #[arg(long, value_name = "F", requires = "token")]
    pub pin_file: Option<PathBuf>,
    /// Environment variable holding the token's user PIN.
    #[arg(long, value_name = "VAR", requires = "token")]
    pub pin_env: Option<String>,
    /// The token's PKCS#11 module library (default: the one in the settings).
    #[arg(long, value_name = "LIB", requires = "token")]
    pub module: Option<PathBuf>,
    /// ec-p256 (default), ec-p384, rsa-3072, rsa-4096 or rsa-2048.
    #[arg(long, value_name = "ALG", default_value = "ec-p256")]
    pub algorithm: String,
    /// The company seal that issues the certificate.
    #[arg(long, value_name = "ID", requires = "seal_secret")]
    pub seal: Option<i64>,
    /// File holding the seal key file's password.
    #[arg(long, value_name = "F", requires = "seal")]
    pub seal_password_file: Option<PathBuf>,
    /// Environment variable holding the seal key file's password.
    #[arg(long, value_name = "VAR", requires = "seal")]
    pub seal_password_env: Option<String>,
    /// File holding the PIN of the token with the seal key.
    #[arg(long, value_name = "F", requires = "seal")]
    pub seal_pin_file: Option<PathBuf>,
    /// Environment variable holding the PIN of the token with the seal key.
    #[arg(long, value_name = "VAR", requires = "seal")]
    pub seal_pin_env: Option<String>,
    /// Days of validity of the seal's certificate.
    #[arg(long, default_value_t = 365, requires = "seal")]
    pub days: u32,
    /// Write a certificate request (PKCS#10, PEM) for an outside CA to this
    /// new file; the identity waits for the answer (`identity attach`).
    #[arg(long, value_name = "FILE")]
    pub csr_out: Option<PathBuf>,
    /// Register without making it the active signing identity.
    #[arg(long)]
    pub no_select: bool,
}

/// An identity id.
#[derive(Debug, Args)]
pub struct IdentityIdArgs {
    /// The identity.
    #[arg(value_name = "ID")]
    pub id: i64,
}

/// `identity remove`.
#[derive(Debug, Args)]
pub struct IdentityRemoveArgs {
    /// The identity.
    #[arg(long, value_name = "ID")]
    pub id: i64,
}

/// `identity attach`.
#[derive(Debug, Args)]
pub struct IdentityAttachArgs {
    /// The identity.
    #[command(flatten)]
    pub identity: IdentityIdArgs,
    /// The CA's answer: the certificate (PEM or DER), perhaps with its chain.
    #[arg(value_name = "CERT_FILE")]
    pub cert_file: PathBuf,
}
