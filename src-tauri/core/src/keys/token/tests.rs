//! Token keys against a real PKCS#11 module: SoftHSM2, one token per test.

use super::softhsm::{self, USER_PIN};
use super::*;
use crate::keys::unlock::{open_signer, KeySecret};
use crate::keys::{registry, signer::Signer};
use aws_lc_rs::signature::{self, UnparsedPublicKey, VerificationAlgorithm};
use cryptoki::mechanism::Mechanism;
use cryptoki::object::{Attribute, AttributeType, ObjectClass};
use der::Decode;
use x509_cert::spki::SubjectPublicKeyInfoRef;

fn verification(algorithm: KeyAlgorithm) -> &'static dyn VerificationAlgorithm {
    match algorithm {
        KeyAlgorithm::EcP256 => &signature::ECDSA_P256_SHA256_ASN1,
        KeyAlgorithm::EcP384 => &signature::ECDSA_P384_SHA384_ASN1,
        _ => &signature::RSA_PKCS1_2048_8192_SHA256,
    }
}

/// Checks `signer` signs so that its public key verifies, and only the
/// message signed.
fn assert_signs(signer: &dyn Signer) {
    let message = b"faktura VAT 2026/0117";
    let sig = signer.sign(message).unwrap();
    let spki = SubjectPublicKeyInfoRef::from_der(signer.spki_der()).unwrap();
    let public = UnparsedPublicKey::new(
        verification(signer.algorithm()),
        spki.subject_public_key.raw_bytes(),
    );
    public
        .verify(message, &sig)
        .unwrap_or_else(|_| panic!("{} signature verifies", signer.algorithm()));
    assert!(public.verify(b"faktura VAT 2026/0118", &sig).is_err());
}

fn logged_in(token: &softhsm::TestToken) -> TokenSession {
    let module = Module::load(&token.module).unwrap();
    let session = TokenSession::open(&module, &token.label).unwrap();
    session.login(USER_PIN).unwrap();
    session
}

fn all_objects(session: &TokenSession) -> usize {
    session.raw().find_objects(&[]).unwrap().len()
}

fn key_count(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT count(*) FROM key", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_missing_module_file_is_a_load_error_naming_it() {
    let err = Module::load(Path::new("/no/such/libpkcs11.so")).unwrap_err();
    assert_eq!(err.code(), "token.module-load");
    assert_eq!(err.params()["module"], "/no/such/libpkcs11.so");
    assert!(err.to_string().contains("does not exist"), "{err}");
}

#[test]
fn a_file_that_is_not_a_library_is_a_load_error() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("libfake-pkcs11.so");
    std::fs::write(&fake, "not a shared library").unwrap();
    let err = list_tokens(&fake).unwrap_err();
    assert_eq!(err.code(), "token.module-load");
    let err = Module::load(dir.path()).unwrap_err();
    assert_eq!(err.code(), "token.module-load");
    assert!(err.to_string().contains("not a file"), "{err}");
}

#[test]
fn the_token_is_listed_with_what_the_module_says_about_it() {
    let token = softhsm::token("Biuro Kraków");
    let tokens = list_tokens(&token.module).unwrap();
    let found = tokens
        .iter()
        .find(|t| t.label == "Biuro Kraków")
        .unwrap_or_else(|| panic!("token listed: {tokens:?}"));
    assert_eq!(found.manufacturer, "SoftHSM project");
    assert_eq!(found.model, "SoftHSM v2");
    assert!(!found.serial.is_empty());
    assert!(found.initialized && found.login_required && !found.pin_locked);
    let json = serde_json::to_value(found).unwrap();
    assert_eq!(json["slot_id"], found.slot_id);
}

#[test]
fn an_unknown_label_or_a_wrong_pin_is_refused() {
    let token = softhsm::token("office");
    let module = Module::load(&token.module).unwrap();
    let err = TokenSession::open(&module, "no-such-token").unwrap_err();
    assert_eq!(err.code(), "token.not-found");
    assert_eq!(err.params()["label"], "no-such-token");

    let session = TokenSession::open(&module, &token.label).unwrap();
    let err = session.login("98765").unwrap_err();
    assert_eq!(err.code(), "token.wrong-pin");
    assert!(!err.to_string().contains("98765"));
    session.login(USER_PIN).unwrap();
}

