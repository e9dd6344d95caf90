//! The digest and signature algorithms a verifier meets, mapped to
//! aws-lc-rs. Verification accepts more than SealDesk writes: SHA-512,
//! RSA-PSS and SHA-1 (only to say it is weak).

use crate::pki::signature::PssParams;
use aws_lc_rs::digest;
use aws_lc_rs::signature::{self, RsaPssSaltLength, UnparsedPublicKey, VerificationAlgorithm};
use der::asn1::{Any, ObjectIdentifier, UintRef};
use der::Sequence;
use std::io::Read;
use x509_cert::spki::AlgorithmIdentifierOwned;

const SHA1: &str = "1.3.14.3.2.26";
const SHA256: &str = "2.16.840.1.101.3.4.2.1";
const SHA384: &str = "2.16.840.1.101.3.4.2.2";
const SHA512: &str = "2.16.840.1.101.3.4.2.3";

const RSA_ENCRYPTION: &str = "1.2.840.113549.1.1.1";
const SHA1_WITH_RSA: &str = "1.2.840.113549.1.1.5";
const RSA_PSS: &str = "1.2.840.113549.1.1.10";
const MGF1: &str = "1.2.840.113549.1.1.8";
const SHA256_WITH_RSA: &str = "1.2.840.113549.1.1.11";
const SHA384_WITH_RSA: &str = "1.2.840.113549.1.1.12";
const SHA512_WITH_RSA: &str = "1.2.840.113549.1.1.13";
const EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";
const ECDSA_WITH_SHA1: &str = "1.2.840.10045.4.1";
const ECDSA_WITH_SHA256: &str = "1.2.840.10045.4.3.2";
const ECDSA_WITH_SHA384: &str = "1.2.840.10045.4.3.3";
const ECDSA_WITH_SHA512: &str = "1.2.840.10045.4.3.4";
const P256: &str = "1.2.840.10045.3.1.7";
const P384: &str = "1.3.132.0.34";

/// A digest algorithm a signature may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentDigest {
    /// SHA-1: still met in old signatures, no longer safe.
    Sha1,
    /// SHA-256.
    Sha256,
    /// SHA-384.
    Sha384,
    /// SHA-512.
    Sha512,
}

impl ContentDigest {
    /// The algorithm of a dotted object identifier, if known.
    pub fn from_oid(oid: &ObjectIdentifier) -> Option<Self> {
        match oid.to_string().as_str() {
            SHA1 => Some(ContentDigest::Sha1),
            SHA256 => Some(ContentDigest::Sha256),
            SHA384 => Some(ContentDigest::Sha384),
            SHA512 => Some(ContentDigest::Sha512),
            _ => None,
        }
    }

    /// Whether collisions are practical for this algorithm.
    pub fn is_weak(self) -> bool {
        self == ContentDigest::Sha1
    }

    fn algorithm(self) -> &'static digest::Algorithm {
        match self {
            ContentDigest::Sha1 => &digest::SHA1_FOR_LEGACY_USE_ONLY,
            ContentDigest::Sha256 => &digest::SHA256,
            ContentDigest::Sha384 => &digest::SHA384,
            ContentDigest::Sha512 => &digest::SHA512,
        }
    }

    /// A running hash.
    pub fn hasher(self) -> digest::Context {
        digest::Context::new(self.algorithm())
    }

    /// The digest of `bytes`.
    pub fn digest(self, bytes: &[u8]) -> Vec<u8> {
        digest::digest(self.algorithm(), bytes).as_ref().to_vec()
    }

    /// Hashes everything `reader` yields, in 64 KiB pieces.
    pub fn digest_reader(self, mut reader: impl Read) -> std::io::Result<Vec<u8>> {
        let mut buffer = vec![0u8; 64 * 1024];
        let mut hasher = self.hasher();
        loop {
            let read = reader.read(&mut buffer)?;
            if read == 0 {
                return Ok(hasher.finish().as_ref().to_vec());
            }
            hasher.update(&buffer[..read]);
        }
    }
}

/// PKCS#1 RSAPublicKey, to learn the modulus size.
#[derive(Clone, Debug, Eq, PartialEq, Sequence)]
struct RsaPublicKey<'a> {
    modulus: UintRef<'a>,
    public_exponent: UintRef<'a>,
}

/// The salt lengths aws-lc-rs verifies with a fixed algorithm: the hash's
/// length (the common choice) or the longest the key allows (pyHanko's).
enum PssSalt {
    Digest,
    Max,
}

