//! `smtp ...`: read the inputs, call the core, print.

use crate::messages::Messages;
use crate::output::{print, Failure};
use crate::secret;
use crate::smtp_args::{SmtpCommand, SmtpProvidersArgs, SmtpSetArgs};
use chrono::Utc;
use sealdesk_core::mail::providers::{self, Provider};
use sealdesk_core::mail::settings::{self, SaveOptions, SmtpSettings};
use sealdesk_core::mail::{connection_test, AuthMethod, Security};
use sealdesk_core::{Error, Store};
use serde_json::{json, Value};
use std::path::Path;

/// Runs `smtp ...`.
pub fn smtp(json_mode: bool, data_dir: &Path, command: &SmtpCommand) -> Result<(), Failure> {
    match command {
        SmtpCommand::Providers(args) => list_providers(json_mode, args),
        SmtpCommand::Set(args) => set(json_mode, data_dir, args),
        SmtpCommand::Test => test(json_mode, data_dir),
    }
}

/// `smtp set`: the secret goes to the OS credential store, never printed.
fn set(json_mode: bool, data_dir: &Path, args: &SmtpSetArgs) -> Result<(), Failure> {
    let security = Security::parse(&args.security).ok_or_else(|| {
        Error::Mail(sealdesk_core::MailError::UnknownSecurity {
            value: args.security.clone(),
        })
    })?;
    let auth = match (&args.auth, &args.user) {
        (Some(text), _) => AuthMethod::parse(text).ok_or_else(|| {
            Error::Mail(sealdesk_core::MailError::UnknownAuth {
                value: text.clone(),
            })
        })?,
        (None, Some(_)) if args.token_file.is_some() => AuthMethod::Xoauth2,
        (None, Some(_)) => AuthMethod::Plain,
        (None, None) => AuthMethod::None,
    };
    if auth == AuthMethod::Xoauth2 && args.token_file.is_none() && args.user.is_some() {
        return Err(Failure::usage(
            "--auth xoauth2 takes its token from --token-file F",
        ));
    }
    if auth != AuthMethod::Xoauth2 && args.token_file.is_some() {
        return Err(Failure::usage("--token-file is for --auth xoauth2"));
    }
    let secret = match (&args.user, &args.token_file) {
        (Some(_), Some(token)) => Some(secret::from_file(token)?),
        (Some(_), None) => Some(secret::read(
            args.password_file.as_deref(),
            args.password_env.as_deref(),
        )?),
        (None, _) => None,
    };
    let store = Store::open_existing(data_dir)?;
    let saved = settings::save(
        &store,
        &SmtpSettings {
            from_address: args.from.clone(),
            from_name: args.name.clone(),
            host: args.host.clone(),
            port: args.port,
            security,
            plain_warning: false,
            auth,
            username: args.user.clone(),
            bcc_self: args.bcc.clone(),
            eml_dir: args.eml_dir.as_deref().map(absolute),
            ca_file: args.ca_file.as_deref().map(absolute),
        },
        &SaveOptions {
            secret: secret.as_deref().map(String::as_str),
            allow_plain: args.allow_plain,
        },
        Utc::now(),
    )?;
    print(
        json_mode,
        &json!({ "host": saved.host, "port": saved.port, "security": saved.security }),
        &[format!(
            "outgoing mail server saved: {} port {} ({})",
            saved.host,
            saved.port,
            saved.security.as_str()
        )],
    );
    Ok(())
}

/// Paths are stored absolute: later commands may run from another folder.
fn absolute(path: &Path) -> std::path::PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// `smtp test`: prints the outcome; fails (exit 1) unless every step worked.
fn test(json_mode: bool, data_dir: &Path) -> Result<(), Failure> {
    let store = Store::open_existing(data_dir)?;
    let outcome = connection_test::test_saved(&store)?;
    let message = Messages::for_os()
        .format(outcome.code, None)
        .unwrap_or_else(|| outcome.message.clone());
    let mut lines = vec![message.clone()];
    if let Some(detail) = &outcome.detail {
        lines.push(format!("({detail})"));
    }
    print(
        json_mode,
        &json!({
            "ok": outcome.ok,
            "step": outcome.step,
            "code": outcome.code,
            "message": message,
            "detail": outcome.detail,
        }),
        &lines,
    );
    if outcome.ok {
        Ok(())
    } else {
        Err(Failure::from(Error::Mail(
            sealdesk_core::MailError::TestFailed {
                step: format!("{:?}", outcome.step).to_lowercase(),
            },
        )))
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
