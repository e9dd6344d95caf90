//! [`Signer`] for a private key held in memory after its key file was opened
//! with the password (see [`super::file::read_encrypted`]).

use super::signer::Signer;
use super::KeyAlgorithm;
use crate::{Error, Result};
use aws_lc_rs::encoding::{AsDer, PublicKeyX509Der};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{self, EcdsaKeyPair, KeyPair, RsaKeyPair};

enum Pair {
    Ec(EcdsaKeyPair),
    Rsa(RsaKeyPair),
}

/// A decrypted private key that signs in this process.
pub struct FileSigner {
    algorithm: KeyAlgorithm,
    pair: Pair,
    spki_der: Vec<u8>,
}

impl FileSigner {
    /// Loads an unencrypted PKCS#8 DER private key (EC P-256, P-384 or RSA
    /// 2048/3072/4096). Anything else is [`KeyError::UnsupportedPrivateKey`].
    pub fn from_pkcs8(pkcs8_der: &[u8]) -> Result<Self> {
        if let Ok(pair) =
            EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8_der)
        {
            return Self::ec(KeyAlgorithm::EcP256, pair);
        }
        if let Ok(pair) =
            EcdsaKeyPair::from_pkcs8(&signature::ECDSA_P384_SHA384_ASN1_SIGNING, pkcs8_der)
        {
            return Self::ec(KeyAlgorithm::EcP384, pair);
        }
        let pair = RsaKeyPair::from_pkcs8(pkcs8_der)
            .map_err(|_| Error::Key(crate::KeyError::UnsupportedPrivateKey))?;
        let algorithm = match pair.public_modulus_len() * 8 {
            2048 => KeyAlgorithm::Rsa2048,
            3072 => KeyAlgorithm::Rsa3072,
            4096 => KeyAlgorithm::Rsa4096,
            _ => return Err(Error::Key(crate::KeyError::UnsupportedPrivateKey)),
        };
        let spki_der = spki_der(pair.public_key())?;
        Ok(Self {
            algorithm,
            spki_der,
            pair: Pair::Rsa(pair),
        })
    }

    fn ec(algorithm: KeyAlgorithm, pair: EcdsaKeyPair) -> Result<Self> {
        let spki_der = spki_der(pair.public_key())?;
        Ok(Self {
            algorithm,
            spki_der,
            pair: Pair::Ec(pair),
        })
    }
}

/// The SubjectPublicKeyInfo (DER) of a key pair's public half.
fn spki_der(public: &impl AsDer<PublicKeyX509Der<'static>>) -> Result<Vec<u8>> {
    let spki = public
        .as_der()
        .map_err(|_| Error::Key(crate::KeyError::UnsupportedPrivateKey))?;
    Ok(spki.as_ref().to_vec())
}

impl Signer for FileSigner {
    fn algorithm(&self) -> KeyAlgorithm {
        self.algorithm
    }

    fn spki_der(&self) -> &[u8] {
        &self.spki_der
    }

    fn sign(&self, message: &[u8]) -> Result<Vec<u8>> {
        let rng = SystemRandom::new();
        let failed = |_| {
            Error::Key(crate::KeyError::SigningFailed {
                detail: "the cryptographic library refused to sign".into(),
            })
        };
        match &self.pair {
            Pair::Ec(pair) => Ok(pair.sign(&rng, message).map_err(failed)?.as_ref().to_vec()),
            Pair::Rsa(pair) => {
                let mut out = vec![0u8; pair.public_modulus_len()];
                pair.sign(&signature::RSA_PKCS1_SHA256, &rng, message, &mut out)
                    .map_err(failed)?;
                Ok(out)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::GeneratedKey;
    use aws_lc_rs::signature::{UnparsedPublicKey, ECDSA_P256_SHA256_ASN1, ECDSA_P384_SHA384_ASN1};

    fn raw_public_key(spki: &[u8]) -> Vec<u8> {
        use der::Decode;
        let info = x509_cert::spki::SubjectPublicKeyInfoRef::from_der(spki).unwrap();
        info.subject_public_key.raw_bytes().to_vec()
    }

    #[test]
    fn signatures_verify_with_the_public_key() {
        for (alg, verify) in [
            (
                KeyAlgorithm::EcP256,
                &ECDSA_P256_SHA256_ASN1 as &dyn signature::VerificationAlgorithm,
            ),
            (KeyAlgorithm::EcP384, &ECDSA_P384_SHA384_ASN1),
            (
                KeyAlgorithm::Rsa2048,
                &signature::RSA_PKCS1_2048_8192_SHA256,
            ),
        ] {
            let key = GeneratedKey::generate(alg).unwrap();
            let signer = FileSigner::from_pkcs8(&key.pkcs8_der).unwrap();
            assert_eq!(signer.algorithm(), alg);
            assert_eq!(signer.spki_der(), key.spki_der.as_slice());
            let sig = signer.sign(b"faktura 2026/11").unwrap();
            let public = UnparsedPublicKey::new(verify, raw_public_key(signer.spki_der()));
            public.verify(b"faktura 2026/11", &sig).unwrap();
            assert!(public.verify(b"faktura 2026/12", &sig).is_err());
        }
    }

    #[test]
    fn garbage_is_refused_without_panic() {
        let err = FileSigner::from_pkcs8(b"not a key").err().unwrap();
        assert_eq!(err.code(), "key.unsupported-private-key");
    }
}
