//! PKCS#12 (.p12/.pfx) export and import.
//!
//! Two export profiles, because importers disagree: current systems want
//! AES and SHA-256, while old Windows versions and many appliances accept
//! only the 3DES/SHA-1 files OpenSSL 1.x wrote. Import reads both, and the
//! RC2-40 files `openssl pkcs12 -export -legacy` still writes.

mod legacy_pbe;
mod limits;
#[cfg(test)]
mod tests;

use super::decode::parse_certificate;
use crate::keys::file_signer::FileSigner;
use crate::keys::signer::Signer;
use crate::{Error, Result};
use p12_keystore::error::Error as P12Error;
use p12_keystore::{
    Certificate, EncryptionAlgorithm, KeyStore, KeyStoreEntry, MacAlgorithm, Pkcs12Archive,
    PrivateKey, PrivateKeyChain,
};
use zeroize::Zeroizing;

/// Iterations of each password derivation in [`Pkcs12Profile::Modern`]
/// files: 50 times OpenSSL's and Windows' 2,048/2,000, so each guess at the
/// password costs that much more, yet within what .NET loads by default
/// (600,000 per derivation, 1,000,000 for the file: a file has three) and
/// quick enough to open on a phone.
pub const MODERN_ITERATIONS: u32 = 100_000;

/// Iterations in [`Pkcs12Profile::LegacyWindows`] files: OpenSSL 1.x's
/// 2,048, the count the old importers this profile exists for were tested
/// with. The profile is weak anyway (SHA-1 key derivation, 3DES).
pub const LEGACY_ITERATIONS: u32 = 2_048;

/// How a PKCS#12 file is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Pkcs12Profile {
    /// PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC for the key and the
    /// certificates, HMAC-SHA256 MAC. What OpenSSL 3 writes without
    /// `-legacy`, and what current Windows (10 version 1709 and later,
    /// Server 2019 and later), macOS, OpenSSL 3 and Java read. The default.
    Modern,
    /// PBE-SHA1-3DES for the key and the certificates, HMAC-SHA1 MAC, as
    /// OpenSSL 1.x wrote by default. For what refuses
    /// [`Pkcs12Profile::Modern`]: older Windows (Server 2016 and earlier
    /// among them), older Android releases and many appliances. Weaker:
    /// SHA-1 key derivation with few iterations and 3DES; use it only for
    /// such a device, and send the file and its password by different ways.
    LegacyWindows,
}

impl Pkcs12Profile {
    fn iterations(self) -> u32 {
        match self {
            Pkcs12Profile::Modern => MODERN_ITERATIONS,
            Pkcs12Profile::LegacyWindows => LEGACY_ITERATIONS,
        }
    }

    fn encryption(self) -> EncryptionAlgorithm {
        match self {
            Pkcs12Profile::Modern => EncryptionAlgorithm::PbeWithHmacSha256AndAes256,
            Pkcs12Profile::LegacyWindows => EncryptionAlgorithm::PbeWithShaAnd3KeyTripleDesCbc,
        }
    }

    fn mac(self) -> MacAlgorithm {
        match self {
            Pkcs12Profile::Modern => MacAlgorithm::HmacSha256,
            Pkcs12Profile::LegacyWindows => MacAlgorithm::HmacSha1,
        }
    }
}

/// What a PKCS#12 file holds.
pub struct Pkcs12Contents {
    /// The private key, unencrypted PKCS#8 DER (wiped when dropped).
    pub key_pkcs8_der: Option<Zeroizing<Vec<u8>>>,
    /// The key's certificate; None when the file has no key, or a key but
    /// no certificate at all.
    pub certificate_der: Option<Vec<u8>>,
    /// The other certificates: the key certificate's issuers first, from
    /// the nearest up, then the rest in file order; without duplicates.
    pub chain_der: Vec<Vec<u8>>,
}

// By hand, so that the key never reaches a log.
impl std::fmt::Debug for Pkcs12Contents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pkcs12Contents")
            .field("has_key", &self.key_pkcs8_der.is_some())
            .field(
                "certificate_bytes",
                &self.certificate_der.as_ref().map(Vec::len),
            )
            .field("chain_len", &self.chain_der.len())
            .finish()
    }
}

