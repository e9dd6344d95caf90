//! The price list of renewals: what each CA charges for a term, in a
//! currency. A CA is named as its certificates name their issuer (common
//! name, else organization), since the issuer of a director's certificate is
//! often not in the store and so has no registry id to be named by.

use super::Term;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeMap;

/// An amount of money: integer minor units (two decimals) of a currency.
/// Never a float, so totals add up to the cent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Money {
    /// Minor units (cents, kopiykas, agorot).
    pub minor: i64,
    /// ISO 4217 code, upper case.
    pub currency: String,
    /// The amount written with two decimals, e.g. `1234.50`.
    pub amount: String,
}

impl Money {
    /// `minor` units of `currency`.
    pub fn new(minor: i64, currency: &str) -> Self {
        Self {
            minor,
            currency: currency.to_string(),
            amount: format_minor(minor),
        }
    }
}

/// One line of the price list.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export, rename = "RenewalPrice")]
pub struct Price {
    /// The CA, as its certificates name their issuer.
    pub ca: String,
    /// Term, in years.
    pub term_years: i64,
    /// The price.
    pub price: Money,
}

/// Parses a non-negative decimal amount with at most two fractional digits
/// (`1234`, `1234.5`, `1234.50`; a comma is taken for the point) into minor
/// units. Written by hand because it is one small rule and a decimal crate
/// would bring floats' neighbours for nothing.
pub fn parse_amount(value: &str) -> Result<i64> {
    let invalid = || {
        Error::Renewal(crate::RenewalError::InvalidAmount {
            value: value.to_string(),
        })
    };
    let text = value.trim().replace(',', ".");
    if text.is_empty() {
        return Err(Error::Renewal(crate::RenewalError::AmountRequired));
    }
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    if whole.is_empty()
        || whole.len() > 12
        || fraction.len() > 2
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
        || (text.contains('.') && fraction.is_empty())
    {
        return Err(invalid());
    }
    let whole: i64 = whole.parse().map_err(|_| invalid())?;
    let cents: i64 = format!("{fraction:0<2}").parse().map_err(|_| invalid())?;
    whole
        .checked_mul(100)
        .and_then(|w| w.checked_add(cents))
        .ok_or_else(invalid)
}

/// Minor units written with two decimals.
pub fn format_minor(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let minor = minor.unsigned_abs();
    format!("{sign}{}.{:02}", minor / 100, minor % 100)
}

/// A currency code checked: three ASCII letters, given in any case.
pub fn currency(value: &str) -> Result<String> {
    let code = value.trim().to_ascii_uppercase();
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(Error::Renewal(crate::RenewalError::InvalidCurrency {
            value: value.to_string(),
        }))
    }
}

fn key(ca: &str) -> String {
    ca.trim().to_lowercase()
}

/// Sets (or replaces) the price of `ca` for `term`.
pub fn set(
    store: &Store,
    ca: &str,
    term: Term,
    amount: &str,
    currency_code: &str,
    now: DateTime<Utc>,
) -> Result<Price> {
    let ca = ca.trim();
    if ca.is_empty() {
        return Err(Error::Renewal(crate::RenewalError::PriceCaRequired));
    }
    let minor = parse_amount(amount)?;
    let currency_code = currency(currency_code)?;
    let tx = store.write_transaction()?;
    tx.execute(
        "INSERT INTO renewal_price (company_id, ca_key, ca, term_years, amount_minor, currency,
                                    updated_at)
         VALUES (current_company(), ?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (company_id, ca_key, term_years) DO UPDATE SET ca = ?2, amount_minor = ?4,
             currency = ?5, updated_at = ?6",
        params![
            key(ca),
            ca,
            term.years(),
            minor,
            currency_code,
            audit::timestamp(now)
        ],
    )?;
    audit::record(
        &tx,
        now,
        "renewal.price-set",
        &json!({ "ca": ca, "term_years": term.years(), "amount_minor": minor, "currency": currency_code }),
    )?;
    tx.commit()?;
    Ok(Price {
        ca: ca.to_string(),
        term_years: term.years(),
        price: Money::new(minor, &currency_code),
    })
}

