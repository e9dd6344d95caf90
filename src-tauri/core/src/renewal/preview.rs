//! What a plan would make of the chosen certificates, before anything is
//! recorded: the renewal wizard asks again as the user types, so that the
//! forbidden e-mails, start dates, warnings and prices it shows are the
//! ones [`super::plan`] will apply.

use super::plan::{self, current_email, in_domains, Term, Warning};
use super::prices::{self, Money};
use crate::error::ErrorPayload;
use crate::pki::certificate::CertificateInfo;
use crate::pki::registry;
use crate::pki::subject::email_address;
use crate::{Result, Store};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// The parts of a plan that decide what the wizard shows.
#[derive(Debug, Clone, Deserialize, TS)]
#[ts(export)]
pub struct PreviewRequest {
    /// The certificates to renew.
    pub certificates: Vec<i64>,
    /// Term of the new certificates.
    pub term: Term,
    /// Start date for every new certificate, or the default per certificate.
    pub start: Option<NaiveDate>,
    /// Start dates of single certificates; they win over `start`.
    #[serde(default)]
    pub start_for: BTreeMap<i64, NaiveDate>,
    /// Corrected e-mail addresses, by certificate id.
    #[serde(default)]
    pub emails: BTreeMap<i64, String>,
}

/// One chosen certificate as a plan would take it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PreviewItem {
    /// The certificate.
    pub cert_id: i64,
    /// The e-mail the new certificate gets: the corrected one, else the old one's.
    pub email: Option<String>,
    /// Why that e-mail cannot be used, if it cannot (not an address).
    pub email_problem: Option<ErrorPayload>,
    /// Whether its domain is one the CAs refuse: the plan is refused until corrected.
    pub email_forbidden: bool,
    /// The start date the new certificate gets.
    pub start: NaiveDate,
    /// Why that start date cannot be used (after the old certificate ends).
    pub start_problem: Option<ErrorPayload>,
    /// Warnings about this item that do not stop the plan.
    pub warnings: Vec<Warning>,
    /// The price list's price for the chosen term, if set.
    pub price: Option<Money>,
}

/// The whole preview.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct PlanPreview {
    /// One entry per chosen certificate, in the order asked.
    pub items: Vec<PreviewItem>,
    /// What the items with a price cost, per currency.
    pub totals: Vec<Money>,
    /// Items without a price ("no price", never zero).
    pub unpriced: usize,
    /// Whether nothing in these items stops the plan.
    pub acceptable: bool,
}

/// The preview of `request`: the same checks as [`plan::plan`] makes of each
/// certificate, item by item, without recording anything. A certificate
/// that cannot be renewed at all (unknown, a seal, revoked) is refused as
/// the plan would refuse it.
pub fn preview(store: &Store, request: &PreviewRequest, now: DateTime<Utc>) -> Result<PlanPreview> {
    let forbidden = plan::forbidden_domains(store)?;
    let mut items = Vec::with_capacity(request.certificates.len());
    for &id in &request.certificates {
        let record = registry::get(store, id, now)?;
        plan::renewable(store, &record, now)?;
        let der = registry::der(store.conn(), id)?;
        let info = CertificateInfo::from_der(&der)?;
        let (email, email_problem) = match request.emails.get(&id) {
            Some(corrected) => match email_address(corrected) {
                Ok(address) => (Some(address), None),
                Err(err) => (Some(corrected.clone()), Some(err.to_payload())),
            },
            None => (current_email(&info), None),
        };
        let email_forbidden = email_problem.is_none()
            && email
                .as_deref()
                .is_some_and(|address| in_domains(address, &forbidden));
        let asked = request.start_for.get(&id).copied().or(request.start);
        let (start, start_problem) = match plan::start_date(id, asked, record.not_after, now) {
            Ok(start) => (start, None),
            Err(err) => (
                asked.unwrap_or_else(|| plan::default_start_date(record.not_after, now)),
                Some(err.to_payload()),
            ),
        };
        let warnings = plan::start_warning(id, start, record.not_after)
            .into_iter()
            .collect();
        let price = prices::price_of(store, &prices::ca_name(&der)?, request.term)?;
        items.push(PreviewItem {
            cert_id: id,
            email,
            email_problem,
            email_forbidden,
            start,
            start_problem,
            warnings,
            price,
        });
    }
    let totals = prices::totals(items.iter().filter_map(|i| i.price.as_ref()));
    let unpriced = items.iter().filter(|i| i.price.is_none()).count();
    let acceptable = items
        .iter()
        .all(|i| i.email_problem.is_none() && !i.email_forbidden && i.start_problem.is_none());
    Ok(PlanPreview {
        items,
        totals,
        unpriced,
        acceptable,
    })
}
