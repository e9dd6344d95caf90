//! The command-line grammar of the seal, certificates and requests.

use clap::{Args, Subcommand};
use std::path::PathBuf;

/// The secret of a registered key: `--key-password-file` for a key file,
/// `--pin-file` for a token key (each with an `-env` twin).
#[derive(Debug, Args, Default)]
#[group(multiple = false)]
pub struct KeySecretArgs {
    /// File holding the key file's password.
    #[arg(long, value_name = "F")]
    pub key_password_file: Option<PathBuf>,
    /// Environment variable holding the key file's password.
    #[arg(long, value_name = "VAR")]
    pub key_password_env: Option<String>,
    /// File holding the token's PIN.
    #[arg(long, value_name = "F")]
    pub pin_file: Option<PathBuf>,
    /// Environment variable holding the token's PIN.
    #[arg(long, value_name = "VAR")]
    pub pin_env: Option<String>,
}

/// The secret of the seal's key.
#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct SealSecretArgs {
    /// File holding the seal key file's password.
    #[arg(long, value_name = "F")]
    pub seal_password_file: Option<PathBuf>,
    /// Environment variable holding the seal key file's password.
    #[arg(long, value_name = "VAR")]
    pub seal_password_env: Option<String>,
    /// File holding the PIN of the token with the seal key.
    #[arg(long, value_name = "F")]
    pub seal_pin_file: Option<PathBuf>,
    /// Environment variable holding the PIN of the token with the seal key.
    #[arg(long, value_name = "VAR")]
    pub seal_pin_env: Option<String>,
}

/// `seal ...`.
#[derive(Debug, Subcommand)]
pub enum SealCommand {
    /// Create the company seal (a CA certificate); earlier seals are superseded.
    Create(SealCreateArgs),
    /// Write the seal certificate: PEM for .pem, DER for .cer/.der/.crt.
    Export(SealExportArgs),
    /// The seal history, newest first.
    List,
    /// Revoke a seal: every certificate it issued becomes invalid.
    Revoke(IdArgs),
    /// Publish the seal's revocation list (CRL): PEM for .pem, DER for .crl/.der.
    Crl(SealCrlArgs),
}

/// `seal create`.
#[derive(Debug, Args)]
pub struct SealCreateArgs {
    /// The registered key (see `key generate`).
    #[arg(long, value_name = "KEY_ID")]
    pub key: i64,
    /// The key's secret.
    #[command(flatten)]
    pub secret: KeySecretArgs,
    /// Organisation name.
    #[arg(long, value_name = "NAME")]
    pub org: String,
    /// organizationIdentifier, e.g. VATPL-5260250274.
    #[arg(long, value_name = "ID")]
    pub org_id: String,
    /// Two-letter country code.
    #[arg(long, value_name = "CC")]
    pub country: String,
    /// Validity in years.
    #[arg(long, default_value_t = 3)]
    pub years: u32,
}

