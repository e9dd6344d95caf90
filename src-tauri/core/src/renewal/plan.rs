//! Planning a renewal run: which certificates, for how long, from when, who
//! to call, and the e-mail each new certificate carries.

use super::prices::Money;
use crate::keys::KeyAlgorithm;
use crate::pki::certificate::CertificateInfo;
use crate::pki::registry;
use crate::pki::status::Status;
use crate::pki::subject::email_address;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use rusqlite::{params, OptionalExtension};
use serde_json::json;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Domains whose mail CAs refuse in certificates unless the settings say
/// otherwise (`renewal.forbidden_domains`, comma-separated).
pub const DEFAULT_FORBIDDEN_DOMAINS: &[&str] = &[
    "mail.ru",
    "yandex.ru",
    "yandex.ua",
    "ya.ru",
    "rambler.ru",
    "bk.ru",
    "inbox.ru",
    "list.ru",
];

/// The setting that replaces [`DEFAULT_FORBIDDEN_DOMAINS`].
pub const FORBIDDEN_DOMAINS_SETTING: &str = "renewal.forbidden_domains";

/// How long an expired certificate can still be renewed by a run; after
/// that the holder has to go to the CA in person.
pub const EXPIRED_GRACE_DAYS: i64 = 30;
/// Default lead of the new certificate's start before the old one ends.
const START_LEAD_DAYS: i64 = 3;
/// A start closer than this to the old certificate's end is warned about:
/// the tax authority is to be told of the new certificate before the old
/// one ends, and that takes a couple of days.
const START_WARNING_DAYS: i64 = 2;

/// The term of the new certificates, written `1y` or `2y`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[ts(export)]
pub enum Term {
    /// One year.
    #[serde(rename = "1y")]
    OneYear,
    /// Two years, the default.
    #[serde(rename = "2y")]
    TwoYears,
}

impl Term {
    /// `1y` or `2y`, as the command line and the UI write it.
    pub fn parse(value: &str) -> Option<Self> {
        match value.trim() {
            "1y" => Some(Term::OneYear),
            "2y" => Some(Term::TwoYears),
            _ => None,
        }
    }

    /// The term in years.
    pub fn years(self) -> i64 {
        match self {
            Term::OneYear => 1,
            Term::TwoYears => 2,
        }
    }
}

/// What the user chose for a run.
#[derive(serde::Deserialize, ts_rs::TS)]
#[ts(export, rename = "RenewalPlan")]
pub struct PlanRequest {
    /// The certificates to renew.
    pub certificates: Vec<i64>,
    /// Term of the new certificates.
    pub term: Term,
    /// Start date of the new certificates; by default 3 days before each
    /// old certificate expires.
    pub start: Option<NaiveDate>,
    /// Start dates of single certificates, by old certificate id; they win
    /// over `start`.
    #[serde(default)]
    pub start_for: BTreeMap<i64, NaiveDate>,
    /// The phrase that blocks the new certificates by phone; kept only in
    /// the OS credential store.
    pub phrase: Option<crate::secret::Secret>,
    /// Contact person.
    pub contact: String,
    /// Contact phone.
    pub phone: String,
    /// Folder for the new key files and requests.
    pub key_dir: PathBuf,
    /// Algorithm of the new keys; by default each old key's.
    pub algorithm: Option<KeyAlgorithm>,
    /// Corrected e-mail addresses, by old certificate id.
    pub emails: BTreeMap<i64, String>,
    /// Label of the token that receives the new keys (through the PKCS#11
    /// module of the settings); `None` keeps them as files in `key_dir`.
    pub token: Option<String>,
}

/// The run a plan made.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Planned {
    /// The run's id.
    pub run_id: i64,
    /// Its items.
    pub items: Vec<super::ItemView>,
    /// What the items with a price cost, per currency.
    pub totals: Vec<Money>,
    /// Items without a price in the price list ("no price", never zero).
    pub unpriced: usize,
    /// Whether the phrase went to the OS credential store.
    pub phrase_stored: bool,
    /// Things the user should look at, which do not stop the plan.
    pub warnings: Vec<Warning>,
}