#[test]
fn every_algorithm_makes_a_key_that_stays_on_the_token_and_signs() {
    let token = softhsm::token("keys");
    let session = logged_in(&token);
    for algorithm in KeyAlgorithm::ALL {
        let label = format!("test-{algorithm}");
        let pair = generate_key_pair(&session, algorithm, &label).unwrap();
        assert_eq!(pair.object_id.len(), OBJECT_ID_LEN);
        SubjectPublicKeyInfoRef::from_der(&pair.spki_der).unwrap();

        let private = session
            .find(ObjectClass::PRIVATE_KEY, &pair.object_id)
            .unwrap();
        assert_eq!(private.len(), 1, "{algorithm}: one private key");
        let attributes = session
            .raw()
            .get_attributes(
                private[0],
                &[
                    AttributeType::Token,
                    AttributeType::Private,
                    AttributeType::Sensitive,
                    AttributeType::AlwaysSensitive,
                    AttributeType::Extractable,
                    AttributeType::NeverExtractable,
                    AttributeType::Sign,
                    AttributeType::Label,
                ],
            )
            .unwrap();
        for expected in [
            Attribute::Token(true),
            Attribute::Private(true),
            Attribute::Sensitive(true),
            Attribute::AlwaysSensitive(true),
            Attribute::Extractable(false),
            Attribute::NeverExtractable(true),
            Attribute::Sign(true),
            Attribute::Label(label.clone().into_bytes()),
        ] {
            assert!(
                attributes.contains(&expected),
                "{algorithm}: {expected:?} in {attributes:?}"
            );
        }
        let public = session
            .find(ObjectClass::PUBLIC_KEY, &pair.object_id)
            .unwrap();
        assert_eq!(public.len(), 1, "{algorithm}: one public key");

        let key = TokenKeyLocation {
            token_label: token.label.clone(),
            object_label: label,
            object_id: pair.object_id.clone(),
        };
        let signer = TokenSigner::open(session.module(), &key, algorithm, USER_PIN).unwrap();
        assert_eq!(signer.spki_der(), pair.spki_der.as_slice());
        assert!(!signer.always_authenticate());
        assert_signs(&signer);
    }
}

#[test]
fn a_failed_generation_leaves_nothing_on_the_token() {
    let token = softhsm::token("half-made");
    let module = Module::load(&token.module).unwrap();
    // Without a login the token refuses to make private objects.
    let session = TokenSession::open(&module, &token.label).unwrap();
    let err = generate_key_pair(&session, KeyAlgorithm::EcP256, "refused").unwrap_err();
    assert_eq!(err.code(), "token.failure");
    assert!(err.to_string().contains("CKR_USER_NOT_LOGGED_IN"), "{err}");
    session.login(USER_PIN).unwrap();
    assert_eq!(all_objects(&session), 0);
}

#[test]
fn a_key_that_wants_the_pin_for_every_signature_still_signs() {
    let token = softhsm::token("piv-like");
    let session = logged_in(&token);
    let object_id = b"always-auth-key1".to_vec();
    let label = b"always".to_vec();
    let (_, private) = session
        .raw()
        .generate_key_pair(
            &Mechanism::RsaPkcsKeyPairGen,
            &[
                Attribute::Token(true),
                Attribute::Verify(true),
                Attribute::ModulusBits(2048usize.try_into().unwrap()),
                Attribute::PublicExponent(vec![1, 0, 1]),
                Attribute::Id(object_id.clone()),
                Attribute::Label(label.clone()),
            ],
            &[
                Attribute::Token(true),
                Attribute::Private(true),
                Attribute::Sensitive(true),
                Attribute::Sign(true),
                Attribute::AlwaysAuthenticate(true),
                Attribute::Id(object_id.clone()),
                Attribute::Label(label),
            ],
        )
        .unwrap();
    // The token really wants the PIN again: a plain signature is refused.
    assert!(session
        .raw()
        .sign(&Mechanism::Sha256RsaPkcs, private, b"x")
        .is_err());

    let key = TokenKeyLocation {
        token_label: token.label.clone(),
        object_label: "always".into(),
        object_id,
    };
    let signer =
        TokenSigner::open(session.module(), &key, KeyAlgorithm::Rsa2048, USER_PIN).unwrap();
    assert!(signer.always_authenticate());
    assert_signs(&signer);
    assert_signs(&signer);
}

#[test]
fn a_key_missing_from_the_token_is_named_by_its_label() {
    let token = softhsm::token("empty");
    let module = Module::load(&token.module).unwrap();
    let key = TokenKeyLocation {
        token_label: token.label.clone(),
        object_label: "seal 2026".into(),
        object_id: vec![7; OBJECT_ID_LEN],
    };
    let err = TokenSigner::open(&module, &key, KeyAlgorithm::EcP256, USER_PIN).unwrap_err();
    assert_eq!(err.code(), "token.key-not-found");
    assert_eq!(err.params()["label"], "seal 2026");
}

