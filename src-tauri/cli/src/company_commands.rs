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
            print(json_mode, &made, &[describe(&made)]);
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
            print(json_mode, &changed, &[describe(&changed)]);
        }
        CompanyCommand::List => {
            let rows = companies::list(cx)?;
            let lines: Vec<String> = rows
                .iter()
                .map(|row| {
                    format!(
                        "{}, {} active certificates",
                        describe(&row.company),
                        row.active_certificates
                    )
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

fn describe(company: &Company) -> String {
    let quota = company
        .quota
        .map_or("no quota".to_string(), |q| format!("quota {q}"));
    format!(
        "{} {} ({}), {quota}",
        company.code,
        company.name,
        company.country.as_deref().unwrap_or("-")
    )
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
                    "operator {} added to {}",
                    added.login, company.code
                )],
            );
        }
        OperatorCommand::List => {
            let operators = companies::operators(cx)?;
            let lines: Vec<String> = operators
                .iter()
                .map(|o| {
                    format!(
                        "{} ({}){}",
                        o.login,
                        o.name,
                        if o.disabled { ", disabled" } else { "" }
                    )
                })
                .collect();
            print(json_mode, &operators, &lines);
        }
    }
    Ok(())
}
