//! `company` and `operator`: read the arguments, call the core, print.

use crate::company_args::{CompanyCommand, CompanyDetailArgs, OperatorCommand};
use crate::output::{print, Failure};
use crate::secret;
use sealdesk_core::actions::companies::{self, CompanyRequest};
use sealdesk_core::actions::Context;
use sealdesk_core::company::Company;
use sealdesk_core::locale::Language;
use serde_json::json;

/// `company ...`.
pub fn company(json_mode: bool, cx: &Context, command: &CompanyCommand) -> Result<(), Failure> {
    match command {
        CompanyCommand::Create(args) => {
            let mut request = CompanyRequest {
                name: args.name.clone(),
                country: Some(args.country.clone()),
                ..CompanyRequest::default()
            };
            apply(&mut request, &args.details)?;
            let made = companies::create(cx, &args.code, &request)?;
            let line = format!("company {} created: {}", made.code, describe(&made));
            print(json_mode, &made, &[line]);
        }
        CompanyCommand::Update(args) => {
            let found = companies::list(cx)?
                .into_iter()
                .map(|row| row.company)
                .find(|c| c.code.eq_ignore_ascii_case(args.code.trim()));
            // Not visible to this operator reads as not there at all.
            let Some(found) = found else {
                return Err(
                    sealdesk_core::Error::Company(sealdesk_core::CompanyError::NotFound {
                        code: args.code.trim().to_ascii_uppercase(),
                    })
                    .into(),
                );
            };
            let mut request = CompanyRequest {
                name: args.name.clone().unwrap_or(found.name.clone()),
                country: args.country.clone().or(found.country.clone()),
                business_id: found.business_id.clone(),
                language: found.language,
                quota: found.quota,
                cert_folder: found.cert_folder.clone(),
                monthly_folders: found.monthly_folders,
                publication_url: found.publication_url.clone(),
            };
            apply(&mut request, &args.details)?;
            if args.no_quota {
                request.quota = None;
            }
            let changed = companies::update(cx, &found.code, &request)?;
            let line = format!("company {} changed: {}", changed.code, describe(&changed));
            print(json_mode, &changed, &[line]);
        }
        CompanyCommand::List => {
            let rows = companies::list(cx)?;
            let lines: Vec<String> = rows
                .iter()
                .map(|row| {
                    let company = &row.company;
                    let active = row.active_certificates;
                    let usage = match company.quota {
                        Some(quota) => format!("{active} of {quota} active certificates"),
                        None => format!("{} (no quota)", certificates(active)),
                    };
                    format!("{}: {}; {usage}", company.code, identity(company))
                })
                .collect();
            print(json_mode, &rows, &lines);
        }
    }
    Ok(())
}

/// What was given of the details that create and update share.
fn apply(request: &mut CompanyRequest, details: &CompanyDetailArgs) -> Result<(), Failure> {
    if let Some(id) = &details.business_id {
        request.business_id = Some(id.clone());
    }
    if let Some(lang) = &details.lang {
        request.language = Some(lang.parse::<Language>()?);
    }
    if let Some(quota) = details.quota {
        request.quota = Some(quota);
    }
    if let Some(folder) = &details.cert_folder {
        request.cert_folder = Some(folder.display().to_string());
    }
    if details.monthly_folders {
        request.monthly_folders = true;
    }
    if let Some(url) = &details.publication_url {
        request.publication_url = Some(url.clone());
    }
    Ok(())
}

/// The company's name with what identifies it: country and business
/// identifier, when known.
fn identity(company: &Company) -> String {
    [
        Some(company.name.as_str()),
        company.country.as_deref(),
        company
            .organization_identifier
            .as_deref()
            .or(company.business_id.as_deref()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

/// A created or changed company on one line: who it is and its quota.
fn describe(company: &Company) -> String {
    let quota = company.quota.map_or("no quota".to_string(), |quota| {
        format!("quota {}", certificates(quota))
    });
    format!("{}; {quota}", identity(company))
}

fn certificates(count: u32) -> String {
    match count {
        1 => "1 active certificate".to_string(),
        n => format!("{n} active certificates"),
    }
}

/// `operator ...`.
pub fn operator(json_mode: bool, cx: &Context, command: &OperatorCommand) -> Result<(), Failure> {
    match command {
        OperatorCommand::Add(args) => {
            let password = secret::required(&args.password_file, &args.password_env)?;
            let added = companies::add_operator(cx, &args.login, &args.name, &password)?;
            let company = companies::current(cx)?;
            print(
                json_mode,
                &json!({ "id": added.id, "login": added.login, "name": added.name, "company": company.code }),
                &[format!(
                    "operator {} ({}) added to {}",
                    added.login, added.name, company.code
                )],
            );
        }
        OperatorCommand::List => {
            let operators = companies::operators(cx)?;
            let mut lines: Vec<String> = operators
                .iter()
                .map(|o| {
                    format!(
                        "{}: {}{}",
                        o.login,
                        o.name,
                        if o.disabled { " (disabled)" } else { "" }
                    )
                })
                .collect();
            if lines.is_empty() {
                let company = companies::current(cx)?;
                lines.push(format!("no operators act on {} yet", company.code));
            }
            print(json_mode, &operators, &lines);
        }
    }
    Ok(())
}
