//! What SealDesk reads out of an X.509 certificate: names, validity,
//! fingerprints, usages. Parsing is x509-cert's (the same DER stack as the
//! CMS signatures); this module only picks the fields and gives them names
//! a user understands.

use crate::keys::spki_sha256;
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use const_oid::db::rfc5280::{
    ID_KP_CLIENT_AUTH, ID_KP_CODE_SIGNING, ID_KP_EMAIL_PROTECTION, ID_KP_OCSP_SIGNING,
    ID_KP_SERVER_AUTH, ID_KP_TIME_STAMPING,
};
use const_oid::{AssociatedOid, ObjectIdentifier};
use der::Decode;
use serde::Serialize;
use sha2::{Digest, Sha256};
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::{BasicConstraints, ExtendedKeyUsage, KeyUsage, SubjectAltName};

use super::decode::{parse_certificate, Certificate};
use super::name::{attribute_name, attribute_oid, attribute_text, rfc4514, OrderedName};

/// One attribute of a distinguished name, e.g. `CN` = `Тарас Шевченко`.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct NameAttribute {
    /// Short name (`CN`, `O`, `organizationIdentifier`, ...) or the dotted
    /// OID for attributes without one.
    pub name: String,
    /// The value as text.
    pub value: String,
}

/// The fields of a certificate that SealDesk shows and stores.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct CertificateInfo {
    /// Subject in RFC 4514 order (most specific first), UTF-8.
    pub subject: String,
    /// Issuer, same form.
    pub issuer: String,
    /// The subject's attributes in certificate order.
    pub subject_attributes: Vec<NameAttribute>,
    /// Serial number, lower-case hex without separators.
    pub serial: String,
    /// Start of validity.
    pub not_before: DateTime<Utc>,
    /// End of validity.
    pub not_after: DateTime<Utc>,
    /// SHA-256 of the DER, lower-case hex.
    pub sha256: String,
    /// SHA-1 of the DER, lower-case hex (what Windows shows as "thumbprint").
    pub sha1: String,
    /// SHA-256 of the SubjectPublicKeyInfo: links the certificate to its key.
    pub spki_sha256: String,
    /// Whether basicConstraints says this is a CA.
    pub is_ca: bool,
    /// Whether subject and issuer are the same name (a root).
    pub self_issued: bool,
    /// Key usages (`digitalSignature`, `keyCertSign`, ...).
    pub key_usage: Vec<String>,
    /// Extended key usages (`clientAuth`, `emailProtection`, ...).
    pub extended_key_usage: Vec<String>,
    /// E-mail addresses from the subject alternative name.
    pub emails: Vec<String>,
    /// The signature algorithm's dotted OID.
    pub signature_algorithm: String,
}

impl CertificateInfo {
    /// Parses a DER certificate. Trailing bytes are refused.
    pub fn from_der(der: &[u8]) -> Result<Self> {
        let parsed = parse_certificate(der).map_err(invalid)?;
        let cert = &parsed.certificate;
        let tbs = cert.tbs_certificate();
        let subject = parsed.subject_name().map_err(invalid)?;
        let issuer = parsed.issuer_name().map_err(invalid)?;
        let not_before = to_utc(tbs.validity().not_before.to_unix_duration())?;
        let not_after = to_utc(tbs.validity().not_after.to_unix_duration())?;
        let mut key_usage = Vec::new();
        if let Some(ku) = unique_extension::<KeyUsage>(cert).map_err(invalid)? {
            for (set, name) in [
                (ku.digital_signature(), "digitalSignature"),
                (ku.non_repudiation(), "nonRepudiation"),
                (ku.key_encipherment(), "keyEncipherment"),
                (ku.data_encipherment(), "dataEncipherment"),
                (ku.key_agreement(), "keyAgreement"),
                (ku.key_cert_sign(), "keyCertSign"),
                (ku.crl_sign(), "cRLSign"),
            ] {
                if set {
                    key_usage.push(name.to_string());
                }
            }
        }
        let extended_key_usage =
            match unique_extension::<ExtendedKeyUsage>(cert).map_err(invalid)? {
                Some(eku) => extended_key_usage_names(&eku.0),
                None => Vec::new(),
            };
        let mut emails = Vec::new();
        if let Some(san) = unique_extension::<SubjectAltName>(cert).map_err(invalid)? {
            for name in &san.0 {
                if let GeneralName::Rfc822Name(mail) = name {
                    emails.push(mail.to_string());
                }
            }
        }
        // A CA only by a readable, single basicConstraints saying so; a
        // damaged one makes the certificate an end entity, not unreadable.
        let is_ca = unique_extension::<BasicConstraints>(cert)
            .ok()
            .flatten()
            .is_some_and(|bc| bc.ca);
        Ok(Self {
            subject: rfc4514(&subject),
            issuer: rfc4514(&issuer),
            subject_attributes: attributes(&subject),
            serial: hex::encode(tbs.serial_number().as_bytes()),
            not_before,
            not_after,
            sha256: hex::encode(Sha256::digest(der)),
            sha1: hex::encode(sha1_digest(der)),
            spki_sha256: spki_sha256(parsed.spki),
            is_ca,
            self_issued: parsed.subject == parsed.issuer,
            key_usage,
            extended_key_usage,
            emails,
            signature_algorithm: cert.signature_algorithm().oid.to_string(),
        })
    }

