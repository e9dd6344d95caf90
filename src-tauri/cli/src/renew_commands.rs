//! `renew ...`: read the inputs, call the core, print.

use crate::messages::Messages;
use crate::output::{emit_err, print, Failure};
use crate::pki_commands::key_secret;
use crate::renew_args::{
    RenewCommand, RenewExpiringArgs, RenewPlanArgs, RenewPricesCommand, RenewRunArgs,
};
use crate::secret;
use sealdesk_core::actions::renewal::{self, RunSecretsInput};
use sealdesk_core::actions::{
    renewal_documents, renewal_prices, renewal_runs, token_module, Context,
};
use sealdesk_core::locale::Language;
use sealdesk_core::renewal::expiring::ExpiringState;
use sealdesk_core::renewal::{
    prices, Delivery, ExpiringFilter, ItemView, NotificationFormat, PlanRequest, RunView, Term,
};
use sealdesk_core::secret::Secret;
use serde_json::json;
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::Path;
use std::str::FromStr;

/// Runs a `renew` subcommand.
pub fn renew(json_mode: bool, cx: &Context, command: &RenewCommand) -> Result<(), Failure> {
    match command {
        RenewCommand::Plan(args) => plan(json_mode, cx, args),
        RenewCommand::Run(args) => run(json_mode, cx, args, None),
        RenewCommand::Retry(args) => run(json_mode, cx, &args.run, Some(args.cert)),
        RenewCommand::Expiring(args) => expiring(json_mode, cx, args),
        RenewCommand::Cancel(args) => {
            let view = renewal_runs::cancel(cx, args.run.run_id, &args.certs)?;
            let lines = item_lines(&view);
            print(json_mode, &view, &lines);
            Ok(())
        }
        RenewCommand::Phrase(args) => {
            // Printed only because it was asked for by name: the accession
            // card carries it.
            let phrase = renewal_runs::phrase(cx, args.run_id)?;
            print(
                json_mode,
                &json!({ "run_id": args.run_id, "phrase": phrase.as_str() }),
                &[phrase.to_string()],
            );
            Ok(())
        }
        RenewCommand::Prices(command) => prices_command(json_mode, cx, command),
        RenewCommand::Card(args) => {
            let secret = key_secret(&args.secret)?;
            let card = renewal_documents::sign_card(
                cx,
                args.run.run_id,
                args.cert,
                &secret,
                language(args.lang.as_deref())?,
                args.out.as_deref(),
            )?;
            print(
                json_mode,
                &card,
                &[format!(
                    "accession card of certificate {} written to {}",
                    card.cert_id,
                    card.path.display()
                )],
            );
            Ok(())
        }
        RenewCommand::Notification(args) => {
            let written = renewal_documents::write_notification(
                cx,
                args.run.run_id,
                NotificationFormat::from_str(&args.format)?,
                language(args.lang.as_deref())?,
                &args.out,
            )?;
            print(
                json_mode,
                &written,
                &[format!(
                    "notification of {} new certificates written to {}",
                    written.certificates.len(),
                    written.path.display()
                )],
            );
            Ok(())
        }
        RenewCommand::Import(args) => {
            let installed = renewal_runs::install_certificates(cx, args.run_id, &args.files)?;
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
            let view = renewal_runs::show_run(cx, args.run_id)?;
            let lines = item_lines(&view);
            print(json_mode, &view, &lines);
            Ok(())
        }
        RenewCommand::List => {
            let runs = renewal_runs::runs(cx)?;
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
            let item = match (&args.file, args.number) {
                (Some(file), _) => {
                    renewal_runs::import_receipt(cx, args.run.run_id, args.cert, file)?
                }
                (None, Some(number)) => {
                    renewal_runs::record_receipt(cx, args.run.run_id, args.cert, number)?
                }
                (None, None) => return Err(Failure::usage("give --number 1|2 or --file F")),
            };
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

fn plan(json_mode: bool, cx: &Context, args: &RenewPlanArgs) -> Result<(), Failure> {
    let term = term(&args.term)?;
    let mut start_for = BTreeMap::new();
    for entry in &args.start_for {
        let (id, date) = entry
            .split_once('=')
            .and_then(|(id, d)| {
                Some((
                    id.trim().parse::<i64>().ok()?,
                    chrono::NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok()?,
                ))
            })
            .ok_or_else(|| Failure::usage("--start-for takes CERT_ID=YYYY-MM-DD"))?;
        start_for.insert(id, date);
    }
    let mut emails = BTreeMap::new();
    for entry in &args.set_email {
        let (id, address) = entry
            .split_once('=')
            .and_then(|(id, a)| Some((id.trim().parse::<i64>().ok()?, a)))
            .ok_or_else(|| Failure::usage("--set-email takes CERT_ID=ADDRESS"))?;
        emails.insert(id, address.to_string());
    }
    // The phrase goes to the OS credential store only, never to the store.
    let phrase = args
        .phrase_file
        .as_deref()
        .map(secret::from_file)
        .transpose()?
        .map(|phrase| Secret::from(phrase.as_str()));
    secret::optional(&args.key_password_file, &args.key_password_env)?;
    secret::optional(&args.pin_file, &args.pin_env)?;
    // A module named here becomes the default, as with `key generate`.
    if let Some(module) = &args.module {
        token_module::adopt(cx, module)?;
    }
    let planned = renewal::plan(
        cx,
        &PlanRequest {
            certificates: args.certs.clone(),
            term,
            start: args.start,
            start_for,
            phrase,
            contact: args.contact.clone(),
            phone: args.phone.clone(),
            key_dir: args.key_dir.clone(),
            algorithm: args.algorithm.as_deref().map(str::parse).transpose()?,
            emails,
            token: args.token.clone(),
        },
    )?;
    let messages = Messages::for_os();
    let mut lines = vec![format!(
        "renewal run {} planned for {} certificates",
        planned.run_id,
        planned.items.len()
    )];
    for item in &planned.items {
        lines.push(format!(
            "  certificate {}: starts {}, {}",
            item.cert_id,
            item.start_date,
            price_text(item.price.as_ref())
        ));
    }
    lines.extend(total_lines(&planned.totals, planned.unpriced));
    for warning in &planned.warnings {
        let id = format!("warning-{}", warning.code.replace('.', "-"));
        let text = messages
            .with_params(&id, &warning.params)
            .unwrap_or_else(|| warning.code.to_string());
        lines.push(format!("warning[{}]: {text}", warning.code));
    }
    print(json_mode, &planned, &lines);
    Ok(())
}

/// The language asked for, else the system's.
fn language(tag: Option<&str>) -> Result<Language, Failure> {
    Ok(match tag {
        Some(tag) => Language::from_str(tag)?,
        None => sys_locale::get_locale()
            .map(|l| Language::from_os_locale(&l))
            .unwrap_or(Language::En),
    })
}

fn term(value: &str) -> Result<Term, Failure> {
    Term::parse(value).ok_or_else(|| Failure::usage("--term is 1y or 2y"))
}

fn price_text(price: Option<&prices::Money>) -> String {
    match price {
        Some(p) => format!("{} {}", p.amount, p.currency),
        None => "no price".into(),
    }
}

fn total_lines(totals: &[prices::Money], unpriced: usize) -> Vec<String> {
    let mut lines: Vec<String> = totals
        .iter()
        .map(|t| format!("total: {} {}", t.amount, t.currency))
        .collect();
    if unpriced > 0 {
        lines.push(format!("{unpriced} without a price"));
    }
    lines
}

fn expiring(json_mode: bool, cx: &Context, args: &RenewExpiringArgs) -> Result<(), Failure> {
    let state = match args.state.as_deref() {
        None => None,
        Some("valid") => Some(ExpiringState::Valid),
        Some("expired") => Some(ExpiringState::ExpiredWithinGrace),
        Some(_) => return Err(Failure::usage("--state is valid or expired")),
    };
    let found = renewal::expiring(
        cx,
        args.days,
        &ExpiringFilter {
            issuer: args.issuer.clone(),
            state,
            search: args.search.clone(),
        },
    )?;
    let mut lines = vec![format!(
        "{} certificates expire within {} days ({} already in an open run)",
        found.counts.total, found.days, found.counts.in_open_run
    )];
    for c in &found.certificates {
        let run = c
            .run_id
            .map(|r| format!(", in run {r}"))
            .unwrap_or_default();
        lines.push(format!(
            "  {}: {} ({}), {} days, {}{run}",
            c.cert_id, c.subject, c.issuer, c.days_to_expiry, c.not_after
        ));
    }
    for (issuer, count) in &found.counts.by_issuer {
        lines.push(format!("  {issuer}: {count}"));
    }
    print(json_mode, &found, &lines);
    Ok(())
}

fn prices_command(
    json_mode: bool,
    cx: &Context,
    command: &RenewPricesCommand,
) -> Result<(), Failure> {
    match command {
        RenewPricesCommand::List => {
            let list = renewal_prices::prices(cx)?;
            let lines = list
                .iter()
                .map(|p| {
                    format!(
                        "{}, {} years: {} {}",
                        p.ca, p.term_years, p.price.amount, p.price.currency
                    )
                })
                .collect::<Vec<_>>();
            print(json_mode, &list, &lines);
        }
        RenewPricesCommand::Set(args) => {
            let price = renewal_prices::set_price(
                cx,
                &args.ca,
                term(&args.term)?,
                &args.amount,
                &args.currency,
            )?;
            print(
                json_mode,
                &price,
                &[format!(
                    "{}, {} years: {} {}",
                    price.ca, price.term_years, price.price.amount, price.price.currency
                )],
            );
        }
        RenewPricesCommand::Remove(args) => {
            let term = term(&args.term)?;
            renewal_prices::remove_price(cx, &args.ca, term)?;
            print(
                json_mode,
                &json!({ "ca": args.ca.trim(), "term_years": term.years(), "removed": true }),
                &[format!(
                    "price of {} for {} years removed",
                    args.ca.trim(),
                    term.years()
                )],
            );
        }
    }
    Ok(())
}

fn run(
    json_mode: bool,
    cx: &Context,
    args: &RenewRunArgs,
    only: Option<i64>,
) -> Result<(), Failure> {
    let delivery = match Delivery::from_str(&args.deliver)? {
        Delivery::Mail { to, .. } => Delivery::Mail {
            to,
            language: args.lang.clone(),
        },
        export => export,
    };
    let old = old_secrets(&args.old_secrets)?;
    let new_key_password = match secret::optional(&args.pin_file, &args.pin_env)? {
        Some(pin) => pin,
        None => secret::required(&args.key_password_file, &args.key_password_env)?,
    };
    let show_progress = std::io::stderr().is_terminal();
    let secrets = RunSecretsInput {
        old,
        new_key_password,
    };
    let mut progress = |item: &ItemView| {
        if show_progress {
            emit_err(&format!(
                "certificate {}: {}",
                item.cert_id,
                item.state.name()
            ));
        }
        true
    };
    let view = match only {
        None => renewal::run(cx, args.run.run_id, &secrets, &delivery, &mut progress)?,
        Some(cert) => renewal::retry(
            cx,
            args.run.run_id,
            cert,
            &secrets,
            &delivery,
            &mut progress,
        )?,
    };
    let lines = item_lines(&view);
    print(json_mode, &view, &lines);
    Ok(())
}

/// The old secrets file: `CERT_ID<TAB>secret` per line; blank lines skipped.
fn old_secrets(path: &Path) -> Result<BTreeMap<i64, Secret>, Failure> {
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
        secrets.insert(id, Secret::from(value));
    }
    Ok(secrets)
}

fn item_lines(view: &RunView) -> Vec<String> {
    let messages = Messages::for_os();
    let mut lines = vec![format!("renewal run {} ({})", view.run_id, view.state)];
    for item in &view.items {
        let mut line = format!(
            "  certificate {}: {}, {}",
            item.cert_id,
            item.state.name(),
            price_text(item.price.as_ref())
        );
        if let Some(code) = &item.error_code {
            // The reason in the user's language, with its code to look up.
            let params = item.error_params.clone().unwrap_or_default();
            let id = format!("error-{}", code.replace('.', "-"));
            match messages.with_params(&id, &params) {
                Some(sentence) => line.push_str(&format!(" [{code}: {sentence}]")),
                None => line.push_str(&format!(" [{code}]")),
            }
        }
        if let Some(request) = &item.request {
            line.push_str(&format!(", envelope {request}"));
        }
        lines.push(line);
    }
    lines.extend(total_lines(&view.totals, view.unpriced));
    lines
}
