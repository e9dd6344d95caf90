use super::*;
use crate::ids::Kind;
use crate::keys::token::softhsm;
use crate::keys::unlock::KeySecret;
use crate::keys::KeyAlgorithm;
use crate::pki::seal::{self};
use crate::test_support::{self, count_rows};
use crate::Store;
use chrono::{DateTime, Duration, Utc};
use std::path::Path;

const SEAL_PW: &str = "seal-pw";

/// A temporary folder holding a store with a Polish seal (id 1), and the
/// moment the test acts at.
fn office() -> (tempfile::TempDir, Store, DateTime<Utc>) {
    let dir = tempfile::tempdir().unwrap();
    let store = test_support::store_with_seal(
        dir.path(),
        ["Biuro Rachunkowe Łódź", "VATPL-8567346215", "PL"],
        SEAL_PW,
        Utc::now(),
    )
    .store;
    (dir, store, Utc::now())
}

fn polish<'a>(key: KeyTarget<'a>, certificate: CertificateSource<'a>) -> Registration<'a> {
    Registration {
        country: "pl",
        kind: Some(Kind::PlNip),
        business_id: "856-734-62-15",
        business_name: "Zakład Usług Księgowych „Żuraw”",
        signer_name: "Łukasz Żółć",
        email: "lukasz@zuraw.pl",
        key,
        algorithm: KeyAlgorithm::EcP256,
        certificate,
        select: true,
    }
}

fn from_seal(password: &str) -> CertificateSource<'_> {
    CertificateSource::Seal {
        seal_id: 1,
        secret: KeySecret::Password(password),
        days: 365,
    }
}

/// The Polish registration with a new key file under `password`, certified
/// by the seal.
fn in_file(password: &str) -> Registration<'_> {
    polish(KeyTarget::File { password }, from_seal(SEAL_PW))
}

/// The Polish registration with a new key file under `password`, its
/// request saved to `csr` for an outside CA.
fn for_outside_ca<'a>(password: &'a str, csr: &'a Path) -> Registration<'a> {
    polish(
        KeyTarget::File { password },
        CertificateSource::Csr { out: csr },
    )
}

/// The Polish registration with a new key on `token` opened with `pin`,
/// certified by the seal.
fn on_token<'a>(token: &'a softhsm::TestToken, pin: &'a str) -> Registration<'a> {
    polish(
        KeyTarget::Token {
            module: &token.module,
            token_label: &token.label,
            pin,
            object_label: None,
        },
        from_seal(SEAL_PW),
    )
}

fn key_files(store: &Store) -> usize {
    std::fs::read_dir(store.data_dir().join("keys"))
        .map(|d| d.count())
        .unwrap_or(0)
}

#[test]
fn a_seal_identity_is_registered_certified_and_selected() {
    let (_dir, store, now) = office();
    let done = register(&store, &in_file("abc"), now).unwrap();
    assert!(done.selected);
    assert_eq!(done.not_selected_reason, None);
    let identity = &done.identity;
    assert_eq!(
        identity.organization_identifier.as_deref(),
        Some("VATPL-8567346215")
    );
    assert_eq!(identity.identifier, "8567346215");
    assert_eq!(
        identity.state,
        IdentityState::Certificate(crate::pki::status::Status::Valid)
    );
    assert!(identity.active);
    // "abc" is allowed but weak: the caller gets the rating to warn with.
    let strength = done.password_strength.unwrap();
    assert!(!strength.is_strong());
    let cert = crate::pki::registry::get(&store, identity.certificate_id.unwrap(), now).unwrap();
    assert_eq!(cert.profile.as_deref(), Some("signing"));
    assert!(cert.subject.contains("CN=Łukasz Żółć"), "{}", cert.subject);
    assert!(
        cert.subject.contains("VATPL-8567346215"),
        "{}",
        cert.subject
    );
    assert_eq!(active(&store, now).unwrap().unwrap().id, identity.id);
    let actions: Vec<_> = crate::audit::recent(store.conn(), crate::company::CompanyId(1), true, 3)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(
        actions,
        ["identity.selected", "identity.registered", "cert.issued"]
    );
}

#[test]
fn failures_leave_no_identity_certificate_key_or_file() {
    let (_dir, store, now) = office();
    let (keys_before, certs_before) =
        (count_rows(&store, "key"), count_rows(&store, "certificate"));
    let wrong_seal = register(
        &store,
        &polish(KeyTarget::File { password: "abcd" }, from_seal("nope")),
        now,
    )
    .unwrap_err();
    assert_eq!(wrong_seal.code(), "key.wrong-password");
    let mut bad_nip = in_file("abcd");
    bad_nip.business_id = "8567346216";
    assert_eq!(
        register(&store, &bad_nip, now).unwrap_err().code(),
        "id.invalid-checksum"
    );
    let short = register(&store, &in_file("ab"), now).unwrap_err();
    assert_eq!(short.code(), "identity.password-too-short");
    assert_eq!(short.params()["min"], 3);
    let mut bad_mail = in_file("abcd");
    bad_mail.email = "lukasz@";
    assert_eq!(
        register(&store, &bad_mail, now).unwrap_err().code(),
        "pki.invalid-email"
    );
    let mut no_signer = in_file("abcd");
    no_signer.signer_name = "  ";
    assert_eq!(
        register(&store, &no_signer, now).unwrap_err().code(),
        "pki.field-required"
    );
    assert_eq!(count_rows(&store, "identity"), 0);
    assert_eq!(count_rows(&store, "key"), keys_before);
    assert_eq!(count_rows(&store, "certificate"), certs_before);
    assert_eq!(key_files(&store), 0);
}