/// `seal export`.
#[derive(Debug, Args)]
pub struct SealExportArgs {
    /// The seal.
    #[command(flatten)]
    pub seal: SealIdArgs,
    /// The new file.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// A seal's `--id ID` argument.
#[derive(Debug, Args)]
pub struct SealIdArgs {
    /// The seal.
    #[arg(long)]
    pub id: i64,
}

/// `seal crl`.
#[derive(Debug, Args)]
pub struct SealCrlArgs {
    /// The seal.
    #[command(flatten)]
    pub seal: SealIdArgs,
    /// The seal key's secret.
    #[command(flatten)]
    pub seal_secret: SealSecretArgs,
    /// The new file.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

/// A certificate's `--id ID` argument.
#[derive(Debug, Args)]
pub struct CertIdArgs {
    /// The certificate.
    #[arg(long)]
    pub id: i64,
}

/// An `--id ID` argument.
#[derive(Debug, Args)]
pub struct IdArgs {
    /// The id.
    #[arg(long)]
    pub id: i64,
}

/// `cert ...`.
#[derive(Debug, Subcommand)]
pub enum CertCommand {
    /// Issue a certificate from the company seal.
    Issue(Box<CertIssueArgs>),
    /// The registry.
    List(CertListArgs),
    /// Every field of one certificate, its fingerprints and chain.
    Show(IdArgs),
    /// Revoke a certificate the seal issued.
    Revoke(CertRevokeArgs),
    /// Trust a CA certificate as a root: signatures that chain to it verify.
    /// Give its SHA-256 fingerprint (see `cert show`) as checked with the CA.
    Trust(CertTrustArgs),
    /// Stop trusting a root (a company seal stays trusted).
    Untrust(IdArgs),
    /// Import PEM or DER certificates, chains, or a PKCS#12 with its key.
    Import(CertImportArgs),
    /// Write a certificate: PEM (.pem), DER (.cer/.der/.crt), or with its
    /// key and chain as PKCS#12 (.p12/.pfx).
    Export(Box<CertExportArgs>),
}

/// `cert import`.
#[derive(Debug, Args)]
pub struct CertImportArgs {
    /// The file: PEM, DER, or PKCS#12 (.p12/.pfx).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The PKCS#12 file's password.
    #[command(flatten)]
    pub password: PasswordArgs,
}

/// `--password-file F` / `--password-env VAR`, optional.
#[derive(Debug, Args, Default)]
#[group(multiple = false)]
pub struct PasswordArgs {
    /// File holding the password.
    #[arg(long, value_name = "F")]
    pub password_file: Option<PathBuf>,
    /// Environment variable holding the password.
    #[arg(long, value_name = "VAR")]
    pub password_env: Option<String>,
}

/// `cert export`.
#[derive(Debug, Args)]
pub struct CertExportArgs {
    /// The certificate.
    #[command(flatten)]
    pub cert: CertIdArgs,
    /// The new file; .p12 or .pfx writes key + certificate + chain.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// The key file's password (PKCS#12 only).
    #[command(flatten)]
    pub secret: KeySecretArgs,
    /// The PKCS#12 password.
    #[command(flatten)]
    pub p12_password: Option<P12PasswordArgs>,
    /// Write the PKCS#12 for old Windows and appliances (3DES, SHA-1: weaker).
    #[arg(long)]
    pub legacy_p12: bool,
}

/// `cert issue`.
#[derive(Debug, Args)]
pub struct CertIssueArgs {
    /// The seal that issues.
    #[arg(long, value_name = "ID")]
    pub seal: i64,
    /// The seal key's secret.
    #[command(flatten)]
    pub seal_secret: SealSecretArgs,
    /// signing or portal-user.
    #[arg(long)]
    pub profile: String,
    /// Common name: the holder's name.
    #[arg(long, value_name = "NAME")]
    pub cn: String,
    /// E-mail address (subject alternative name).
    #[arg(long, value_name = "E")]
    pub email: Option<String>,
    /// Organisation name.
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// Company code the portal reads back (portal-user).
    #[arg(long, value_name = "C")]
    pub company_code: Option<String>,
    /// Login the portal reads back (portal-user).
    #[arg(long, value_name = "L")]
    pub login: Option<String>,
    /// Two-letter country code.
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// organizationIdentifier, e.g. VATPL-5260250274.
    #[arg(long, value_name = "ID")]
    pub org_id: Option<String>,
    /// serialNumber of a natural person, e.g. TINUA-1759013776.
    #[arg(long, value_name = "SN")]
    pub serial_number: Option<String>,
    /// The holder's registered key.
    #[arg(
        long,
        value_name = "KEY_ID",
        conflicts_with = "generate",
        required_unless_present = "generate"
    )]
    pub key: Option<i64>,
    /// Generate a new key of this algorithm, kept encrypted in the store.
    #[arg(long, value_name = "ALG")]
    pub generate: Option<String>,
    /// The key's secret (for --generate: the new key file's password).
    #[command(flatten)]
    pub secret: KeySecretArgs,
    /// Days of validity (never past the seal's end).
    #[arg(long, default_value_t = 365)]
    pub days: u32,
    /// Also write key + certificate + chain as PKCS#12 here.
    #[arg(long, value_name = "OUT", requires = "p12_password")]
    pub p12: Option<PathBuf>,
    /// The PKCS#12 password.
    #[command(flatten)]
    pub p12_password: Option<P12PasswordArgs>,
    /// Write the PKCS#12 for old Windows and appliances (3DES, SHA-1: weaker).
    #[arg(long, requires = "p12")]
    pub legacy_p12: bool,
}

/// The PKCS#12 password.
#[derive(Debug, Args)]
#[group(id = "p12_password", multiple = false)]
pub struct P12PasswordArgs {
    /// File holding the PKCS#12 password.
    #[arg(long, value_name = "F")]
    pub p12_password_file: Option<PathBuf>,
    /// Environment variable holding the PKCS#12 password.
    #[arg(long, value_name = "VAR")]
    pub p12_password_env: Option<String>,
}

/// `cert list`.
#[derive(Debug, Args)]
pub struct CertListArgs {
    /// Only valid certificates that expire within DAYS days.
    #[arg(long, value_name = "DAYS")]
    pub expiring_within: Option<u32>,
    /// Only certificates whose subject or issuer contains this text.
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

/// `cert revoke`.
#[derive(Debug, Args)]
pub struct CertRevokeArgs {
    /// The certificate.
    #[command(flatten)]
    pub cert: CertIdArgs,
    /// unspecified, key-compromise, affiliation-changed, superseded or cessation-of-operation.
    #[arg(long, default_value = "unspecified")]
    pub reason: String,
}

/// `cert trust`.
#[derive(Debug, Args)]
pub struct CertTrustArgs {
    /// The certificate.
    #[command(flatten)]
    pub cert: CertIdArgs,
    /// Its SHA-256 fingerprint in hex (colons allowed), as the CA gave it.
    #[arg(long, value_name = "SHA256HEX")]
    pub fingerprint: String,
}

/// `csr ...`.
#[derive(Debug, Subcommand)]
pub enum CsrCommand {
    /// Write a PKCS#10 request (PEM) for an outside CA.
    Create(CsrCreateArgs),
}

/// `csr create`.
#[derive(Debug, Args)]
pub struct CsrCreateArgs {
    /// The registered key.
    #[arg(long, value_name = "KEY_ID")]
    pub key: i64,
    /// The key's secret.
    #[command(flatten)]
    pub secret: KeySecretArgs,
    /// Common name.
    #[arg(long, value_name = "NAME")]
    pub cn: String,
    /// Organisation name.
    #[arg(long, value_name = "NAME")]
    pub org: Option<String>,
    /// organizationIdentifier, e.g. NTRUA-14360570.
    #[arg(long, value_name = "ID")]
    pub org_id: Option<String>,
    /// Two-letter country code.
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// E-mail address.
    #[arg(long, value_name = "E")]
    pub email: Option<String>,
    /// serialNumber, e.g. TINUA-1759013776.
    #[arg(long, value_name = "SN")]
    pub serial_number: Option<String>,
    /// The new request file.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}
