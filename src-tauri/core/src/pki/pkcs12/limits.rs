//! Bounds on the work a PKCS#12 file may ask for, checked before any key is
//! derived from the password.
//!
//! Each file names its own iteration counts, and a few bytes more can turn
//! a millisecond into minutes of key derivation. p12-keystore refuses counts
//! above 1,000,000 per derivation but not the sum over many bags, and it
//! accepts scrypt with up to 1 GiB of memory. So the structure is read once
//! here without the password, and every count in sight is added up.
//!
//! Bags inside an encrypted SafeContents are only readable after
//! decryption, and the library would derive a key for each of them in one
//! call: so an encrypted safe, PBES2 or legacy (PKCS#12 KDF with 3DES or
//! RC2), is decrypted here (its own derivation charged first), and the bags
//! inside are charged against the same budget before the library sees the
//! file. A safe that does not decrypt with the password is left to the
//! library, which reports the wrong password.

use super::legacy_pbe;
use crate::{Error, Result};
use der::asn1::{AnyRef, ObjectIdentifier};
use der::{Decode, Reader, SliceReader, Tag, TagNumber, Tagged};
use pkcs8::pkcs5::pbes2;

/// Real PKCS#12 files, even with long chains of RSA-4096 certificates, stay
/// far below this.
pub(super) const MAX_FILE_BYTES: usize = 1 << 20;
/// Per derivation: the library's own bound, and far above what OpenSSL
/// (2,048), Windows (2,000), Java (10,000) or SealDesk (100,000) write.
pub(super) const MAX_ITERATIONS_EACH: i64 = 1_000_000;
/// For the whole file: twice the total .NET accepts (1,000,000), so what
/// Windows tools open opens here; about a second of work in a release build.
pub(super) const MAX_ITERATIONS_TOTAL: i64 = 2_000_000;
/// The real structure is about 16 levels deep; nothing deeper is derived
/// from by the library, so the walk stops there rather than fail.
const MAX_DEPTH: u8 = 24;

const PBES2: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.13");
const PBKDF2: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.113549.1.5.12");
/// pkcs-12PbeIds: pbeWithSHAAnd128BitRC4 (.1) to pbeWithSHAAnd40BitRC2-CBC (.6).
const PKCS12_PBE_ARC: &str = "1.2.840.113549.1.12.1.";

/// What the pre-check learnt about the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shape {
    /// Whether a password MAC protects the file. Without one, a wrong
    /// password shows only as a decryption failure.
    pub(super) has_mac: bool,
    /// The iterations of every derivation in sight, added up.
    pub(super) iterations: i64,
}

/// Reads the outer structure of a PFX and refuses it when it asks for more
/// key-derivation work than [`MAX_ITERATIONS_EACH`] / [`MAX_ITERATIONS_TOTAL`]
/// allow, uses scrypt, or is larger than [`MAX_FILE_BYTES`].
pub(super) fn check(data: &[u8], password: &str) -> Result<Shape> {
    if data.len() > MAX_FILE_BYTES {
        return Err(invalid("the file is larger than any real PKCS#12 file"));
    }
    let pfx = AnyRef::from_der(data).map_err(|e| {
        Error::Pki(crate::PkiError::Pkcs12Invalid {
            detail: crate::parse_failure::der(&e),
        })
    })?;
    let parts = (pfx.tag() == Tag::Sequence)
        .then(|| children(pfx))
        .flatten()
        .ok_or_else(|| invalid("not a PKCS#12 file"))?;
    let (version, auth_safe, mac) = match parts.as_slice() {
        [version, auth_safe] => (version, auth_safe, None),
        [version, auth_safe, mac] => (version, auth_safe, Some(mac)),
        _ => return Err(invalid("not a PKCS#12 file")),
    };
    if version.decode_as::<u8>().ok() != Some(3) {
        return Err(invalid("not a version 3 PKCS#12 file"));
    }
    let mut budget = Budget::default();
    if let Some(mac) = mac {
        budget.charge(mac_iterations(*mac)?)?;
    }
    walk(*auth_safe, 0, &mut budget, password)?;
    Ok(Shape {
        has_mac: mac.is_some(),
        iterations: budget.total,
    })
}

#[derive(Default)]
struct Budget {
    total: i64,
}

