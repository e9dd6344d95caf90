//! The company seal, issuing, requests and revocation from the command line,
//! each result checked by OpenSSL as an independent verifier.

use crate::support::*;
use serde_json::Value;
use std::path::Path;

#[test]
fn the_seal_is_a_ca_for_three_years_that_openssl_accepts() {
    let office = office();
    let seal = office.path("seal.pem");
    let shown = x509_text(&seal, "utf8");
    assert_contains(&shown, "CA:TRUE, pathlen:0");
    assert_contains(&shown, "Certificate Sign, CRL Sign");
    assert!(
        shown.contains("organizationIdentifier=NTRUA-14360570")
            || shown.contains("organizationIdentifier = NTRUA-14360570"),
        "{shown}"
    );
    assert_contains(&shown, "ТОВ «Ромашка»");
    let verify = openssl_verify_strict(&seal, &seal);
    assert!(verify.status.success(), "{}", text(&verify));
    let listed = office.json(&["seal", "list"]);
    let days = listed[0]["certificate"]["days_to_expiry"].as_i64().unwrap();
    assert!((1094..=1096).contains(&days), "{days}");
    // DER export by extension, byte-identical to the PEM's content.
    let der = office.path("seal.cer");
    let export = ["seal", "export", "--id", "1", "--out", s(&der)];
    office.json(&export);
    let from_pem = openssl(&["x509", "-in", s(&seal), "-outform", "DER"]);
    assert_eq!(std::fs::read(&der).unwrap(), from_pem.stdout);
    // An existing file is never replaced; an unknown extension is refused.
    let again = office.run(&export);
    assert_eq!(again.status, 1);
    expect_error(&again, "io.file-exists");
    let txt_file = office.path("seal.txt");
    let txt = office.run(&["seal", "export", "--id", "1", "--out", s(&txt_file)]);
    expect_error(&txt, "pki.unknown-export-format");
}

#[test]
fn issued_certificates_chain_to_the_seal_with_their_profiles() {
    let office = office();
    let seal = office.path("seal.pem");
    let signing = issue(
        &office,
        &[
            "--profile",
            "signing",
            "--cn",
            "Łukasz Żółć",
            "--country",
            "PL",
            "--serial-number",
            "TINPL-8567346215",
            "--generate",
            "ec-p384",
            "--key-password-file",
            office.user_pw.to_str().unwrap(),
            "--days",
            "730",
        ],
    );
    let portal = issue(
        &office,
        &[
            "--profile",
            "portal-user",
            "--cn",
            "שרה כהן",
            "--email",
            "sara@example.co.il",
            "--company-code",
            "K-0042",
            "--login",
            "scohen",
            "--generate",
            "rsa-2048",
            "--key-password-file",
            office.user_pw.to_str().unwrap(),
        ],
    );
    assert!(
        signing["serial"].as_str().unwrap().len() >= 16,
        "at least 64 random bits"
    );
    assert_ne!(signing["serial"], portal["serial"]);
    for (cert, name) in [(&signing, "signing.pem"), (&portal, "portal.pem")] {
        let pem = office.pem_of(cert["id"].as_i64().unwrap(), name);
        let verify = openssl_verify_strict(&seal, &pem);
        assert!(verify.status.success(), "{name}: {}", text(&verify));
    }
    let signing_text = x509_text(&office.path("signing.pem"), "utf8");
    assert_contains(&signing_text, "Digital Signature, Non Repudiation");
    assert!(
        signing_text.contains("CN=Łukasz Żółć") || signing_text.contains("CN = Łukasz Żółć"),
        "{signing_text}"
    );
    assert_contains(&signing_text, "TINPL-8567346215");
    assert_contains(&signing_text, "CA:FALSE");
    let portal_text = x509_text(&office.path("portal.pem"), "utf8,sep_comma_plus");
    assert_contains(
        &portal_text,
        "TLS Web Client Authentication, E-mail Protection",
    );
    assert_contains(&portal_text, "email:sara@example.co.il");
    assert_contains(&portal_text, "OU=K-0042");
    assert_contains(&portal_text, "UID=scohen");
    assert_contains(&portal_text, "שרה כהן");
    // The new keys are kept encrypted in the store's keys folder.
    let list = office.json(&["cert", "list"]);
    let row = row_with_id(&list, &signing["id"]);
    let key_path = row["key"].as_str().unwrap();
    assert!(Path::new(key_path).starts_with(&office.data));
    let opened = openssl(&[
        "pkey",
        "-in",
        key_path,
        "-passin",
        &format!("file:{}", office.user_pw.display()),
        "-noout",
    ]);
    assert!(opened.status.success(), "{}", text(&opened));
}