/// Writes a private key (PKCS#8 DER), its certificate and the issuers in
/// `chain_der` (nearest first) as a PKCS#12 file protected by `password`,
/// the way `profile` says. `friendly_name` is the name importers show.
///
/// Refuses a key that is not the certificate's
/// ([`PkiError::KeyDoesNotMatchCertificate`]) and passwords with characters
/// PKCS#12 cannot encode ([`PkiError::Pkcs12PasswordUnsupported`]). Whether an
/// empty password is acceptable is the caller's decision.
pub fn export(
    key_pkcs8_der: &[u8],
    certificate_der: &[u8],
    chain_der: &[Vec<u8>],
    password: &str,
    profile: Pkcs12Profile,
    friendly_name: &str,
) -> Result<Vec<u8>> {
    export_with_iterations(
        key_pkcs8_der,
        certificate_der,
        chain_der,
        password,
        profile,
        friendly_name,
        profile.iterations(),
    )
}

/// [`export`] with a chosen iteration count: tests use few, because
/// derivation is slow in debug builds.
pub(crate) fn export_with_iterations(
    key_pkcs8_der: &[u8],
    certificate_der: &[u8],
    chain_der: &[Vec<u8>],
    password: &str,
    profile: Pkcs12Profile,
    friendly_name: &str,
    iterations: u32,
) -> Result<Vec<u8>> {
    check_password(password)?;
    let signer = FileSigner::from_pkcs8(key_pkcs8_der)?;
    let leaf = parse_certificate(certificate_der)
        .map_err(|detail| Error::Pki(crate::PkiError::CertificateInvalid { detail }))?;
    if signer.spki_der() != leaf.spki {
        return Err(Error::Pki(crate::PkiError::KeyDoesNotMatchCertificate));
    }
    let mut certificates = Vec::with_capacity(chain_der.len() + 1);
    for der in std::iter::once(certificate_der).chain(chain_der.iter().map(Vec::as_slice)) {
        parse_certificate(der)
            .map_err(|detail| Error::Pki(crate::PkiError::CertificateInvalid { detail }))?;
        certificates.push(Certificate::from_der(der).map_err(|_| {
            Error::Pki(crate::PkiError::CertificateInvalid {
                detail: crate::parse_failure::DAMAGED.into(),
            })
        })?);
    }
    let key = PrivateKey::from_der(key_pkcs8_der)
        .map_err(|_| Error::Key(crate::KeyError::UnsupportedPrivateKey))?;
    // The local key id ties the key to its certificate inside the file;
    // like OpenSSL, the SHA-1 of the certificate.
    let local_key_id = aws_lc_rs::digest::digest(
        &aws_lc_rs::digest::SHA1_FOR_LEGACY_USE_ONLY,
        certificate_der,
    );
    let mut store = KeyStore::new();
    store.add_entry(
        &bmp_only(friendly_name),
        KeyStoreEntry::PrivateKeyChain(PrivateKeyChain::new(
            local_key_id.as_ref(),
            key,
            certificates,
        )),
    );
    store
        .writer(password)
        .encryption_algorithm(profile.encryption())
        .encryption_iterations(iterations)
        .mac_algorithm(profile.mac())
        .mac_iterations(iterations)
        .write()
        .map_err(|e| {
            Error::Pki(crate::PkiError::CertificateGeneration {
                detail: format!("PKCS#12: {e}"),
            })
        })
}

/// Reads a PKCS#12 file: modern (PBES2/AES), 3DES and RC2-40 ones. A wrong
/// password is [`PkiError::Pkcs12WrongPassword`]; a file that cannot be read,
/// holds more than one key or asks for unreasonable work is
/// [`PkiError::Pkcs12Invalid`]; a key that is not the one of any certificate in
/// the file is [`PkiError::KeyDoesNotMatchCertificate`]; a key of a kind
/// SealDesk does not use is [`KeyError::UnsupportedPrivateKey`].
pub fn import(data: &[u8], password: &str) -> Result<Pkcs12Contents> {
    check_password(password)?;
    let shape = limits::check(data, password)?;
    // The library keeps the decrypted key in plain vectors it does not wipe;
    // the copy handed on is wiped, and the archive is dropped at once.
    let archive =
        Pkcs12Archive::from_pkcs12(data, password).map_err(|err| read_error(err, shape.has_mac))?;
    let mut keys = archive.keys.iter();
    let key = match (keys.next(), keys.next()) {
        (None, _) => None,
        (Some(bag), None) => Some(Zeroizing::new(bag.key.as_der().to_vec())),
        (Some(_), Some(_)) => {
            return Err(invalid(
                "it holds more than one private key; SealDesk imports one at a time",
            ))
        }
    };
    let certificates = distinct_certificates(&archive)?;
    drop(archive);
    let Some(key) = key else {
        return Ok(Pkcs12Contents {
            key_pkcs8_der: None,
            certificate_der: None,
            chain_der: certificates.into_iter().map(|c| c.der).collect(),
        });
    };
    let signer = FileSigner::from_pkcs8(&key)?;
    let leaf = certificates
        .iter()
        .position(|c| c.spki == signer.spki_der());
    match leaf {
        Some(index) => {
            let (leaf, chain_der) = order_chain(certificates, index);
            Ok(Pkcs12Contents {
                key_pkcs8_der: Some(key),
                certificate_der: Some(leaf),
                chain_der,
            })
        }
        None if certificates.is_empty() => Ok(Pkcs12Contents {
            key_pkcs8_der: Some(key),
            certificate_der: None,
            chain_der: Vec::new(),
        }),
        None => Err(Error::Pki(crate::PkiError::KeyDoesNotMatchCertificate)),
    }
}

