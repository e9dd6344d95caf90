//! The DER shapes a token's answers must be put into: the public key as a
//! SubjectPublicKeyInfo, and a raw ECDSA signature as an `ECDSA-Sig-Value`.

use super::failure::{token_failure, Operation};
use crate::keys::KeyAlgorithm;
use crate::Result;
use der::asn1::{Any, BitString, ObjectIdentifier, OctetStringRef, UintRef};
use der::{Decode, Encode};
use x509_cert::spki::{AlgorithmIdentifierOwned, SubjectPublicKeyInfoOwned};

const EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const SECP256R1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
const SECP384R1: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.3.132.0.34");
const RSA_ENCRYPTION: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.1.1");

/// The curve of an EC algorithm with its field size in bytes; `None` for RSA.
fn curve(algorithm: KeyAlgorithm) -> Option<(ObjectIdentifier, usize)> {
    match algorithm {
        KeyAlgorithm::EcP256 => Some((SECP256R1, 32)),
        KeyAlgorithm::EcP384 => Some((SECP384R1, 48)),
        KeyAlgorithm::Rsa2048 | KeyAlgorithm::Rsa3072 | KeyAlgorithm::Rsa4096 => None,
    }
}

/// The modulus size of an RSA algorithm in bits; `None` for EC.
pub(super) fn rsa_bits(algorithm: KeyAlgorithm) -> Option<usize> {
    match algorithm {
        KeyAlgorithm::Rsa2048 => Some(2048),
        KeyAlgorithm::Rsa3072 => Some(3072),
        KeyAlgorithm::Rsa4096 => Some(4096),
        KeyAlgorithm::EcP256 | KeyAlgorithm::EcP384 => None,
    }
}

/// `CKA_EC_PARAMS` for an EC algorithm: the DER of the named curve's OID.
pub(super) fn ec_params(algorithm: KeyAlgorithm) -> Option<Vec<u8>> {
    let (oid, _) = curve(algorithm)?;
    oid.to_der().ok()
}

fn malformed(what: &str) -> crate::Error {
    token_failure(
        Operation::ReadingPublicKey,
        format!("the token returned {what}"),
    )
}

/// SubjectPublicKeyInfo of an EC key from its `CKA_EC_POINT`, which PKCS#11
/// defines as a DER OCTET STRING around the uncompressed point (a few older
/// modules return the bare point; both are accepted).
pub(super) fn ec_spki(algorithm: KeyAlgorithm, ec_point: &[u8]) -> Result<Vec<u8>> {
    let (curve_oid, field_len) =
        curve(algorithm).ok_or_else(|| malformed("an EC key for an RSA algorithm"))?;
    let point_len = 1 + 2 * field_len;
    let is_point = |p: &[u8]| p.len() == point_len && p.first() == Some(&0x04);
    let point = match <&OctetStringRef>::from_der(ec_point) {
        Ok(inner) if is_point(inner.as_bytes()) => inner.as_bytes(),
        _ if is_point(ec_point) => ec_point,
        _ => return Err(malformed("an EC point that is not on the expected curve")),
    };
    let parameters = Any::encode_from(&curve_oid).map_err(|_| malformed("an unusable curve"))?;
    encode_spki(EC_PUBLIC_KEY, parameters, point)
}

/// SubjectPublicKeyInfo of an RSA key from `CKA_MODULUS` and
/// `CKA_PUBLIC_EXPONENT` (big-endian unsigned integers).
pub(super) fn rsa_spki(modulus: &[u8], public_exponent: &[u8]) -> Result<Vec<u8>> {
    let bad = |_| malformed("an unreadable RSA public key");
    // RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER };
    // an array encodes as a SEQUENCE of its elements.
    let rsa_public_key = [
        UintRef::new(modulus).map_err(bad)?,
        UintRef::new(public_exponent).map_err(bad)?,
    ];
    let der = rsa_public_key.to_der().map_err(bad)?;
    encode_spki(RSA_ENCRYPTION, Any::null(), &der)
}

fn encode_spki(oid: ObjectIdentifier, parameters: Any, key: &[u8]) -> Result<Vec<u8>> {
    let spki = SubjectPublicKeyInfoOwned {
        algorithm: AlgorithmIdentifierOwned {
            oid,
            parameters: Some(parameters),
        },
        subject_public_key: BitString::from_bytes(key)
            .map_err(|_| malformed("a public key too large to encode"))?,
    };
    spki.to_der()
        .map_err(|_| malformed("a public key too large to encode"))
}

