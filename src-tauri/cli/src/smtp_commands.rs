//! `smtp ...`: read the inputs, call the core, print.

use crate::output::{print, Failure};
use crate::smtp_args::{SmtpCommand, SmtpProvidersArgs};
use sealdesk_core::mail::providers::{self, Provider};
use serde_json::{json, Value};
use std::path::Path;

/// Runs `smtp ...`.
pub fn smtp(json_mode: bool, data_dir: &Path, command: &SmtpCommand) -> Result<(), Failure> {
    let _ = data_dir;
    match command {
        SmtpCommand::Providers(args) => list_providers(json_mode, args),
        _ => Ok(()),
    }
}

fn provider_json(provider: &Provider) -> Value {
    json!({
        "name": provider.name,
        "domains": provider.domains,
        "host": provider.host,
        "port": provider.port,
        "security": provider.security,
        "auth": provider.auth,
        "notes": provider.notes,
        "bcc_allowed": provider.bcc_allowed,
        "source": provider.source,
    })
}

/// `smtp providers`: no store needed.
pub fn list_providers(json_mode: bool, args: &SmtpProvidersArgs) -> Result<(), Failure> {
    let chosen: Vec<&Provider> = match &args.domain {
        Some(domain) => providers::lookup(domain).into_iter().collect(),
        None => providers::all().iter().collect(),
    };
    let value: Vec<Value> = chosen.iter().map(|p| provider_json(p)).collect();
    let lines: Vec<String> = chosen
        .iter()
        .map(|p| {
            format!(
                "{}: {} port {} {} ({})",
                p.name,
                p.host,
                p.port,
                p.security.as_str(),
                p.domains.join(", ")
            )
        })
        .collect();
    print(json_mode, &value, &lines);
    Ok(())
}