#[test]
fn requests_carry_utf8_subjects_and_verify() {
    let office = office();
    office.key_file("rsa-3072", &office.path("director.key"), &office.user_pw);
    let req = office.path("director.csr");
    let made = office.json(&[
        "csr",
        "create",
        "--key",
        "2",
        "--key-password-file",
        office.user_pw.to_str().unwrap(),
        "--cn",
        "Тарас Шевченко",
        "--org",
        "ТОВ «Ромашка»",
        "--org-id",
        "NTRUA-14360570",
        "--country",
        "UA",
        "--email",
        "taras@romashka.ua",
        "--serial-number",
        "TINUA-1759013776",
        "--out",
        req.to_str().unwrap(),
    ]);
    assert!(made["subject"].as_str().unwrap().contains("Тарас Шевченко"));
    let verify = openssl(&[
        "req",
        "-in",
        req.to_str().unwrap(),
        "-verify",
        "-noout",
        "-text",
        "-nameopt",
        "utf8",
    ]);
    let shown = text(&verify);
    assert!(verify.status.success(), "{shown}");
    assert!(
        shown.contains("verify OK") || shown.contains("verify ok"),
        "{shown}"
    );
    assert_contains(&shown, "Тарас Шевченко");
    assert_contains(&shown, "NTRUA-14360570");
    assert_contains(&shown, "TINUA-1759013776");
    assert_contains(&shown, "email:taras@romashka.ua");
    // The subject is UTF8String, not a lossy T61/Printable form.
    let parsed = text(&openssl(&["asn1parse", "-in", req.to_str().unwrap()]));
    assert_contains(&parsed, "UTF8STRING");
    // A wrong key password is a clear error and writes nothing.
    let wrong = office.secret("wrong", "nie to hasło");
    let other = office.path("other.csr");
    let csr = |pw: &Path, extra: &[&str]| {
        let args = ["csr", "create", "--key", "2", "--key-password-file", s(pw)];
        office.run(&[&args[..], &["--cn", "X"], extra, &["--out", s(&other)]].concat())
    };
    let run = csr(&wrong, &[]);
    assert_eq!(run.status, 1);
    expect_error(&run, "key.wrong-password");
    assert!(!other.exists());
    let bad = csr(&office.user_pw, &["--org-id", "5260250274"]);
    expect_error(&bad, "pki.invalid-org-id");
    assert!(!other.exists());
}

#[test]
fn revocation_reaches_the_crl_and_a_revoked_seal_invalidates_what_it_issued() {
    let office = office();
    let seal = office.path("seal.pem");
    let a = office.issue(&office.signer_args("Anna", "ec-p256"));
    let b = office.issue(&office.signer_args("Bogdan", "ec-p256"));
    let a_pem = office.pem_of(a["id"].as_i64().unwrap(), "a.pem");
    let b_pem = office.pem_of(b["id"].as_i64().unwrap(), "b.pem");
    office.json(&[
        "cert",
        "revoke",
        "--id",
        &a["id"].to_string(),
        "--reason",
        "key-compromise",
    ]);
    let again = office.run(&["cert", "revoke", "--id", &a["id"].to_string()]);
    expect_error(&again, "cert.already-revoked");
    let crl = office.path("seal.crl");
    let seal_pw = s(&office.seal_pw);
    office.json(&[
        "seal",
        "crl",
        "--id",
        "1",
        "--seal-password-file",
        seal_pw,
        "--out",
        s(&crl),
    ]);
    let crl_pem = openssl(&["crl", "-inform", "DER", "-in", s(&crl), "-CAfile", s(&seal)]);
    assert!(crl_pem.status.success(), "{}", text(&crl_pem));
    let crl_pem_path = office.path("seal-crl.pem");
    std::fs::write(&crl_pem_path, &crl_pem.stdout).unwrap();
    let crl_check = |pem: &Path| {
        let args = ["verify", "-crl_check", "-CAfile", s(&seal), "-CRLfile"];
        openssl(&[&args[..], &[s(&crl_pem_path), s(pem)]].concat())
    };
    let revoked = crl_check(&a_pem);
    assert!(!revoked.status.success());
    assert!(
        text(&revoked).contains("certificate revoked"),
        "{}",
        text(&revoked)
    );
    let fine = crl_check(&b_pem);
    assert!(fine.status.success(), "{}", text(&fine));

    // Revoking the seal makes every certificate it issued invalid, with the reason.
    office.json(&["seal", "revoke", "--id", "1"]);
    let list = office.json(&["cert", "list"]);
    let b_row = row_with_id(&list, &b["id"]);
    assert_eq!(b_row["status"], "issuer-invalid");
    assert_eq!(b_row["status_reason"], "seal-revoked");
    let refused = office.issue_run(&office.signer_args("C", "ec-p256"));
    assert_eq!(refused.status, 1);
    expect_error(&refused, "seal.not-usable");
}

