//! The certificates worth renewing soon, as the command line lists them:
//! the renewal candidates with filters by CA, state and text, and counts.

use crate::{Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::BTreeMap;

/// The default window of [`expiring`], in days.
pub const DEFAULT_DAYS: u32 = 30;

/// Whether an expiring certificate still works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExpiringState {
    /// Still valid.
    Valid,
    /// Expired, but less than the grace period ago: a run can still renew it.
    ExpiredWithinGrace,
}

/// Which expiring certificates to show.
#[derive(Debug, Clone, Default)]
pub struct ExpiringFilter {
    /// Only those whose CA name (the issuer's common name, else its
    /// organization) contains this text, ignoring case.
    pub issuer: Option<String>,
    /// Only those in this state.
    pub state: Option<ExpiringState>,
    /// Only those whose subject or e-mail contains this text, ignoring case.
    pub search: Option<String>,
}

/// One certificate to renew.
#[derive(Debug, Clone, Serialize)]
pub struct ExpiringCertificate {
    /// Registry id.
    pub cert_id: i64,
    /// Subject, RFC 4514.
    pub subject: String,
    /// Its e-mail, if it has one.
    pub email: Option<String>,
    /// The CA, as the price list names it.
    pub issuer: String,
    /// End of validity (RFC 3339).
    pub not_after: String,
    /// Whole days to the end of validity (negative once expired).
    pub days_to_expiry: i64,
    /// Valid, or expired within the grace period.
    pub state: ExpiringState,
    /// The open renewal run it is already in, if any.
    pub run_id: Option<i64>,
}

/// Counts over the certificates shown.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ExpiringCounts {
    /// How many.
    pub total: usize,
    /// How many per CA.
    pub by_issuer: BTreeMap<String, usize>,
    /// How many are already in an open run.
    pub in_open_run: usize,
}

/// The expiring certificates, soonest first, with their counts.
#[derive(Debug, Clone, Serialize)]
pub struct Expiring {
    /// The window, in days.
    pub days: u32,
    /// The certificates.
    pub certificates: Vec<ExpiringCertificate>,
    /// Their counts.
    pub counts: ExpiringCounts,
}

/// The renewal candidates (see [`candidates`](super::candidates)) that end
/// within `days` from `now` or ended less than the grace period ago,
/// filtered by `filter`, soonest first.
pub fn expiring(
    store: &Store,
    days: u32,
    filter: &ExpiringFilter,
    now: DateTime<Utc>,
) -> Result<Expiring> {
    let lower = |t: &Option<String>| {
        t.as_deref()
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
    };
    let issuer_text = lower(&filter.issuer);
    let search = lower(&filter.search);
    let certificates: Vec<ExpiringCertificate> = super::candidates(store, days, now)?
        .into_iter()
        .map(|c| {
            let state = if c.not_after >= now {
                ExpiringState::Valid
            } else {
                ExpiringState::ExpiredWithinGrace
            };
            ExpiringCertificate {
                cert_id: c.id,
                subject: c.subject,
                email: c.email,
                issuer: c.ca,
                not_after: c.not_after.to_rfc3339(),
                days_to_expiry: c.days_to_expiry,
                state,
                run_id: c.open_run,
            }
        })
        .filter(|c| filter.state.is_none_or(|s| s == c.state))
        .filter(|c| {
            issuer_text
                .as_ref()
                .is_none_or(|text| c.issuer.to_lowercase().contains(text))
        })
        .filter(|c| {
            search.as_ref().is_none_or(|text| {
                c.subject.to_lowercase().contains(text)
                    || c.email
                        .as_deref()
                        .is_some_and(|e| e.to_lowercase().contains(text))
            })
        })
        .collect();
    let mut counts = ExpiringCounts {
        total: certificates.len(),
        ..ExpiringCounts::default()
    };
    for c in &certificates {
        *counts.by_issuer.entry(c.issuer.clone()).or_default() += 1;
        counts.in_open_run += usize::from(c.run_id.is_some());
    }
    Ok(Expiring {
        days,
        certificates,
        counts,
    })
}
