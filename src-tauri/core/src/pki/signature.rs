//! Checking the signature on a certificate or a certificate request with a
//! given public key. The algorithms are exactly those SealDesk checked these
//! signatures with before it read X.509 with x509-cert (x509-parser's table
//! over aws-lc-rs), so a chain that linked before still links and one that
//! did not still does not. Document signatures have their own, wider table
//! in `sign::verify::algorithms`.

use aws_lc_rs::signature::{self, UnparsedPublicKey, VerificationAlgorithm};
use const_oid::ObjectIdentifier;
use der::asn1::BitString;
use der::{Any, Sequence};
use x509_cert::spki::AlgorithmIdentifierOwned;
use x509_cert::spki::SubjectPublicKeyInfoOwned;

const SHA1_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.5");
/// The old OIW sha1WithRSASignature, still met in old certificates.
const OIW_SHA1_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.14.3.2.29");
const SHA256_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.11");
const SHA384_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.12");
const SHA512_WITH_RSA: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.13");
const RSA_PSS: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.10");
const ECDSA_WITH_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.2");
const ECDSA_WITH_SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.3");
const ED25519: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.101.112");
const P256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const P384: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.0.34");
const SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.1");
const SHA384: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.2");
const SHA512: ObjectIdentifier = ObjectIdentifier::new_unwrap("2.16.840.1.101.3.4.2.3");

/// Why a signature was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SignatureError {
    /// The algorithm (or its key or parameters) is not one SealDesk checks.
    Unsupported,
    /// It does not verify.
    Invalid,
}

/// Verifies `signature` over `signed` (the exact DER that was signed) with
/// the signer's public key `key` and the `algorithm` the signed object
/// names.
pub(crate) fn verify(
    key: &SubjectPublicKeyInfoOwned,
    algorithm: &AlgorithmIdentifierOwned,
    signature: &BitString,
    signed: &[u8],
) -> Result<(), SignatureError> {
    let oid = algorithm.oid;
    let verification: &'static dyn VerificationAlgorithm =
        if oid == SHA1_WITH_RSA || oid == OIW_SHA1_WITH_RSA {
            &signature::RSA_PKCS1_1024_8192_SHA1_FOR_LEGACY_USE_ONLY
        } else if oid == SHA256_WITH_RSA {
            &signature::RSA_PKCS1_2048_8192_SHA256
        } else if oid == SHA384_WITH_RSA {
            &signature::RSA_PKCS1_2048_8192_SHA384
        } else if oid == SHA512_WITH_RSA {
            &signature::RSA_PKCS1_2048_8192_SHA512
        } else if oid == RSA_PSS {
            pss(algorithm.parameters.as_ref()).ok_or(SignatureError::Unsupported)?
        } else if oid == ECDSA_WITH_SHA256 || oid == ECDSA_WITH_SHA384 {
            let curve = key
                .algorithm
                .parameters
                .as_ref()
                .and_then(|p| p.decode_as::<ObjectIdentifier>().ok());
            match (curve, oid == ECDSA_WITH_SHA256) {
                (Some(c), true) if c == P256 => &signature::ECDSA_P256_SHA256_ASN1,
                (Some(c), false) if c == P256 => &signature::ECDSA_P256_SHA384_ASN1,
                (Some(c), true) if c == P384 => &signature::ECDSA_P384_SHA256_ASN1,
                (Some(c), false) if c == P384 => &signature::ECDSA_P384_SHA384_ASN1,
                _ => return Err(SignatureError::Unsupported),
            }
        } else if oid == ED25519 {
            &signature::ED25519
        } else {
            return Err(SignatureError::Unsupported);
        };
    UnparsedPublicKey::new(verification, key.subject_public_key.raw_bytes())
        .verify(signed, signature.raw_bytes())
        .map_err(|_| SignatureError::Invalid)
}

/// RSASSA-PSS-params (RFC 4055 §3.1), read by both signature checks: a
/// certificate's here, a document's in the verifier. An absent field takes
/// its SHA-1 default, which neither accepts.
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
pub(crate) struct PssParams {
    /// The message digest.
    #[asn1(context_specific = "0", tag_mode = "EXPLICIT", optional = "true")]
    pub(crate) hash: Option<AlgorithmIdentifierOwned>,
    /// The mask generation function and its digest.
    #[asn1(context_specific = "1", tag_mode = "EXPLICIT", optional = "true")]
    pub(crate) mask_generation: Option<AlgorithmIdentifierOwned>,
    /// The salt's length in bytes.
    #[asn1(context_specific = "2", tag_mode = "EXPLICIT", optional = "true")]
    pub(crate) salt_length: Option<u32>,
    /// The trailer field; only 1 is defined.
    #[asn1(context_specific = "3", tag_mode = "EXPLICIT", optional = "true")]
    pub(crate) trailer_field: Option<u32>,
}

/// Only the hash decides the algorithm here; the verifier checks the rest.
fn pss(parameters: Option<&Any>) -> Option<&'static dyn VerificationAlgorithm> {
    let params: PssParams = parameters?.decode_as().ok()?;
    let hash = params.hash?.oid;
    if hash == SHA256 {
        Some(&signature::RSA_PSS_2048_8192_SHA256)
    } else if hash == SHA384 {
        Some(&signature::RSA_PSS_2048_8192_SHA384)
    } else if hash == SHA512 {
        Some(&signature::RSA_PSS_2048_8192_SHA512)
    } else {
        None
    }
}
