//! CMS SignedData (RFC 5652) with a detached content, as CAdES baseline B
//! (ETSI EN 319 122-1) asks: contentType, messageDigest and the ESS
//! signing-certificate-v2 attribute (RFC 5035) that binds the signer's
//! certificate; signingTime for `.p7s` files only, since PAdES puts the time
//! in the PDF's `/M` instead.
//!
//! The `cms` crate gives the ASN.1 types; its builder wants a signer of the
//! RustCrypto traits, while SealDesk's [`Signer`] may be a token, so the
//! signed attributes are assembled and signed here.

use super::digest::DigestAlgorithm;
use crate::keys::signer::{SignatureScheme, Signer};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::content_info::{CmsVersion, ContentInfo};
use cms::signed_data::{
    CertificateSet, EncapsulatedContentInfo, SignedData, SignerIdentifier, SignerInfo, SignerInfos,
};
use der::asn1::{Any, Null, ObjectIdentifier, OctetString, SetOfVec, UtcTime};
use der::{Decode, Encode, Sequence};
use sha2::{Digest, Sha256};
use x509_cert::attr::Attribute;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::serial_number::SerialNumber;
use x509_cert::spki::AlgorithmIdentifierOwned;
use x509_cert::Certificate;

const ID_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.1");
const ID_SIGNED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2");
const ID_CONTENT_TYPE: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.3");
const ID_MESSAGE_DIGEST: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");
const ID_SIGNING_TIME: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.5");
/// id-aa-signingCertificateV2.
pub const ID_SIGNING_CERTIFICATE_V2: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.2.47");

/// ESS `SigningCertificateV2` (RFC 5035 §3). No RustCrypto crate defines
/// it; the `policies` field is left out, as CAdES baseline allows.
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct SigningCertificateV2 {
    /// The signer's certificate first.
    pub certs: Vec<EssCertIdV2>,
}

/// ESS `ESSCertIDv2` with the hash algorithm left at its DEFAULT, SHA-256.
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct EssCertIdV2 {
    /// SHA-256 of the certificate's DER.
    pub cert_hash: OctetString,
    /// The certificate's issuer and serial number.
    pub issuer_serial: IssuerSerial,
}

/// ESS `IssuerSerial`.
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub struct IssuerSerial {
    /// The issuer as a directoryName.
    pub issuer: Vec<GeneralName>,
    /// The certificate's serial number.
    pub serial_number: SerialNumber,
}

/// What goes into the signed attributes besides digest and certificate.
#[derive(Debug, Clone, Copy, Default)]
pub struct SignedAttributeOptions {
    /// The signingTime attribute; `None` for PAdES.
    pub signing_time: Option<DateTime<Utc>>,
}

impl SignedAttributeOptions {
    /// With the signingTime `now` (CAdES files, S/MIME, envelopes).
    pub fn signed_at(now: DateTime<Utc>) -> Self {
        Self {
            signing_time: Some(now),
        }
    }
}

/// A detached CMS SignedData (DER ContentInfo) over content whose digest
/// (of [`DigestAlgorithm::for_scheme`] of the signer) is `content_digest`.
/// `chain` is the signer's certificate first, then its issuers.
pub fn detached_signed_data(
    signer: &dyn Signer,
    chain: &[Vec<u8>],
    content_digest: &[u8],
    options: SignedAttributeOptions,
) -> Result<Vec<u8>> {
    signed_data(signer, chain, content_digest, None, options)
}

/// A CMS SignedData (DER ContentInfo) that carries `content` inside it as
/// id-data eContent, with the same signed attributes as
/// [`detached_signed_data`]: the form of a renewal request envelope, where a
/// PKCS#10 request travels signed by the certificate it renews.
pub fn encapsulating_signed_data(
    signer: &dyn Signer,
    chain: &[Vec<u8>],
    content: &[u8],
    options: SignedAttributeOptions,
) -> Result<Vec<u8>> {
    let digest = DigestAlgorithm::for_scheme(signer.scheme()).digest(content);
    signed_data(signer, chain, &digest, Some(content), options)
}