/// PKCS#12 turns passwords into UTF-16 without surrogates (BMPString), so
/// emoji and other characters beyond U+FFFF cannot be used. Refused up
/// front, rather than fail somewhere inside the library.
fn check_password(password: &str) -> Result<()> {
    if password.chars().all(|c| u32::from(c) < 0xFFFF) {
        Ok(())
    } else {
        Err(Error::Pki(crate::PkiError::Pkcs12PasswordUnsupported))
    }
}

/// Friendly names are BMPStrings too; a name is only a label, so what
/// cannot be encoded becomes U+FFFD instead of failing the export.
fn bmp_only(name: &str) -> String {
    name.chars()
        .map(|c| if u32::from(c) < 0xFFFF { c } else { '\u{FFFD}' })
        .collect()
}

fn read_error(err: P12Error, has_mac: bool) -> Error {
    match err {
        P12Error::MacError(_) => Error::Pki(crate::PkiError::Pkcs12WrongPassword),
        // Without a MAC the password is only tested by decrypting: garbage
        // padding or a key that does not parse means it was wrong.
        P12Error::UnpadError | P12Error::Pkcs5Error(_) | P12Error::InvalidPrivateKey
            if !has_mac =>
        {
            Error::Pki(crate::PkiError::Pkcs12WrongPassword)
        }
        P12Error::InvalidParameters => invalid("encryption parameters out of range"),
        P12Error::UnsupportedEncryptionScheme | P12Error::UnsupportedMacAlgorithm => {
            invalid("it uses an encryption SealDesk cannot read")
        }
        // The library's own certificate reader (x509-parser) failed on a
        // certificate whose envelope read: that certificate is damaged.
        P12Error::X509Error(_) => invalid(&format!(
            "a certificate inside is not readable: {}",
            crate::parse_failure::DAMAGED
        )),
        P12Error::DerError(e) => invalid(&crate::parse_failure::der(&e)),
        _ => invalid(crate::parse_failure::DAMAGED),
    }
}

/// A certificate from the file with the names needed to order the chain.
struct Parsed {
    der: Vec<u8>,
    spki: Vec<u8>,
    subject: Vec<u8>,
    issuer: Vec<u8>,
}

fn distinct_certificates(archive: &Pkcs12Archive) -> Result<Vec<Parsed>> {
    let mut certificates: Vec<Parsed> = Vec::with_capacity(archive.certs.len());
    for bag in &archive.certs {
        let der = bag.cert.as_der();
        if certificates.iter().any(|c| c.der == der) {
            continue;
        }
        let cert = parse_certificate(der).map_err(|detail| {
            invalid(&format!("a certificate inside is not readable: {detail}"))
        })?;
        certificates.push(Parsed {
            spki: cert.spki.to_vec(),
            subject: cert.subject.to_vec(),
            issuer: cert.issuer.to_vec(),
            der: der.to_vec(),
        });
    }
    Ok(certificates)
}

/// Splits off the leaf and orders the rest: issuers from the leaf upwards
/// as far as names link them, then the others in file order.
fn order_chain(mut certificates: Vec<Parsed>, leaf: usize) -> (Vec<u8>, Vec<Vec<u8>>) {
    let leaf = certificates.remove(leaf);
    let mut chain = Vec::with_capacity(certificates.len());
    let mut issuer = leaf.issuer.clone();
    let mut current_subject = leaf.subject.clone();
    // Stops at a self-issued certificate (a root) or a missing issuer.
    while issuer != current_subject {
        let Some(index) = certificates.iter().position(|c| c.subject == issuer) else {
            break;
        };
        let next = certificates.remove(index);
        issuer = next.issuer.clone();
        current_subject = next.subject.clone();
        chain.push(next.der);
    }
    chain.extend(certificates.into_iter().map(|c| c.der));
    (leaf.der, chain)
}

fn invalid(detail: &str) -> Error {
    Error::Pki(crate::PkiError::Pkcs12Invalid {
        detail: detail.to_string(),
    })
}
