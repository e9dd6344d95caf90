//! The command-line grammar of batch certificate renewal.

use crate::pki_args::KeySecretArgs;
use clap::{ArgGroup, Args, Subcommand};
use std::path::PathBuf;

/// `renew ...`.
#[derive(Debug, Subcommand)]
pub enum RenewCommand {
    /// Plan a renewal run over several certificates.
    Plan(Box<RenewPlanArgs>),
    /// Form and deliver the requests of a run, or resume it.
    Run(RenewRunArgs),
    /// Install issued certificates, matched to run items by public key.
    Import(RenewImportArgs),
    /// A run and its items.
    Status(RunIdArgs),
    /// Every run.
    List,
    /// Note a receipt of the CA for one certificate of a run, by number or
    /// from the receipt file.
    Receipt(RenewReceiptArgs),
    /// Write the accession card of one certificate of a run, signed with
    /// that (still valid) certificate.
    Card(RenewCardArgs),
    /// Write the notification for the tax authority of a run's installed
    /// new certificates.
    Notification(RenewNotificationArgs),
    /// Certificates with a key we hold that expire soon, across issuers.
    Expiring(RenewExpiringArgs),
    /// Cancel a run, or some of its certificates, not yet sent.
    Cancel(RenewCancelArgs),
    /// Retry one failed certificate of a run.
    Retry(RenewRetryArgs),
    /// Print the phrase for blocking a run's certificates by phone.
    Phrase(RunIdArgs),
    /// The price list of renewals per CA and term.
    #[command(subcommand)]
    Prices(RenewPricesCommand),
}

/// `renew expiring`.
#[derive(Debug, Args)]
pub struct RenewExpiringArgs {
    /// Window in days.
    #[arg(long, value_name = "N", default_value_t = 30)]
    pub days: u32,
    /// Only certificates of this CA (text in the issuer's name).
    #[arg(long, value_name = "X")]
    pub issuer: Option<String>,
    /// Only certificates whose subject or e-mail contains this text.
    #[arg(long, value_name = "T")]
    pub search: Option<String>,
    /// Only `valid` ones, or `expired` ones still within the grace period.
    #[arg(long, value_name = "valid|expired")]
    pub state: Option<String>,
}

/// `renew cancel`.
#[derive(Debug, Args)]
pub struct RenewCancelArgs {
    /// The run.
    #[command(flatten)]
    pub run: RunIdArgs,
    /// Only this certificate; repeatable. Without it, every item not yet sent.
    #[arg(long = "cert", value_name = "CERT_ID")]
    pub certs: Vec<i64>,
}

/// `renew retry`.
#[derive(Debug, Args)]
pub struct RenewRetryArgs {
    /// The failed certificate to retry.
    #[arg(long, value_name = "CERT_ID")]
    pub cert: i64,
    /// The run and its secrets, as for `renew run`.
    #[command(flatten)]
    pub run: RenewRunArgs,
}

/// `renew prices ...`.
#[derive(Debug, Subcommand)]
pub enum RenewPricesCommand {
    /// The whole price list.
    List,
    /// Set the price of a CA for a term.
    Set(RenewPriceSetArgs),
    /// Remove the price of a CA for a term.
    Remove(RenewPriceRemoveArgs),
}

/// `renew prices set`.
#[derive(Debug, Args)]
pub struct RenewPriceSetArgs {
    /// The CA, as its certificates name their issuer (common name, else
    /// organization).
    #[arg(long, value_name = "NAME")]
    pub ca: String,
    /// The term: 1y or 2y.
    #[arg(long, value_name = "1y|2y")]
    pub term: String,
    /// The amount, e.g. 123.45.
    #[arg(long, value_name = "AMOUNT")]
    pub amount: String,
    /// ISO 4217 currency code: UAH, PLN, EUR, ILS, ...
    #[arg(long, value_name = "CODE")]
    pub currency: String,
}

/// `renew prices remove`.
#[derive(Debug, Args)]
pub struct RenewPriceRemoveArgs {
    /// The CA.
    #[arg(long, value_name = "NAME")]
    pub ca: String,
    /// The term: 1y or 2y.
    #[arg(long, value_name = "1y|2y")]
    pub term: String,
}