/// Turns the `r || s` a token returns for `CKM_ECDSA` into the DER
/// `ECDSA-Sig-Value` X.509 and CMS carry.
pub(super) fn ecdsa_signature_der(algorithm: KeyAlgorithm, raw: &[u8]) -> Result<Vec<u8>> {
    let bad = || {
        token_failure(
            Operation::Signing,
            format!("the token returned a signature of {} bytes", raw.len()),
        )
    };
    let (_, field_len) = curve(algorithm).ok_or_else(bad)?;
    if raw.len() != 2 * field_len {
        return Err(bad());
    }
    let (r, s) = raw.split_at(field_len);
    // ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }
    let value = [
        UintRef::new(r).map_err(|_| bad())?,
        UintRef::new(s).map_err(|_| bad())?,
    ];
    value.to_der().map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::GeneratedKey;
    use x509_cert::spki::SubjectPublicKeyInfoRef;

    fn subject_public_key(spki: &[u8]) -> Vec<u8> {
        SubjectPublicKeyInfoRef::from_der(spki)
            .unwrap()
            .subject_public_key
            .raw_bytes()
            .to_vec()
    }

    #[test]
    fn ec_public_keys_come_out_as_aws_lc_encodes_them() {
        for alg in [KeyAlgorithm::EcP256, KeyAlgorithm::EcP384] {
            let key = GeneratedKey::generate(alg).unwrap();
            let point = subject_public_key(&key.spki_der);
            let wrapped = OctetStringRef::new(&point).unwrap().to_der().unwrap();
            assert_eq!(ec_spki(alg, &wrapped).unwrap(), key.spki_der);
            assert_eq!(ec_spki(alg, &point).unwrap(), key.spki_der, "bare point");
        }
    }

    #[test]
    fn an_ec_point_of_the_wrong_curve_or_shape_is_refused() {
        let p256 = GeneratedKey::generate(KeyAlgorithm::EcP256).unwrap();
        let point = subject_public_key(&p256.spki_der);
        let err = ec_spki(KeyAlgorithm::EcP384, &point).unwrap_err();
        assert_eq!(err.code(), "token.failure");
        assert!(ec_spki(KeyAlgorithm::EcP256, &point[..64]).is_err());
        assert!(ec_spki(KeyAlgorithm::EcP256, b"").is_err());
        assert!(ec_spki(KeyAlgorithm::Rsa2048, &point).is_err());
    }

    #[test]
    fn rsa_public_keys_come_out_as_aws_lc_encodes_them() {
        let key = GeneratedKey::generate(KeyAlgorithm::Rsa2048).unwrap();
        let rsa_public_key = subject_public_key(&key.spki_der);
        let parts = Vec::<UintRef<'_>>::from_der(&rsa_public_key).unwrap();
        let [modulus, exponent] = parts.as_slice() else {
            panic!("an RSAPublicKey has two integers, not {}", parts.len());
        };
        let (modulus, exponent) = (modulus.as_bytes(), exponent.as_bytes());
        assert_eq!(exponent, [1, 0, 1]);
        assert_eq!(rsa_spki(modulus, exponent).unwrap(), key.spki_der);
        // Tokens may pad the modulus with a leading zero byte.
        let mut padded = vec![0];
        padded.extend_from_slice(modulus);
        assert_eq!(rsa_spki(&padded, exponent).unwrap(), key.spki_der);
    }

    #[test]
    fn raw_ecdsa_signatures_become_der_integers() {
        // r has its top bit set (needs a zero byte), s starts with zeros.
        let mut raw = vec![0xff; 32];
        raw.extend_from_slice(&[0; 31]);
        raw.push(0x05);
        let der = ecdsa_signature_der(KeyAlgorithm::EcP256, &raw).unwrap();
        let mut expected = vec![0x30, 2 + 33 + 3, 0x02, 33, 0x00];
        expected.extend_from_slice(&[0xff; 32]);
        expected.extend_from_slice(&[0x02, 1, 0x05]);
        assert_eq!(der, expected);
    }

    #[test]
    fn a_raw_signature_of_the_wrong_length_is_refused() {
        for (alg, len) in [(KeyAlgorithm::EcP256, 63), (KeyAlgorithm::EcP384, 64)] {
            let err = ecdsa_signature_der(alg, &vec![1; len]).unwrap_err();
            assert_eq!(err.code(), "token.failure");
        }
        assert!(ecdsa_signature_der(KeyAlgorithm::Rsa2048, &[1; 64]).is_err());
    }

    #[test]
    fn curve_parameters_are_the_named_curve_oids() {
        assert_eq!(
            ec_params(KeyAlgorithm::EcP256).unwrap(),
            [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07]
        );
        assert_eq!(
            ec_params(KeyAlgorithm::EcP384).unwrap(),
            [0x06, 0x05, 0x2b, 0x81, 0x04, 0x00, 0x22]
        );
        assert_eq!(ec_params(KeyAlgorithm::Rsa3072), None);
    }
}
