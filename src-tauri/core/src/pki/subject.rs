//! Subject names SealDesk writes into requests and certificates, checked
//! before anything is signed. Strings are UTF-8 (Cyrillic, Hebrew and Polish
//! letters stay as typed); countryName and serialNumber are PrintableString
//! as X.520 requires; organizationIdentifier (2.5.4.97) has the
//! ETSI EN 319 412-1 form `VATPL-5260250274`.

use crate::{Error, Result};
use rcgen::string::PrintableString;
use rcgen::{CertificateParams, DistinguishedName, DnType, DnValue, SanType};
use serde::{Deserialize, Serialize};

/// X.520 upper bound for most name attributes (ub-name, ub-common-name).
const MAX_NAME_CHARS: usize = 64;
/// ub-serial-number.
const MAX_SERIAL_CHARS: usize = 64;
/// The organizationIdentifier attribute type.
pub const ORGANIZATION_IDENTIFIER: &[u64] = &[2, 5, 4, 97];
/// The serialNumber attribute type.
const SERIAL_NUMBER: &[u64] = &[2, 5, 4, 5];
/// userId (RFC 4519 `uid`): where a portal reads the user's login back.
pub const USER_ID: &[u64] = &[0, 9, 2342, 19200300, 100, 1, 1];

/// The fields of a subject, as the user enters them. Empty optional fields
/// are left out of the name.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct SubjectFields {
    /// commonName: a person's or the organisation's name. Required.
    pub common_name: String,
    /// organizationName.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub organization: Option<String>,
    /// organizationIdentifier, e.g. `VATPL-5260250274`.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub organization_id: Option<String>,
    /// organizationalUnitName: for portal users, the company code.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub organizational_unit: Option<String>,
    /// Two-letter country code.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub country: Option<String>,
    /// serialNumber, e.g. `TINUA-1759013776` for a natural person.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub serial_number: Option<String>,
    /// userId: for portal users, the login.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub user_id: Option<String>,
    /// E-mail address, written as a subject alternative name (rfc822Name).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub email: Option<String>,
}

impl SubjectFields {
    /// Trims every field, drops empty optional ones and checks them all.
    pub fn normalized(&self) -> Result<Self> {
        let common_name = self.common_name.trim().to_string();
        if common_name.is_empty() {
            return Err(Error::Pki(crate::PkiError::FieldRequired {
                field: "cn".into(),
            }));
        }
        limit("cn", &common_name, MAX_NAME_CHARS)?;
        let organization = optional("org", &self.organization, MAX_NAME_CHARS)?;
        let organizational_unit =
            optional("company-code", &self.organizational_unit, MAX_NAME_CHARS)?;
        let user_id = optional("login", &self.user_id, MAX_NAME_CHARS)?;
        let serial_number = optional("serial-number", &self.serial_number, MAX_SERIAL_CHARS)?;
        if let Some(serial) = &serial_number {
            printable(serial)?;
        }
        let country = match optional("country", &self.country, 2)? {
            Some(c) => Some(country_code(&c)?),
            None => None,
        };
        let organization_id = match optional("org-id", &self.organization_id, MAX_NAME_CHARS)? {
            Some(id) => Some(organization_identifier(&id)?),
            None => None,
        };
        let email = match optional("email", &self.email, 254)? {
            Some(mail) => Some(email_address(&mail)?),
            None => None,
        };
        Ok(Self {
            common_name,
            organization,
            organization_id,
            organizational_unit,
            country,
            serial_number,
            user_id,
            email,
        })
    }

    /// Certificate (or request) parameters naming this subject: its
    /// distinguished name, and its e-mail as an rfc822Name alternative
    /// name. Call on a [`normalized`](Self::normalized) value.
    pub(crate) fn certificate_params(&self) -> Result<CertificateParams> {
        let mut params = CertificateParams::default();
        params.distinguished_name = self.distinguished_name()?;
        if let Some(email) = &self.email {
            let name = email.clone().try_into().map_err(|_| {
                Error::Pki(crate::PkiError::InvalidEmail {
                    value: email.clone(),
                })
            })?;
            params.subject_alt_names = vec![SanType::Rfc822Name(name)];
        }
        Ok(params)
    }