#[test]
fn a_new_seal_supersedes_the_old_one_which_no_longer_issues() {
    let office = office();
    office.key_file("ec-p384", &office.path("seal2.key"), &office.seal_pw);
    let seal_pw = s(&office.seal_pw);
    let create = [
        "seal",
        "create",
        "--key",
        "2",
        "--key-password-file",
        seal_pw,
    ];
    let org = ["--org", "ТОВ «Ромашка»", "--org-id", "NTRUA-14360570"];
    let second = office.json(&[&create[..], &org, &["--country", "UA", "--years", "1"]].concat());
    assert_eq!(second["id"], 2);
    let history = office.json(&["seal", "list"]);
    assert_eq!(history[0]["id"], 2);
    assert_eq!(history[0]["certificate"]["status"], "valid");
    assert_eq!(history[1]["certificate"]["status"], "superseded");
    let old = office.issue_run(&office.signer_args("C", "ec-p256"));
    expect_error(&old, "seal.not-usable");
    let org = ["--org", "X", "--org-id", "VATPL-5260250274"];
    let bad_years =
        office.run(&[&create[..], &org, &["--country", "PL", "--years", "11"]].concat());
    expect_code(&bad_years, "pki.validity-out-of-range");
}

#[test]
fn expiring_certificates_are_listed_by_days_and_bad_input_is_refused() {
    let office = office();
    let pw = office.user_pw.to_str().unwrap().to_string();
    let soon = office.issue(&with(
        &office.signer_args("Soon", "ec-p256"),
        &["--days", "20"],
    ));
    let later = office.issue(&with(
        &office.signer_args("Later", "ec-p256"),
        &["--days", "200"],
    ));
    let within = office.json(&["cert", "list", "--expiring-within", "30"]);
    let ids: Vec<&Value> = within
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["id"])
        .collect();
    assert_eq!(ids, vec![&soon["id"]]);
    let all = office.json(&["cert", "list", "--expiring-within", "365"]);
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert!(all
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == later["id"]));
    for field in [
        "id",
        "subject",
        "issuer",
        "serial",
        "not_after",
        "state",
        "key",
    ] {
        assert!(
            within[0].get(field).is_some(),
            "cert list --json lacks {field}"
        );
    }

    let key = ["--generate", "ec-p256", "--key-password-file", &pw];
    let portal = office.issue_run(&with(
        &["--profile", "portal-user", "--cn", "No Login"],
        &key,
    ));
    expect_error(&portal, "pki.portal-user-fields");
    let profile = office.issue_run(&with(&["--profile", "tls-server", "--cn", "X"], &key));
    expect_error(&profile, "pki.unknown-profile");
    let wrong = office.secret("wrong", "zle");
    let issue = [
        "cert",
        "issue",
        "--seal",
        "1",
        "--seal-password-file",
        s(&wrong),
    ];
    let seal_pw = office.run(&[&issue[..], &["--profile", "signing", "--cn", "X"], &key].concat());
    expect_error(&seal_pw, "key.wrong-password");
    let no_secret = office.issue_run(&["--profile", "signing", "--cn", "X", "--key", "1"]);
    assert_eq!(no_secret.status, 2, "{}", no_secret.stderr);
    // Nothing half-made: still two issued certificates and no stray key files.
    assert_eq!(office.json(&["cert", "list"]).as_array().unwrap().len(), 3);
    let keys = std::fs::read_dir(office.data.join("keys")).unwrap().count();
    assert_eq!(keys, 2);
}

#[test]
fn names_with_control_or_text_direction_characters_are_refused() {
    let office = office();
    let csr = office.path("x.csr");
    for cn in [
        "\u{202e}IKSWALWOK NAJ",
        "Jan\u{2066}Kowalski",
        "Jan\x1b[8mKowalski",
        "Jan\u{85}Kowalski",
    ] {
        let run = office.issue_run(&office.signer_args(cn, "ec-p256"));
        expect_error(&run, "pki.field-invalid-character");
        let create = [
            "csr",
            "create",
            "--key",
            "1",
            "--key-password-file",
            s(&office.seal_pw),
        ];
        let subject = ["--cn", "Jan Kowalski", "--org", cn];
        let run = office.run(&[&create[..], &subject, &["--out", s(&csr)]].concat());
        expect_error(&run, "pki.field-invalid-character");
    }
    assert!(!csr.exists());
}
