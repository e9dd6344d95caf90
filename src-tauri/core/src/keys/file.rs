//! Keys kept in files: encrypted PKCS#8 PEM ("ENCRYPTED PRIVATE KEY") with
//! PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) that OpenSSL and every other PKCS#8
//! reader opens with the password.
//!
//! Files are written atomically (temporary file in the same folder, fsync,
//! rename) with mode 0600 on Unix, and an existing file is never overwritten.

use crate::atomic_file::{self, Access};
use crate::{Error, Result};
use aws_lc_rs::rand::{SecureRandom, SystemRandom};
use pkcs8::der::pem::LineEnding;
use pkcs8::{EncryptedPrivateKeyInfo, PrivateKeyInfo};
use std::path::Path;
use zeroize::Zeroizing;

/// PBKDF2-HMAC-SHA256 iterations: OWASP's 2023 recommendation, about 0.1 to
/// 0.3 s on a current desktop, which makes each password guess as costly.
pub const PBKDF2_ITERATIONS: u32 = 600_000;

/// Encrypts a PKCS#8 DER private key with `password` and writes it to `path`
/// as PEM. Fails with [`KeyError::FileExists`] rather than replace a file.
pub fn write_encrypted(path: &Path, pkcs8_der: &[u8], password: &str) -> Result<()> {
    if password.is_empty() {
        return Err(Error::Key(crate::KeyError::PasswordRequired));
    }
    let pem = encrypt_to_pem(pkcs8_der, password)?;
    atomic_file::write_new(path, pem.as_bytes(), Access::Private).map_err(|e| match e {
        Error::File(crate::FileError::Exists { path }) => {
            Error::Key(crate::KeyError::FileExists { path })
        }
        other => other,
    })
}

/// Reads an encrypted PKCS#8 PEM file and returns the private key's PKCS#8
/// DER. A wrong password is [`KeyError::WrongPassword`]; a file that is not
/// an encrypted private key is [`KeyError::FileInvalid`].
pub fn read_encrypted(path: &Path, password: &str) -> Result<Zeroizing<Vec<u8>>> {
    let text = Zeroizing::new(crate::bounded_read::read_text(
        path,
        crate::bounded_read::CERTIFICATE_MAX_BYTES,
    )?);
    let invalid = || {
        Error::Key(crate::KeyError::FileInvalid {
            path: path.to_path_buf(),
        })
    };
    let (label, der) = pkcs8::der::pem::decode_vec(text.as_bytes()).map_err(|_| invalid())?;
    if label != "ENCRYPTED PRIVATE KEY" {
        return Err(invalid());
    }
    let encrypted = EncryptedPrivateKeyInfo::try_from(der.as_slice()).map_err(|_| invalid())?;
    let document = encrypted.decrypt(password).map_err(|_| {
        Error::Key(crate::KeyError::WrongPassword {
            path: path.to_path_buf(),
        })
    })?;
    // CBC padding can pass by chance with a wrong password: the result must
    // also parse as a private key.
    PrivateKeyInfo::try_from(document.as_bytes()).map_err(|_| {
        Error::Key(crate::KeyError::WrongPassword {
            path: path.to_path_buf(),
        })
    })?;
    Ok(Zeroizing::new(document.as_bytes().to_vec()))
}

fn encrypt_to_pem(pkcs8_der: &[u8], password: &str) -> Result<Zeroizing<String>> {
    let rng = SystemRandom::new();
    let mut salt = [0u8; 16];
    let mut iv = [0u8; 16];
    rng.fill(&mut salt)
        .and_then(|()| rng.fill(&mut iv))
        .map_err(|_| {
            Error::Store(crate::StoreError::Database {
                detail: "the random generator failed".into(),
            })
        })?;
    let params =
        pkcs8::pkcs5::pbes2::Parameters::pbkdf2_sha256_aes256cbc(PBKDF2_ITERATIONS, &salt, &iv)
            .map_err(|e| {
                Error::Store(crate::StoreError::Database {
                    detail: format!("PBES2 parameters: {e}"),
                })
            })?;
    let info = PrivateKeyInfo::try_from(pkcs8_der).map_err(|e| {
        Error::Store(crate::StoreError::Database {
            detail: format!("PKCS#8: {e}"),
        })
    })?;
    let document = info.encrypt_with_params(params, password).map_err(|e| {
        Error::Store(crate::StoreError::Database {
            detail: format!("PKCS#8 encryption: {e}"),
        })
    })?;
    let pem = document
        .to_pem("ENCRYPTED PRIVATE KEY", LineEnding::LF)
        .map_err(|e| {
            Error::Store(crate::StoreError::Database {
                detail: format!("PEM: {e}"),
            })
        })?;
    Ok(pem)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{GeneratedKey, KeyAlgorithm};

    #[test]
    fn round_trip_with_the_right_password_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("director.key");
        let key = GeneratedKey::generate(KeyAlgorithm::EcP256).unwrap();
        write_encrypted(&path, &key.pkcs8_der, "Łódź-2026").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        assert_eq!(*read_encrypted(&path, "Łódź-2026").unwrap(), *key.pkcs8_der);
        let err = read_encrypted(&path, "lodz-2026").unwrap_err();
        assert_eq!(err.code(), "key.wrong-password");
    }

    #[test]
    fn an_existing_file_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("taken.key");
        std::fs::write(&path, b"keep me").unwrap();
        let key = GeneratedKey::generate(KeyAlgorithm::EcP256).unwrap();
        let err = write_encrypted(&path, &key.pkcs8_der, "pw").unwrap_err();
        assert_eq!(err.code(), "key.file-exists");
        assert_eq!(std::fs::read(&path).unwrap(), b"keep me");
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );
    }

    #[test]
    fn an_empty_password_is_refused_before_writing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.key");
        let key = GeneratedKey::generate(KeyAlgorithm::EcP256).unwrap();
        assert_eq!(
            write_encrypted(&path, &key.pkcs8_der, "")
                .unwrap_err()
                .code(),
            "key.password-required"
        );
        assert!(!path.exists());
    }

    #[test]
    fn files_that_are_not_encrypted_keys_are_invalid() {
        let dir = tempfile::tempdir().unwrap();
        let junk = dir.path().join("junk.pem");
        std::fs::write(
            &junk,
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        )
        .unwrap();
        assert_eq!(
            read_encrypted(&junk, "pw").unwrap_err().code(),
            "key.file-invalid"
        );
        let binary = dir.path().join("bin.key");
        std::fs::write(&binary, [0u8, 159, 146, 150]).unwrap();
        assert!(read_encrypted(&binary, "pw").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn key_files_are_private_to_their_owner() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.key");
        let key = GeneratedKey::generate(KeyAlgorithm::EcP384).unwrap();
        write_encrypted(&path, &key.pkcs8_der, "pw").unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
