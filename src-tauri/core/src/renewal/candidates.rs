//! The certificates a user may want to renew: director certificates whose
//! key SealDesk holds and that expire soon (or expired so recently a run
//! may still renew them), each with what the renewal screens show of it.

use super::plan::{
    current_email, default_start_date, forbidden_domains, in_domains, Term, EXPIRED_GRACE_DAYS,
};
use super::prices::{self, Money};
use crate::pki::certificate::CertificateInfo;
use crate::pki::registry::{self, ListFilter};
use crate::pki::status::Status;
use crate::{Result, Store};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;

/// A certificate that can be chosen for renewal.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export, rename = "RenewalCandidate")]
pub struct Candidate {
    /// Registry id.
    pub id: i64,
    /// Subject, RFC 4514.
    pub subject: String,
    /// Its holder as people call them: the subject's common name, else the
    /// whole subject.
    pub holder: String,
    /// Issuer, RFC 4514.
    pub issuer: String,
    /// End of validity.
    pub not_after: DateTime<Utc>,
    /// Whole days until it expires (negative once expired).
    pub days_to_expiry: i64,
    /// The e-mail it carries, if any.
    pub email: Option<String>,
    /// Whether that e-mail is in a domain the CAs refuse, so a plan needs
    /// another one for it.
    pub forbidden_email: bool,
    /// Algorithm of its key (`ec-p256`, ...), the default for the new key.
    pub key_algorithm: String,
    /// Whether its key is on a token (a PIN opens it) or in a file.
    pub on_token: bool,
    /// The run it is already in (an item neither installed nor cancelled).
    pub open_run: Option<i64>,
    /// The start date a plan gives its new certificate unless told otherwise.
    pub default_start: NaiveDate,
    /// Its CA as the price list names it.
    pub ca: String,
    /// The price list's price of a one-year renewal, if set.
    pub price_one_year: Option<Money>,
    /// The price list's price of a two-year renewal, if set.
    pub price_two_years: Option<Money>,
}

/// Director certificates with a key that expire within `within_days` days
/// of `now`, or expired less than the renewal grace ago, soonest first.
/// Seals, revoked and superseded certificates are left out.
pub fn candidates(store: &Store, within_days: u32, now: DateTime<Utc>) -> Result<Vec<Candidate>> {
    let filter = ListFilter {
        with_key_only: true,
        ..ListFilter::default()
    };
    let horizon = now + Duration::days(i64::from(within_days));
    let oldest = now - Duration::days(EXPIRED_GRACE_DAYS);
    let forbidden = forbidden_domains(store)?;
    let mut found = Vec::new();
    for record in registry::list(store, &filter, now)? {
        if record.is_ca
            || matches!(record.status, Status::Revoked | Status::Superseded)
            || record.not_after > horizon
            || record.not_after < oldest
        {
            continue;
        }
        let Some(key_id) = record.key_id else {
            continue;
        };
        let (location, key_algorithm): (String, String) = store.conn().query_row(
            "SELECT location, algorithm FROM key WHERE id = ?1 AND company_id = current_company()",
            [key_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let open_run = super::plan::open_run_of(store, record.id)?;
        let der = registry::der(store.conn(), record.id)?;
        let info = CertificateInfo::from_der(&der)?;
        let ca = prices::ca_name(&der)?;
        let email = current_email(&info);
        found.push(Candidate {
            price_one_year: prices::price_of(store, &ca, Term::OneYear)?,
            price_two_years: prices::price_of(store, &ca, Term::TwoYears)?,
            ca,
            id: record.id,
            holder: holder_name(&info),
            forbidden_email: email
                .as_deref()
                .is_some_and(|address| in_domains(address, &forbidden)),
            email,
            default_start: default_start_date(record.not_after, now),
            subject: record.subject,
            issuer: record.issuer,
            not_after: record.not_after,
            days_to_expiry: record.days_to_expiry,
            on_token: location == "token",
            key_algorithm,
            open_run,
        });
    }
    found.sort_by_key(|c| (c.not_after, c.id));
    Ok(found)
}

/// The subject's common name, else the whole subject.
pub(super) fn holder_name(info: &CertificateInfo) -> String {
    info.subject_attributes
        .iter()
        .find(|a| a.name == "CN")
        .map(|a| a.value.clone())
        .unwrap_or_else(|| info.subject.clone())
}
