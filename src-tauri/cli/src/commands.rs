//! Each subcommand: read its inputs, call the core, print the result.

use crate::args::{Cli, Command, KeyCommand, KeyGenerateArgs, TokenCommand, TokenListArgs};
use crate::output::{print, Failure};
use crate::secret;
use crate::sign_in;
use sealdesk_core::actions::keys::{self, NewKeyPlace};
use sealdesk_core::actions::{
    self, backup, first_steps, session, status, token_module, Context, Gate,
};
use sealdesk_core::keys::{token, KeyAlgorithm};
use sealdesk_core::{store, Store};
use serde_json::json;
use std::path::Path;

/// Runs the parsed command line.
pub fn run(cli: &Cli) -> Result<(), Failure> {
    if let Command::Ids(command) = &cli.command {
        return crate::ids_commands::ids(cli.json, command);
    }
    if let Command::Smtp(crate::smtp_args::SmtpCommand::Providers(args)) = &cli.command {
        return crate::smtp_commands::list_providers(cli.json, args);
    }
    let data_dir = store::resolve_data_dir(cli.data_dir.clone())?;
    match &cli.command {
        Command::Init(args) => {
            let password = secret::required(
                &args.admin_password.admin_password_file,
                &args.admin_password.admin_password_env,
            )?;
            let store = Store::open(&data_dir)?;
            let code = actions::admin::set_up(&Gate::new(&store), &args.admin_name, &password)?;
            let code = code.display_form();
            print(
                cli.json,
                &json!({ "data_dir": data_dir, "recovery_code": code }),
                &[
                    format!("SealDesk is set up in {}", data_dir.display()),
                    format!("Recovery code (write it down, it is shown only now): {code}"),
                ],
            );
        }
        Command::Restore(args) => {
            let (mut store, scope) = sign_in::open(&cli.operator, &data_dir)?;
            let restored = backup::restore(&mut store, &scope, &args.file)?;
            print(
                cli.json,
                &restored,
                &[
                    format!("store restored from {}", restored.path),
                    format!("the store as it was is kept in {}", restored.previous),
                ],
            );
        }
        Command::Key(KeyCommand::Generate(args)) => generate_key(cli, &data_dir, args)?,
        Command::Token(TokenCommand::List(args)) => list_tokens(cli, &data_dir, args)?,
        Command::Ids(command) => crate::ids_commands::ids(cli.json, command)?,
        Command::Smtp(command) => {
            crate::smtp_commands::smtp(cli.json, &cli.operator, &data_dir, command)?
        }
        command => {
            let (store, scope) = sign_in::open(&cli.operator, &data_dir)?;
            let cx = Context::new(&store, &scope);
            in_store(cli.json, &cx, command)?
        }
    }
    Ok(())
}

/// Runs a command that works in the store as it is, opened once for it.
fn in_store(json: bool, cx: &Context, command: &Command) -> Result<(), Failure> {
    match command {
        Command::Status => {
            let status = status::store_status(cx)?;
            let signed_in = session::signed_in(cx)?;
            let actor = &signed_in.actor;
            let company = &signed_in.company;
            // The store's state, and who acts on which company, as a
            // script checks them before it goes on.
            let shown = StatusShown {
                status: &status,
                operator: actor.login(),
                company: &company.code,
            };
            print(
                json,
                &shown,
                &[
                    format!("data folder: {}", status.data_dir),
                    format!("schema version: {}", status.schema_version),
                    format!(
                        "administrator: {}",
                        status.administrator.as_deref().unwrap_or("(not set up)")
                    ),
                    format!("signed in as: {} ({})", actor.login(), actor.name()),
                    format!("company: {} ({})", company.code, company.name),
                ],
            );
        }
        Command::FirstSteps(args) => {
            let guide = match (args.hide, args.show) {
                (true, _) => first_steps::set_first_steps_hidden(cx, true)?,
                (_, true) => first_steps::set_first_steps_hidden(cx, false)?,
                _ => first_steps::first_steps(cx)?,
            };
            let mut lines: Vec<String> = guide
                .steps
                .iter()
                .map(|s| {
                    let name = serde_json::to_value(s.step).unwrap_or_default();
                    let name = name.as_str().unwrap_or_default().to_string();
                    format!("[{}] {name}", if s.done { "x" } else { " " })
                })
                .collect();
            if !guide.shown && guide.next.is_some() {
                lines.push("(hidden in the window)".into());
            }
            print(json, &guide, &lines);
        }
        Command::Backup(args) => {
            let done = match &args.out {
                Some(out) => backup::back_up_to(cx, out, |_| true)?,
                None => backup::back_up_into(cx, args.into.as_deref(), |_| true)?,
            };
            print(json, &done, &[format!("backup written to {}", done.path)]);
        }
        Command::Seal(command) => crate::pki_commands::seal(json, cx, command)?,
        Command::Cert(command) => crate::pki_commands::cert(json, cx, command)?,
        Command::Csr(command) => crate::pki_commands::csr(json, cx, command)?,
        Command::Sign(args) => crate::sign_commands::sign(json, cx, args)?,
        Command::Mail(command) => crate::mail_commands::mail(json, cx, command)?,
        Command::Outbox(command) => crate::outbox_commands::outbox(json, cx, command)?,
        Command::Identity(command) => crate::identity_commands::identity(json, cx, command)?,
        Command::Verify(args) => crate::verify_commands::verify(json, cx, args)?,
        Command::Renew(command) => crate::renew_commands::renew(json, cx, command)?,
        Command::Company(command) => crate::company_commands::company(json, cx, command)?,
        Command::Operator(command) => crate::company_commands::operator(json, cx, command)?,
        Command::Contractor(command) => crate::portal_commands::contractor(json, cx, command)?,
        Command::PortalUser(command) => crate::portal_commands::portal_user(json, cx, command)?,
        Command::Portal(command) => crate::portal_send_commands::portal(json, cx, command)?,
        // `run` runs these itself: each opens the store its own way, or
        // needs none.
        Command::Init(_)
        | Command::Restore(_)
        | Command::Key(_)
        | Command::Token(_)
        | Command::Ids(_)
        | Command::Smtp(_) => unreachable!("`run` runs {command:?}"),
    }
    Ok(())
}

