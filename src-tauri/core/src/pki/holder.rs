//! Who a certificate names, as people read it: the holder's name, their
//! organisation and its identifier, and an e-mail, each on its own, so lists
//! never show a raw distinguished name (which reads backwards, escapes and
//! all, in a right-to-left language).

use super::certificate::CertificateInfo;
use serde::Serialize;
use ts_rs::TS;

/// The holder of a certificate, picked from its subject.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, TS)]
#[ts(export)]
pub struct Holder {
    /// The commonName; without one, the organisation's name; without that,
    /// the whole subject (RFC 4514), so a holder is never blank.
    pub name: String,
    /// organizationName, left out when it only repeats `name` (a seal's
    /// certificate is named after its organisation).
    pub organization: Option<String>,
    /// organizationIdentifier (`VATPL-5260250274`), else the subject's
    /// serialNumber (a person's `TINUA-...`).
    pub identifier: Option<String>,
    /// The first e-mail of the subject alternative name, else the subject's
    /// emailAddress.
    pub email: Option<String>,
}

impl Holder {
    /// The holder named by a certificate's fields.
    pub fn of(info: &CertificateInfo) -> Self {
        let first = |name: &str| {
            info.subject_attributes
                .iter()
                .find(|attribute| attribute.name == name)
                .map(|attribute| attribute.value.trim().to_string())
                .filter(|value| !value.is_empty())
        };
        let organization = first("O");
        let name = first("CN")
            .or_else(|| organization.clone())
            .unwrap_or_else(|| info.subject.clone());
        Self {
            organization: organization.filter(|o| *o != name),
            identifier: first("organizationIdentifier").or_else(|| first("serialNumber")),
            email: info
                .emails
                .first()
                .cloned()
                .or_else(|| first("emailAddress")),
            name,
        }
    }

    /// The holder of a DER certificate; an unreadable one (a damaged row)
    /// is named by the subject the registry stored for it.
    pub fn from_der(der: &[u8], stored_subject: &str) -> Self {
        match CertificateInfo::from_der(der) {
            Ok(info) => Self::of(&info),
            Err(_) => Self {
                name: stored_subject.to_string(),
                ..Self::default()
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pki::certificate::NameAttribute;

    fn info(attributes: &[(&str, &str)], emails: &[&str]) -> CertificateInfo {
        CertificateInfo {
            subject: attributes
                .iter()
                .map(|(n, v)| format!("{n}={v}"))
                .collect::<Vec<_>>()
                .join(","),
            issuer: String::new(),
            subject_attributes: attributes
                .iter()
                .map(|(name, value)| NameAttribute {
                    name: name.to_string(),
                    value: value.to_string(),
                })
                .collect(),
            serial: String::new(),
            not_before: chrono::DateTime::default(),
            not_after: chrono::DateTime::default(),
            sha256: String::new(),
            sha1: String::new(),
            spki_sha256: String::new(),
            is_ca: false,
            self_issued: false,
            key_usage: Vec::new(),
            extended_key_usage: Vec::new(),
            emails: emails.iter().map(|e| e.to_string()).collect(),
            signature_algorithm: String::new(),
        }
    }

    #[test]
    fn a_person_in_a_company_has_name_organisation_identifier_and_email() {
        let holder = Holder::of(&info(
            &[
                ("C", "PL"),
                ("O", "Biuro Rachunkowe"),
                ("organizationIdentifier", "VATPL-5260250274"),
                ("CN", "Nowak, Anna"),
                ("emailAddress", "old@example.com"),
            ],
            &["anna@example.com"],
        ));
        assert_eq!(
            holder,
            Holder {
                name: "Nowak, Anna".into(),
                organization: Some("Biuro Rachunkowe".into()),
                identifier: Some("VATPL-5260250274".into()),
                email: Some("anna@example.com".into()),
            }
        );
    }

    #[test]
    fn a_seal_named_after_its_organisation_shows_it_once() {
        let holder = Holder::of(&info(&[("O", "חברה בע\"מ"), ("CN", "חברה בע\"מ")], &[]));
        assert_eq!(holder.name, "חברה בע\"מ");
        assert_eq!(holder.organization, None);
        assert_eq!(holder.identifier, None);
    }

    #[test]
    fn without_a_common_name_the_organisation_or_the_subject_names_it() {
        let holder = Holder::of(&info(
            &[("O", "Firma"), ("serialNumber", "TINUA-1759013776")],
            &[],
        ));
        assert_eq!(holder.name, "Firma");
        assert_eq!(holder.identifier.as_deref(), Some("TINUA-1759013776"));
        let bare = Holder::of(&info(&[("C", "PL"), ("L", "Kraków")], &[]));
        assert_eq!(bare.name, "C=PL,L=Kraków");
        let emailed = Holder::of(&info(&[("CN", "Jan"), ("emailAddress", "jan@x.pl")], &[]));
        assert_eq!(emailed.email.as_deref(), Some("jan@x.pl"));
    }

    #[test]
    fn an_unreadable_certificate_is_named_by_its_stored_subject() {
        let holder = Holder::from_der(b"not a certificate", "CN=Stored");
        assert_eq!(holder.name, "CN=Stored");
        assert_eq!(holder.organization, None);
    }
}
