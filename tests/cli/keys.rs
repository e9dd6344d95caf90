//! `sealdesk key generate`, checked by OpenSSL: every key file opens with its
//! password and only with it, and holds the public key SealDesk reports.

use crate::support::*;
use sha2::{Digest, Sha256};
use std::path::Path;

#[test]
fn every_algorithm_gives_a_key_file_openssl_opens_with_the_password_only() {
    let tmp = tempfile::tempdir().unwrap();
    let data = init_store(tmp.path());
    let pw = secret_file(tmp.path(), "key-pw", "Hasło do klucza ż\n");
    for algorithm in ["ec-p256", "ec-p384", "rsa-2048", "rsa-3072", "rsa-4096"] {
        let key = tmp.path().join(format!("{algorithm}.key"));
        let run = sealdesk(
            &data,
            &with(&["--json"], &key_args(algorithm, &key, &pw)),
            &[],
        );
        assert_eq!(run.status, 0, "{algorithm}: {}", run.stderr);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert_eq!(json["algorithm"], algorithm);
        assert_eq!(json["location"], key.to_str().unwrap());
        assert!(json["id"].as_i64().unwrap() > 0);

        // The right password opens it, and its public key is the one reported.
        let public = tmp.path().join(format!("{algorithm}.pub.der"));
        let passin = format!("file:{}", pw.display());
        let out = openssl(&[
            "pkey",
            "-in",
            key.to_str().unwrap(),
            "-passin",
            &passin,
            "-pubout",
            "-outform",
            "DER",
            "-out",
            public.to_str().unwrap(),
        ]);
        assert!(
            out.status.success(),
            "{algorithm}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let digest = hex::encode(Sha256::digest(std::fs::read(&public).unwrap()));
        assert_eq!(json["spki_sha256"], digest, "{algorithm}");

        // A wrong password does not.
        let out = openssl(&[
            "pkey",
            "-in",
            key.to_str().unwrap(),
            "-passin",
            "pass:Haslo do klucza z",
            "-noout",
        ]);
        assert!(
            !out.status.success(),
            "{algorithm}: a wrong password opened the key"
        );

        // PBES2 with PBKDF2-HMAC-SHA256 and AES-256-CBC.
        let out = openssl(&["asn1parse", "-in", key.to_str().unwrap()]);
        let structure = String::from_utf8_lossy(&out.stdout);
        for part in ["PBES2", "PBKDF2", "hmacWithSHA256", "aes-256-cbc"] {
            assert!(
                structure.contains(part),
                "{algorithm}: no {part} in\n{structure}"
            );
        }

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&key).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{algorithm}");
        }
    }
}

#[test]
fn unknown_algorithms_existing_files_and_missing_stores_are_clear_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let data = init_store(tmp.path());
    let pw = secret_file(tmp.path(), "key-pw", "pw");
    let key = tmp.path().join("k.key");
    let generate = |data: &Path, alg: &str| sealdesk(data, &key_args(alg, &key, &pw), &[]);

    let run = generate(&data, "dsa-1024");
    expect_error(&run, "key.unsupported-algorithm");
    assert!(!key.exists());

    std::fs::write(&key, "an unrelated file").unwrap();
    let run = generate(&data, "ec-p256");
    expect_error(&run, "key.file-exists");
    assert_eq!(std::fs::read_to_string(&key).unwrap(), "an unrelated file");

    std::fs::remove_file(&key).unwrap();
    let run = generate(&tmp.path().join("no-store"), "ec-p256");
    expect_error(&run, "store.missing");
    assert!(!key.exists(), "no key without a registry to record it");
}

#[test]
fn a_key_password_is_never_taken_as_an_argument() {
    let tmp = tempfile::tempdir().unwrap();
    let data = init_store(tmp.path());
    let key = tmp.path().join("k.key");
    let run = sealdesk(
        &data,
        &[
            "key",
            "generate",
            "--algorithm",
            "ec-p256",
            "--file",
            key.to_str().unwrap(),
            "--password",
            "x",
        ],
        &[],
    );
    assert_eq!(run.status, 2);
    assert!(!key.exists());
}