/// `renew plan`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("new_key_password").args(["key_password_file", "key_password_env"])))]
pub struct RenewPlanArgs {
    /// The certificates to renew, comma-separated ids.
    #[arg(long, value_name = "ID,...", value_delimiter = ',', required = true)]
    pub certs: Vec<i64>,
    /// Term of the new certificates: 1y or 2y.
    #[arg(long, value_name = "1y|2y", default_value = "2y")]
    pub term: String,
    /// Start date of the new certificates (default: 3 days before each old
    /// one expires).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub start: Option<chrono::NaiveDate>,
    /// The start date of one certificate, CERT_ID=YYYY-MM-DD; repeatable.
    #[arg(long = "start-for", value_name = "CERT_ID=YYYY-MM-DD")]
    pub start_for: Vec<String>,
    /// Contact person for the CA.
    #[arg(long, value_name = "NAME")]
    pub contact: String,
    /// Contact phone.
    #[arg(long, value_name = "P")]
    pub phone: String,
    /// File with the phrase that blocks a certificate by phone (kept only in
    /// the OS credential store).
    #[arg(long, value_name = "F")]
    pub phrase_file: Option<PathBuf>,
    /// Folder for the new key files and requests.
    #[arg(long, value_name = "DIR")]
    pub key_dir: PathBuf,
    /// File with the password the new key files will have (checked here,
    /// given again to `renew run`).
    #[arg(long, value_name = "F")]
    pub key_password_file: Option<PathBuf>,
    /// Environment variable with that password.
    #[arg(long, value_name = "VAR")]
    pub key_password_env: Option<String>,
    /// Algorithm of the new keys (default: each old key's).
    #[arg(long, value_name = "ALG")]
    pub algorithm: Option<String>,
    /// A corrected e-mail for one certificate, CERT_ID=ADDRESS; repeatable.
    #[arg(long = "set-email", value_name = "CERT_ID=ADDR")]
    pub set_email: Vec<String>,
    /// Make the new keys on this token instead of in files.
    #[arg(long, value_name = "LABEL", conflicts_with_all = ["key_password_file", "key_password_env"])]
    pub token: Option<String>,
    /// File with the token's PIN (checked here, given again to `renew run`).
    #[arg(long, value_name = "F", requires = "token")]
    pub pin_file: Option<PathBuf>,
    /// Environment variable with the token's PIN.
    #[arg(long, value_name = "VAR", requires = "token")]
    pub pin_env: Option<String>,
    /// The PKCS#11 module of the token (default: the one in the settings).
    #[arg(long, value_name = "LIB", requires = "token")]
    pub module: Option<PathBuf>,
}

/// `renew run`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("new_key_secret").required(true).args(["key_password_file", "key_password_env", "pin_file", "pin_env"])))]
pub struct RenewRunArgs {
    /// The run.
    #[command(flatten)]
    pub run: RunIdArgs,
    /// File with one line per certificate: CERT_ID<TAB>password or PIN.
    #[arg(long, value_name = "FILE")]
    pub old_secrets: PathBuf,
    /// File with the password for the new key files.
    #[arg(long, value_name = "F")]
    pub key_password_file: Option<PathBuf>,
    /// Environment variable with that password.
    #[arg(long, value_name = "VAR")]
    pub key_password_env: Option<String>,
    /// File with the PIN of the token that receives the new keys.
    #[arg(long, value_name = "F")]
    pub pin_file: Option<PathBuf>,
    /// Environment variable with that PIN.
    #[arg(long, value_name = "VAR")]
    pub pin_env: Option<String>,
    /// Where the envelopes go: export:DIR, or mail:ADDR through the outbox.
    #[arg(long, value_name = "export:DIR|mail:ADDR")]
    pub deliver: String,
    /// Language of the request mail (en, pl, he, it, ru, uk); the interface
    /// language by default.
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
}

/// `renew import`.
#[derive(Debug, Args)]
pub struct RenewImportArgs {
    /// Only match items of this run.
    #[arg(long = "run", value_name = "RUN_ID")]
    pub run_id: Option<i64>,
    /// Certificate files (PEM or DER; chains allowed).
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

/// A run's `RUN_ID` argument (`renew status`, `renew phrase`).
#[derive(Debug, Args)]
pub struct RunIdArgs {
    /// The run.
    #[arg(value_name = "RUN_ID")]
    pub run_id: i64,
}

/// `renew receipt`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("which").required(true).args(["number", "file"])))]
pub struct RenewReceiptArgs {
    /// The run.
    #[command(flatten)]
    pub run: RunIdArgs,
    /// The certificate being renewed.
    #[arg(long, value_name = "CERT_ID")]
    pub cert: i64,
    /// Which receipt: 1, or 2 for the final one.
    #[arg(long, value_name = "1|2", value_parser = clap::value_parser!(u8).range(1..=2))]
    pub number: Option<u8>,
    /// The CA's receipt file (signed CMS or text): checked to name the
    /// request, copied beside it and recorded as the next receipt.
    #[arg(long, value_name = "F", conflicts_with = "number")]
    pub file: Option<PathBuf>,
}

/// `renew card`.
#[derive(Debug, Args)]
pub struct RenewCardArgs {
    /// The run.
    #[command(flatten)]
    pub run: RunIdArgs,
    /// The certificate being renewed; it signs the card.
    #[arg(long, value_name = "CERT_ID")]
    pub cert: i64,
    /// Its key's secret.
    #[command(flatten)]
    pub secret: KeySecretArgs,
    /// Language of the card: en, pl, he, it, ru, uk (default: the system's).
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
    /// The signed card (default: NAME-card.pdf beside the request).
    #[arg(long, value_name = "F")]
    pub out: Option<PathBuf>,
}

/// `renew notification`.
#[derive(Debug, Args)]
pub struct RenewNotificationArgs {
    /// The run.
    #[command(flatten)]
    pub run: RunIdArgs,
    /// pdf or csv.
    #[arg(long, value_name = "pdf|csv")]
    pub format: String,
    /// The file to write.
    #[arg(long, value_name = "F")]
    pub out: PathBuf,
    /// Language of the PDF: en, pl, he, it, ru, uk (default: the system's).
    #[arg(long, value_name = "L")]
    pub lang: Option<String>,
}
