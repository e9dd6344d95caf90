//! Keys kept in files: encrypted PKCS#8 PEM ("ENCRYPTED PRIVATE KEY") with
//! PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) that OpenSSL and every other PKCS#8
//! reader opens with the password.
//!
//! Files are written atomically (temporary file in the same folder, fsync,
//! rename) with mode 0600 on Unix, and an existing file is never overwritten.

use crate::atomic_file::{self, Access};
use crate::{Error, Result};
use aws_lc_rs::rand::{SecureRandom, SystemRandom};
use der::pem::LineEnding;
use pkcs8::pkcs5::pbes2;
use pkcs8::{EncryptedPrivateKeyInfoRef, PrivateKeyInfoRef};
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
    let (label, encrypted_der) = der::pem::decode_vec(text.as_bytes()).map_err(|_| invalid())?;
    if label != "ENCRYPTED PRIVATE KEY" {
        return Err(invalid());
    }
    let encrypted =
        EncryptedPrivateKeyInfoRef::try_from(encrypted_der.as_slice()).map_err(|_| invalid())?;
    let document = encrypted.decrypt(password).map_err(|_| {
        Error::Key(crate::KeyError::WrongPassword {
            path: path.to_path_buf(),
        })
    })?;
    // CBC padding can pass by chance with a wrong password: the result must
    // also parse as a private key.
    PrivateKeyInfoRef::try_from(document.as_bytes()).map_err(|_| {
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
    encrypt_to_pem_with(pkcs8_der, password, &salt, iv)
}

/// The PEM for a given salt and IV: PBES2 with PBKDF2-HMAC-SHA256 over
/// [`PBKDF2_ITERATIONS`] and AES-256-CBC, the one format SealDesk has always
/// written. Kept apart from the random draw so a test can check that a file
/// written today is byte for byte the one an earlier version wrote.
fn encrypt_to_pem_with(
    pkcs8_der: &[u8],
    password: &str,
    salt: &[u8],
    iv: [u8; 16],
) -> Result<Zeroizing<String>> {
    // The constructor's name says "generate" but nothing is random: it only
    // puts the given count, salt and IV into the parameters.
    let params = pbes2::Parameters::generate_pbkdf2_sha256_aes256cbc(PBKDF2_ITERATIONS, salt, iv)
        .map_err(|e| {
        Error::Store(crate::StoreError::Database {
            detail: format!("PBES2 parameters: {e}"),
        })
    })?;
    let info = PrivateKeyInfoRef::try_from(pkcs8_der).map_err(|e| {
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
    use crate::test_support::{openssl_ok, run_openssl};

    /// A new key of `algorithm` written as `name` in `dir` with `password`.
    fn written_key(
        dir: &Path,
        name: &str,
        algorithm: KeyAlgorithm,
        password: &str,
    ) -> (std::path::PathBuf, GeneratedKey) {
        let path = dir.join(name);
        let key = GeneratedKey::generate(algorithm).unwrap();
        write_encrypted(&path, &key.pkcs8_der, password).unwrap();
        (path, key)
    }

    /// A throwaway EC P-256 key as SealDesk wrote it with pkcs8 0.10, before
    /// the move to 0.11; its password is `Hasło-0.10`. Files like it are on
    /// users' disks and must keep opening.
    const WRITTEN_WITH_PKCS8_0_10: &str = "\
-----BEGIN ENCRYPTED PRIVATE KEY-----\n\
MIH1MGAGCSqGSIb3DQEFDTBTMDIGCSqGSIb3DQEFDDAlBBCxAWXD5+iio4DAPLJv\n\
h22nAgMJJ8AwDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEP8srpRmwdY45oON\n\
os7rdowEgZDKo3eZiI/W89kdGC096SET1E5fEYZw7uPIIoGzp3I6vVd2v2F91EeS\n\
frW9ENRtYnCFVHNRCrSfUhrOZ5eORgR/a4HZ/0ue8H8D+MarNrsXiGBSilD+XY/k\n\
Am20EkR72HJef+wOrbIZ+ZMinyqxv6utPx1vwLazk00XXvfceQ8ndwAQsaoF7+s1\n\
7DnUl/R71dg=\n\
-----END ENCRYPTED PRIVATE KEY-----\n";

    #[test]
    fn a_file_written_by_the_earlier_version_opens_and_is_written_again_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("earlier.key");
        std::fs::write(&path, WRITTEN_WITH_PKCS8_0_10).unwrap();
        let key = read_encrypted(&path, "Hasło-0.10").unwrap();
        assert!(crate::keys::file_signer::FileSigner::from_pkcs8(&key).is_ok());
        assert_eq!(
            read_encrypted(&path, "Haslo-0.10").unwrap_err().code(),
            "key.wrong-password"
        );

        // With the same salt and IV, today's writer gives the same file: the
        // algorithms, their parameters and the iteration count are unchanged.
        let (_, der) = der::pem::decode_vec(WRITTEN_WITH_PKCS8_0_10.as_bytes()).unwrap();
        let info = EncryptedPrivateKeyInfoRef::try_from(der.as_slice()).unwrap();
        let params = info.encryption_algorithm.pbes2().expect("PBES2");
        let kdf = params.kdf.pbkdf2().expect("PBKDF2");
        assert_eq!(kdf.iteration_count, PBKDF2_ITERATIONS);
        let pbes2::EncryptionScheme::Aes256Cbc { iv } = params.encryption else {
            panic!("not AES-256-CBC: {:?}", params.encryption);
        };
        let again = encrypt_to_pem_with(&key, "Hasło-0.10", kdf.salt.as_bytes(), iv).unwrap();
        assert_eq!(again.as_str(), WRITTEN_WITH_PKCS8_0_10);
    }

    #[test]
    fn openssl_opens_a_new_file_with_the_password_only() {
        let dir = tempfile::tempdir().unwrap();
        let (path, key) = written_key(dir.path(), "new.key", KeyAlgorithm::EcP384, "Hasło ż");
        let key_arg = path.to_str().unwrap();
        let public = dir.path().join("pub.der");
        openssl_ok(
            dir.path(),
            &[
                "pkey",
                "-in",
                key_arg,
                "-passin",
                "pass:Hasło ż",
                "-pubout",
                "-outform",
                "DER",
                "-out",
                public.to_str().unwrap(),
            ],
        );
        assert_eq!(std::fs::read(&public).unwrap(), key.spki_der);

        let (opened, _) = run_openssl(
            dir.path(),
            &["pkey", "-in", key_arg, "-passin", "pass:Haslo z", "-noout"],
        );
        assert!(!opened, "a wrong password opened the key");

        let structure = openssl_ok(dir.path(), &["asn1parse", "-in", key_arg]);
        // 600,000 is 0x0927C0.
        for part in [
            "PBES2",
            "PBKDF2",
            "hmacWithSHA256",
            "aes-256-cbc",
            ":0927C0",
        ] {
            assert!(structure.contains(part), "no {part} in\n{structure}");
        }
    }

    #[test]
    fn a_file_openssl_wrote_opens() {
        let dir = tempfile::tempdir().unwrap();
        let generated = dir.path().join("generated.pem");
        let plain = dir.path().join("plain.der");
        let path = dir.path().join("openssl.key");
        let run = |args: &[&str]| openssl_ok(dir.path(), args);
        let generated_arg = generated.to_str().unwrap();
        run(&[
            "genpkey",
            "-algorithm",
            "EC",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-out",
            generated_arg,
        ]);
        // The unencrypted PKCS#8 DER to compare with (OpenSSL's own DER
        // output of an EC key would be the SEC1 form instead).
        let plain_arg = plain.to_str().unwrap();
        run(&[
            "pkcs8",
            "-topk8",
            "-nocrypt",
            "-in",
            generated_arg,
            "-outform",
            "DER",
            "-out",
            plain_arg,
        ]);
        run(&[
            "pkcs8",
            "-topk8",
            "-in",
            generated_arg,
            "-v2",
            "aes-256-cbc",
            "-v2prf",
            "hmacWithSHA256",
            "-passout",
            "pass:Hasło",
            "-out",
            path.to_str().unwrap(),
        ]);
        let key = read_encrypted(&path, "Hasło").unwrap();
        assert_eq!(*key, std::fs::read(&plain).unwrap());
    }

    #[test]
    fn round_trip_with_the_right_password_only() {
        let dir = tempfile::tempdir().unwrap();
        let (path, key) = written_key(
            dir.path(),
            "director.key",
            KeyAlgorithm::EcP256,
            "Łódź-2026",
        );
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
        let (path, _) = written_key(dir.path(), "k.key", KeyAlgorithm::EcP384, "pw");
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
