//! Generating a key pair on a token. The private key is created sensitive
//! and not extractable, so it never leaves the token.

use super::failure::{failure, token_failure, Operation};
use super::public_key::{ec_params, ec_spki, rsa_bits, rsa_spki};
use super::session::TokenSession;
use crate::keys::KeyAlgorithm;
use crate::{Error, Result};
use aws_lc_rs::rand::{SecureRandom, SystemRandom};
use cryptoki::mechanism::Mechanism;
use cryptoki::object::{Attribute, AttributeType, ObjectClass, ObjectHandle};
use cryptoki::types::Ulong;

/// Length of the random `CKA_ID` given to both halves of a new key pair.
pub const OBJECT_ID_LEN: usize = 16;

/// A key pair that now exists on the token.
#[derive(Debug, Clone)]
pub struct TokenKeyPair {
    /// The algorithm.
    pub algorithm: KeyAlgorithm,
    /// The `CKA_ID` shared by the private and the public key object.
    pub object_id: Vec<u8>,
    /// The `CKA_LABEL` of both objects.
    pub object_label: String,
    /// The public key as a DER SubjectPublicKeyInfo.
    pub spki_der: Vec<u8>,
}

impl TokenKeyPair {
    /// SHA-256 of the SubjectPublicKeyInfo, lower-case hex.
    pub fn spki_sha256(&self) -> String {
        crate::keys::spki_sha256(&self.spki_der)
    }
}

/// Generates a key pair of `algorithm` on the token of `session` (which
/// must be logged in), labelled `object_label` and with a new random id.
/// If anything fails after the token started, whatever it created under
/// the new id is destroyed again.
pub fn generate_key_pair(
    session: &TokenSession,
    algorithm: KeyAlgorithm,
    object_label: &str,
) -> Result<TokenKeyPair> {
    let object_id = random_object_id(algorithm)?;
    let made = make_pair(session, algorithm, object_label, &object_id);
    if made.is_err() {
        // The original failure is what the user needs to see; a failed
        // clean-up cannot be helped here.
        let _ = session.destroy_objects(&object_id);
    }
    made
}

fn random_object_id(algorithm: KeyAlgorithm) -> Result<Vec<u8>> {
    let mut id = vec![0u8; OBJECT_ID_LEN];
    SystemRandom::new().fill(&mut id).map_err(|_| {
        Error::Key(crate::KeyError::Generation {
            algorithm: algorithm.name().to_string(),
        })
    })?;
    Ok(id)
}

fn make_pair(
    session: &TokenSession,
    algorithm: KeyAlgorithm,
    object_label: &str,
    object_id: &[u8],
) -> Result<TokenKeyPair> {
    let label = object_label.as_bytes().to_vec();
    // SoftHSM and others pick defaults that are not what a signing key
    // needs, so every protection is spelled out.
    let mut public = vec![
        Attribute::Token(true),
        Attribute::Private(false),
        Attribute::Verify(true),
        Attribute::Label(label.clone()),
        Attribute::Id(object_id.to_vec()),
    ];
    let private = vec![
        Attribute::Token(true),
        Attribute::Private(true),
        Attribute::Sensitive(true),
        Attribute::Extractable(false),
        Attribute::Sign(true),
        Attribute::Label(label),
        Attribute::Id(object_id.to_vec()),
    ];
    let mechanism = match (ec_params(algorithm), rsa_bits(algorithm)) {
        (Some(params), _) => {
            public.push(Attribute::EcParams(params));
            Mechanism::EccKeyPairGen
        }
        (None, Some(bits)) => {
            let bits = Ulong::try_from(bits).map_err(|_| {
                Error::Key(crate::KeyError::UnsupportedAlgorithm {
                    name: algorithm.name().to_string(),
                })
            })?;
            public.push(Attribute::ModulusBits(bits));
            public.push(Attribute::PublicExponent(vec![0x01, 0x00, 0x01]));
            Mechanism::RsaPkcsKeyPairGen
        }
        (None, None) => {
            return Err(Error::Key(crate::KeyError::UnsupportedAlgorithm {
                name: algorithm.name().to_string(),
            }))
        }
    };
    let (public_key, _private_key) = session
        .raw()
        .generate_key_pair(&mechanism, &public, &private)
        .map_err(|e| failure(Operation::GeneratingKeyPair, e))?;
    let spki_der = read_public_key(session, algorithm, public_key)?;
    Ok(TokenKeyPair {
        algorithm,
        object_id: object_id.to_vec(),
        object_label: object_label.to_string(),
        spki_der,
    })
}

/// The SubjectPublicKeyInfo of a key object on the token: a public key, or
/// for RSA also a private key (whose modulus and exponent are public).
pub(super) fn read_public_key(
    session: &TokenSession,
    algorithm: KeyAlgorithm,
    object: ObjectHandle,
) -> Result<Vec<u8>> {
    let wanted: &[AttributeType] = if rsa_bits(algorithm).is_some() {
        &[AttributeType::Modulus, AttributeType::PublicExponent]
    } else {
        &[AttributeType::EcPoint]
    };
    let attributes = session
        .raw()
        .get_attributes(object, wanted)
        .map_err(|e| failure(Operation::ReadingPublicKey, e))?;
    // Attributes the token cannot give are left out of the answer, so they
    // are looked up by type, never by position.
    let mut modulus = None;
    let mut exponent = None;
    let mut ec_point = None;
    for attribute in attributes {
        match attribute {
            Attribute::Modulus(v) => modulus = Some(v),
            Attribute::PublicExponent(v) => exponent = Some(v),
            Attribute::EcPoint(v) => ec_point = Some(v),
            _ => {}
        }
    }
    let missing = || {
        token_failure(
            Operation::ReadingPublicKey,
            "the token did not give the public key",
        )
    };
    match rsa_bits(algorithm) {
        Some(bits) => {
            let (modulus, exponent) = modulus.zip(exponent).ok_or_else(missing)?;
            let significant = modulus.iter().skip_while(|b| **b == 0).count();
            if significant * 8 != bits {
                return Err(token_failure(
                    Operation::ReadingPublicKey,
                    format!("the token made a {}-bit key, not {bits}", significant * 8),
                ));
            }
            rsa_spki(&modulus, &exponent)
        }
        None => ec_spki(algorithm, &ec_point.ok_or_else(missing)?),
    }
}

/// The object of `class` (a private or a public key) with the PKCS#11 id
/// `object_id`, if any.
pub(super) fn find_key(
    session: &TokenSession,
    class: ObjectClass,
    object_id: &[u8],
) -> Result<Option<ObjectHandle>> {
    let found = session.find(class, object_id)?;
    Ok(found.first().copied())
}
