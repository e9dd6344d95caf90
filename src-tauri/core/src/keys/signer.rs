//! The one signing abstraction: everything that signs (certificates, CSRs,
//! CRLs, CMS, PDFs) holds a [`Signer`], whether the private key is in an
//! encrypted file or on a PKCS#11 token.

use super::KeyAlgorithm;
use crate::Result;

/// The signature scheme a key signs with. SealDesk always pairs a key with
/// one scheme: ECDSA with the curve's own hash, RSA PKCS#1 v1.5 with SHA-256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignatureScheme {
    /// ecdsa-with-SHA256 (1.2.840.10045.4.3.2).
    EcdsaSha256,
    /// ecdsa-with-SHA384 (1.2.840.10045.4.3.3).
    EcdsaSha384,
    /// sha256WithRSAEncryption (1.2.840.113549.1.1.11).
    RsaPkcs1Sha256,
}

impl SignatureScheme {
    /// The scheme SealDesk uses for keys of `algorithm`.
    pub fn for_key(algorithm: KeyAlgorithm) -> Self {
        match algorithm {
            KeyAlgorithm::EcP256 => SignatureScheme::EcdsaSha256,
            KeyAlgorithm::EcP384 => SignatureScheme::EcdsaSha384,
            KeyAlgorithm::Rsa2048 | KeyAlgorithm::Rsa3072 | KeyAlgorithm::Rsa4096 => {
                SignatureScheme::RsaPkcs1Sha256
            }
        }
    }

    /// The signature algorithm's object identifier, dotted.
    pub fn oid(self) -> &'static str {
        match self {
            SignatureScheme::EcdsaSha256 => "1.2.840.10045.4.3.2",
            SignatureScheme::EcdsaSha384 => "1.2.840.10045.4.3.3",
            SignatureScheme::RsaPkcs1Sha256 => "1.2.840.113549.1.1.11",
        }
    }
}

/// A private key that can sign, wherever it lives.
///
/// Implementations hash the message themselves (with the scheme's hash) and
/// return the signature in the form X.509 and CMS carry: a DER
/// `ECDSA-Sig-Value` for ECDSA, the raw PKCS#1 v1.5 signature for RSA.
pub trait Signer {
    /// The key's algorithm.
    fn algorithm(&self) -> KeyAlgorithm;

    /// The public key as a DER SubjectPublicKeyInfo.
    fn spki_der(&self) -> &[u8];

    /// Signs `message` (not a digest) with [`Signer::scheme`].
    fn sign(&self, message: &[u8]) -> Result<Vec<u8>>;

    /// The signature scheme of this key.
    fn scheme(&self) -> SignatureScheme {
        SignatureScheme::for_key(self.algorithm())
    }
}
