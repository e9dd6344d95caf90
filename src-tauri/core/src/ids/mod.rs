//! National business identifiers: the check rules of the countries our
//! users work in, and the form an identifier takes in a certificate.
//!
//! | country | kind | length | in the certificate |
//! |---|---|---|---|
//! | IL | company / licensed-dealer number (`il-company`) | 9 | organizationIdentifier `VATIL-…` |
//! | PL | NIP (`pl-nip`) | 10 | organizationIdentifier `VATPL-…` |
//! | PL | REGON (`pl-regon`) | 9 or 14 | organizationIdentifier `NTRPL-…` |
//! | IT | partita IVA (`it-partita-iva`) | 11 | organizationIdentifier `VATIT-…` |
//! | IT | codice fiscale of a person (`it-codice-fiscale`) | 16 | serialNumber `TINIT-…` |
//! | UA | EDRPOU (`ua-edrpou`) | 8 | organizationIdentifier `NTRUA-…` |
//! | UA | RNOKPP of a person (`ua-rnokpp`) | 10 | serialNumber `TINUA-…` |
//! | RU | INN of an organisation (`ru-inn`, 10 digits) | 10 | organizationIdentifier `VATRU-…` |
//! | RU | INN of a person (`ru-inn`, 12 digits) | 12 | serialNumber `TINRU-…` |
//! | any other | free form (`other`) | 1–35 | organizationIdentifier `NTR<CC>-…` |
//!
//! The semantics identifiers follow ETSI EN 319 412-1: `VAT` for a number
//! the tax office uses for VAT (Israel's company and licensed-dealer numbers
//! are the VAT file number; Russia has no separate VAT number, the INN is
//! it), `NTR` for a trade-register number, `TIN` for a natural person's tax
//! number, which belongs in serialNumber (EN 319 412-1 §5.1.3), not in
//! organizationIdentifier.
//!
//! The check rules are a few lines each and no maintained Rust crate covers
//! these countries, so they are written here; each is tested against
//! published numbers.

mod error;
pub use error::IdError;
mod israel;
mod italy;
mod poland;
mod russia;
mod ukraine;

use crate::{Error, Result};
use serde::Serialize;

/// The kinds of identifier SealDesk checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "BusinessIdKind")]
pub enum Kind {
    /// Israel: company number or licensed-dealer (osek murshe) number.
    IlCompany,
    /// Poland: NIP, the tax number.
    PlNip,
    /// Poland: REGON, the statistical register number (9 or 14 digits).
    PlRegon,
    /// Italy: partita IVA, the VAT number.
    ItPartitaIva,
    /// Italy: codice fiscale of a natural person.
    ItCodiceFiscale,
    /// Ukraine: EDRPOU, the register code of a legal entity.
    UaEdrpou,
    /// Ukraine: RNOKPP, a natural person's tax number.
    UaRnokpp,
    /// Russia: INN, 10 digits for an organisation, 12 for a person.
    RuInn,
    /// Any other country: checked for sane characters and length only.
    Other,
}

impl Kind {
    /// Every kind, in the order of the table above.
    pub const ALL: [Kind; 9] = [
        Kind::IlCompany,
        Kind::PlNip,
        Kind::PlRegon,
        Kind::ItPartitaIva,
        Kind::ItCodiceFiscale,
        Kind::UaEdrpou,
        Kind::UaRnokpp,
        Kind::RuInn,
        Kind::Other,
    ];

    /// The stable name, e.g. `pl-nip`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::IlCompany => "il-company",
            Kind::PlNip => "pl-nip",
            Kind::PlRegon => "pl-regon",
            Kind::ItPartitaIva => "it-partita-iva",
            Kind::ItCodiceFiscale => "it-codice-fiscale",
            Kind::UaEdrpou => "ua-edrpou",
            Kind::UaRnokpp => "ua-rnokpp",
            Kind::RuInn => "ru-inn",
            Kind::Other => "other",
        }
    }

    /// The official short name, the same in every language (NIP, EDRPOU…).
    pub fn label(self) -> &'static str {
        match self {
            Kind::IlCompany => "ח.פ./ע.מ.",
            Kind::PlNip => "NIP",
            Kind::PlRegon => "REGON",
            Kind::ItPartitaIva => "P.IVA",
            Kind::ItCodiceFiscale => "C.F.",
            Kind::UaEdrpou => "ЄДРПОУ",
            Kind::UaRnokpp => "РНОКПП",
            Kind::RuInn => "ИНН",
            Kind::Other => "ID",
        }
    }

    /// The country the kind belongs to; `None` for [`Kind::Other`].
    pub fn country(self) -> Option<&'static str> {
        match self {
            Kind::IlCompany => Some("IL"),
            Kind::PlNip | Kind::PlRegon => Some("PL"),
            Kind::ItPartitaIva | Kind::ItCodiceFiscale => Some("IT"),
            Kind::UaEdrpou | Kind::UaRnokpp => Some("UA"),
            Kind::RuInn => Some("RU"),
            Kind::Other => None,
        }
    }

    /// The kind named `name` (as [`Kind::name`] gives it).
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The kind named `name`, typed for an identifier of `country`; an
    /// unknown name is refused, naming the country it was meant for.
    pub fn parse(country: &str, name: &str) -> Result<Kind> {
        Kind::from_name(name).ok_or_else(|| {
            Error::Id(crate::IdError::UnknownKind {
                country: country.trim().to_ascii_uppercase(),
                kind: name.to_string(),
            })
        })
    }
}