/// A warning of a plan: a stable code (its sentence is
/// `warning-<code with dots as dashes>` in the Fluent files) and its
/// parameters.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Warning {
    /// Stable code, e.g. `renewal.start-close-to-expiry`.
    pub code: &'static str,
    /// Named parameters of its sentence.
    pub params: serde_json::Map<String, serde_json::Value>,
}

/// Checks `request` and records the run with one planned item per
/// certificate, all in one transaction, with each item's price from the
/// price list. The phrase goes to the OS credential store before that
/// transaction commits: a credential store out of reach plans nothing.
pub fn plan(store: &Store, request: &PlanRequest, now: DateTime<Utc>) -> Result<Planned> {
    if request.certificates.is_empty() {
        return Err(Error::Renewal(crate::RenewalError::NothingToRenew));
    }
    let contact = request.contact.trim();
    if contact.is_empty() {
        return Err(Error::Pki(crate::PkiError::FieldRequired {
            field: "contact".into(),
        }));
    }
    let phone = phone_number(&request.phone)?;
    if request.token.is_some() && crate::settings::pkcs11_module(store)?.is_none() {
        return Err(Error::Token(crate::TokenError::ModuleNotSet));
    }
    let forbidden = forbidden_domains(store)?;
    let mut items = Vec::new();
    let mut refused = Vec::new();
    let mut warnings = Vec::new();
    for &id in &request.certificates {
        let record = registry::get(store, id, now)?;
        renewable(store, &record, now)?;
        let info = CertificateInfo::from_der(&registry::der(store.conn(), id)?)?;
        let email = match request.emails.get(&id) {
            Some(corrected) => Some(email_address(corrected)?),
            None => current_email(&info),
        };
        if let Some(address) = &email {
            if in_domains(address, &forbidden) {
                refused.push(format!("{id} ({address})"));
            }
        }
        let asked = request.start_for.get(&id).copied().or(request.start);
        let start = start_date(id, asked, record.not_after, now)?;
        if let Some(warning) = start_warning(id, start, record.not_after) {
            warnings.push(warning);
        }
        let ca = super::prices::ca_name(&registry::der(store.conn(), id)?)?;
        let price = super::prices::price_of(store, &ca, request.term)?;
        items.push((id, email, start, ca, price));
    }
    if !refused.is_empty() {
        return Err(Error::Renewal(crate::RenewalError::ForbiddenEmail {
            certificates: refused.join(", "),
        }));
    }
    let key_dir =
        std::path::absolute(&request.key_dir).map_err(|e| Error::io(&request.key_dir, e))?;
    crate::private_folder::create(&key_dir)?;

    let tx = store.write_transaction()?;
    let at = audit::timestamp(now);
    tx.execute(
        "INSERT INTO renewal_run (company_id, created_at, term_years, contact, phone, key_dir,
                                  key_algorithm, key_token, updated_at)
         VALUES (current_company(), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?1)",
        params![
            at,
            request.term.years(),
            contact,
            phone,
            key_dir.display().to_string(),
            request.algorithm.map(|a| a.name()),
            request.token.as_deref().map(str::trim),
        ],
    )?;
    let run_id = tx.last_insert_rowid();
    for (id, email, start, ca, price) in &items {
        tx.execute(
            "INSERT INTO renewal_item (company_id, run_id, old_cert_id, email, start_date,
                                       updated_at, ca, amount_minor, currency)
             VALUES (current_company(), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                run_id,
                id,
                email,
                start.to_string(),
                at,
                ca,
                price.as_ref().map(|p| p.minor),
                price.as_ref().map(|p| p.currency.as_str())
            ],
        )?;
    }
    audit::record(
        &tx,
        now,
        "renewal.planned",
        &json!({ "run": run_id, "certificates": request.certificates, "term_years": request.term.years() }),
    )?;
    // The phrase is stored while the run is still uncommitted: if the
    // credential store is out of reach the transaction rolls back, and if
    // the commit fails the phrase is taken out again.
    if let Some(phrase) = &request.phrase {
        super::phrase::store(run_id, phrase.as_str())?;
    }
    if let Err(err) = tx.commit() {
        if request.phrase.is_some() {
            let _ = super::phrase::remove(run_id);
        }
        return Err(err.into());
    }
    let view = super::view::show_run(store, run_id)?;
    Ok(Planned {
        run_id,
        items: view.items,
        totals: view.totals,
        unpriced: view.unpriced,
        phrase_stored: request.phrase.is_some(),
        warnings,
    })
}