impl Budget {
    fn charge(&mut self, iterations: i64) -> Result<()> {
        if !(1..=MAX_ITERATIONS_EACH).contains(&iterations) {
            return Err(invalid("an iteration count is out of range"));
        }
        self.total += iterations;
        if self.total > MAX_ITERATIONS_TOTAL {
            return Err(invalid(
                "the file asks for more password-derivation work than SealDesk allows",
            ));
        }
        Ok(())
    }
}

/// MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING,
/// iterations INTEGER DEFAULT 1 }
fn mac_iterations(mac: AnyRef<'_>) -> Result<i64> {
    let bad = || invalid("damaged MAC data");
    match children(mac).ok_or_else(bad)?.as_slice() {
        [_digest, _salt] => Ok(1),
        [_digest, _salt, iterations] => iterations.decode_as::<i64>().map_err(|_| bad()),
        _ => Err(bad()),
    }
}

/// Looks through every element for password-based encryption parameters.
/// The bags travel inside OCTET STRINGs, so those are opened too when they
/// hold DER. Whatever does not parse is left alone: the library reports it
/// if it matters.
fn walk(element: AnyRef<'_>, depth: u8, budget: &mut Budget, password: &str) -> Result<()> {
    if depth > MAX_DEPTH {
        return Ok(());
    }
    if element.tag() == Tag::OctetString {
        if let Ok(inner) = AnyRef::from_der(element.value()) {
            walk(inner, depth + 1, budget, password)?;
        }
        return Ok(());
    }
    if !element.tag().is_constructed() {
        return Ok(());
    }
    let Some(parts) = children(element) else {
        return Ok(());
    };
    if let [algorithm, parameters, ..] = parts.as_slice() {
        if let Ok(oid) = algorithm.decode_as::<ObjectIdentifier>() {
            charge_algorithm(oid, *parameters, budget)?;
        }
    }
    for part in &parts {
        walk(*part, depth + 1, budget, password)?;
    }
    if let Some(plain) = decrypted_safe(&parts, budget, password)? {
        if let Ok(inner) = AnyRef::from_der(&plain) {
            walk(inner, depth + 1, budget, password)?;
        }
    }
    Ok(())
}

