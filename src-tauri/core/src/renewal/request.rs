//! The PKCS#10 request of a renewal: the old certificate's subject, exactly
//! as encoded there (attributes SealDesk's subject form does not know
//! included), with only the e-mail replaced when the plan corrected it.
//! Built on `x509-cert`'s request types rather than rcgen, because rcgen
//! rebuilds names from typed fields and would not keep the subject as is.

use crate::keys::signer::Signer;
use crate::sign::cms::signature_algorithm;
use crate::{Error, Result};
use der::asn1::{BitString, Ia5String, SetOfVec};
use der::{Decode, Encode};
use x509_cert::attr::{Attribute, AttributeTypeAndValue};
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::ext::pkix::SubjectAltName;
use x509_cert::ext::Extension;
use x509_cert::name::{Name, RdnSequence, RelativeDistinguishedName};
use x509_cert::request::{CertReq, CertReqInfo, ExtensionReq, Version};
use x509_cert::spki::SubjectPublicKeyInfoOwned;
use x509_cert::Certificate;

/// pkcs-9 emailAddress, the e-mail inside a subject name.
const EMAIL_ADDRESS: der::asn1::ObjectIdentifier =
    der::asn1::ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.1");
/// id-ce-subjectAltName.
const SUBJECT_ALT_NAME: der::asn1::ObjectIdentifier =
    der::asn1::ObjectIdentifier::new_unwrap("2.5.29.17");

/// A request (DER) for the subject of `old_certificate_der` with `email`
/// (when given) as its e-mail, for the public key of `new_signer`, signed by it.
pub fn renewal_request(
    new_signer: &dyn Signer,
    old_certificate_der: &[u8],
    email: Option<&str>,
) -> Result<Vec<u8>> {
    let old = Certificate::from_der(old_certificate_der).map_err(invalid)?;
    let subject = with_email(old.tbs_certificate().subject(), email)?;
    let public_key = SubjectPublicKeyInfoOwned::from_der(new_signer.spki_der()).map_err(failed)?;
    let mut attributes = SetOfVec::new();
    if let Some(email) = email {
        let san = SubjectAltName(vec![GeneralName::Rfc822Name(
            Ia5String::new(email).map_err(|_| {
                Error::Pki(crate::PkiError::InvalidEmail {
                    value: email.to_string(),
                })
            })?,
        )]);
        let extension = Extension {
            extn_id: SUBJECT_ALT_NAME,
            critical: false,
            extn_value: der::asn1::OctetString::new(san.to_der().map_err(failed)?)
                .map_err(failed)?,
        };
        attributes
            .insert(Attribute::try_from(ExtensionReq(vec![extension])).map_err(failed)?)
            .map_err(failed)?;
    }
    let info = CertReqInfo {
        version: Version::V1,
        subject,
        public_key,
        attributes,
    };
    let signature = new_signer.sign(&info.to_der().map_err(failed)?)?;
    CertReq {
        info,
        algorithm: signature_algorithm(new_signer.scheme()),
        signature: BitString::from_bytes(&signature).map_err(failed)?,
    }
    .to_der()
    .map_err(failed)
}

/// `subject` with every emailAddress value replaced by `email`.
fn with_email(subject: &Name, email: Option<&str>) -> Result<Name> {
    let Some(email) = email else {
        return Ok(subject.clone());
    };
    let value = der::Any::encode_from(&Ia5String::new(email).map_err(|_| {
        Error::Pki(crate::PkiError::InvalidEmail {
            value: email.to_string(),
        })
    })?)
    .map_err(failed)?;
    let mut rdns = RdnSequence::default();
    for rdn in subject.iter_rdn() {
        let attributes = rdn
            .iter()
            .map(|atv| {
                if atv.oid == EMAIL_ADDRESS {
                    AttributeTypeAndValue {
                        oid: atv.oid,
                        value: value.clone(),
                    }
                } else {
                    atv.clone()
                }
            })
            .collect::<Vec<_>>();
        rdns.push(RelativeDistinguishedName::try_from(attributes).map_err(failed)?);
    }
    // A Name is its RDNSequence on the wire; going through DER avoids the
    // crate's hazmat constructor.
    Name::from_der(&rdns.to_der().map_err(failed)?).map_err(failed)
}

fn invalid(err: der::Error) -> Error {
    Error::Pki(crate::PkiError::CertificateInvalid {
        detail: crate::parse_failure::der(&err),
    })
}

fn failed(err: der::Error) -> Error {
    Error::Pki(crate::PkiError::CsrInvalid {
        detail: crate::parse_failure::der(&err),
    })
}
