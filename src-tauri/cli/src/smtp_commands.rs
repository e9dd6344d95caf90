//! `smtp ...`: read the inputs, call the core, print.

use crate::args::OperatorArgs;
use crate::messages::Messages;
use crate::output::{print, Failure};
use crate::secret;
use crate::smtp_args::{SmtpCommand, SmtpProvidersArgs, SmtpSetArgs};
use sealdesk_core::actions::mail::{self, MailSettingsInput, MailSettingsRequest};
use sealdesk_core::actions::Context;
use sealdesk_core::mail::AuthMethod;
use sealdesk_core::secret::Secret;
use sealdesk_core::Error;
use serde_json::json;
use std::path::Path;

/// Runs `smtp ...`.
pub fn smtp(
    json_mode: bool,
    operator: &OperatorArgs,
    data_dir: &Path,
    command: &SmtpCommand,
) -> Result<(), Failure> {
    match command {
        SmtpCommand::Providers(args) => list_providers(json_mode, args),
        SmtpCommand::Set(args) => set(json_mode, operator, data_dir, args),
        SmtpCommand::Test => test(json_mode, operator, data_dir),
    }
}

/// The sign-in method: the one given, else what the other flags imply.
fn auth_of(args: &SmtpSetArgs) -> Result<AuthMethod, Failure> {
    let auth = match (args.auth, &args.user) {
        (Some(auth), _) => auth,
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
    Ok(auth)
}

/// `smtp set`: the secret goes to the OS credential store, never printed.
fn set(
    json_mode: bool,
    operator: &OperatorArgs,
    data_dir: &Path,
    args: &SmtpSetArgs,
) -> Result<(), Failure> {
    let auth = auth_of(args)?;
    let password = match (&args.user, &args.token_file) {
        (Some(_), Some(token)) => Some(secret::from_file(token)?),
        (Some(_), None) => Some(secret::read(
            args.password_file.as_deref(),
            args.password_env.as_deref(),
        )?),
        (None, _) => None,
    };
    let (store, scope) = crate::sign_in::open(operator, data_dir)?;
    let request = MailSettingsRequest {
        settings: MailSettingsInput {
            from_address: args.from.clone(),
            from_name: args.name.clone(),
            host: args.host.clone(),
            port: args.port,
            security: args.security,
            auth,
            username: args.user.clone(),
            bcc_self: args.bcc.clone(),
            eml_dir: args.eml_dir.as_deref().map(absolute),
            ca_file: args.ca_file.as_deref().map(absolute),
        },
        password: password.as_deref().map(|p| Secret::from(p.as_str())),
        allow_plain: args.allow_plain,
    };
    let saved = mail::save_mail_settings(&Context::new(&store, &scope), request)?
        .settings
        .ok_or(Error::Mail(sealdesk_core::MailError::NotConfigured))?;
    print(
        json_mode,
        &json!({ "host": saved.server.host, "port": saved.server.port, "security": saved.server.security }),
        &[format!(
            "outgoing mail server saved: {} port {} ({})",
            saved.server.host,
            saved.server.port,
            saved.server.security.as_str()
        )],
    );
    Ok(())
}

/// Paths are stored absolute: later commands may run from another folder.
fn absolute(path: &Path) -> std::path::PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_owned())
}

/// `smtp test`: prints the outcome; fails (exit 1) unless every step worked.
fn test(json_mode: bool, operator: &OperatorArgs, data_dir: &Path) -> Result<(), Failure> {
    let (store, scope) = crate::sign_in::open(operator, data_dir)?;
    let outcome = mail::test_saved_mail_settings(&Context::new(&store, &scope))?;
    let message = Messages::for_os()
        .format(&crate::messages::message_id(outcome.code), None)
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

/// `smtp providers`: no store needed.
pub fn list_providers(json_mode: bool, args: &SmtpProvidersArgs) -> Result<(), Failure> {
    let chosen = mail::providers(args.domain.as_deref());
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
    print(json_mode, &chosen, &lines);
    Ok(())
}
