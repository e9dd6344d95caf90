//! The command-line grammar of signing documents.

use crate::pki_args::KeySecretArgs;
use clap::Args;
use std::path::PathBuf;

/// `sign`.
#[derive(Debug, Args)]
pub struct SignArgs {
    /// The signing certificate (its key is held by SealDesk).
    #[arg(long, value_name = "CERT_ID")]
    pub cert: i64,
    /// The key's secret.
    #[command(flatten)]
    pub secret: KeySecretArgs,
    /// The document.
    #[arg(value_name = "INPUT")]
    pub input: PathBuf,
    /// The output: the signed PDF (default: NAME-signed.pdf beside a PDF)
    /// or the signature file (default: INPUT.p7s).
    #[arg(long, value_name = "OUTPUT")]
    pub out: Option<PathBuf>,
    /// Sign a PDF as a separate .p7s signature beside it.
    #[arg(long)]
    pub detached: bool,
    /// Why the document is signed (shown by PDF readers).
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}
