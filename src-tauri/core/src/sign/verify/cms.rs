//! One CMS SignedData (RFC 5652) and the check of each of its SignerInfos:
//! the content digest against messageDigest, the signature over the DER
//! SET OF signed attributes, the ESS signing-certificate attribute, then
//! the signer's standing in the store (see [`super::chain`]).

use super::algorithms::{verify_signature, ContentDigest, PublicKey, SignatureCheck};
use super::chain;
use super::{Problem, SignatureReport};
use crate::pki::certificate::CertificateInfo;
use crate::pki::holder::Holder;
use crate::sign::cms::{IssuerSerial, ID_SIGNING_CERTIFICATE_V2};
use crate::{Result, Store};
use chrono::{DateTime, Utc};
use cms::cert::CertificateChoices;
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier, SignerInfo};
use der::asn1::{Any, ObjectIdentifier, OctetString};
use der::{Decode, Encode, EncodingRules, Reader, Sequence, SliceReader};
use x509_cert::ext::pkix::{KeyUsage, KeyUsages, SubjectKeyIdentifier};
use x509_cert::spki::AlgorithmIdentifierOwned;
use x509_cert::time::Time;
use x509_cert::Certificate;

const ID_SIGNED_DATA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.2");
const ID_MESSAGE_DIGEST: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.4");
const ID_SIGNING_TIME: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.5");
/// id-aa-signingCertificate (RFC 2634, SHA-1 certificate hashes).
const ID_SIGNING_CERTIFICATE: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.2.12");
const SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");

/// ESSCertID / ESSCertIDv2 as other signers write them: the hash algorithm
/// (v2 only, DEFAULT SHA-256) may be present, the issuerSerial may be left
/// out. The signing side's stricter types live in `sign::cms`.
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
struct EssCertIdAny {
    #[asn1(optional = "true")]
    hash_algorithm: Option<AlgorithmIdentifierOwned>,
    cert_hash: OctetString,
    #[asn1(optional = "true")]
    issuer_serial: Option<IssuerSerial>,
}

/// SigningCertificate / SigningCertificateV2 with optional policies.
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
struct SigningCertificateAny {
    certs: Vec<EssCertIdAny>,
    #[asn1(optional = "true")]
    policies: Option<Any>,
}

/// A decoded CMS SignedData with the certificates it carries.
pub struct ParsedSignature {
    signed_data: SignedData,
    /// The carried certificates, decoded and as DER.
    certificates: Vec<(Certificate, Vec<u8>)>,
}

impl ParsedSignature {
    /// Decodes a DER ContentInfo holding SignedData. Zero bytes after it
    /// are allowed (a PDF's /Contents is padded with them); anything else,
    /// or bytes that are not CMS SignedData, gives `None`.
    pub fn from_der(bytes: &[u8]) -> Option<Self> {
        // Read under BER rules: DER rules would sort every SET OF while
        // decoding, and a signer that wrote its signed attributes in
        // another order signed those bytes, not the sorted ones.
        let mut reader = SliceReader::new_with_encoding_rules(bytes, EncodingRules::Ber).ok()?;
        let info = ContentInfo::decode(&mut reader).ok()?;
        let rest = bytes.get(usize::try_from(reader.position()).ok()?..)?;
        if info.content_type != ID_SIGNED_DATA || rest.iter().any(|b| *b != 0) {
            return None;
        }
        let signed_data: SignedData = info.content.decode_as_encoding(EncodingRules::Ber).ok()?;
        let certificates = signed_data
            .certificates
            .iter()
            .flat_map(|set| set.0.iter())
            .filter_map(|choice| match choice {
                CertificateChoices::Certificate(cert) => {
                    cert.to_der().ok().map(|der| (cert.clone(), der))
                }
                _ => None,
            })
            .collect();
        Some(Self {
            signed_data,
            certificates,
        })
    }

    /// How many SignerInfos there are.
    /// The content carried inside the SignedData (an attached signature),
    /// or `None` for a detached one.
    pub fn encapsulated_content(&self) -> Option<Vec<u8>> {
        let any = self.signed_data.encap_content_info.econtent.as_ref()?;
        any.decode_as_encoding::<OctetString>(EncodingRules::Ber)
            .ok()
            .map(|octets| octets.as_bytes().to_vec())
    }

    pub fn signer_count(&self) -> usize {
        self.signed_data.signer_infos.0.len()
    }