fn signed_data(
    signer: &dyn Signer,
    chain: &[Vec<u8>],
    content_digest: &[u8],
    content: Option<&[u8]>,
    options: SignedAttributeOptions,
) -> Result<Vec<u8>> {
    let certificates = chain
        .iter()
        .map(|der| Certificate::from_der(der).map_err(invalid_certificate))
        .collect::<Result<Vec<_>>>()?;
    let signer_certificate = certificates.first().ok_or_else(|| {
        Error::Key(crate::KeyError::SigningFailed {
            detail: "no signer certificate".into(),
        })
    })?;
    let digest_algorithm = DigestAlgorithm::for_scheme(signer.scheme());
    let digest_id = AlgorithmIdentifierOwned {
        oid: ObjectIdentifier::new_unwrap(digest_algorithm.oid()),
        parameters: None,
    };

    let signed_attributes =
        signed_attributes(&chain[0], signer_certificate, content_digest, options)?;
    let to_sign = signed_attributes.to_der().map_err(encoding)?;
    let signature = signer.sign(&to_sign)?;

    let tbs = signer_certificate.tbs_certificate();
    let signer_info = SignerInfo {
        version: CmsVersion::V1,
        sid: SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
            issuer: tbs.issuer().clone(),
            serial_number: tbs.serial_number().clone(),
        }),
        digest_alg: digest_id.clone(),
        signed_attrs: Some(signed_attributes),
        signature_algorithm: signature_algorithm(signer.scheme()),
        signature: OctetString::new(signature).map_err(encoding)?,
        unsigned_attrs: None,
    };
    let certificate_set = certificates
        .into_iter()
        .map(CertificateChoices::Certificate)
        .collect::<Vec<_>>();
    let signed_data = SignedData {
        version: CmsVersion::V1,
        digest_algorithms: SetOfVec::try_from(vec![digest_id]).map_err(encoding)?,
        encap_content_info: EncapsulatedContentInfo {
            econtent_type: ID_DATA,
            econtent: match content {
                Some(bytes) => Some(
                    Any::encode_from(&OctetString::new(bytes.to_vec()).map_err(encoding)?)
                        .map_err(encoding)?,
                ),
                None => None,
            },
        },
        certificates: Some(CertificateSet(
            SetOfVec::try_from(certificate_set).map_err(encoding)?,
        )),
        crls: None,
        signer_infos: SignerInfos(SetOfVec::try_from(vec![signer_info]).map_err(encoding)?),
    };
    ContentInfo {
        content_type: ID_SIGNED_DATA,
        content: Any::encode_from(&signed_data).map_err(encoding)?,
    }
    .to_der()
    .map_err(encoding)
}

fn signed_attributes(
    signer_der: &[u8],
    signer_certificate: &Certificate,
    content_digest: &[u8],
    options: SignedAttributeOptions,
) -> Result<SetOfVec<Attribute>> {
    let tbs = signer_certificate.tbs_certificate();
    let ess = SigningCertificateV2 {
        certs: vec![EssCertIdV2 {
            cert_hash: OctetString::new(Sha256::digest(signer_der).to_vec()).map_err(encoding)?,
            issuer_serial: IssuerSerial {
                issuer: vec![GeneralName::DirectoryName(tbs.issuer().clone())],
                serial_number: tbs.serial_number().clone(),
            },
        }],
    };
    let mut attributes = vec![
        attribute(ID_CONTENT_TYPE, &ID_DATA)?,
        attribute(
            ID_MESSAGE_DIGEST,
            &OctetString::new(content_digest.to_vec()).map_err(encoding)?,
        )?,
        attribute(ID_SIGNING_CERTIFICATE_V2, &ess)?,
    ];
    if let Some(at) = options.signing_time {
        let seconds = u64::try_from(at.timestamp()).map_err(|_| {
            Error::Key(crate::KeyError::SigningFailed {
                detail: "signing time before 1970".into(),
            })
        })?;
        let time = UtcTime::from_unix_duration(std::time::Duration::from_secs(seconds))
            .map_err(encoding)?;
        attributes.push(attribute(ID_SIGNING_TIME, &time)?);
    }
    SetOfVec::try_from(attributes).map_err(encoding)
}

fn attribute(oid: ObjectIdentifier, value: &impl Encode) -> Result<Attribute> {
    Ok(Attribute {
        oid,
        values: SetOfVec::try_from(vec![
            Any::from_der(&value.to_der().map_err(encoding)?).map_err(encoding)?
        ])
        .map_err(encoding)?,
    })
}

pub(crate) fn signature_algorithm(scheme: SignatureScheme) -> AlgorithmIdentifierOwned {
    AlgorithmIdentifierOwned {
        oid: ObjectIdentifier::new_unwrap(scheme.oid()),
        // RSA signature algorithms carry an explicit NULL; ECDSA none.
        parameters: match scheme {
            SignatureScheme::RsaPkcs1Sha256 => Some(Any::from(Null)),
            SignatureScheme::EcdsaSha256 | SignatureScheme::EcdsaSha384 => None,
        },
    }
}

fn encoding(err: der::Error) -> Error {
    Error::Key(crate::KeyError::SigningFailed {
        detail: format!("CMS encoding: {err}"),
    })
}

fn invalid_certificate(err: der::Error) -> Error {
    Error::Pki(crate::PkiError::CertificateInvalid {
        detail: crate::parse_failure::der(&err),
    })
}