/// Removes the price of `ca` for `term`.
pub fn remove(store: &Store, ca: &str, term: Term, now: DateTime<Utc>) -> Result<()> {
    let tx = store.write_transaction()?;
    let removed = tx.execute(
        "DELETE FROM renewal_price WHERE ca_key = ?1 AND term_years = ?2 AND company_id = current_company()",
        params![key(ca), term.years()],
    )?;
    if removed == 0 {
        return Err(Error::Renewal(crate::RenewalError::PriceNotFound {
            ca: ca.trim().to_string(),
            term_years: term.years(),
        }));
    }
    audit::record(
        &tx,
        now,
        "renewal.price-removed",
        &json!({ "ca": ca.trim(), "term_years": term.years() }),
    )?;
    tx.commit()?;
    Ok(())
}

/// The whole price list, by CA then term.
pub fn list(store: &Store) -> Result<Vec<Price>> {
    let mut stmt = store.conn().prepare(
        "SELECT ca, term_years, amount_minor, currency FROM renewal_price
         WHERE company_id = current_company() ORDER BY ca_key, term_years",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Price {
                ca: r.get(0)?,
                term_years: r.get(1)?,
                price: Money::new(r.get(2)?, &r.get::<_, String>(3)?),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// The price of `ca` for `term`, if one is set.
pub fn price_of(store: &Store, ca: &str, term: Term) -> Result<Option<Money>> {
    Ok(store
        .conn()
        .query_row(
            "SELECT amount_minor, currency FROM renewal_price
             WHERE ca_key = ?1 AND term_years = ?2 AND company_id = current_company()",
            params![key(ca), term.years()],
            |r| Ok(Money::new(r.get(0)?, &r.get::<_, String>(1)?)),
        )
        .optional()?)
}

/// The CA of a certificate as the price list names it: its issuer's common
/// name, else organization, else the whole issuer name.
pub fn ca_name(der: &[u8]) -> Result<String> {
    let parsed = crate::pki::decode::parse_certificate(der)
        .map_err(|detail| Error::Pki(crate::PkiError::CertificateInvalid { detail }))?;
    let issuer = parsed
        .issuer_name()
        .map_err(|detail| Error::Pki(crate::PkiError::CertificateInvalid { detail }))?;
    let name = crate::pki::name::first_text(
        &issuer,
        &[
            crate::pki::name::COMMON_NAME,
            crate::pki::name::ORGANIZATION,
        ],
    )
    .unwrap_or_else(|| crate::pki::name::one_line(&issuer));
    Ok(name)
}

/// Totals per currency of the given prices; items without a price are left
/// out (they show "no price", never an invented zero).
pub fn totals<'a>(prices: impl IntoIterator<Item = &'a Money>) -> Vec<Money> {
    let mut sums: BTreeMap<String, i64> = BTreeMap::new();
    for price in prices {
        *sums.entry(price.currency.clone()).or_default() += price.minor;
    }
    sums.into_iter()
        .map(|(currency, minor)| Money::new(minor, &currency))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_parse_to_minor_units_and_back() {
        for (text, minor) in [
            ("1234.50", 123_450),
            ("1234,5", 123_450),
            ("0", 0),
            ("7", 700),
            (" 99.99 ", 9_999),
        ] {
            assert_eq!(parse_amount(text).unwrap(), minor, "{text}");
        }
        assert_eq!(format_minor(123_450), "1234.50");
        assert_eq!(format_minor(5), "0.05");
        assert_eq!(
            parse_amount("  ").unwrap_err().code(),
            "renewal.amount-required"
        );
        for bad in ["-1", "1.234", "1.", ".5", "1e3", "abc", "9999999999999"] {
            assert_eq!(
                parse_amount(bad).unwrap_err().code(),
                "renewal.invalid-amount",
                "{bad}"
            );
        }
    }

    #[test]
    fn currencies_are_three_letters() {
        assert_eq!(currency("uah").unwrap(), "UAH");
        for bad in ["", "UA", "EURO", "U1H", "₴"] {
            assert!(currency(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn totals_are_per_currency() {
        let prices = [
            Money::new(10_050, "UAH"),
            Money::new(20_000, "UAH"),
            Money::new(5_000, "PLN"),
        ];
        let totals = totals(&prices);
        assert_eq!(
            totals,
            vec![Money::new(5_000, "PLN"), Money::new(30_050, "UAH")]
        );
    }
}
