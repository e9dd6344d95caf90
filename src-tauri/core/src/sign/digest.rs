//! The content digest of a signature, computed as a stream.

use crate::keys::signer::SignatureScheme;
use sha2::{Digest, Sha256, Sha384};
use std::io::Read;

/// The hash a signature scheme signs with: SHA-384 for P-384 keys, SHA-256
/// otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestAlgorithm {
    /// SHA-256 (2.16.840.1.101.3.4.2.1).
    Sha256,
    /// SHA-384 (2.16.840.1.101.3.4.2.2).
    Sha384,
}

impl DigestAlgorithm {
    /// The digest paired with `scheme`.
    pub fn for_scheme(scheme: SignatureScheme) -> Self {
        match scheme {
            SignatureScheme::EcdsaSha384 => DigestAlgorithm::Sha384,
            SignatureScheme::EcdsaSha256 | SignatureScheme::RsaPkcs1Sha256 => {
                DigestAlgorithm::Sha256
            }
        }
    }

    /// The algorithm's object identifier, dotted.
    pub fn oid(self) -> &'static str {
        match self {
            DigestAlgorithm::Sha256 => "2.16.840.1.101.3.4.2.1",
            DigestAlgorithm::Sha384 => "2.16.840.1.101.3.4.2.2",
        }
    }

    /// The digest of `bytes`.
    pub fn digest(self, bytes: &[u8]) -> Vec<u8> {
        let mut hasher = Hasher::new(self);
        hasher.update(bytes);
        hasher.finish()
    }

    /// Hashes everything `reader` yields, in 64 KiB pieces.
    pub fn digest_reader(self, mut reader: impl Read) -> std::io::Result<Vec<u8>> {
        let mut buffer = vec![0u8; 64 * 1024];
        let mut hasher = Hasher::new(self);
        loop {
            let read = reader.read(&mut buffer)?;
            if read == 0 {
                return Ok(hasher.finish());
            }
            hasher.update(&buffer[..read]);
        }
    }
}

/// A running hash of either algorithm.
pub enum Hasher {
    /// SHA-256.
    Sha256(Sha256),
    /// SHA-384.
    Sha384(Sha384),
}

impl Hasher {
    /// A new hash of `algorithm`.
    pub fn new(algorithm: DigestAlgorithm) -> Self {
        match algorithm {
            DigestAlgorithm::Sha256 => Hasher::Sha256(Sha256::new()),
            DigestAlgorithm::Sha384 => Hasher::Sha384(Sha384::new()),
        }
    }

    /// Adds bytes.
    pub fn update(&mut self, bytes: &[u8]) {
        match self {
            Hasher::Sha256(h) => h.update(bytes),
            Hasher::Sha384(h) => h.update(bytes),
        }
    }

    /// The digest.
    pub fn finish(self) -> Vec<u8> {
        match self {
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
        }
    }
}