    /// The distinguished name, in the customary order C, O, OU,
    /// organizationIdentifier, serialNumber, UID, CN. Call on a
    /// [`normalized`](Self::normalized) value.
    pub fn distinguished_name(&self) -> Result<DistinguishedName> {
        let mut dn = DistinguishedName::new();
        if let Some(country) = &self.country {
            dn.push(DnType::CountryName, printable_value(country)?);
        }
        if let Some(org) = &self.organization {
            dn.push(DnType::OrganizationName, DnValue::Utf8String(org.clone()));
        }
        if let Some(unit) = &self.organizational_unit {
            dn.push(
                DnType::OrganizationalUnitName,
                DnValue::Utf8String(unit.clone()),
            );
        }
        if let Some(id) = &self.organization_id {
            dn.push(
                DnType::CustomDnType(ORGANIZATION_IDENTIFIER.to_vec()),
                DnValue::Utf8String(id.clone()),
            );
        }
        if let Some(serial) = &self.serial_number {
            dn.push(
                DnType::CustomDnType(SERIAL_NUMBER.to_vec()),
                printable_value(serial)?,
            );
        }
        if let Some(login) = &self.user_id {
            dn.push(
                DnType::CustomDnType(USER_ID.to_vec()),
                DnValue::Utf8String(login.clone()),
            );
        }
        dn.push(
            DnType::CommonName,
            DnValue::Utf8String(self.common_name.clone()),
        );
        Ok(dn)
    }
}

fn limit(field: &str, value: &str, max: usize) -> Result<()> {
    if value.chars().count() > max {
        return Err(Error::Pki(crate::PkiError::FieldTooLong {
            field: field.into(),
            max,
        }));
    }
    if value.chars().any(deceptive) {
        return Err(Error::Pki(crate::PkiError::FieldInvalidCharacter {
            field: field.into(),
        }));
    }
    Ok(())
}

/// Characters a name that identifies a person or a company must not hold:
/// control characters (C0, DEL, C1) break lines and drive terminals, and the
/// bidirectional embeddings, overrides and isolates (U+202A-202E,
/// U+2066-2069) make a name display as another (`\u{202e}IKSWALWOK NAJ`
/// shows as "JAN KOWALSKI").
fn deceptive(c: char) -> bool {
    c.is_control()
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn optional(field: &str, value: &Option<String>, max: usize) -> Result<Option<String>> {
    match value.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) => {
            limit(field, v, max)?;
            Ok(Some(v.to_string()))
        }
    }
}

fn printable_value(value: &str) -> Result<DnValue> {
    Ok(DnValue::PrintableString(printable(value)?))
}

fn printable(value: &str) -> Result<PrintableString> {
    PrintableString::try_from(value.to_string()).map_err(|_| {
        Error::Pki(crate::PkiError::CertificateGeneration {
            detail: format!("{value} may use only Latin letters, digits and simple punctuation"),
        })
    })
}

/// Upper-cases and checks a two-letter country code (ISO 3166-1 alpha-2).
pub fn country_code(value: &str) -> Result<String> {
    let upper = value.trim().to_ascii_uppercase();
    if upper.len() == 2 && upper.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(upper)
    } else {
        Err(Error::Pki(crate::PkiError::InvalidCountry {
            value: value.to_string(),
        }))
    }
}

