//! The command-line grammar of national business identifiers.

use clap::{Args, Subcommand};

/// `ids ...`.
#[derive(Debug, Subcommand)]
pub enum IdsCommand {
    /// Check a business identifier by its national rule and show the form
    /// it takes in a certificate (e.g. VATPL-5260250274).
    Check(IdsCheckArgs),
}

/// `ids check`.
#[derive(Debug, Args)]
pub struct IdsCheckArgs {
    /// Two-letter country code.
    #[arg(long, value_name = "CC")]
    pub country: String,
    /// il-company, pl-nip, pl-regon, it-partita-iva, it-codice-fiscale,
    /// ua-edrpou, ua-rnokpp, ru-inn or other; by default the shape decides.
    #[arg(long, value_name = "K")]
    pub kind: Option<String>,
    /// The identifier as written (spaces, dashes and a country prefix are fine).
    #[arg(value_name = "VALUE")]
    pub value: String,
}