/// Reads PSS parameters: the hash (which MGF1 must use too) and a salt
/// length SealDesk can check, or `None`.
fn pss_parameters(parameters: Option<&Any>, key: &[u8]) -> Option<(ContentDigest, PssSalt)> {
    let params: PssParams = parameters?.decode_as().ok()?;
    let hash = match &params.hash {
        Some(h) => ContentDigest::from_oid(&h.oid)?,
        None => ContentDigest::Sha1,
    };
    let mgf_hash = match &params.mask_generation {
        Some(mgf) if mgf.oid.to_string() == MGF1 => {
            let inner: AlgorithmIdentifierOwned = mgf.parameters.as_ref()?.decode_as().ok()?;
            ContentDigest::from_oid(&inner.oid)?
        }
        Some(_) => return None,
        None => ContentDigest::Sha1,
    };
    if mgf_hash != hash || params.trailer_field.is_some_and(|t| t != 1) {
        return None;
    }
    let salt = params.salt_length.unwrap_or(20);
    let hash_len = hash.digest(b"").len() as u32;
    if salt == hash_len {
        return Some((hash, PssSalt::Digest));
    }
    let rsa: RsaPublicKey<'_> = der::Decode::from_der(key).ok()?;
    let modulus = rsa.modulus.as_bytes();
    let bits = (modulus.len() as u32 * 8).checked_sub(modulus.first()?.leading_zeros())?;
    let em_len = (bits + 6) / 8;
    (salt == em_len.checked_sub(hash_len + 2)?).then_some((hash, PssSalt::Max))
}

/// Why a signature value could not be accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureCheck {
    /// It verifies.
    Valid,
    /// It does not verify.
    Invalid,
    /// The algorithm or key type is not one SealDesk checks.
    Unsupported,
}

/// The signer's public key as the certificate gives it.
pub struct PublicKey<'a> {
    /// The SubjectPublicKeyInfo algorithm.
    pub algorithm: &'a ObjectIdentifier,
    /// Its parameters' DER (the named curve for EC keys).
    pub curve: Option<ObjectIdentifier>,
    /// The subjectPublicKey bits: an RSAPublicKey DER, or an EC point.
    pub key: &'a [u8],
}

