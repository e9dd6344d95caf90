//! Lets rcgen sign with any [`Signer`]: rcgen calls back for the signature,
//! so file keys and token keys produce certificates, requests and CRLs the
//! same way.

use crate::keys::signer::{SignatureScheme, Signer};
use crate::{Error, Result};
use der::Decode;
use rcgen::{PublicKeyData, SignatureAlgorithm, SigningKey};
use std::cell::RefCell;
use x509_cert::spki::SubjectPublicKeyInfoRef;

/// A [`Signer`] seen through rcgen's key traits.
pub(crate) struct RcgenKey<'a> {
    signer: &'a dyn Signer,
    raw_public_key: Vec<u8>,
    // rcgen's error for a failed remote signature carries no detail; the
    // real error (wrong PIN, token removed) is kept here and returned instead.
    failure: RefCell<Option<Error>>,
}

impl<'a> RcgenKey<'a> {
    pub(crate) fn new(signer: &'a dyn Signer) -> Result<Self> {
        let spki = SubjectPublicKeyInfoRef::from_der(signer.spki_der()).map_err(|e| {
            Error::Pki(crate::PkiError::CertificateGeneration {
                detail: format!("public key: {e}"),
            })
        })?;
        Ok(Self {
            signer,
            raw_public_key: spki.subject_public_key.raw_bytes().to_vec(),
            failure: RefCell::new(None),
        })
    }

    /// Turns an rcgen error into ours, preferring the signer's own failure.
    pub(crate) fn error(&self, err: rcgen::Error) -> Error {
        self.failure.borrow_mut().take().unwrap_or_else(|| {
            Error::Pki(crate::PkiError::CertificateGeneration {
                detail: err.to_string(),
            })
        })
    }
}

impl PublicKeyData for RcgenKey<'_> {
    fn der_bytes(&self) -> &[u8] {
        &self.raw_public_key
    }

    fn algorithm(&self) -> &'static SignatureAlgorithm {
        match self.signer.scheme() {
            SignatureScheme::EcdsaSha256 => &rcgen::PKCS_ECDSA_P256_SHA256,
            SignatureScheme::EcdsaSha384 => &rcgen::PKCS_ECDSA_P384_SHA384,
            SignatureScheme::RsaPkcs1Sha256 => &rcgen::PKCS_RSA_SHA256,
        }
    }
}

impl SigningKey for RcgenKey<'_> {
    fn sign(&self, msg: &[u8]) -> std::result::Result<Vec<u8>, rcgen::Error> {
        self.signer.sign(msg).map_err(|err| {
            *self.failure.borrow_mut() = Some(err);
            rcgen::Error::RemoteKeyError
        })
    }
}

/// A subject's public key for rcgen, read from its SubjectPublicKeyInfo.
pub(crate) struct SubjectPublicKey {
    raw: Vec<u8>,
    algorithm: &'static SignatureAlgorithm,
}

const EC_PUBLIC_KEY: &str = "1.2.840.10045.2.1";
const P256: &str = "1.2.840.10045.3.1.7";
const P384: &str = "1.3.132.0.34";
const RSA_ENCRYPTION: &str = "1.2.840.113549.1.1.1";

impl SubjectPublicKey {
    /// Accepts EC P-256, P-384 and RSA public keys.
    pub(crate) fn from_spki(spki_der: &[u8]) -> Result<Self> {
        let spki = SubjectPublicKeyInfoRef::from_der(spki_der)
            .map_err(|_| Error::Key(crate::KeyError::UnsupportedPrivateKey))?;
        let oid = spki.algorithm.oid.to_string();
        let curve = spki
            .algorithm
            .parameters_oid()
            .ok()
            .map(|curve| curve.to_string());
        let algorithm = match (oid.as_str(), curve.as_deref()) {
            (EC_PUBLIC_KEY, Some(P256)) => &rcgen::PKCS_ECDSA_P256_SHA256,
            (EC_PUBLIC_KEY, Some(P384)) => &rcgen::PKCS_ECDSA_P384_SHA384,
            (RSA_ENCRYPTION, _) => &rcgen::PKCS_RSA_SHA256,
            _ => return Err(Error::Key(crate::KeyError::UnsupportedPrivateKey)),
        };
        Ok(Self {
            raw: spki.subject_public_key.raw_bytes().to_vec(),
            algorithm,
        })
    }

    pub(crate) fn is_rsa(&self) -> bool {
        std::ptr::eq(self.algorithm, &rcgen::PKCS_RSA_SHA256)
    }
}

impl PublicKeyData for SubjectPublicKey {
    fn der_bytes(&self) -> &[u8] {
        &self.raw
    }

    fn algorithm(&self) -> &'static SignatureAlgorithm {
        self.algorithm
    }
}
