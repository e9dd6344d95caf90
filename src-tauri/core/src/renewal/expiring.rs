//! The certificates worth renewing soon: those with a key SealDesk holds,
//! neither revoked nor superseded, that expire within some days or expired
//! less than the grace period ago, across all issuers.

use super::plan::{current_email, EXPIRED_GRACE_DAYS};
use super::prices::ca_name;
use crate::pki::certificate::CertificateInfo;
use crate::pki::registry::{self, ListFilter};
use crate::{Result, Store};
use chrono::{DateTime, Duration, Utc};
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

/// The certificates with a key we hold, not CA, not revoked or superseded,
/// that end within `days` from `now` or ended less than the grace period
/// ago, filtered by `filter`.
pub fn expiring(
    store: &Store,
    days: u32,
    filter: &ExpiringFilter,
    now: DateTime<Utc>,
) -> Result<Expiring> {
    let until = now + Duration::days(i64::from(days));
    let since = now - Duration::days(EXPIRED_GRACE_DAYS);
    let lower = |t: &Option<String>| {
        t.as_deref()
            .map(|t| t.trim().to_lowercase())
            .filter(|t| !t.is_empty())
    };
    let issuer_text = lower(&filter.issuer);
    let search = lower(&filter.search);
    let records = registry::list(
        store,
        &ListFilter {
            with_key_only: true,
            ..ListFilter::default()
        },
        now,
    )?;
    let mut certificates = Vec::new();
    for record in records {
        if record.is_ca
            || record.state != "active"
            || record.not_after > until
            || record.not_after < since
        {
            continue;
        }
        let state = if record.not_after >= now {
            ExpiringState::Valid
        } else {
            ExpiringState::ExpiredWithinGrace
        };
        if filter.state.is_some_and(|s| s != state) {
            continue;
        }
        let der = registry::der(store.conn(), record.id)?;
        let issuer = ca_name(&der)?;
        if let Some(text) = &issuer_text {
            if !issuer.to_lowercase().contains(text) {
                continue;
            }
        }
        let email = current_email(&CertificateInfo::from_der(&der)?);
        if let Some(text) = &search {
            let in_subject = record.subject.to_lowercase().contains(text);
            let in_email = email
                .as_deref()
                .is_some_and(|e| e.to_lowercase().contains(text));
            if !in_subject && !in_email {
                continue;
            }
        }
        let run_id = super::plan::open_run_of(store, record.id)?;
        certificates.push(ExpiringCertificate {
            cert_id: record.id,
            subject: record.subject,
            email,
            issuer,
            not_after: record.not_after.to_rfc3339(),
            days_to_expiry: record.days_to_expiry,
            state,
            run_id,
        });
    }
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