    /// Checks SignerInfo `index`. `content_digest` hashes the signed content
    /// with the algorithm the SignerInfo names (a stream over a file or a
    /// PDF's byte ranges); `fallback_time` is the PDF's /M, used when no
    /// signingTime attribute is signed.
    pub fn check_signer(
        &self,
        store: &Store,
        index: usize,
        content_digest: impl FnOnce(ContentDigest) -> Result<Vec<u8>>,
        fallback_time: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<SignatureReport> {
        let mut problems = Vec::new();
        let Some(info) = self.signed_data.signer_infos.0.iter().nth(index) else {
            return Ok(report(None, None, None, vec![Problem::NoSignature]));
        };
        let digest = ContentDigest::from_oid(&info.digest_alg.oid);
        match digest {
            None => problems.push(Problem::UnsupportedAlgorithm),
            Some(d) if d.is_weak() => problems.push(Problem::WeakAlgorithm),
            Some(_) => {}
        }
        let signing_time = attribute_value(info, ID_SIGNING_TIME)
            .and_then(|any| any.decode_as::<Time>().ok())
            .and_then(to_utc);
        let signed_at = signing_time.or(fallback_time);

        // The content digest against the signed messageDigest.
        let signed_digest = attribute_value(info, ID_MESSAGE_DIGEST)
            .and_then(|any| any.decode_as::<OctetString>().ok());
        match (digest, &info.signed_attrs, &signed_digest) {
            (Some(d), Some(_), Some(expected)) => {
                if content_digest(d)? != expected.as_bytes() {
                    problems.push(Problem::DigestMismatch);
                }
            }
            // CAdES and PAdES always sign attributes; a bare signature over
            // the content cannot be checked from its digest alone.
            (Some(_), _, _) => problems.push(Problem::SignatureInvalid),
            (None, _, _) => {}
        }

        let Some((certificate, der)) = self.find_signer(store, &info.sid)? else {
            problems.push(Problem::SignerCertificateMissing);
            return Ok(report(None, None, signed_at, problems));
        };
        let named = CertificateInfo::from_der(&der).ok();
        let holder = named.as_ref().map(Holder::of);
        let subject = named.map(|i| i.subject);

        if let (Some(d), Some(attributes)) = (digest, &info.signed_attrs) {
            let check = match attributes.to_der() {
                Ok(message) => signature_check(&certificate, info, d, &message),
                Err(_) => (SignatureCheck::Invalid, false),
            };
            let (outcome, weak) = check;
            if weak {
                problems.push(Problem::WeakAlgorithm);
            }
            match outcome {
                SignatureCheck::Valid => {}
                SignatureCheck::Invalid => problems.push(Problem::SignatureInvalid),
                SignatureCheck::Unsupported => problems.push(Problem::UnsupportedAlgorithm),
            }
        }
        if let Some(problem) = signing_certificate_problem(info, &certificate, &der) {
            problems.push(problem);
        }
        if !meant_for_signing(&certificate) {
            problems.push(Problem::KeyUsageNotForSigning);
        }

        let extra: Vec<Vec<u8>> = self.certificates.iter().map(|(_, d)| d.clone()).collect();
        let trust = chain::evaluate(store, &der, &extra, signed_at, now)?;
        problems.extend(trust.problems);
        Ok(SignatureReport {
            trust_anchor: trust.anchor,
            signer_holder: holder,
            ..report(subject, trust.signer_certificate_id, signed_at, problems)
        })
    }

    /// The signer's certificate: among the carried ones first, then the
    /// store's (a signature may leave its certificate out).
    fn find_signer(
        &self,
        store: &Store,
        sid: &SignerIdentifier,
    ) -> Result<Option<(Certificate, Vec<u8>)>> {
        if let Some(found) = self.certificates.iter().find(|(c, _)| matches_sid(c, sid)) {
            return Ok(Some(found.clone()));
        }
        for der in chain::all_certificates(store)? {
            if let Ok(cert) = Certificate::from_der(&der) {
                if matches_sid(&cert, sid) {
                    return Ok(Some((cert, der)));
                }
            }
        }
        Ok(None)
    }
}

fn report(
    signer: Option<String>,
    signer_certificate_id: Option<i64>,
    signed_at: Option<DateTime<Utc>>,
    mut problems: Vec<Problem>,
) -> SignatureReport {
    problems.sort();
    problems.dedup();
    SignatureReport {
        signer,
        signer_holder: None,
        signer_certificate_id,
        signed_at,
        coverage: super::Coverage::Part,
        problems,
        modifications: Vec::new(),
        trust_anchor: None,
    }
}

fn matches_sid(cert: &Certificate, sid: &SignerIdentifier) -> bool {
    let tbs = cert.tbs_certificate();
    match sid {
        SignerIdentifier::IssuerAndSerialNumber(isn) => {
            tbs.issuer() == &isn.issuer && tbs.serial_number() == &isn.serial_number
        }
        SignerIdentifier::SubjectKeyIdentifier(ski) => {
            matches!(tbs.get_extension::<SubjectKeyIdentifier>(), Ok(Some((_, own))) if &own == ski)
        }
    }
}

/// Whether the certificate's key usage allows signing documents:
/// nonRepudiation (contentCommitment), as document signing certificates
/// carry it. A certificate without the extension is not restricted; one
/// for logging in or mail (digitalSignature alone) is not meant for it.
fn meant_for_signing(certificate: &Certificate) -> bool {
    match certificate.tbs_certificate().get_extension::<KeyUsage>() {
        Ok(Some((_, usage))) => usage.0.contains(KeyUsages::NonRepudiation),
        Ok(None) => true,
        Err(_) => false,
    }
}

/// The single value of a signed attribute, if present.
fn attribute_value(info: &SignerInfo, oid: ObjectIdentifier) -> Option<&Any> {
    info.signed_attrs
        .as_ref()?
        .iter()
        .find(|a| a.oid == oid)
        .and_then(|a| a.values.iter().next())
}

fn signature_check(
    certificate: &Certificate,
    info: &SignerInfo,
    digest: ContentDigest,
    message: &[u8],
) -> (SignatureCheck, bool) {
    let spki = certificate.tbs_certificate().subject_public_key_info();
    let curve = spki
        .algorithm
        .parameters
        .as_ref()
        .and_then(|p| p.decode_as::<ObjectIdentifier>().ok());
    let Some(key) = spki.subject_public_key.as_bytes() else {
        return (SignatureCheck::Invalid, false);
    };
    verify_signature(
        &PublicKey {
            algorithm: &spki.algorithm.oid,
            curve,
            key,
        },
        &info.signature_algorithm.oid,
        info.signature_algorithm.parameters.as_ref(),
        digest,
        message,
        info.signature.as_bytes(),
    )
}

/// The ESS signing-certificate(-v2) attribute must name the signer's
/// certificate by hash (and by issuer and serial when it gives them).
fn signing_certificate_problem(
    info: &SignerInfo,
    certificate: &Certificate,
    der: &[u8],
) -> Option<Problem> {
    let (value, v2) = match attribute_value(info, ID_SIGNING_CERTIFICATE_V2) {
        Some(value) => (value, true),
        None => match attribute_value(info, ID_SIGNING_CERTIFICATE) {
            Some(value) => (value, false),
            None => return Some(Problem::NoSigningCertificateAttribute),
        },
    };
    let Ok(parsed) = value.decode_as::<SigningCertificateAny>() else {
        return Some(Problem::SigningCertificateMismatch);
    };
    let Some(first) = parsed.certs.first() else {
        return Some(Problem::SigningCertificateMismatch);
    };
    let hash = if v2 {
        let oid = first
            .hash_algorithm
            .as_ref()
            .map(|a| a.oid)
            .unwrap_or(SHA256);
        ContentDigest::from_oid(&oid)
    } else {
        Some(ContentDigest::Sha1)
    };
    let Some(hash) = hash else {
        return Some(Problem::UnsupportedAlgorithm);
    };
    let tbs = certificate.tbs_certificate();
    let serial_matches = first
        .issuer_serial
        .as_ref()
        .is_none_or(|is| &is.serial_number == tbs.serial_number());
    if hash.digest(der) != first.cert_hash.as_bytes() || !serial_matches {
        return Some(Problem::SigningCertificateMismatch);
    }
    None
}

fn to_utc(time: Time) -> Option<DateTime<Utc>> {
    let seconds = i64::try_from(time.to_unix_duration().as_secs()).ok()?;
    DateTime::from_timestamp(seconds, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_bytes_parse_or_are_refused_without_panic(
            bytes in proptest::collection::vec(any::<u8>(), 0..2048),
        ) {
            let _ = ParsedSignature::from_der(&bytes);
            // The same behind a SignedData-like header.
            let mut framed = vec![0x30, 0x82, (bytes.len() >> 8) as u8, bytes.len() as u8];
            framed.extend_from_slice(&bytes);
            let _ = ParsedSignature::from_der(&framed);
        }
    }

    #[test]
    fn trailing_zero_padding_is_allowed_and_other_bytes_are_not() {
        // A SignedData without signers, as the types encode it.
        let signed_data = SignedData {
            version: cms::content_info::CmsVersion::V1,
            digest_algorithms: der::asn1::SetOfVec::new(),
            encap_content_info: cms::signed_data::EncapsulatedContentInfo {
                econtent_type: ObjectIdentifier::new_unwrap("1.2.840.113549.1.7.1"),
                econtent: None,
            },
            certificates: None,
            crls: None,
            signer_infos: cms::signed_data::SignerInfos(der::asn1::SetOfVec::new()),
        };
        let content_info = ContentInfo {
            content_type: ID_SIGNED_DATA,
            content: Any::encode_from(&signed_data).unwrap(),
        }
        .to_der()
        .unwrap();
        let parsed = ParsedSignature::from_der(&content_info);
        let Some(parsed) = parsed else {
            panic!("a minimal SignedData parses");
        };
        assert_eq!(parsed.signer_count(), 0);
        let mut padded = content_info.clone();
        padded.extend_from_slice(&[0; 64]);
        assert!(ParsedSignature::from_der(&padded).is_some());
        padded.push(1);
        assert!(ParsedSignature::from_der(&padded).is_none());
    }
}