#[test]
fn a_failure_after_the_key_exists_removes_the_key_file() {
    let (_dir, store, now) = office();
    // Days beyond the limit are refused only when the certificate is
    // built, after the key file was written.
    let registration = polish(
        KeyTarget::File { password: "abcd" },
        CertificateSource::Seal {
            seal_id: 1,
            secret: KeySecret::Password(SEAL_PW),
            days: 100_000,
        },
    );
    let err = register(&store, &registration, now).unwrap_err();
    assert_eq!(err.code(), "pki.validity-out-of-range");
    assert_eq!(count_rows(&store, "identity"), 0);
    assert_eq!(key_files(&store), 0);
}

#[test]
fn a_csr_identity_waits_then_takes_only_its_own_certificate() {
    let (dir, store, now) = office();
    let csr_path = dir.path().join("request.pem");
    let done = register(&store, &for_outside_ca("abcd", &csr_path), now).unwrap();
    assert!(!done.selected);
    assert_eq!(
        done.not_selected_reason,
        Some(NotSelectedReason::AwaitingCertificate)
    );
    assert_eq!(done.identity.state, IdentityState::AwaitingCertificate);
    let request = crate::pki::csr_reader::read_csr(&std::fs::read(&csr_path).unwrap());
    assert!(request.is_ok(), "{request:?}");
    let err = select(&store, done.identity.id, now).unwrap_err();
    assert_eq!(err.code(), "identity.awaiting-certificate");
    // The seal's own certificate answers another key.
    let seal_pem = dir.path().join("seal.pem");
    seal::export(&store, 1, &seal_pem, now).unwrap();
    let err = attach_certificate(&store, done.identity.id, &seal_pem, now).unwrap_err();
    assert_eq!(err.code(), "identity.certificate-mismatch");
    assert_eq!(
        get(&store, done.identity.id, now).unwrap().state,
        IdentityState::AwaitingCertificate
    );
    // A second request to the same file is refused before any key is made.
    let keys_before = count_rows(&store, "key");
    let again = register(&store, &for_outside_ca("abcd", &csr_path), now).unwrap_err();
    assert_eq!(again.code(), "io.file-exists");
    assert_eq!(count_rows(&store, "key"), keys_before);
}

#[test]
fn exactly_one_identity_is_active() {
    let (_dir, store, now) = office();
    let first = register(&store, &in_file("abcd"), now).unwrap();
    let mut not_selected = in_file("efgh");
    not_selected.select = false;
    not_selected.signer_name = "Тарас Шевченко";
    let second = register(&store, &not_selected, now).unwrap();
    assert!(!second.selected);
    assert_eq!(
        second.not_selected_reason,
        Some(NotSelectedReason::NotRequested)
    );
    for id in [second.identity.id, first.identity.id, second.identity.id] {
        select(&store, id, now).unwrap();
        let listed = list(&store, now).unwrap();
        let active: Vec<_> = listed.iter().filter(|i| i.active).map(|i| i.id).collect();
        assert_eq!(active, [id]);
    }
    assert_eq!(
        select(&store, 99, now).unwrap_err().code(),
        "identity.not-found"
    );
    // The database itself refuses a second active identity.
    let raw = store
        .conn()
        .execute("UPDATE identity SET active = 1", [])
        .unwrap_err();
    assert!(raw.to_string().contains("UNIQUE"), "{raw}");
    // An identity whose certificate is no longer valid cannot be selected.
    let later = now + Duration::days(400);
    let err = select(&store, first.identity.id, later).unwrap_err();
    assert_eq!(err.code(), "identity.certificate-not-valid");
    assert_eq!(err.params()["status"], "expired");
}

#[test]
fn a_token_identity_keeps_its_key_on_the_token() {
    let token = softhsm::token("identity");
    let (_dir, store, now) = office();
    let registration = on_token(&token, softhsm::USER_PIN);
    let done = register(&store, &registration, now).unwrap();
    assert!(done.selected);
    assert!(done.password_strength.is_none());
    assert!(matches!(
        &done.identity.key_location,
        Some(crate::keys::location::KeyLocation::Token { token, .. }) if token == "identity"
    ));
    assert_eq!(key_files(&store), 0);
    // A wrong PIN registers nothing.
    let wrong = on_token(&token, "0000");
    assert_eq!(
        register(&store, &wrong, now).unwrap_err().code(),
        "token.wrong-pin"
    );
    assert_eq!(count_rows(&store, "identity"), 1);
}

#[test]
fn removing_an_identity_keeps_its_key_file_and_certificate_and_is_audited() {
    let (_dir, store, now) = office();
    let done = register(&store, &in_file("abc"), now).unwrap();
    let keys_before = key_files(&store);
    let certificates_before = count_rows(&store, "certificate");
    let removed = remove(&store, done.identity.id, now).unwrap();
    assert!(removed.was_active);
    assert_eq!(removed.certificate_id, done.identity.certificate_id);
    assert!(removed.key_location.is_some());
    assert_eq!(count_rows(&store, "identity"), 0);
    assert!(active(&store, now).unwrap().is_none());
    assert_eq!(key_files(&store), keys_before, "the key file is kept");
    assert_eq!(count_rows(&store, "certificate"), certificates_before);
    let event =
        &crate::audit::recent(store.conn(), crate::company::CompanyId(1), true, 1).unwrap()[0];
    assert_eq!(event.action, "identity.removed");
    let again = remove(&store, done.identity.id, now).unwrap_err();
    assert_eq!(again.code(), "identity.not-found");
}
