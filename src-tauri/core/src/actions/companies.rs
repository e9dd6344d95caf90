//! Companies and their operators, as the administrator manages them.

use super::Context;
use crate::company::operator::{self, Operator};
use crate::company::{self, Company, CompanyFields};
use crate::locale::Language;
use crate::secret::Secret;
use crate::{ids, Result};
use serde::{Deserialize, Serialize};

/// A company as the list shows it.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct CompanyRow {
    /// The company.
    #[serde(flatten)]
    pub company: Company,
    /// Its active certificates (what the quota counts).
    pub active_certificates: u32,
    /// Its portal users.
    pub portal_users: u32,
}

/// A new company, or the whole of a changed one.
#[derive(Debug, Clone, Deserialize, PartialEq, Default, ts_rs::TS)]
#[ts(export)]
pub struct CompanyRequest {
    /// The name.
    pub name: String,
    /// Two-letter country code.
    pub country: Option<String>,
    /// The national business identifier as typed; checked by the country's rule.
    pub business_id: Option<String>,
    /// Default language.
    pub language: Option<Language>,
    /// Quota of active certificates; none: no limit.
    pub quota: Option<u32>,
    /// Folder for copies of issued PKCS#12 files.
    pub cert_folder: Option<String>,
    /// Copies go to `YYYY-MM` subfolders.
    #[serde(default)]
    pub monthly_folders: bool,
    /// Publication base URL of the seal's certificate and CRL.
    pub publication_url: Option<String>,
}

impl CompanyRequest {
    fn checked(&self) -> Result<CompanyFields> {
        let country = self
            .country
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(crate::pki::subject::country_code)
            .transpose()?;
        let business_id = match (self.business_id.as_deref().map(str::trim), &country) {
            (None | Some(""), _) => None,
            (Some(raw), Some(country)) => Some(ids::check(country, None, raw)?),
            (Some(_), None) => {
                return Err(crate::Error::Pki(crate::PkiError::InvalidCountry {
                    value: String::new(),
                }))
            }
        };
        Ok(CompanyFields {
            name: self.name.trim().to_string(),
            country,
            organization_identifier: business_id
                .as_ref()
                .and_then(ids::BusinessId::organization_identifier),
            business_id: business_id.map(|id| id.normalized),
            language: self.language,
            quota: self.quota,
            cert_folder: blank_to_none(&self.cert_folder),
            monthly_folders: self.monthly_folders,
            publication_url: blank_to_none(&self.publication_url),
        })
    }
}

fn blank_to_none(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// The companies the actor may see: every one for the administrator, the
/// operator's own otherwise.
pub fn list(cx: &Context) -> Result<Vec<CompanyRow>> {
    let companies = company::list(cx.store())?;
    companies
        .into_iter()
        .filter(|c| cx.scope().is_administrator() || c.id == cx.company())
        .map(|company| {
            Ok(CompanyRow {
                portal_users: company::portal_users(cx.store(), company.id)?,
                active_certificates: company::active_certificates(
                    cx.store(),
                    company.id,
                    cx.now(),
                )?,
                company,
            })
        })
        .collect()
}

/// Creates company `code` (administrator only).
pub fn create(cx: &Context, code: &str, request: &CompanyRequest) -> Result<Company> {
    cx.scope().require_administrator()?;
    let fields = request.checked()?;
    company::create(
        cx.store(),
        cx.scope().actor().login(),
        code,
        &fields,
        cx.now(),
    )
}

/// Replaces the fields of company `code` (administrator only).
pub fn update(cx: &Context, code: &str, request: &CompanyRequest) -> Result<Company> {
    cx.scope().require_administrator()?;
    let found = company::by_code(cx.store(), code)?;
    let fields = request.checked()?;
    company::update(
        cx.store(),
        cx.scope().actor().login(),
        found.id,
        &fields,
        cx.now(),
    )
}

/// The company open, in the form a change starts from.
pub fn current(cx: &Context) -> Result<Company> {
    company::get(cx.store(), cx.company())
}

/// Adds operator `login` of the company open (administrator only).
pub fn add_operator(cx: &Context, login: &str, name: &str, password: &Secret) -> Result<Operator> {
    cx.scope().require_administrator()?;
    operator::add(
        cx.store(),
        cx.scope().actor().login(),
        login,
        name,
        cx.company(),
        password.as_str(),
        cx.now(),
    )
}

/// The operators of the company open (administrator only).
pub fn operators(cx: &Context) -> Result<Vec<Operator>> {
    cx.scope().require_administrator()?;
    operator::list(cx.store(), Some(cx.company()))
}
