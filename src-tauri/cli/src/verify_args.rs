//! The command-line grammar of verifying signatures.

use clap::Args;
use std::path::PathBuf;

/// `verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The signed PDF, or the document a detached signature belongs to.
    #[arg(value_name = "INPUT")]
    pub input: PathBuf,
    /// The detached signature (default: INPUT.p7s; a PDF's own signatures
    /// are checked when not given).
    #[arg(long, value_name = "SIG")]
    pub signature: Option<PathBuf>,
}