    /// Days from `now` until the end of validity; see [`days_left`].
    pub fn days_to_expiry(&self, now: DateTime<Utc>) -> i64 {
        days_left(self.not_after, now)
    }
}

/// Days left until `not_after`, counting a day begun as a day: a 365-day
/// certificate shows 365 on its first day (its start is backdated by a few
/// minutes, so whole days would say 364) and 1 on its last. Once expired it
/// is the negative count of days begun since, so -1 on the first day after.
pub fn days_left(not_after: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    const DAY: i64 = 86_400;
    let seconds = (not_after - now).num_seconds();
    if seconds > 0 {
        (seconds + DAY - 1) / DAY
    } else {
        seconds.div_euclid(DAY)
    }
}

/// The public key (SubjectPublicKeyInfo DER) of a DER certificate.
pub fn spki_of(der: &[u8]) -> Result<Vec<u8>> {
    Ok(parse_certificate(der).map_err(invalid)?.spki.to_vec())
}

/// The only extension of type `T` in `cert`, decoded; `None` when there is
/// none. An extension given twice, or one whose contents do not read, is
/// refused with a short English detail: RFC 5280 forbids the first and the
/// second cannot be shown truthfully.
pub(crate) fn unique_extension<'a, T>(
    cert: &'a Certificate,
) -> std::result::Result<Option<T>, String>
where
    T: Decode<'a> + AssociatedOid,
{
    let mut found = cert
        .tbs_certificate()
        .extensions()
        .into_iter()
        .flatten()
        .filter(|ext| ext.extn_id == T::OID);
    let first = found.next();
    if found.next().is_some() {
        return Err("duplicate extensions".into());
    }
    first
        .map(|ext| T::from_der(ext.extn_value.as_bytes()).map_err(|_| "invalid extensions".into()))
        .transpose()
}

/// Names of the extended key usages: the well-known ones by name in a fixed
/// order, then any others as dotted OIDs in certificate order; repeats are
/// shown once and anyExtendedKeyUsage is not shown (it restricts nothing).
fn extended_key_usage_names(oids: &[ObjectIdentifier]) -> Vec<String> {
    const ANY: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.5.29.37.0");
    const KNOWN: [(ObjectIdentifier, &str); 6] = [
        (ID_KP_SERVER_AUTH, "serverAuth"),
        (ID_KP_CLIENT_AUTH, "clientAuth"),
        (ID_KP_CODE_SIGNING, "codeSigning"),
        (ID_KP_EMAIL_PROTECTION, "emailProtection"),
        (ID_KP_TIME_STAMPING, "timeStamping"),
        (ID_KP_OCSP_SIGNING, "OCSPSigning"),
    ];
    let mut names: Vec<String> = KNOWN
        .iter()
        .filter(|(oid, _)| oids.contains(oid))
        .map(|(_, name)| name.to_string())
        .collect();
    let mut others: Vec<&ObjectIdentifier> = Vec::new();
    for oid in oids {
        if *oid != ANY && !KNOWN.iter().any(|(known, _)| known == oid) && !others.contains(&oid) {
            others.push(oid);
        }
    }
    names.extend(others.into_iter().map(ToString::to_string));
    names
}

fn to_utc(since_epoch: std::time::Duration) -> Result<DateTime<Utc>> {
    i64::try_from(since_epoch.as_secs())
        .ok()
        .and_then(|seconds| DateTime::from_timestamp(seconds, 0))
        .ok_or_else(|| invalid("validity date out of range".into()))
}

fn invalid(detail: String) -> Error {
    Error::Pki(crate::PkiError::CertificateInvalid { detail })
}

fn sha1_digest(der: &[u8]) -> Vec<u8> {
    aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA1_FOR_LEGACY_USE_ONLY, der)
        .as_ref()
        .to_vec()
}

fn attributes(name: &OrderedName) -> Vec<NameAttribute> {
    name.attributes()
        .map(|attr| NameAttribute {
            name: attribute_name(&attribute_oid(attr)),
            value: attribute_text(attr),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_day_begun_counts_as_a_day() {
        use chrono::{Duration, TimeZone, Utc};
        let now = Utc.with_ymd_and_hms(2026, 3, 1, 9, 0, 0).unwrap();
        let issued = now - Duration::minutes(5);
        assert_eq!(super::days_left(issued + Duration::days(365), now), 365);
        assert_eq!(super::days_left(now + Duration::hours(3), now), 1);
        assert_eq!(super::days_left(now + Duration::days(2), now), 2);
        assert_eq!(super::days_left(now - Duration::hours(1), now), -1);
        assert_eq!(super::days_left(now - Duration::days(3), now), -3);
    }

    use super::*;

    #[test]
    fn garbage_is_a_clear_error() {
        let err = CertificateInfo::from_der(b"\x30\x03\x02\x01\x01").unwrap_err();
        assert_eq!(err.code(), "cert.invalid");
        assert_eq!(
            CertificateInfo::from_der(&[]).unwrap_err().code(),
            "cert.invalid"
        );
    }
}
