//! Signing identities from the command line: registered from the company
//! seal or by a request to an outside CA, checked by OpenSSL; selection;
//! nothing left behind by a failed registration.

use crate::pkcs12::outside_ca;
use crate::support::*;
use crate::token::{SoftHsm, PIN};
use serde_json::Value;
use std::path::Path;

/// `identity create` of a Polish business from seal 1, plus `extra`.
fn create_from_seal(office: &Office, signer: &str, extra: &[&str]) -> Run {
    let pw = office.secret("signing-pw", "Żuraw-42\n");
    let mut args = vec![
        "--json",
        "identity",
        "create",
        "--country",
        "PL",
        "--kind",
        "pl-nip",
        "--business-id",
        "856-734-62-15",
        "--business-name",
        "Zakład Usług Księgowych „Żuraw” Sp. z o.o.",
        "--signer-name",
        signer,
        "--email",
        "biuro@zuraw.pl",
        "--password-file",
        s(&pw),
        "--seal",
        "1",
        "--seal-password-file",
        s(&office.seal_pw),
    ];
    args.extend_from_slice(extra);
    office.run(&args)
}

fn json(run: &Run) -> Value {
    assert_eq!(run.status, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("one JSON value")
}

fn identities(office: &Office) -> Vec<Value> {
    office
        .json(&["identity", "list"])
        .as_array()
        .unwrap()
        .clone()
}

fn active_ids(office: &Office) -> Vec<i64> {
    identities(office)
        .iter()
        .filter(|i| i["active"] == true)
        .map(|i| i["id"].as_i64().unwrap())
        .collect()
}

/// `identity create` of the small Polish business Żuraw from seal 1, its
/// NIP, signing password and seal password given.
fn create_zuraw(office: &Office, nip: &str, password: &Path, seal_password: &Path) -> Run {
    let business = [
        "--country",
        "PL",
        "--business-id",
        nip,
        "--business-name",
        "Żuraw",
    ];
    let signer = ["--signer-name", "Łukasz", "--email", "l@zuraw.pl"];
    let secrets = ["--password-file", s(password), "--seal", "1"];
    let seal = ["--seal-password-file", s(seal_password)];
    let args = [
        &["identity", "create"][..],
        &business,
        &signer,
        &secrets,
        &seal,
    ];
    office.run(&args.concat())
}

#[test]
fn a_polish_identity_from_the_seal_carries_its_nip_and_chains_to_the_seal() {
    let office = office();
    let made = json(&create_from_seal(&office, "Łukasz Żółć", &[]));
    assert_eq!(made["selected"], true, "{made}");
    assert_eq!(made["state"], "valid");
    assert_eq!(made["organization_identifier"], "VATPL-8567346215");
    assert!(made["password_strength"]["score"].is_u64(), "{made}");
    let cert_id = made["certificate_id"].as_i64().unwrap();
    let pem = office.pem_of(cert_id, "identity.pem");

    let shown = x509_text(&pem, "utf8");
    assert!(
        shown.contains("organizationIdentifier") && shown.contains("VATPL-8567346215"),
        "{shown}"
    );
    assert_contains(&shown, "Łukasz Żółć");
    assert_contains(&shown, "„Żuraw”");
    assert!(
        shown.contains("C = PL") || shown.contains("C=PL"),
        "{shown}"
    );
    assert_contains(&shown, "email:biuro@zuraw.pl");
    // The OID itself, for OpenSSL builds that print names by number.
    let oid = x509_subject(&pem, "oid,utf8");
    assert_contains(&oid, "2.5.4.97");
    let verified = openssl(&["verify", "-CAfile", s(&office.path("seal.pem")), s(&pem)]);
    assert!(verified.status.success(), "{}", text(&verified));
    assert!(text(&verified).contains(": OK"));

    // Hebrew and Ukrainian signers stay as typed.
    for signer in ["דנה לוי", "Тарас Шевченко"] {
        let made = json(&create_from_seal(&office, signer, &["--no-select"]));
        assert_eq!(made["selected"], false);
        assert_eq!(made["not_selected_reason"], "not-requested");
        let pem = office.pem_of(made["certificate_id"].as_i64().unwrap(), "other.pem");
        let subject = x509_subject(&pem, "utf8");
        assert_contains(&subject, signer);
        std::fs::remove_file(pem).unwrap();
    }
    let list = identities(&office);
    assert_eq!(list.len(), 3);
    assert_eq!(active_ids(&office), [list[0]["id"].as_i64().unwrap()]);
    assert!(list[0]["not_after"].is_string());
    assert_eq!(list[1]["signer_name"], "דנה לוי");
}

#[test]
fn a_csr_identity_waits_for_the_outside_ca_and_takes_only_its_own_answer() {
    let office = office();
    let ca = outside_ca(&office.path(""));
    let csr = office.path("identity.csr");
    let pw = office.secret("signing-pw", "abc");
    let made = office.json(&[
        "identity",
        "create",
        "--country",
        "UA",
        "--business-id",
        "32855961",
        "--business-name",
        "ТОВ «Ромашка»",
        "--signer-name",
        "Олена Коваленко",
        "--email",
        "olena@romashka.ua",
        "--password-file",
        s(&pw),
        "--csr-out",
        s(&csr),
    ]);
    assert_eq!(made["selected"], false);
    assert_eq!(made["not_selected_reason"], "awaiting-certificate");
    assert_eq!(made["state"], "awaiting-certificate");
    assert_eq!(made["organization_identifier"], "NTRUA-32855961");
    assert!(made["certificate_id"].is_null());
    // "abc" is allowed, and rated weak so the user can be warned.
    assert!(made["password_strength"]["score"].as_u64().unwrap() <= 1);
    let id = made["id"].as_i64().unwrap().to_string();

    let verified = openssl(&[
        "req",
        "-in",
        s(&csr),
        "-noout",
        "-verify",
        "-subject",
        "-nameopt",
        "utf8",
    ]);
    assert!(verified.status.success(), "{}", text(&verified));
    assert!(text(&verified).contains("verify OK"), "{}", text(&verified));
    assert!(
        text(&verified).contains("NTRUA-32855961"),
        "{}",
        text(&verified)
    );
    assert!(
        text(&verified).contains("Олена Коваленко"),
        "{}",
        text(&verified)
    );

    expect_error(
        &office.run(&["identity", "select", &id]),
        "identity.awaiting-certificate",
    );
    // The outside CA's certificate for another key is refused.
    let refused = office.run(&["identity", "attach", &id, s(&office.path("leaf.pem"))]);
    expect_error(&refused, "identity.certificate-mismatch");
    assert_eq!(identities(&office)[0]["state"], "awaiting-certificate");

    // The outside CA signs the request.
    let signed = office.path("signed.pem");
    let copy = ["-copy_extensions", "copy"];
    sign_csr(
        &csr,
        [&ca.ca_pem, &office.path("ca.key")],
        "20",
        &copy,
        &signed,
    );
    // The answer arrives with its CA, as CAs send it.
    let bundle = office.path("answer.pem");
    let mut both = std::fs::read(&signed).unwrap();
    both.extend(std::fs::read(&ca.ca_pem).unwrap());
    std::fs::write(&bundle, both).unwrap();
    let attached = office.json(&["identity", "attach", &id, s(&bundle)]);
    assert_eq!(attached["state"], "valid", "{attached}");
    assert_eq!(attached["selected"], true, "no identity was active before");
    let cert_id = attached["certificate_id"].as_i64().unwrap();
    let pem = office.pem_of(cert_id, "attached.pem");
    assert_eq!(
        std::fs::read_to_string(&pem).unwrap().trim(),
        std::fs::read_to_string(&signed).unwrap().trim()
    );
    let selected = office.json(&["identity", "select", &id]);
    assert_eq!(selected["active"], true);
    assert_eq!(active_ids(&office), [id.parse::<i64>().unwrap()]);
}

#[test]
fn an_invalid_nip_is_refused_and_stores_nothing() {
    let office = office();
    let keys_before = count(&office.data, "key");
    let pw = office.secret("signing-pw", "abcd");
    let run = create_zuraw(&office, "8567346216", &pw, &office.seal_pw);
    expect_error(&run, "id.invalid-checksum");
    assert_contains(&run.stderr, "8567346216");
    assert!(identities(&office).is_empty());
    assert_eq!(count(&office.data, "key"), keys_before);
    assert_eq!(key_files(&office.data), 0);
    // A signing password under 3 characters is refused too.
    let short = office.secret("short-pw", "ab");
    let run = create_zuraw(&office, "8567346215", &short, &office.seal_pw);
    expect_error(&run, "identity.password-too-short");
    assert!(identities(&office).is_empty());
}

#[test]
fn a_wrong_seal_password_leaves_no_identity_and_no_key_file() {
    let office = office();
    let wrong = office.secret("wrong-seal", "not-the-seal");
    let keys_before = count(&office.data, "key");
    let certs_before = count(&office.data, "certificate");
    let pw = office.secret("signing-pw", "abcd");
    let run = create_zuraw(&office, "8567346215", &pw, &wrong);
    expect_error(&run, "key.wrong-password");
    assert!(identities(&office).is_empty());
    assert_eq!(count(&office.data, "key"), keys_before);
    assert_eq!(count(&office.data, "certificate"), certs_before);
    assert_eq!(key_files(&office.data), 0);
}

#[test]
fn exactly_one_identity_is_active_after_several_selects() {
    let office = office();
    let ids: Vec<String> = ["Anna Nowak", "Jan Kowalski", "Ewa Wiśniewska"]
        .iter()
        .map(|signer| json(&create_from_seal(&office, signer, &[]))["id"].to_string())
        .collect();
    // Each registration with a valid certificate becomes the active one.
    assert_eq!(active_ids(&office), [ids[2].parse::<i64>().unwrap()]);
    for id in [&ids[0], &ids[1], &ids[1], &ids[2], &ids[0]] {
        let selected = office.json(&["identity", "select", id]);
        assert_eq!(selected["active"], true);
        assert_eq!(active_ids(&office), [id.parse::<i64>().unwrap()]);
    }
    expect_error(
        &office.run(&["identity", "select", "99"]),
        "identity.not-found",
    );
    assert_eq!(active_ids(&office), [ids[0].parse::<i64>().unwrap()]);
    let listed = office.run(&["identity", "list"]);
    assert!(
        listed.stdout.lines().next().unwrap().starts_with("* "),
        "{}",
        listed.stdout
    );
}

#[test]
fn removing_an_identity_keeps_its_key_and_certificate() {
    let office = office();
    let created = json(&create_from_seal(&office, "Anna Nowak", &[]));
    let id = created["id"].to_string();
    let keys = count(&office.data, "key");
    let certs = count(&office.data, "certificate");
    let removed = office.json(&["identity", "remove", "--id", &id]);
    assert_eq!(removed["was_active"], true, "{removed}");
    assert!(removed["certificate_id"].is_i64(), "{removed}");
    assert!(identities(&office).is_empty());
    assert_eq!(count(&office.data, "key"), keys, "the key stays");
    assert_eq!(
        count(&office.data, "certificate"),
        certs,
        "the certificate stays"
    );
    expect_error(
        &office.run(&["identity", "remove", "--id", &id]),
        "identity.not-found",
    );
}

#[test]
fn a_token_identity_keeps_its_key_on_the_token() {
    let office = office();
    let hsm = SoftHsm::new(&office.path(""), "podpis");
    let pin = office.secret("pin", &format!("{PIN}\n"));
    let wrong_pin = office.secret("wrong-pin", "0000");
    let create = |pin: &Path| {
        sealdesk(
            &office.data,
            &[
                "--json",
                "identity",
                "create",
                "--country",
                "IT",
                "--business-id",
                "IT 00743110157",
                "--business-name",
                "Ditta Rossi S.r.l.",
                "--signer-name",
                "Niccolò Rossi",
                "--email",
                "niccolo@rossi.it",
                "--token",
                &hsm.label,
                "--pin-file",
                s(pin),
                "--module",
                hsm.module(),
                "--seal",
                "1",
                "--seal-password-file",
                s(&office.seal_pw),
            ],
            &hsm.env(),
        )
    };
    expect_error(&create(&wrong_pin), "token.wrong-pin");
    assert!(identities(&office).is_empty());
    assert!(!hsm.private_keys().contains("Private Key Object"));

    let made = json(&create(&pin));
    assert_eq!(made["selected"], true, "{made}");
    assert_eq!(made["organization_identifier"], "VATIT-00743110157");
    assert!(made["password_strength"].is_null());
    assert!(hsm.private_keys().contains("Private Key Object"));
    assert_eq!(key_files(&office.data), 0, "the key is on the token only");
    let pem = office.pem_of(made["certificate_id"].as_i64().unwrap(), "token.pem");
    let verified = openssl(&["verify", "-CAfile", s(&office.path("seal.pem")), s(&pem)]);
    assert!(verified.status.success(), "{}", text(&verified));
}
