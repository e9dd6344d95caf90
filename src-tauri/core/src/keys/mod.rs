//! Private keys: the algorithms SealDesk generates and keys kept in
//! encrypted files. Key generation and signing use aws-lc-rs, which has no
//! open advisory for private-key operations (unlike the pure-Rust `rsa`
//! crate, RUSTSEC-2023-0071).

mod error;
pub use error::KeyError;
pub mod file;
pub mod file_signer;
pub mod location;
pub mod registry;
pub mod signer;
pub mod token;
pub mod unlock;

use crate::{Error, Result};
use aws_lc_rs::encoding::{AsDer, Pkcs8V1Der, PublicKeyX509Der};
use aws_lc_rs::rsa::{self, KeySize};
use aws_lc_rs::signature::{self, EcdsaKeyPair, KeyPair};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// A key algorithm SealDesk generates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub enum KeyAlgorithm {
    /// ECDSA on NIST P-256.
    #[serde(rename = "ec-p256")]
    EcP256,
    /// ECDSA on NIST P-384.
    #[serde(rename = "ec-p384")]
    EcP384,
    /// RSA, 2048-bit modulus.
    #[serde(rename = "rsa-2048")]
    Rsa2048,
    /// RSA, 3072-bit modulus.
    #[serde(rename = "rsa-3072")]
    Rsa3072,
    /// RSA, 4096-bit modulus.
    #[serde(rename = "rsa-4096")]
    Rsa4096,
}

impl KeyAlgorithm {
    /// Every algorithm, in the order the UI offers them.
    pub const ALL: [KeyAlgorithm; 5] = [
        KeyAlgorithm::EcP256,
        KeyAlgorithm::EcP384,
        KeyAlgorithm::Rsa2048,
        KeyAlgorithm::Rsa3072,
        KeyAlgorithm::Rsa4096,
    ];

    /// The stable name used by the CLI and the store (`ec-p256`, ...).
    pub fn name(self) -> &'static str {
        match self {
            KeyAlgorithm::EcP256 => "ec-p256",
            KeyAlgorithm::EcP384 => "ec-p384",
            KeyAlgorithm::Rsa2048 => "rsa-2048",
            KeyAlgorithm::Rsa3072 => "rsa-3072",
            KeyAlgorithm::Rsa4096 => "rsa-4096",
        }
    }
}

crate::parse_by_name!(KeyAlgorithm, name, eq_ignore_ascii_case, |name| {
    Error::Key(crate::KeyError::UnsupportedAlgorithm {
        name: name.to_string(),
    })
}; display);

/// A newly generated key pair: the private key as unencrypted PKCS#8 DER
/// (wiped from memory when dropped) and the public key as SubjectPublicKeyInfo.
pub struct GeneratedKey {
    /// The algorithm.
    pub algorithm: KeyAlgorithm,
    /// PKCS#8 v1 DER of the private key.
    pub pkcs8_der: Zeroizing<Vec<u8>>,
    /// DER of the SubjectPublicKeyInfo.
    pub spki_der: Vec<u8>,
}

impl GeneratedKey {
    /// Generates a key pair with the operating system's random generator.
    pub fn generate(algorithm: KeyAlgorithm) -> Result<Self> {
        let failed = |_| {
            Error::Key(crate::KeyError::Generation {
                algorithm: algorithm.name().to_string(),
            })
        };
        let (pkcs8, spki) = match algorithm {
            KeyAlgorithm::EcP256 | KeyAlgorithm::EcP384 => {
                let alg = if algorithm == KeyAlgorithm::EcP256 {
                    &signature::ECDSA_P256_SHA256_ASN1_SIGNING
                } else {
                    &signature::ECDSA_P384_SHA384_ASN1_SIGNING
                };
                let pair = EcdsaKeyPair::generate(alg).map_err(failed)?;
                let pkcs8 = pair.to_pkcs8v1().map_err(failed)?.as_ref().to_vec();
                let spki: PublicKeyX509Der = pair.public_key().as_der().map_err(failed)?;
                (pkcs8, spki.as_ref().to_vec())
            }
            KeyAlgorithm::Rsa2048 | KeyAlgorithm::Rsa3072 | KeyAlgorithm::Rsa4096 => {
                let size = match algorithm {
                    KeyAlgorithm::Rsa2048 => KeySize::Rsa2048,
                    KeyAlgorithm::Rsa3072 => KeySize::Rsa3072,
                    _ => KeySize::Rsa4096,
                };
                let pair = rsa::KeyPair::generate(size).map_err(failed)?;
                let pkcs8: Pkcs8V1Der = pair.as_der().map_err(failed)?;
                let spki: PublicKeyX509Der = pair.public_key().as_der().map_err(failed)?;
                (pkcs8.as_ref().to_vec(), spki.as_ref().to_vec())
            }
        };
        Ok(Self {
            algorithm,
            pkcs8_der: Zeroizing::new(pkcs8),
            spki_der: spki,
        })
    }

    /// SHA-256 of the SubjectPublicKeyInfo, lower-case hex: the key's identity.
    pub fn spki_sha256(&self) -> String {
        spki_sha256(&self.spki_der)
    }
}

/// SHA-256 of a SubjectPublicKeyInfo DER, lower-case hex.
pub fn spki_sha256(spki_der: &[u8]) -> String {
    hex::encode(Sha256::digest(spki_der))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_ones_are_refused() {
        for alg in KeyAlgorithm::ALL {
            assert_eq!(alg.name().parse::<KeyAlgorithm>().unwrap(), alg);
        }
        let err = "dsa-1024".parse::<KeyAlgorithm>().unwrap_err();
        assert_eq!(err.code(), "key.unsupported-algorithm");
    }

    #[test]
    fn ec_keys_have_distinct_public_keys() {
        let a = GeneratedKey::generate(KeyAlgorithm::EcP256).unwrap();
        let b = GeneratedKey::generate(KeyAlgorithm::EcP256).unwrap();
        assert_ne!(a.spki_sha256(), b.spki_sha256());
        assert_eq!(a.spki_sha256().len(), 64);
        let p384 = GeneratedKey::generate(KeyAlgorithm::EcP384).unwrap();
        assert!(p384.spki_der.len() > a.spki_der.len());
    }
}