/// Checks an organizationIdentifier in the ETSI EN 319 412-1 form: a type
/// (`VAT`, `NTR`, `PSD`, `LEI`), a two-letter country, `-`, the reference
/// (letters, digits, `-`, `.`, `/`); or a national scheme `XX:CC-...`.
/// The type and country are upper-cased.
pub fn organization_identifier(value: &str) -> Result<String> {
    let invalid = || {
        Error::Pki(crate::PkiError::InvalidOrganizationIdentifier {
            value: value.to_string(),
        })
    };
    let value = value.trim();
    let (head, reference) = value.split_once('-').ok_or_else(invalid)?;
    let head = head.to_ascii_uppercase();
    if head.len() != 5 || !head.is_ascii() {
        return Err(invalid());
    }
    let letters = |part: &str| part.bytes().all(|b| b.is_ascii_uppercase());
    let etsi = ["VAT", "NTR", "PSD", "LEI"].contains(&&head[..3]) && letters(&head[3..]);
    let national = head.as_bytes()[2] == b':' && letters(&head[..2]) && letters(&head[3..]);
    let good_reference = !reference.is_empty()
        && reference
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '/'));
    if (etsi || national) && good_reference {
        Ok(format!("{head}-{reference}"))
    } else {
        Err(invalid())
    }
}

/// A plain check of an e-mail address: one `@`, a local part, a domain with
/// a dot, no spaces. Mail servers do the real check; this catches typing slips.
pub fn email_address(value: &str) -> Result<String> {
    let value = value.trim();
    let ok = match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    };
    if ok && value.is_ascii() {
        Ok(value.to_string())
    } else {
        Err(Error::Pki(crate::PkiError::InvalidEmail {
            value: value.to_string(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organization_identifiers_in_the_etsi_form() {
        assert_eq!(
            organization_identifier("vatpl-5260250274").unwrap(),
            "VATPL-5260250274"
        );
        assert_eq!(
            organization_identifier("NTRUA-14360570").unwrap(),
            "NTRUA-14360570"
        );
        assert_eq!(
            organization_identifier("LEIXG-5299000J2N45DDNE4Y28").unwrap(),
            "LEIXG-5299000J2N45DDNE4Y28"
        );
        for bad in [
            "5260250274",
            "VAT-PL5260",
            "ABCPL-1",
            "VATPL-",
            "VATP1-123",
            "VATPL-12 34",
        ] {
            assert_eq!(
                organization_identifier(bad).unwrap_err().code(),
                "pki.invalid-org-id",
                "{bad}"
            );
        }
    }

    #[test]
    fn countries_and_emails() {
        assert_eq!(country_code("pl").unwrap(), "PL");
        assert!(country_code("POL").is_err());
        assert!(country_code("Ł1").is_err());
        assert!(email_address("jan@firma.pl").is_ok());
        for bad in [
            "jan",
            "jan@",
            "@firma.pl",
            "jan@firma",
            "jan kowalski@firma.pl",
            "a@b@c.pl",
        ] {
            assert_eq!(
                email_address(bad).unwrap_err().code(),
                "pki.invalid-email",
                "{bad}"
            );
        }
    }

    #[test]
    fn normalizing_trims_and_checks_every_field() {
        let fields = SubjectFields {
            common_name: "  Тарас Шевченко ".into(),
            organization: Some(" ".into()),
            country: Some("ua".into()),
            organization_id: Some("ntrua-14360570".into()),
            ..Default::default()
        };
        let n = fields.normalized().unwrap();
        assert_eq!(n.common_name, "Тарас Шевченко");
        assert_eq!(n.organization, None);
        assert_eq!(n.country.as_deref(), Some("UA"));
        assert_eq!(n.organization_id.as_deref(), Some("NTRUA-14360570"));
        let empty = SubjectFields::default().normalized().unwrap_err();
        assert_eq!(empty.code(), "pki.field-required");
        let long = SubjectFields {
            common_name: "ż".repeat(65),
            ..Default::default()
        };
        assert_eq!(long.normalized().unwrap_err().code(), "pki.field-too-long");
        let bad_serial = SubjectFields {
            common_name: "x".into(),
            serial_number: Some("PNOPL-ŁÓDŹ".into()),
            ..Default::default()
        };
        assert!(bad_serial.normalized().is_err());
    }
}