/// Where an identifier goes in a certificate subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SubjectAttribute {
    /// organizationIdentifier (2.5.4.97): a legal person.
    OrganizationIdentifier,
    /// serialNumber (2.5.4.5): a natural person.
    SerialNumber,
}

/// A checked identifier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BusinessId {
    /// Two-letter country code, upper case.
    pub country: String,
    /// The kind.
    pub kind: Kind,
    /// The identifier without spaces, separators or country prefix.
    pub normalized: String,
}

impl BusinessId {
    /// The subject attribute this identifier belongs in.
    pub fn attribute(&self) -> SubjectAttribute {
        match (self.kind, self.normalized.len()) {
            (Kind::ItCodiceFiscale | Kind::UaRnokpp, _) | (Kind::RuInn, 12) => {
                SubjectAttribute::SerialNumber
            }
            _ => SubjectAttribute::OrganizationIdentifier,
        }
    }

    /// The ETSI EN 319 412-1 value, e.g. `VATPL-5260250274`.
    pub fn subject_value(&self) -> String {
        let semantics = match (self.kind, self.attribute()) {
            (_, SubjectAttribute::SerialNumber) => "TIN",
            (Kind::IlCompany | Kind::PlNip | Kind::ItPartitaIva | Kind::RuInn, _) => "VAT",
            _ => "NTR",
        };
        format!("{semantics}{}-{}", self.country, self.normalized)
    }

    /// The organizationIdentifier value, for identifiers of legal persons.
    pub fn organization_identifier(&self) -> Option<String> {
        (self.attribute() == SubjectAttribute::OrganizationIdentifier).then(|| self.subject_value())
    }

    /// The serialNumber value, for identifiers of natural persons.
    pub fn serial_number(&self) -> Option<String> {
        (self.attribute() == SubjectAttribute::SerialNumber).then(|| self.subject_value())
    }
}

/// Checks `raw` as an identifier of `country`, of `kind` or, when `None`,
/// of the kind its shape says (10 digits in Poland: NIP; 9 or 14: REGON).
pub fn check(country: &str, kind: Option<Kind>, raw: &str) -> Result<BusinessId> {
    let country = country.trim().to_ascii_uppercase();
    if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(Error::Pki(crate::PkiError::InvalidCountry {
            value: country,
        }));
    }
    let value = normalize(&country, raw);
    let kind = match kind {
        Some(k) if k.country().is_some_and(|c| c != country) => {
            return Err(Error::Id(crate::IdError::UnknownKind {
                country,
                kind: k.name().into(),
            }))
        }
        Some(k) => k,
        None => guess_kind(&country, &value),
    };
    let failure = |checksum: bool| {
        let (country, kind, value) = (country.clone(), kind.label().to_string(), value.clone());
        if checksum {
            Error::Id(crate::IdError::InvalidChecksum {
                country,
                kind,
                value,
            })
        } else {
            Error::Id(crate::IdError::InvalidFormat {
                country,
                kind,
                value,
            })
        }
    };
    let verdict = match kind {
        Kind::IlCompany => israel::company(&value),
        Kind::PlNip => poland::nip(&value),
        Kind::PlRegon => poland::regon(&value),
        Kind::ItPartitaIva => italy::partita_iva(&value),
        Kind::ItCodiceFiscale => italy::codice_fiscale(&value),
        Kind::UaEdrpou => ukraine::edrpou(&value),
        Kind::UaRnokpp => ukraine::rnokpp(&value),
        Kind::RuInn => russia::inn(&value),
        Kind::Other => other(&value),
    };
    match verdict {
        Verdict::Valid => Ok(BusinessId {
            normalized: match kind {
                Kind::IlCompany => format!("{value:0>9}"),
                _ => value,
            },
            country,
            kind,
        }),
        Verdict::BadFormat => Err(failure(false)),
        Verdict::BadChecksum => Err(failure(true)),
    }
}

/// Countries with a national rule above; an identifier of any other
/// country is only checked for the ETSI form.
const RULED_COUNTRIES: [&str; 5] = ["IL", "PL", "IT", "UA", "RU"];

