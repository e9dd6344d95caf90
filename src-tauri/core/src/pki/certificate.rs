//! What SealDesk reads out of an X.509 certificate: names, validity,
//! fingerprints, usages. Parsing is x509-parser's; this module only picks
//! the fields and gives them names a user understands.

use crate::keys::spki_sha256;
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use x509_parser::certificate::X509Certificate;
use x509_parser::extensions::GeneralName;
use x509_parser::prelude::FromDer;
use x509_parser::x509::X509Name;

use super::name::{attribute_name, attribute_text, rfc4514};

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
        let (rest, cert) = X509Certificate::from_der(der).map_err(|e| {
            Error::Pki(crate::PkiError::CertificateInvalid {
                detail: crate::parse_failure::x509(&e),
            })
        })?;
        if !rest.is_empty() {
            return Err(Error::Pki(crate::PkiError::CertificateInvalid {
                detail: "unexpected bytes after the certificate".into(),
            }));
        }
        let invalid = |e: x509_parser::error::X509Error| {
            Error::Pki(crate::PkiError::CertificateInvalid {
                detail: crate::parse_failure::x509_error(&e),
            })
        };
        let not_before = to_utc(cert.validity().not_before.timestamp())?;
        let not_after = to_utc(cert.validity().not_after.timestamp())?;
        let mut key_usage = Vec::new();
        if let Some(ku) = cert.key_usage().map_err(invalid)? {
            let ku = ku.value;
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
        let mut extended_key_usage = Vec::new();
        if let Some(eku) = cert.extended_key_usage().map_err(invalid)? {
            let eku = eku.value;
            for (set, name) in [
                (eku.server_auth, "serverAuth"),
                (eku.client_auth, "clientAuth"),
                (eku.code_signing, "codeSigning"),
                (eku.email_protection, "emailProtection"),
                (eku.time_stamping, "timeStamping"),
                (eku.ocsp_signing, "OCSPSigning"),
            ] {
                if set {
                    extended_key_usage.push(name.to_string());
                }
            }
            extended_key_usage.extend(eku.other.iter().map(|oid| oid.to_id_string()));
        }
        let mut emails = Vec::new();
        if let Some(san) = cert.subject_alternative_name().map_err(invalid)? {
            for name in &san.value.general_names {
                if let GeneralName::RFC822Name(mail) = name {
                    emails.push(mail.to_string());
                }
            }
        }
        Ok(Self {
            subject: rfc4514(cert.subject()),
            issuer: rfc4514(cert.issuer()),
            subject_attributes: attributes(cert.subject()),
            serial: hex::encode(cert.raw_serial()),
            not_before,
            not_after,
            sha256: hex::encode(Sha256::digest(der)),
            sha1: hex::encode(sha1_digest(der)),
            spki_sha256: spki_sha256(cert.public_key().raw),
            is_ca: cert.is_ca(),
            self_issued: cert.subject().as_raw() == cert.issuer().as_raw(),
            key_usage,
            extended_key_usage,
            emails,
            signature_algorithm: cert.signature_algorithm.algorithm.to_id_string(),
        })
    }

    /// Whole days from `now` until the end of validity (negative once expired).
    pub fn days_to_expiry(&self, now: DateTime<Utc>) -> i64 {
        (self.not_after - now).num_days()
    }
}

/// The public key (SubjectPublicKeyInfo DER) of a DER certificate.
pub fn spki_of(der: &[u8]) -> Result<Vec<u8>> {
    let (_, cert) = X509Certificate::from_der(der).map_err(|e| {
        Error::Pki(crate::PkiError::CertificateInvalid {
            detail: crate::parse_failure::x509(&e),
        })
    })?;
    Ok(cert.public_key().raw.to_vec())
}

fn to_utc(seconds: i64) -> Result<DateTime<Utc>> {
    DateTime::from_timestamp(seconds, 0).ok_or_else(|| {
        Error::Pki(crate::PkiError::CertificateInvalid {
            detail: "validity date out of range".into(),
        })
    })
}

fn sha1_digest(der: &[u8]) -> Vec<u8> {
    aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA1_FOR_LEGACY_USE_ONLY, der)
        .as_ref()
        .to_vec()
}

fn attributes(name: &X509Name<'_>) -> Vec<NameAttribute> {
    name.iter_attributes()
        .map(|attr| NameAttribute {
            name: attribute_name(&attr.attr_type().to_id_string()),
            value: attribute_text(attr),
        })
        .collect()
}

#[cfg(test)]
mod tests {
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