/// The plaintext of an EncryptedContentInfo ::= SEQUENCE { contentType,
/// contentEncryptionAlgorithm, [0] IMPLICIT encryptedContent } protected
/// by PBES2 or by a legacy scheme the library decrypts; None when the parts
/// are something else or do not decrypt with `password`.
fn decrypted_safe(
    parts: &[AnyRef<'_>],
    budget: &mut Budget,
    password: &str,
) -> Result<Option<Vec<u8>>> {
    let [content_type, algorithm, content] = parts else {
        return Ok(None);
    };
    if content_type.decode_as::<ObjectIdentifier>().is_err()
        || content.tag().number() != TagNumber(0)
        || !content.tag().is_context_specific()
    {
        return Ok(None);
    }
    let Some([oid, parameters]) = children(*algorithm).and_then(|c| <[_; 2]>::try_from(c).ok())
    else {
        return Ok(None);
    };
    let Ok(scheme) = oid.decode_as::<ObjectIdentifier>() else {
        return Ok(None);
    };
    // A constructed [0] holds the ciphertext in pieces (BER style).
    let ciphertext: Vec<u8> = if content.tag().is_constructed() {
        match children(*content) {
            Some(pieces) => pieces.iter().flat_map(|p| p.value().to_vec()).collect(),
            None => return Ok(None),
        }
    } else {
        content.value().to_vec()
    };
    let plain = if scheme == PBES2 {
        let Ok(decoded) = pbes2::Parameters::try_from(parameters) else {
            return Ok(None);
        };
        decoded.decrypt(password.as_bytes(), &ciphertext).ok()
    } else if [legacy_pbe::SHA1_3DES, legacy_pbe::SHA1_RC2_40].contains(&scheme) {
        // pkcs-12PbeParams ::= SEQUENCE { salt OCTET STRING, iterations INTEGER }
        let Some([salt, iterations]) =
            children(parameters).and_then(|c| <[_; 2]>::try_from(c).ok())
        else {
            return Ok(None);
        };
        let Ok(iterations) = iterations.decode_as::<i64>() else {
            return Ok(None);
        };
        if salt.tag() != Tag::OctetString {
            return Ok(None);
        }
        legacy_pbe::decrypt(scheme, salt.value(), iterations, password, &ciphertext)
    } else {
        return Ok(None);
    };
    // This derivation is the one the walk charged; the library will do it
    // again once it has the file, so that one is charged now, before it.
    if plain.is_some() {
        charge_algorithm(scheme, parameters, budget)?;
    }
    Ok(plain)
}

/// Charges the iterations of an AlgorithmIdentifier's parameters when the
/// algorithm derives a key from the password.
fn charge_algorithm(
    oid: ObjectIdentifier,
    parameters: AnyRef<'_>,
    budget: &mut Budget,
) -> Result<()> {
    if oid == PBES2 {
        // PBES2-params ::= SEQUENCE { keyDerivationFunc AlgorithmIdentifier,
        //                             encryptionScheme AlgorithmIdentifier }
        let kdf = children(parameters)
            .and_then(|p| p.first().copied())
            .and_then(children);
        if let Some([kdf_oid, kdf_parameters, ..]) = kdf.as_deref() {
            match kdf_oid.decode_as::<ObjectIdentifier>() {
                Ok(kdf_oid) if kdf_oid == PBKDF2 => {
                    // PBKDF2-params ::= SEQUENCE { salt, iterationCount, ... }
                    if let Some(count) = nth_integer(*kdf_parameters, 1) {
                        budget.charge(count)?;
                    }
                }
                // scrypt and anything newer: no PKCS#12 file in use needs
                // them, and scrypt's memory cost is the attacker's to choose.
                Ok(_) => return Err(invalid("unsupported password-based key derivation")),
                Err(_) => {}
            }
        }
    } else if oid.to_string().starts_with(PKCS12_PBE_ARC) {
        // pkcs-12PbeParams ::= SEQUENCE { salt OCTET STRING, iterations INTEGER }
        if let Some(count) = nth_integer(parameters, 1) {
            budget.charge(count)?;
        }
    }
    Ok(())
}

fn nth_integer(sequence: AnyRef<'_>, index: usize) -> Option<i64> {
    children(sequence)?.get(index)?.decode_as::<i64>().ok()
}

/// The elements inside a constructed element, or None when they are not
/// well-formed DER.
fn children(element: AnyRef<'_>) -> Option<Vec<AnyRef<'_>>> {
    if !element.tag().is_constructed() {
        return None;
    }
    let mut reader = SliceReader::new(element.value()).ok()?;
    let mut parts = Vec::new();
    while !reader.is_finished() {
        parts.push(reader.decode::<AnyRef<'_>>().ok()?);
    }
    Some(parts)
}

fn invalid(detail: &str) -> Error {
    Error::Pki(crate::PkiError::Pkcs12Invalid {
        detail: detail.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use der::Encode;

    fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        match content.len() {
            len if len < 0x80 => out.push(len as u8),
            len if len < 0x100 => out.extend([0x81, len as u8]),
            len => out.extend([0x82, (len >> 8) as u8, len as u8]),
        }
        out.extend_from_slice(content);
        out
    }

    fn seq(parts: &[Vec<u8>]) -> Vec<u8> {
        tlv(0x30, &parts.concat())
    }

    fn oid(text: &str) -> Vec<u8> {
        ObjectIdentifier::new_unwrap(text).to_der().unwrap()
    }

    fn int(value: i64) -> Vec<u8> {
        value.to_der().unwrap()
    }

    fn octets(bytes: &[u8]) -> Vec<u8> {
        tlv(0x04, bytes)
    }

    /// A PFX with one encrypted safe per algorithm and, if given, a MAC
    /// with that many iterations.
    fn pfx(algorithms: &[Vec<u8>], mac: Option<Vec<u8>>) -> Vec<u8> {
        let safes: Vec<Vec<u8>> = algorithms
            .iter()
            .map(|algorithm| {
                let encrypted_content_info = seq(&[
                    oid("1.2.840.113549.1.7.1"),
                    algorithm.clone(),
                    tlv(0x80, b"ciphertext"),
                ]);
                let encrypted_data = seq(&[int(0), encrypted_content_info]);
                seq(&[oid("1.2.840.113549.1.7.6"), tlv(0xA0, &encrypted_data)])
            })
            .collect();
        let auth_safe = seq(&[
            oid("1.2.840.113549.1.7.1"),
            tlv(0xA0, &octets(&seq(&safes))),
        ]);
        let mut parts = vec![int(3), auth_safe];
        parts.extend(mac);
        seq(&parts)
    }

    fn mac(iterations: Option<i64>) -> Vec<u8> {
        let digest = seq(&[seq(&[oid("2.16.840.1.101.3.4.2.1")]), octets(&[0; 32])]);
        let mut parts = vec![digest, octets(&[1; 8])];
        parts.extend(iterations.map(int));
        seq(&parts)
    }

    fn sha1_3des(iterations: i64) -> Vec<u8> {
        seq(&[
            oid("1.2.840.113549.1.12.1.3"),
            seq(&[octets(&[7; 20]), int(iterations)]),
        ])
    }

    fn pbes2(kdf: Vec<u8>) -> Vec<u8> {
        let aes = seq(&[oid("2.16.840.1.101.3.4.1.42"), octets(&[0; 16])]);
        seq(&[oid("1.2.840.113549.1.5.13"), seq(&[kdf, aes])])
    }

    fn pbkdf2(iterations: i64) -> Vec<u8> {
        seq(&[
            oid("1.2.840.113549.1.5.12"),
            seq(&[octets(&[1; 16]), int(iterations)]),
        ])
    }

    fn shape(data: &[u8]) -> (bool, i64) {
        let shape = check(data, "").unwrap();
        (shape.has_mac, shape.iterations)
    }

    fn refused(data: &[u8]) -> String {
        let err = check(data, "").unwrap_err();
        assert_eq!(err.code(), "pkcs12.invalid");
        err.to_string()
    }

    #[test]
    fn every_count_in_sight_is_added_up() {
        assert_eq!(
            shape(&pfx(&[sha1_3des(2048)], Some(mac(Some(2048))))),
            (true, 4096)
        );
        assert_eq!(
            shape(&pfx(&[pbes2(pbkdf2(600_000)), sha1_3des(1)], None)),
            (false, 600_001)
        );
        // A MAC without a count has one iteration.
        assert_eq!(shape(&pfx(&[], Some(mac(None)))), (true, 1));
        // Exactly at both limits.
        assert_eq!(
            shape(&pfx(
                &[pbes2(pbkdf2(MAX_ITERATIONS_EACH))],
                Some(mac(Some(MAX_ITERATIONS_EACH)))
            )),
            (true, MAX_ITERATIONS_TOTAL)
        );
    }

    #[test]
    fn counts_out_of_range_are_refused() {
        for count in [MAX_ITERATIONS_EACH + 1, 0, -5, i64::MAX] {
            assert!(refused(&pfx(&[sha1_3des(count)], None)).contains("out of range"));
            assert!(refused(&pfx(&[pbes2(pbkdf2(count))], None)).contains("out of range"));
            assert!(refused(&pfx(&[], Some(mac(Some(count))))).contains("out of range"));
        }
    }

    #[test]
    fn too_much_work_in_all_is_refused() {
        let three = [
            pbes2(pbkdf2(700_000)),
            sha1_3des(700_000),
            sha1_3des(700_000),
        ];
        assert!(refused(&pfx(&three, None)).contains("work"));
        let with_mac = pfx(
            &[pbes2(pbkdf2(MAX_ITERATIONS_EACH))],
            Some(mac(Some(MAX_ITERATIONS_EACH))),
        );
        assert!(check(&with_mac, "").is_ok());
        let one_more = pfx(
            &[pbes2(pbkdf2(MAX_ITERATIONS_EACH)), sha1_3des(1)],
            Some(mac(Some(MAX_ITERATIONS_EACH))),
        );
        assert!(refused(&one_more).contains("work"));
    }

    #[test]
    fn scrypt_and_oversized_or_malformed_files_are_refused() {
        let scrypt = seq(&[
            oid("1.3.6.1.4.1.11591.4.11"),
            seq(&[octets(&[1; 16]), int(1 << 20), int(8), int(1)]),
        ]);
        assert!(refused(&pfx(&[pbes2(scrypt)], None)).contains("key derivation"));
        assert!(refused(&vec![0x30; MAX_FILE_BYTES + 1]).contains("larger"));
        let version_2 = {
            let mut data = pfx(&[], None);
            let at = data.windows(3).position(|w| w == [2, 1, 3]).unwrap();
            data[at + 2] = 2;
            data
        };
        assert!(refused(&version_2).contains("version 3"));
        for data in [&b""[..], b"\x30\x00", b"\x04\x00", b"\x30\x03\x02\x01\x03"] {
            refused(data);
        }
    }
}