/// Verifies `signature` over `message` by `key`, with the CMS
/// signatureAlgorithm `signature_algorithm` (and its parameters, which
/// matter for RSA-PSS) and the SignerInfo's digest. Returns whether the
/// hash involved is weak beside the outcome.
pub fn verify_signature(
    key: &PublicKey<'_>,
    signature_algorithm: &ObjectIdentifier,
    parameters: Option<&Any>,
    digest: ContentDigest,
    message: &[u8],
    signature_value: &[u8],
) -> (SignatureCheck, bool) {
    let sig_alg = signature_algorithm.to_string();
    // The hash named by the signature algorithm; the bare key algorithms
    // (rsaEncryption, ecPublicKey, RSASSA-PSS) take the SignerInfo's digest.
    let hash = match sig_alg.as_str() {
        SHA1_WITH_RSA | ECDSA_WITH_SHA1 => ContentDigest::Sha1,
        SHA256_WITH_RSA | ECDSA_WITH_SHA256 => ContentDigest::Sha256,
        SHA384_WITH_RSA | ECDSA_WITH_SHA384 => ContentDigest::Sha384,
        SHA512_WITH_RSA | ECDSA_WITH_SHA512 => ContentDigest::Sha512,
        RSA_ENCRYPTION | EC_PUBLIC_KEY => digest,
        RSA_PSS => match pss_parameters(parameters, key.key) {
            Some((hash, _)) => hash,
            None => return (SignatureCheck::Unsupported, digest.is_weak()),
        },
        _ => return (SignatureCheck::Unsupported, digest.is_weak()),
    };
    let weak = hash.is_weak() || digest.is_weak();
    let key_alg = key.algorithm.to_string();
    let is_rsa_signature = matches!(
        sig_alg.as_str(),
        RSA_ENCRYPTION | SHA1_WITH_RSA | SHA256_WITH_RSA | SHA384_WITH_RSA | SHA512_WITH_RSA
    );
    let algorithm: &'static dyn VerificationAlgorithm = if sig_alg == RSA_PSS {
        if key_alg != RSA_ENCRYPTION && key_alg != RSA_PSS {
            return (SignatureCheck::Invalid, weak);
        }
        let salt = pss_parameters(parameters, key.key).map(|(_, salt)| salt);
        match (hash, salt) {
            (ContentDigest::Sha256, Some(PssSalt::Digest)) => &signature::RSA_PSS_2048_8192_SHA256,
            (ContentDigest::Sha384, Some(PssSalt::Digest)) => &signature::RSA_PSS_2048_8192_SHA384,
            (ContentDigest::Sha512, Some(PssSalt::Digest)) => &signature::RSA_PSS_2048_8192_SHA512,
            (ContentDigest::Sha256, Some(PssSalt::Max)) => {
                &const { signature::RSA_PSS_2048_8192_SHA256.with_pss_salt_length(RsaPssSaltLength::Max) }
            }
            (ContentDigest::Sha384, Some(PssSalt::Max)) => {
                &const { signature::RSA_PSS_2048_8192_SHA384.with_pss_salt_length(RsaPssSaltLength::Max) }
            }
            (ContentDigest::Sha512, Some(PssSalt::Max)) => {
                &const { signature::RSA_PSS_2048_8192_SHA512.with_pss_salt_length(RsaPssSaltLength::Max) }
            }
            _ => return (SignatureCheck::Unsupported, weak),
        }
    } else if is_rsa_signature {
        if key_alg != RSA_ENCRYPTION {
            return (SignatureCheck::Invalid, weak);
        }
        match hash {
            ContentDigest::Sha1 => &signature::RSA_PKCS1_2048_8192_SHA1_FOR_LEGACY_USE_ONLY,
            ContentDigest::Sha256 => &signature::RSA_PKCS1_2048_8192_SHA256,
            ContentDigest::Sha384 => &signature::RSA_PKCS1_2048_8192_SHA384,
            ContentDigest::Sha512 => &signature::RSA_PKCS1_2048_8192_SHA512,
        }
    } else {
        if key_alg != EC_PUBLIC_KEY {
            return (SignatureCheck::Invalid, weak);
        }
        let curve = key.curve.map(|c| c.to_string()).unwrap_or_default();
        match (curve.as_str(), hash) {
            (P256, ContentDigest::Sha1) => &signature::ECDSA_P256_SHA1_ASN1,
            (P256, ContentDigest::Sha256) => &signature::ECDSA_P256_SHA256_ASN1,
            (P256, ContentDigest::Sha384) => &signature::ECDSA_P256_SHA384_ASN1,
            (P256, ContentDigest::Sha512) => &signature::ECDSA_P256_SHA512_ASN1,
            (P384, ContentDigest::Sha256) => &signature::ECDSA_P384_SHA256_ASN1,
            (P384, ContentDigest::Sha384) => &signature::ECDSA_P384_SHA384_ASN1,
            (P384, ContentDigest::Sha512) => &signature::ECDSA_P384_SHA512_ASN1,
            _ => return (SignatureCheck::Unsupported, weak),
        }
    };
    let outcome = match UnparsedPublicKey::new(algorithm, key.key).verify(message, signature_value)
    {
        Ok(()) => SignatureCheck::Valid,
        Err(_) => SignatureCheck::Invalid,
    };
    (outcome, weak)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_match_known_values() {
        let oid = ObjectIdentifier::new_unwrap(SHA256);
        let sha256 = ContentDigest::from_oid(&oid).unwrap();
        assert_eq!(
            hex::encode(sha256.digest(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            sha256.digest_reader(&b"abc"[..]).unwrap(),
            sha256.digest(b"abc")
        );
        assert!(ContentDigest::Sha1.is_weak());
        assert!(!ContentDigest::Sha512.is_weak());
        assert_eq!(
            ContentDigest::from_oid(&ObjectIdentifier::new_unwrap("1.2.3")),
            None
        );
    }

    #[test]
    fn an_unknown_signature_algorithm_is_unsupported_not_valid() {
        let key_alg = ObjectIdentifier::new_unwrap(EC_PUBLIC_KEY);
        let key = PublicKey {
            algorithm: &key_alg,
            curve: Some(ObjectIdentifier::new_unwrap(P256)),
            key: &[4; 65],
        };
        let (check, _) = verify_signature(
            &key,
            &ObjectIdentifier::new_unwrap("1.3.101.112"),
            None,
            ContentDigest::Sha256,
            b"m",
            b"s",
        );
        assert_eq!(check, SignatureCheck::Unsupported);
        let (check, weak) = verify_signature(
            &key,
            &ObjectIdentifier::new_unwrap(ECDSA_WITH_SHA1),
            None,
            ContentDigest::Sha256,
            b"m",
            b"s",
        );
        assert_eq!(check, SignatureCheck::Invalid);
        assert!(weak);
    }
}