/// The warning for a start date less than [`START_WARNING_DAYS`] before the
/// old certificate ends, if it is.
pub(super) fn start_warning(
    id: i64,
    start: NaiveDate,
    old_not_after: DateTime<Utc>,
) -> Option<Warning> {
    let expiry = old_not_after.date_naive();
    if expiry - start >= Duration::days(START_WARNING_DAYS) {
        return None;
    }
    let serde_json::Value::Object(params) = json!({
        "id": id,
        "date": start.to_string(),
        "expiry": expiry.to_string(),
    }) else {
        return None;
    };
    Some(Warning {
        code: "renewal.start-close-to-expiry",
        params,
    })
}

/// The run that still has certificate `cert_id` open (neither installed nor
/// cancelled), if any; a certificate is in at most one such run.
pub(crate) fn open_run_of(store: &Store, cert_id: i64) -> Result<Option<i64>> {
    Ok(store
        .conn()
        .query_row(
            "SELECT run_id FROM renewal_item
             WHERE old_cert_id = ?1 AND state NOT IN ('installed', 'cancelled') AND company_id = current_company()
             ORDER BY run_id DESC LIMIT 1",
            [cert_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// A phone number as written, checked: digits with an optional leading `+`,
/// spaces or dashes between them, 9 to 15 digits (E.164's maximum).
pub fn phone_number(value: &str) -> Result<String> {
    let value = value.trim();
    let invalid = || {
        Error::Renewal(crate::RenewalError::InvalidPhone {
            value: value.to_string(),
        })
    };
    let body = value.strip_prefix('+').unwrap_or(value);
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || c == ' ' || c == '-')
        || !body.starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(invalid());
    }
    let digits = body.chars().filter(char::is_ascii_digit).count();
    if !(9..=15).contains(&digits) {
        return Err(invalid());
    }
    Ok(value.to_string())
}

/// The forbidden e-mail domains: the setting, or the default list.
pub fn forbidden_domains(store: &Store) -> Result<Vec<String>> {
    let setting: Option<String> = store
        .conn()
        .query_row(
            "SELECT value FROM setting WHERE key = ?1",
            [FORBIDDEN_DOMAINS_SETTING],
            |r| r.get(0),
        )
        .optional()?;
    Ok(match setting {
        Some(list) => list
            .split(',')
            .map(|d| d.trim().to_ascii_lowercase())
            .filter(|d| !d.is_empty())
            .collect(),
        None => DEFAULT_FORBIDDEN_DOMAINS
            .iter()
            .map(|d| d.to_string())
            .collect(),
    })
}

/// Whether `address` is in one of `domains` or a subdomain of one.
pub fn in_domains(address: &str, domains: &[String]) -> bool {
    let Some((_, domain)) = address.rsplit_once('@') else {
        return false;
    };
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    domains
        .iter()
        .any(|d| domain == *d || domain.ends_with(&format!(".{d}")))
}

/// The certificate's e-mail: its subject alternative name, else the
/// emailAddress in its subject.
pub(super) fn current_email(info: &CertificateInfo) -> Option<String> {
    info.emails.first().cloned().or_else(|| {
        info.subject_attributes
            .iter()
            .find(|a| a.name == "emailAddress")
            .map(|a| a.value.clone())
    })
}

pub(super) fn renewable(
    store: &Store,
    record: &registry::CertificateRecord,
    now: DateTime<Utc>,
) -> Result<()> {
    let refuse = |reason: &str| {
        Err(Error::Renewal(crate::RenewalError::NotRenewable {
            id: record.id,
            reason: reason.into(),
        }))
    };
    if record.is_ca {
        return refuse("ca");
    }
    if record.key_id.is_none() {
        return refuse("no-key");
    }
    match record.status {
        Status::Revoked => return refuse("revoked"),
        Status::Superseded => return refuse("superseded"),
        _ => {}
    }
    if record.not_after < now - Duration::days(EXPIRED_GRACE_DAYS) {
        return refuse("expired-long-ago");
    }
    if open_run_of(store, record.id)?.is_some() {
        return refuse("planned");
    }
    Ok(())
}

/// The start date: the one asked for, never after the old certificate
/// ends; by default [`START_LEAD_DAYS`] before it ends, but not in the past
/// while the old one is still valid.
pub(super) fn start_date(
    id: i64,
    asked: Option<NaiveDate>,
    old_not_after: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<NaiveDate> {
    let expiry = old_not_after.date_naive();
    match asked {
        Some(date) if date > expiry => Err(Error::Renewal(crate::RenewalError::StartAfterExpiry {
            id,
            date: date.to_string(),
        })),
        Some(date) => Ok(date),
        None => Ok(default_start_date(old_not_after, now)),
    }
}

/// The default start: [`START_LEAD_DAYS`] before the old certificate ends,
/// but not in the past while the old one is still valid.
pub(super) fn default_start_date(old_not_after: DateTime<Utc>, now: DateTime<Utc>) -> NaiveDate {
    let expiry = old_not_after.date_naive();
    let lead = (old_not_after - Duration::days(START_LEAD_DAYS)).date_naive();
    let today = now.date_naive();
    if lead < today && today <= expiry {
        today
    } else {
        lead
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_checked() {
        for good in [
            "+380 44 123 45 67",
            "0441234567",
            "+48-601-234-567",
            "972501234567",
        ] {
            assert!(phone_number(good).is_ok(), "{good}");
        }
        for bad in [
            "12345678",
            "+",
            "",
            "call me",
            "+380 44 123 45 67 89 00 1",
            "--123456789",
            "1234567890a",
        ] {
            assert_eq!(
                phone_number(bad).unwrap_err().code(),
                "renewal.invalid-phone",
                "{bad}"
            );
        }
    }

    #[test]
    fn forbidden_domains_match_subdomains_and_case() {
        let list: Vec<String> = DEFAULT_FORBIDDEN_DOMAINS
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert!(in_domains("a@Mail.RU", &list));
        assert!(in_domains("a@kyiv.yandex.ua", &list));
        assert!(!in_domains("a@gmail.com", &list));
        assert!(!in_domains("a@notmail.ru", &list));
        assert!(!in_domains("no-at-sign", &list));
    }

    #[test]
    fn start_dates_default_before_expiry_and_never_after_it() {
        let now = DateTime::parse_from_rfc3339("2026-11-23T10:00:00Z")
            .unwrap()
            .to_utc();
        let expiry = DateTime::parse_from_rfc3339("2026-12-20T00:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            start_date(1, None, expiry, now).unwrap().to_string(),
            "2026-12-17"
        );
        let soon = DateTime::parse_from_rfc3339("2026-11-24T12:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(
            start_date(1, None, soon, now).unwrap().to_string(),
            "2026-11-23"
        );
        let late = NaiveDate::from_ymd_opt(2026, 12, 21).unwrap();
        assert_eq!(
            start_date(1, Some(late), expiry, now).unwrap_err().code(),
            "renewal.start-after-expiry"
        );
    }

    #[test]
    fn a_start_less_than_two_days_before_expiry_is_warned_about() {
        let expiry = DateTime::parse_from_rfc3339("2026-12-20T08:00:00Z")
            .unwrap()
            .to_utc();
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        assert_eq!(start_warning(7, day(17), expiry), None);
        assert_eq!(start_warning(7, day(18), expiry), None);
        let warning = start_warning(7, day(19), expiry).unwrap();
        assert_eq!(warning.code, "renewal.start-close-to-expiry");
        assert_eq!(warning.params["id"], 7);
        assert_eq!(warning.params["date"], "2026-12-19");
        assert_eq!(warning.params["expiry"], "2026-12-20");
        assert!(start_warning(7, day(20), expiry).is_some());
    }
}