/// What `status --json` prints: the store's state, then who is signed in
/// and the company open.
#[derive(serde::Serialize)]
struct StatusShown<'a> {
    #[serde(flatten)]
    status: &'a status::StoreStatus,
    operator: &'a str,
    company: &'a str,
}

/// `key generate`: a key file, or a key pair on a token.
fn generate_key(cli: &Cli, data_dir: &Path, args: &KeyGenerateArgs) -> Result<(), Failure> {
    let json_mode = cli.json;
    let algorithm: KeyAlgorithm = args.algorithm.parse()?;
    let place = match (&args.file, &args.token) {
        (Some(file), _) => NewKeyPlace::File {
            path: file.clone(),
            password: secret::required(&args.password_file, &args.password_env)?,
        },
        (None, Some(token_label)) => NewKeyPlace::Token {
            token_label: token_label.clone(),
            pin: secret::required(&args.pin_file, &args.pin_env)?,
            module: args.module.clone(),
            object_label: args.label.clone(),
        },
        // clap's argument group makes one of them required.
        (None, None) => return Err(Failure::usage("give --file PATH or --token LABEL")),
    };
    let (store, scope) = sign_in::open(&cli.operator, data_dir)?;
    let key = keys::generate(&Context::new(&store, &scope), algorithm, &place)?;
    let made = match place {
        NewKeyPlace::File { .. } => format!("written to {}", key.location),
        NewKeyPlace::Token { .. } => format!("generated on the token as {}", key.location),
    };
    print(
        json_mode,
        &key,
        &[
            format!("key {} ({}) {made}", key.id, key.algorithm),
            format!("public key SHA-256: {}", key.spki_sha256),
        ],
    );
    Ok(())
}

/// `token list`.
fn list_tokens(cli: &Cli, data_dir: &Path, args: &TokenListArgs) -> Result<(), Failure> {
    let json_mode = cli.json;
    let module = match &args.module {
        Some(module) => module.clone(),
        // Only the setting needs the store; a module given outright works
        // before SealDesk is set up.
        None => {
            let (store, scope) = sign_in::open(&cli.operator, data_dir)?;
            let cx = Context::new(&store, &scope);
            token_module::chosen(&cx, None)?
        }
    };
    let tokens = token::list_tokens(&module)?;
    let mut lines: Vec<String> = tokens
        .iter()
        .map(|t| {
            let label = if t.label.is_empty() {
                "(no label)"
            } else {
                &t.label
            };
            let state = if !t.initialized {
                ", not initialised"
            } else if t.pin_locked {
                ", PIN locked"
            } else {
                ""
            };
            format!(
                "{label}: {} {}, serial {}, slot {}{state}",
                t.manufacturer, t.model, t.serial, t.slot_id
            )
        })
        .collect();
    if lines.is_empty() {
        lines.push(format!("no token is present for {}", module.display()));
    }
    print(json_mode, &tokens, &lines);
    Ok(())
}
