//! S/MIME messages checked by OpenSSL, an independent verifier.

use super::*;
use crate::keys::file_signer::FileSigner;
use crate::keys::KeyAlgorithm;
use crate::pki::registry;
use crate::test_support::{issue_signing, run_openssl, store_with_seal};
use lettre::Message;
use std::path::Path;

/// A signed message (`formatted()` bytes) and the seal's PEM, both in `dir`.
fn signed_message(dir: &Path, algorithm: KeyAlgorithm) -> Vec<u8> {
    std::fs::create_dir_all(dir).unwrap();
    let now = Utc::now();
    let sealed = store_with_seal(
        dir,
        ["Tessitura Rossi", "VATIT-07643520567", "IT"],
        "seal-pass-1",
        now,
    );
    let issued = issue_signing(&sealed, "Giulia Rossi", algorithm, "key-pass-1", now);
    let signer = FileSigner::from_pkcs8(&issued.key_pkcs8_der).unwrap();
    let chain = registry::chain(sealed.store.conn(), issued.certificate.id).unwrap();
    let seal_der = registry::der(sealed.store.conn(), sealed.seal_id).unwrap();
    std::fs::write(
        dir.join("seal.pem"),
        pem::encode(&pem::Pem::new("CERTIFICATE", seal_der)),
    )
    .unwrap();

    let body = MultiPart::alternative_plain_html(
        "Hello customer,\r\nthe signed contract is attached. Zażółć gęślą jaźń.\r\n".to_string(),
        "<p>Hello customer,</p><p>the signed contract is attached.</p>".to_string(),
    );
    let signed = sign(body, &signer, &chain, now).unwrap();
    Message::builder()
        .from("Giulia Rossi <giulia@example.com>".parse().unwrap())
        .to("Cliente <cliente@example.com>".parse().unwrap())
        .subject("Contratto firmato")
        .multipart(signed)
        .unwrap()
        .formatted()
}

/// Runs `openssl smime -verify` on `eml`; whether it succeeded, and its output.
fn openssl_verify(dir: &Path, eml: &[u8]) -> (bool, String) {
    std::fs::write(dir.join("msg.eml"), eml).unwrap();
    run_openssl(
        dir,
        &[
            "smime",
            "-verify",
            "-CAfile",
            "seal.pem",
            "-in",
            "msg.eml",
            "-out",
            "content.txt",
        ],
    )
}

/// Fails the test unless `openssl smime -verify` accepts `eml`.
fn assert_openssl_verifies(dir: &Path, eml: &[u8]) {
    let (ok, output) = openssl_verify(dir, eml);
    assert!(ok && output.contains("Verification successful"), "{output}");
}

#[test]
fn openssl_verifies_a_signed_message_and_refuses_a_changed_body() {
    let dir = tempfile::tempdir().unwrap();
    let eml = signed_message(dir.path(), KeyAlgorithm::EcP256);
    let text = String::from_utf8(eml.clone()).unwrap();
    assert!(text.contains("Content-Type: multipart/signed;"), "{text}");
    assert!(
        text.contains("protocol=\"application/pkcs7-signature\""),
        "{text}"
    );
    assert!(
        text.contains("micalg=\"sha-256\"") || text.contains("micalg=sha-256"),
        "{text}"
    );
    assert!(text.contains("filename=\"smime.p7s\""), "{text}");

    assert_openssl_verifies(dir.path(), &eml);
    let content = std::fs::read_to_string(dir.path().join("content.txt")).unwrap();
    assert!(content.contains("Hello customer"), "{content}");

    let at = text.find("Hello customer").unwrap();
    let mut changed = eml.clone();
    changed[at] = b'J';
    let (ok, output) = openssl_verify(dir.path(), &changed);
    assert!(!ok, "a changed body must not verify: {output}");
    assert!(!output.contains("Verification successful"), "{output}");
}

#[test]
fn a_p384_key_signs_with_sha_384_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let eml = signed_message(dir.path(), KeyAlgorithm::EcP384);
    let text = String::from_utf8(eml.clone()).unwrap();
    assert!(text.contains("sha-384"), "{text}");
    assert_openssl_verifies(dir.path(), &eml);
}

#[test]
fn a_message_signed_by_another_seal_does_not_verify() {
    let dir = tempfile::tempdir().unwrap();
    let eml = signed_message(&dir.path().join("a"), KeyAlgorithm::EcP256);
    let other = dir.path().join("b");
    signed_message(&other, KeyAlgorithm::EcP256);
    let (ok, output) = openssl_verify(&other, &eml);
    assert!(!ok, "{output}");
}

#[test]
fn a_key_on_a_token_signs_a_message_openssl_verifies_and_bad_cases_are_refused() {
    use crate::identity::{register, CertificateSource, KeyTarget, Registration};
    use crate::keys::token::softhsm;
    use crate::keys::unlock::KeySecret;
    use crate::sign::signing::open_for_signing;

    let token = softhsm::token("smime");
    let dir = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let sealed = store_with_seal(
        dir.path(),
        ["Biuro Łódź", "VATPL-5260250274", "PL"],
        "seal-pw",
        now,
    );
    let registration = Registration {
        country: "pl",
        kind: Some(crate::ids::Kind::PlNip),
        business_id: "526-025-02-74",
        business_name: "Biuro Łódź",
        signer_name: "Łukasz Żółć",
        email: "lukasz@example.pl",
        key: KeyTarget::Token {
            module: &token.module,
            token_label: &token.label,
            pin: softhsm::USER_PIN,
            object_label: None,
        },
        algorithm: KeyAlgorithm::EcP256,
        certificate: CertificateSource::Seal {
            seal_id: sealed.seal_id,
            secret: KeySecret::Password("seal-pw"),
            days: 365,
        },
        select: true,
    };
    let cert_id = register(&sealed.store, &registration, now)
        .unwrap()
        .identity
        .certificate_id
        .unwrap();
    let seal_der = registry::der(sealed.store.conn(), sealed.seal_id).unwrap();
    std::fs::write(
        dir.path().join("seal.pem"),
        pem::encode(&pem::Pem::new("CERTIFICATE", seal_der)),
    )
    .unwrap();

    // Keys on a token open through the module the settings name.
    crate::settings::set_pkcs11_module(&sealed.store, &token.module).unwrap();
    let opened = open_for_signing(
        &sealed.store,
        cert_id,
        KeySecret::Pin(softhsm::USER_PIN),
        now,
    )
    .unwrap();
    let body = MultiPart::alternative_plain_html(
        "Dzień dobry,\r\nw załączniku podpisana umowa.\r\n".to_string(),
        "<p>Dzień dobry,</p>".to_string(),
    );
    let eml = Message::builder()
        .from("lukasz@example.pl".parse().unwrap())
        .to("klient@example.pl".parse().unwrap())
        .subject("Umowa")
        .multipart(sign_with(body, &opened, now).unwrap())
        .unwrap()
        .formatted();
    assert_openssl_verifies(dir.path(), &eml);

    drop(opened);
    let wrong_pin = open_for_signing(&sealed.store, cert_id, KeySecret::Pin("0000"), now);
    assert_eq!(wrong_pin.err().unwrap().code(), "token.wrong-pin");
    let later = now + chrono::Duration::days(400);
    let expired = open_for_signing(
        &sealed.store,
        cert_id,
        KeySecret::Pin(softhsm::USER_PIN),
        later,
    );
    let err = expired.err().unwrap();
    assert_eq!(err.code(), "sign.certificate-not-usable");
    assert_eq!(err.params()["status"], "expired");
}