#[test]
fn a_registered_token_key_opens_with_its_pin_through_the_setting() {
    let token = softhsm::token("registry");
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_for_tests(&dir.path().join("data")).unwrap();
    let now = Utc::now();
    let record = registry::generate_token_key(
        &store,
        &token.module,
        &token.label,
        USER_PIN,
        KeyAlgorithm::EcP384,
        "seal",
        now,
    )
    .unwrap();
    assert_eq!(record.location, "token:registry/seal");
    let (object_id, object_label): (String, String) = store
        .conn()
        .query_row(
            "SELECT object_id, object_label FROM key WHERE id = ?1 AND location = 'token'",
            [record.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(object_id.len(), 2 * OBJECT_ID_LEN);
    assert_eq!(object_label, "seal");
    let event =
        &crate::audit::recent(store.conn(), crate::company::CompanyId(1), true, 1).unwrap()[0];
    assert_eq!(event.action, "key.generated");

    let err = open_registered(&store, record.id, USER_PIN).err().unwrap();
    assert_eq!(err.code(), "token.module-not-set");
    settings::set_pkcs11_module(&store, &token.module).unwrap();

    let signer = open_signer(&store, record.id, KeySecret::Pin(USER_PIN)).unwrap();
    assert_eq!(signer.algorithm(), KeyAlgorithm::EcP384);
    assert_eq!(spki_sha256(signer.spki_der()), record.spki_sha256);
    assert_signs(signer.as_ref());
    drop(signer);

    let err = open_signer(&store, record.id, KeySecret::Password("pw"))
        .err()
        .unwrap();
    assert_eq!(err.code(), "key.secret-kind");
    let err = open_registered(&store, record.id, "0000").err().unwrap();
    assert_eq!(err.code(), "token.wrong-pin");

    // Another key put under the recorded id is not taken for the original.
    let session = logged_in(&token);
    let id = hex::decode(&object_id).unwrap();
    session.destroy_objects(&id).unwrap();
    let err = open_registered(&store, record.id, USER_PIN).err().unwrap();
    assert_eq!(err.code(), "token.key-not-found");
    assert_eq!(err.params()["label"], "seal");
    let impostor = generate_key_pair(&session, KeyAlgorithm::EcP384, "seal").unwrap();
    store
        .conn()
        .execute(
            "UPDATE key SET object_id = ?1 WHERE id = ?2",
            rusqlite::params![hex::encode(&impostor.object_id), record.id],
        )
        .unwrap();
    let err = open_registered(&store, record.id, USER_PIN).err().unwrap();
    assert_eq!(err.code(), "cert.key-mismatch");
}

#[test]
fn a_key_the_store_cannot_record_is_removed_from_the_token() {
    let token = softhsm::token("rollback");
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_for_tests(&dir.path().join("data")).unwrap();
    store
        .conn()
        .execute_batch(
            "CREATE TRIGGER refuse_keys BEFORE INSERT ON key
             BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
        )
        .unwrap();
    let err = registry::generate_token_key(
        &store,
        &token.module,
        &token.label,
        USER_PIN,
        KeyAlgorithm::EcP256,
        "unrecorded",
        Utc::now(),
    )
    .unwrap_err();
    assert_eq!(err.code(), "store.database");
    assert_eq!(key_count(&store), 0);
    assert_eq!(all_objects(&logged_in(&token)), 0);
}

#[test]
fn a_bad_label_is_refused_before_the_token_is_touched() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_for_tests(&dir.path().join("data")).unwrap();
    for (label, code) in [
        ("  ", "pki.field-required"),
        (
            &"x".repeat(MAX_OBJECT_LABEL_CHARS + 1),
            "pki.field-too-long",
        ),
    ] {
        let err = registry::generate_token_key(
            &store,
            Path::new("/no/such/module.so"),
            "t",
            USER_PIN,
            KeyAlgorithm::EcP256,
            label,
            Utc::now(),
        )
        .unwrap_err();
        assert_eq!(err.code(), code);
    }
    assert_eq!(key_count(&store), 0);
}

#[test]
fn the_default_label_names_algorithm_and_time() {
    let at = DateTime::parse_from_rfc3339("2026-01-14T09:30:12Z")
        .unwrap()
        .with_timezone(&Utc);
    let label = default_object_label(KeyAlgorithm::Rsa3072, at);
    assert_eq!(label, "sealdesk-rsa-3072-20260114-093012");
    check_object_label(&label).unwrap();
}

#[test]
fn a_second_session_with_a_wrong_pin_is_refused_while_the_first_is_logged_in() {
    let token = softhsm::token("second-login");
    let module = Module::load(&token.module).unwrap();
    let first = TokenSession::open(&module, &token.label).unwrap();
    first.login(USER_PIN).unwrap();
    // The token itself would accept anything now: the login is shared.
    let second = TokenSession::open(&module, &token.label).unwrap();
    let err = second.login("98765").unwrap_err();
    assert_eq!(err.code(), "token.wrong-pin");
    second.login(USER_PIN).unwrap();
}