/// The organizationIdentifier (ETSI EN 319 412-1) of an organisation of
/// `country`, from what the user typed: the ETSI form (`VATPL-5260250274`)
/// or, for a country with a national rule, the bare number (`526-025-02-74`).
/// A number of a country with a rule is checked by it (length and check
/// digit) and written in the form the rule gives (`VATPL-…` for a NIP,
/// `NTRPL-…` for a REGON, `VATIL-…`, `VATIT-…`, `NTRUA-…`, `VATRU-…`),
/// whatever semantics prefix was typed; a person's tax number is refused.
/// Identifiers of other countries, LEI, PSD and national schemes keep the
/// form they were typed in, checked by [`crate::pki::subject::organization_identifier`].
pub fn organization_identifier(country: &str, raw: &str) -> Result<String> {
    let chosen = crate::pki::subject::country_code(country)?;
    let typed = raw.trim();
    let prefix = etsi_prefix(typed);
    let rule_country = match prefix {
        Some((semantics, ruled)) if ["VAT", "NTR", "TIN"].contains(&semantics) => ruled,
        Some(_) => None,
        None if typed.contains(':') => None,
        None if RULED_COUNTRIES.contains(&chosen.as_str()) => Some(chosen.as_str()),
        None => {
            return Err(Error::Pki(crate::PkiError::InvalidOrganizationIdentifier {
                value: typed.to_string(),
            }))
        }
    };
    let Some(rule_country) = rule_country else {
        return crate::pki::subject::organization_identifier(typed);
    };
    let id = check(rule_country, None, typed)?;
    id.organization_identifier().ok_or_else(|| {
        Error::Id(crate::IdError::NotAnOrganization {
            country: id.country.clone(),
            kind: id.kind.label().to_string(),
            value: id.normalized.clone(),
        })
    })
}

/// The semantics of an ETSI-form identifier (`VAT` of `vatpl-…`) and its
/// country when that country has a national rule.
fn etsi_prefix(typed: &str) -> Option<(&'static str, Option<&'static str>)> {
    let (head, _) = typed.split_once('-')?;
    let head = head.to_ascii_uppercase();
    if head.len() != 5 || !head.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let semantics = ["VAT", "NTR", "TIN", "PSD", "LEI"]
        .into_iter()
        .find(|s| head.starts_with(s))?;
    let ruled = RULED_COUNTRIES.into_iter().find(|c| head.ends_with(c));
    Some((semantics, ruled))
}

/// The outcome of one country rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Valid,
    BadFormat,
    BadChecksum,
}

impl Verdict {
    fn checksum(ok: bool) -> Verdict {
        if ok {
            Verdict::Valid
        } else {
            Verdict::BadChecksum
        }
    }
}

/// Upper case, without spaces, dots, dashes and slashes, and without a
/// leading `VATPL-`-style semantics prefix or a bare country prefix before
/// digits (`PL5260250274`, `IT00743110157`).
fn normalize(country: &str, raw: &str) -> String {
    let upper = raw.trim().to_uppercase();
    let upper = ["VAT", "NTR", "TIN"]
        .iter()
        .find_map(|s| upper.strip_prefix(&format!("{s}{country}-")))
        .map(str::to_string)
        .unwrap_or(upper);
    let compact: String = upper
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-' | '/' | '\u{a0}'))
        .collect();
    match compact.strip_prefix(country) {
        Some(rest) if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()) => {
            rest.to_string()
        }
        _ => compact,
    }
}

fn guess_kind(country: &str, value: &str) -> Kind {
    let digits = value.bytes().all(|b| b.is_ascii_digit());
    match (country, value.len(), digits) {
        ("IL", _, _) => Kind::IlCompany,
        ("PL", 9 | 14, true) => Kind::PlRegon,
        ("PL", _, _) => Kind::PlNip,
        ("IT", 16, false) => Kind::ItCodiceFiscale,
        ("IT", _, _) => Kind::ItPartitaIva,
        ("UA", 10, true) => Kind::UaRnokpp,
        ("UA", _, _) => Kind::UaEdrpou,
        ("RU", _, _) => Kind::RuInn,
        _ => Kind::Other,
    }
}

fn other(value: &str) -> Verdict {
    let sane =
        (1..=35).contains(&value.chars().count()) && value.chars().all(|c| c.is_alphanumeric());
    if sane {
        Verdict::Valid
    } else {
        Verdict::BadFormat
    }
}

/// The decimal digits of `value` when it is exactly `lengths` digits long.
fn digits(value: &str, lengths: &[usize]) -> Option<Vec<u32>> {
    if !lengths.contains(&value.len()) {
        return None;
    }
    value.chars().map(|c| c.to_digit(10)).collect()
}

/// Σ digit × weight over the first `weights.len()` digits.
fn weighted(digits: &[u32], weights: &[i64]) -> i64 {
    digits
        .iter()
        .zip(weights)
        .map(|(&d, &w)| i64::from(d) * w)
        .sum()
}

#[cfg(test)]
mod tests;
