//! `contractor` and `portal-user`: read the arguments, call the core, print.

use crate::messages::Messages;
use crate::output::{print, Failure};
use crate::portal_args::{ContractorCommand, PortalUserCommand};
use sealdesk_core::actions::{portal_users, Context};
use sealdesk_core::locale::Language;
use sealdesk_core::portal::{ContractorFields, PortalUser, PortalUserFields, PortalUserQuery};

/// `contractor ...`.
pub fn contractor(json: bool, cx: &Context, command: &ContractorCommand) -> Result<(), Failure> {
    match command {
        ContractorCommand::Add(args) => {
            let added = portal_users::add_contractor(
                cx,
                &ContractorFields {
                    code: args.code.clone(),
                    name: args.name.clone(),
                    business_id: args.business_id.clone(),
                    email: args.email.clone(),
                },
            )?;
            print(
                json,
                &added,
                &[format!("contractor {}: {}", added.code, added.name)],
            );
        }
        ContractorCommand::List => {
            let all = portal_users::contractors(cx)?;
            let mut lines: Vec<String> = all
                .iter()
                .map(|c| format!("{}: {}", c.code, c.name))
                .collect();
            if lines.is_empty() {
                lines.push("no contractors yet".into());
            }
            print(json, &all, &lines);
        }
    }
    Ok(())
}

fn line(user: &PortalUser) -> String {
    let state = match (&user.certificate_state, user.disabled) {
        (_, true) => "disabled".to_string(),
        (Some(state), _) => format!("certificate {state}"),
        (None, _) => "no certificate".to_string(),
    };
    format!(
        "{} {}/{}: {} <{}>, {}, {state}",
        user.id,
        user.contractor,
        user.login,
        user.name,
        user.email,
        user.lang.tag()
    )
}

/// `portal-user ...`.
pub fn portal_user(json: bool, cx: &Context, command: &PortalUserCommand) -> Result<(), Failure> {
    match command {
        PortalUserCommand::Add(args) => {
            let added = portal_users::add_user(
                cx,
                &PortalUserFields {
                    contractor: args.contractor.clone(),
                    login: args.login.clone(),
                    name: args.name.clone(),
                    email: args.email.clone(),
                    lang: args
                        .lang
                        .as_deref()
                        .map(str::parse::<Language>)
                        .transpose()?,
                },
            )?;
            print(json, &added, &[line(&added)]);
        }
        PortalUserCommand::Import(args) => {
            let report = portal_users::import_users(cx, &args.file)?;
            let messages = Messages::for_os();
            let mut lines = vec![format!(
                "{} added, {} changed, {} unchanged",
                report.created, report.updated, report.unchanged
            )];
            for error in &report.errors {
                lines.push(format!(
                    "line {}: error[{}]: {}",
                    error.line,
                    error.code,
                    messages
                        .with_params(&crate::messages::message_id(&error.code), &error.params)
                        .unwrap_or_else(|| error.message.clone())
                ));
            }
            print(json, &report, &lines);
            if !report.errors.is_empty() {
                return Err(sealdesk_core::Error::Portal(
                    sealdesk_core::PortalError::ImportRefused {
                        count: report.errors.len(),
                    },
                )
                .into());
            }
        }
        PortalUserCommand::List(args) => {
            let found = portal_users::users(
                cx,
                &PortalUserQuery {
                    search: args.search.clone(),
                    without_certificate: args.without_certificate,
                    limit: None,
                },
            )?;
            let mut lines: Vec<String> = found.iter().map(line).collect();
            if lines.is_empty() {
                lines.push("no portal users".into());
            }
            print(json, &found, &lines);
        }
        PortalUserCommand::Update(args) => {
            let current = portal_users::users(cx, &PortalUserQuery::default())?
                .into_iter()
                .find(|u| u.id == args.id)
                .ok_or(sealdesk_core::Error::Portal(
                    sealdesk_core::PortalError::UserNotFound { id: args.id },
                ))?;
            let lang = match &args.lang {
                Some(lang) => lang.parse::<Language>()?,
                None => current.lang,
            };
            let changed = portal_users::update_user(
                cx,
                args.id,
                args.name.as_deref().unwrap_or(&current.name),
                args.email.as_deref().unwrap_or(&current.email),
                lang,
            )?;
            print(json, &changed, &[line(&changed)]);
        }
        PortalUserCommand::Disable(args) => {
            let changed = portal_users::set_user_disabled(cx, args.id, !args.enable)?;
            print(json, &changed, &[line(&changed)]);
        }
    }
    Ok(())
}
