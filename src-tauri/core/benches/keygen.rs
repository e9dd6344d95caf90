//! Key generation and key-file encryption, beside OpenSSL doing the same in
//! the same run: `cargo bench -p sealdesk-core --bench keygen`.
//!
//! OpenSSL runs as a process per key, so its figures include a process start
//! (about a millisecond); the table prints that start-up time too.

mod support;

use sealdesk_core::keys::{file, GeneratedKey, KeyAlgorithm};
use support::{
    ms, openssl, openssl_encrypt_key, openssl_genpkey_args, openssl_owned, per_run, row,
};

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let startup = per_run(20, || openssl(&["version"]));
    println!("openssl process start-up: {:.1} ms\n", ms(startup));
    println!(
        "{:<10} {:>7} {:>14} {:>14} {:>8}",
        "algorithm", "rounds", "SealDesk ms", "openssl ms", "ratio"
    );
    for (algorithm, rounds) in [
        (KeyAlgorithm::EcP256, 50),
        (KeyAlgorithm::EcP384, 30),
        (KeyAlgorithm::Rsa2048, 8),
        (KeyAlgorithm::Rsa3072, 4),
        (KeyAlgorithm::Rsa4096, 2),
    ] {
        let ours = per_run(rounds, || {
            GeneratedKey::generate(algorithm).expect("key generation");
        });
        let out = dir.path().join("openssl.key");
        let args = openssl_genpkey_args(algorithm, &out);
        let theirs = per_run(rounds, || openssl_owned(&args));
        row(10, algorithm.name(), rounds, ours, theirs);
    }

    println!(
        "\nkey file encryption (PBKDF2-HMAC-SHA256, {} iterations, AES-256-CBC)",
        file::PBKDF2_ITERATIONS
    );
    let key = GeneratedKey::generate(KeyAlgorithm::EcP256).expect("key generation");
    let plain = dir.path().join("plain.der");
    std::fs::write(&plain, &*key.pkcs8_der).expect("write");
    let mut n = 0;
    let ours = per_run(5, || {
        n += 1;
        file::write_encrypted(
            &dir.path().join(format!("ours-{n}.key")),
            &key.pkcs8_der,
            "bench-password",
        )
        .expect("encrypt");
    });
    let encrypted = dir.path().join("openssl-enc.key");
    let theirs = per_run(5, || {
        openssl_encrypt_key(&plain, true, "bench-password", &encrypted)
    });
    row(10, "encrypt", 5, ours, theirs);
}
