//! `renew ...`: read the inputs, call the core, print.

use crate::output::{print, Failure};
use crate::renew_args::{RenewCommand, RenewPlanArgs, RenewRunArgs};
use crate::secret;
use chrono::Utc;
use sealdesk_core::renewal::{self, run::RunSecrets, Delivery, PlanRequest, Term};
use sealdesk_core::Store;
use serde_json::json;
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::Path;
use std::str::FromStr;

/// Runs a `renew` subcommand.
pub fn renew(json_mode: bool, data_dir: &Path, command: &RenewCommand) -> Result<(), Failure> {
    let store = Store::open_existing(data_dir)?;
    let now = Utc::now();
    match command {
        RenewCommand::Plan(args) => plan(json_mode, &store, args),
        RenewCommand::Run(args) => run(json_mode, &store, args),
        RenewCommand::Import(args) => {
            let installed = renewal::import(&store, args.run_id, &args.files, now)?;
            let lines = installed
                .iter()
                .map(|i| {
                    format!(
                        "certificate {} renewed by {} (run {})",
                        i.cert_id, i.new_cert_id, i.run_id
                    )
                })
                .collect::<Vec<_>>();
            print(json_mode, &installed, &lines);
            Ok(())
        }
        RenewCommand::Status(args) => {
            let view = renewal::show_run(&store, args.run_id)?;
            let lines = item_lines(&view);
            print(json_mode, &view, &lines);
            Ok(())
        }
        RenewCommand::List => {
            let runs = renewal::list_runs(&store)?;
            let lines = runs
                .iter()
                .map(|r| {
                    format!(
                        "run {}: {} certificates, planned {}",
                        r.run_id,
                        r.items.len(),
                        r.created_at
                    )
                })
                .collect::<Vec<_>>();
            print(json_mode, &runs, &lines);
            Ok(())
        }
        RenewCommand::Receipt(args) => {
            let item = renewal::receipt(&store, args.run_id, args.cert, args.number, now)?;
            print(
                json_mode,
                &item,
                &[format!(
                    "certificate {}: {}",
                    item.cert_id,
                    item.state.name()
                )],
            );
            Ok(())
        }
    }
}

fn plan(json_mode: bool, store: &Store, args: &RenewPlanArgs) -> Result<(), Failure> {
    let term = match args.term.as_str() {
        "1y" => Term::OneYear,
        "2y" => Term::TwoYears,
        _ => return Err(Failure::usage("--term is 1y or 2y")),
    };
    let mut emails = BTreeMap::new();
    for entry in &args.set_email {
        let (id, address) = entry
            .split_once('=')
            .and_then(|(id, a)| Some((id.trim().parse::<i64>().ok()?, a)))
            .ok_or_else(|| Failure::usage("--set-email takes CERT_ID=ADDRESS"))?;
        emails.insert(id, address.to_string());
    }
    // The phrase is read to check it is there; the store keeps no copy (the
    // CA takes it on the phone, and no OS credential store is wired in yet).
    if let Some(path) = &args.phrase_file {
        secret::from_file(path)?;
    }
    if args.key_password_file.is_some() || args.key_password_env.is_some() {
        secret::read(
            args.key_password_file.as_deref(),
            args.key_password_env.as_deref(),
        )?;
    }
    if args.pin_file.is_some() || args.pin_env.is_some() {
        secret::read(args.pin_file.as_deref(), args.pin_env.as_deref())?;
    }
    // A module named here becomes the default, as with `key generate`.
    if let Some(module) = &args.module {
        if sealdesk_core::settings::pkcs11_module(store)?.is_none() {
            sealdesk_core::keys::token::Module::load(module)?;
            sealdesk_core::settings::set_pkcs11_module(store, module)?;
        }
    }
    let algorithm = args
        .algorithm
        .as_deref()
        .map(sealdesk_core::keys::KeyAlgorithm::from_str)
        .transpose()?;
    let planned = renewal::plan(
        store,
        &PlanRequest {
            certificates: args.certs.clone(),
            term,
            start: args.start,
            contact: args.contact.clone(),
            phone: args.phone.clone(),
            key_dir: args.key_dir.clone(),
            algorithm,
            emails,
            token: args.token.clone(),
        },
        Utc::now(),
    )?;
    print(
        json_mode,
        &json!({ "run_id": planned.run_id, "items": planned.items, "phrase_stored": false }),
        &[format!(
            "renewal run {} planned for {} certificates",
            planned.run_id,
            planned.items.len()
        )],
    );
    Ok(())
}

fn run(json_mode: bool, store: &Store, args: &RenewRunArgs) -> Result<(), Failure> {
    let delivery = Delivery::from_str(&args.deliver)?;
    let old = old_secrets(&args.old_secrets)?;
    let new_key_password = if args.pin_file.is_some() || args.pin_env.is_some() {
        secret::read(args.pin_file.as_deref(), args.pin_env.as_deref())?
    } else {
        secret::read(
            args.key_password_file.as_deref(),
            args.key_password_env.as_deref(),
        )?
    };
    let show_progress = std::io::stderr().is_terminal();
    let view = renewal::run(
        store,
        args.run_id,
        &RunSecrets {
            old: &old,
            new_key_password: &new_key_password,
        },
        &delivery,
        Utc::now(),
        &mut |item| {
            if show_progress {
                eprintln!("certificate {}: {}", item.cert_id, item.state.name());
            }
            true
        },
    )?;
    let lines = item_lines(&view);
    print(json_mode, &view, &lines);
    Ok(())
}

/// The old secrets file: `CERT_ID<TAB>secret` per line; blank lines skipped.
fn old_secrets(path: &Path) -> Result<BTreeMap<i64, String>, Failure> {
    let text = secret::from_file(path)?;
    let mut secrets = BTreeMap::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        let (id, value) = line
            .split_once('\t')
            .and_then(|(id, v)| Some((id.trim().parse::<i64>().ok()?, v)))
            .ok_or_else(|| {
                Failure::secret(
                    path.display().to_string(),
                    format!("line {} is not CERT_ID<TAB>secret", number + 1),
                )
            })?;
        secrets.insert(id, value.to_string());
    }
    Ok(secrets)
}

fn item_lines(view: &renewal::RunView) -> Vec<String> {
    let mut lines = vec![format!("renewal run {}", view.run_id)];
    for item in &view.items {
        let mut line = format!("  certificate {}: {}", item.cert_id, item.state.name());
        if let Some(code) = &item.error_code {
            line.push_str(&format!(" ({code})"));
        }
        if let Some(request) = &item.request {
            line.push_str(&format!(", envelope {request}"));
        }
        lines.push(line);
    }
    lines
}
