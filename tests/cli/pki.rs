//! The company seal, issuing, requests and revocation from the command line,
//! each result checked by OpenSSL as an independent verifier.

use crate::{sealdesk, secret_file, Run};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) struct Office {
    tmp: tempfile::TempDir,
    pub(crate) data: PathBuf,
    pub(crate) seal_pw: PathBuf,
    pub(crate) user_pw: PathBuf,
}

impl Office {
    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    pub(crate) fn run(&self, args: &[&str]) -> Run {
        sealdesk(&self.data, args, &[])
    }

    pub(crate) fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let run = self.run(&all);
        assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
        serde_json::from_str(&run.stdout).expect("one JSON value")
    }

    pub(crate) fn issue_run(&self, extra: &[&str]) -> Run {
        let mut args = vec![
            "cert",
            "issue",
            "--seal",
            "1",
            "--seal-password-file",
            self.seal_pw.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// Trusts certificate `id` as a root, confirming its fingerprint as
    /// `cert show` gives it (importing never trusts).
    pub(crate) fn trust(&self, id: i64) -> Value {
        let shown = self.json(&["cert", "show", "--id", &id.to_string()]);
        let fingerprint = shown["record"]["sha256"].as_str().unwrap().to_string();
        self.json(&[
            "cert",
            "trust",
            "--id",
            &id.to_string(),
            "--fingerprint",
            &fingerprint,
        ])
    }

    pub(crate) fn pem_of(&self, id: i64, name: &str) -> PathBuf {
        let shown = self.json(&["cert", "show", "--id", &id.to_string()]);
        let path = self.path(name);
        std::fs::write(&path, shown["pem"].as_str().unwrap()).unwrap();
        path
    }
}

/// A store with an administrator, an EC P-256 seal key (id 1) and the seal
/// of a Ukrainian company (id 1), exported as `seal.pem`.
pub(crate) fn office() -> Office {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let admin = secret_file(tmp.path(), "admin-pw", "Lipa-Kwiat-7");
    let seal_pw = secret_file(tmp.path(), "seal-pw", "pieczęć-2026\n");
    let user_pw = secret_file(tmp.path(), "user-pw", "Користувач-1\n");
    let office = Office {
        tmp,
        data,
        seal_pw,
        user_pw,
    };
    let run = office.run(&[
        "init",
        "--admin-password-file",
        office.path("admin-pw").to_str().unwrap(),
    ]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let _ = admin;
    let key_file = office.path("seal.key");
    office.json(&[
        "key",
        "generate",
        "--algorithm",
        "ec-p256",
        "--file",
        key_file.to_str().unwrap(),
        "--password-file",
        office.seal_pw.to_str().unwrap(),
    ]);
    let seal = office.json(&[
        "seal",
        "create",
        "--key",
        "1",
        "--key-password-file",
        office.seal_pw.to_str().unwrap(),
        "--org",
        "ТОВ «Ромашка»",
        "--org-id",
        "ntrua-14360570",
        "--country",
        "ua",
    ]);
    assert_eq!(seal["id"], 1);
    assert!(seal["subject"]
        .as_str()
        .unwrap()
        .contains("organizationIdentifier=NTRUA-14360570"));
    let out = office.path("seal.pem");
    office.json(&[
        "seal",
        "export",
        "--id",
        "1",
        "--out",
        out.to_str().unwrap(),
    ]);
    office
}

/// The command failed (exit 1) with this stable error code.
pub(crate) fn expect_error(run: &Run, code: &str) {
    assert_eq!(run.status, 1, "{}", run.stderr);
    let prefix = format!("error[{code}]");
    assert!(run.stderr.starts_with(&prefix), "{}", run.stderr);
}

pub(crate) fn openssl(args: &[&str]) -> std::process::Output {
    Command::new("openssl")
        .args(args)
        .output()
        .expect("openssl is installed")
}

pub(crate) fn text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

pub(crate) fn issue(office: &Office, extra: &[&str]) -> Value {
    let mut args = vec![
        "cert",
        "issue",
        "--seal",
        "1",
        "--seal-password-file",
        office.seal_pw.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    office.json(&args)
}

#[test]
fn the_seal_is_a_ca_for_three_years_that_openssl_accepts() {
    let office = office();
    let seal = office.path("seal.pem");
    let out = openssl(&[
        "x509",
        "-in",
        seal.to_str().unwrap(),
        "-noout",
        "-text",
        "-nameopt",
        "utf8",
    ]);
    let shown = text(&out);
    assert!(shown.contains("CA:TRUE, pathlen:0"), "{shown}");
    assert!(shown.contains("Certificate Sign, CRL Sign"), "{shown}");
    assert!(
        shown.contains("organizationIdentifier=NTRUA-14360570")
            || shown.contains("organizationIdentifier = NTRUA-14360570"),
        "{shown}"
    );
    assert!(shown.contains("ТОВ «Ромашка»"), "{shown}");
    let verify = openssl(&[
        "verify",
        "-x509_strict",
        "-CAfile",
        seal.to_str().unwrap(),
        seal.to_str().unwrap(),
    ]);
    assert!(verify.status.success(), "{}", text(&verify));
    let listed = office.json(&["seal", "list"]);
    let days = listed[0]["certificate"]["days_to_expiry"].as_i64().unwrap();
    assert!((1094..=1096).contains(&days), "{days}");
    // DER export by extension, byte-identical to the PEM's content.
    let der = office.path("seal.cer");
    office.json(&[
        "seal",
        "export",
        "--id",
        "1",
        "--out",
        der.to_str().unwrap(),
    ]);
    let from_pem = openssl(&["x509", "-in", seal.to_str().unwrap(), "-outform", "DER"]);
    assert_eq!(std::fs::read(&der).unwrap(), from_pem.stdout);
    // An existing file is never replaced; an unknown extension is refused.
    let again = office.run(&[
        "seal",
        "export",
        "--id",
        "1",
        "--out",
        der.to_str().unwrap(),
    ]);
    assert_eq!(again.status, 1);
    expect_error(&again, "io.file-exists");
    let txt = office.run(&[
        "seal",
        "export",
        "--id",
        "1",
        "--out",
        office.path("seal.txt").to_str().unwrap(),
    ]);
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
        let verify = openssl(&[
            "verify",
            "-x509_strict",
            "-CAfile",
            seal.to_str().unwrap(),
            pem.to_str().unwrap(),
        ]);
        assert!(verify.status.success(), "{name}: {}", text(&verify));
    }
    let signing_text = text(&openssl(&[
        "x509",
        "-in",
        office.path("signing.pem").to_str().unwrap(),
        "-noout",
        "-text",
        "-nameopt",
        "utf8",
    ]));
    assert!(
        signing_text.contains("Digital Signature, Non Repudiation"),
        "{signing_text}"
    );
    assert!(
        signing_text.contains("CN=Łukasz Żółć") || signing_text.contains("CN = Łukasz Żółć"),
        "{signing_text}"
    );
    assert!(signing_text.contains("TINPL-8567346215"), "{signing_text}");
    assert!(signing_text.contains("CA:FALSE"), "{signing_text}");
    let portal_text = text(&openssl(&[
        "x509",
        "-in",
        office.path("portal.pem").to_str().unwrap(),
        "-noout",
        "-text",
        "-nameopt",
        "utf8,sep_comma_plus",
    ]));
    assert!(
        portal_text.contains("TLS Web Client Authentication, E-mail Protection"),
        "{portal_text}"
    );
    assert!(
        portal_text.contains("email:sara@example.co.il"),
        "{portal_text}"
    );
    assert!(portal_text.contains("OU=K-0042"), "{portal_text}");
    assert!(portal_text.contains("UID=scohen"), "{portal_text}");
    assert!(portal_text.contains("שרה כהן"), "{portal_text}");
    // The new keys are kept encrypted in the store's keys folder.
    let list = office.json(&["cert", "list"]);
    let row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == signing["id"])
        .unwrap();
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
    let key = office.path("director.key");
    office.json(&[
        "key",
        "generate",
        "--algorithm",
        "rsa-3072",
        "--file",
        key.to_str().unwrap(),
        "--password-file",
        office.user_pw.to_str().unwrap(),
    ]);
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
    assert!(shown.contains("Тарас Шевченко"), "{shown}");
    assert!(shown.contains("NTRUA-14360570"), "{shown}");
    assert!(shown.contains("TINUA-1759013776"), "{shown}");
    assert!(shown.contains("email:taras@romashka.ua"), "{shown}");
    // The subject is UTF8String, not a lossy T61/Printable form.
    let parsed = text(&openssl(&["asn1parse", "-in", req.to_str().unwrap()]));
    assert!(parsed.contains("UTF8STRING"), "{parsed}");
    // A wrong key password is a clear error and writes nothing.
    let wrong = secret_file(office.tmp.path(), "wrong", "nie to hasło");
    let other = office.path("other.csr");
    let run = office.run(&[
        "csr",
        "create",
        "--key",
        "2",
        "--key-password-file",
        wrong.to_str().unwrap(),
        "--cn",
        "X",
        "--out",
        other.to_str().unwrap(),
    ]);
    assert_eq!(run.status, 1);
    expect_error(&run, "key.wrong-password");
    assert!(!other.exists());
    let bad = office.run(&[
        "csr",
        "create",
        "--key",
        "2",
        "--key-password-file",
        office.user_pw.to_str().unwrap(),
        "--cn",
        "X",
        "--org-id",
        "5260250274",
        "--out",
        other.to_str().unwrap(),
    ]);
    expect_error(&bad, "pki.invalid-org-id");
    assert!(!other.exists());
}

#[test]
fn revocation_reaches_the_crl_and_a_revoked_seal_invalidates_what_it_issued() {
    let office = office();
    let seal = office.path("seal.pem");
    let pw = office.user_pw.to_str().unwrap().to_string();
    let a = issue(
        &office,
        &[
            "--profile",
            "signing",
            "--cn",
            "Anna",
            "--generate",
            "ec-p256",
            "--key-password-file",
            &pw,
        ],
    );
    let b = issue(
        &office,
        &[
            "--profile",
            "signing",
            "--cn",
            "Bogdan",
            "--generate",
            "ec-p256",
            "--key-password-file",
            &pw,
        ],
    );
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
    office.json(&[
        "seal",
        "crl",
        "--id",
        "1",
        "--seal-password-file",
        office.seal_pw.to_str().unwrap(),
        "--out",
        crl.to_str().unwrap(),
    ]);
    let crl_pem = openssl(&[
        "crl",
        "-inform",
        "DER",
        "-in",
        crl.to_str().unwrap(),
        "-CAfile",
        seal.to_str().unwrap(),
    ]);
    assert!(crl_pem.status.success(), "{}", text(&crl_pem));
    let crl_pem_path = office.path("seal-crl.pem");
    std::fs::write(&crl_pem_path, &crl_pem.stdout).unwrap();
    let revoked = openssl(&[
        "verify",
        "-crl_check",
        "-CAfile",
        seal.to_str().unwrap(),
        "-CRLfile",
        crl_pem_path.to_str().unwrap(),
        a_pem.to_str().unwrap(),
    ]);
    assert!(!revoked.status.success());
    assert!(
        text(&revoked).contains("certificate revoked"),
        "{}",
        text(&revoked)
    );
    let fine = openssl(&[
        "verify",
        "-crl_check",
        "-CAfile",
        seal.to_str().unwrap(),
        "-CRLfile",
        crl_pem_path.to_str().unwrap(),
        b_pem.to_str().unwrap(),
    ]);
    assert!(fine.status.success(), "{}", text(&fine));

    // Revoking the seal makes every certificate it issued invalid, with the reason.
    office.json(&["seal", "revoke", "--id", "1"]);
    let list = office.json(&["cert", "list"]);
    let b_row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == b["id"])
        .unwrap();
    assert_eq!(b_row["status"], "issuer-invalid");
    assert_eq!(b_row["status_reason"], "seal-revoked");
    let refused = office.issue_run(&[
        "--profile",
        "signing",
        "--cn",
        "C",
        "--generate",
        "ec-p256",
        "--key-password-file",
        &pw,
    ]);
    assert_eq!(refused.status, 1);
    expect_error(&refused, "seal.not-usable");
}

#[test]
fn a_new_seal_supersedes_the_old_one_which_no_longer_issues() {
    let office = office();
    let key = office.path("seal2.key");
    office.json(&[
        "key",
        "generate",
        "--algorithm",
        "ec-p384",
        "--file",
        key.to_str().unwrap(),
        "--password-file",
        office.seal_pw.to_str().unwrap(),
    ]);
    let second = office.json(&[
        "seal",
        "create",
        "--key",
        "2",
        "--key-password-file",
        office.seal_pw.to_str().unwrap(),
        "--org",
        "ТОВ «Ромашка»",
        "--org-id",
        "NTRUA-14360570",
        "--country",
        "UA",
        "--years",
        "1",
    ]);
    assert_eq!(second["id"], 2);
    let history = office.json(&["seal", "list"]);
    assert_eq!(history[0]["id"], 2);
    assert_eq!(history[0]["certificate"]["status"], "valid");
    assert_eq!(history[1]["certificate"]["status"], "superseded");
    let old = office.issue_run(&[
        "--profile",
        "signing",
        "--cn",
        "C",
        "--generate",
        "ec-p256",
        "--key-password-file",
        office.user_pw.to_str().unwrap(),
    ]);
    expect_error(&old, "seal.not-usable");
    let bad_years = office.run(&[
        "seal",
        "create",
        "--key",
        "2",
        "--key-password-file",
        office.seal_pw.to_str().unwrap(),
        "--org",
        "X",
        "--org-id",
        "VATPL-5260250274",
        "--country",
        "PL",
        "--years",
        "11",
    ]);
    assert!(
        bad_years
            .stderr
            .starts_with("error[pki.validity-out-of-range]"),
        "{}",
        bad_years.stderr
    );
}

#[test]
fn expiring_certificates_are_listed_by_days_and_bad_input_is_refused() {
    let office = office();
    let pw = office.user_pw.to_str().unwrap().to_string();
    let soon = issue(
        &office,
        &[
            "--profile",
            "signing",
            "--cn",
            "Soon",
            "--generate",
            "ec-p256",
            "--key-password-file",
            &pw,
            "--days",
            "20",
        ],
    );
    let later = issue(
        &office,
        &[
            "--profile",
            "signing",
            "--cn",
            "Later",
            "--generate",
            "ec-p256",
            "--key-password-file",
            &pw,
            "--days",
            "200",
        ],
    );
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
    let fields = [
        "id",
        "subject",
        "issuer",
        "serial",
        "not_after",
        "state",
        "key",
    ];
    for field in fields {
        assert!(
            within[0].get(field).is_some(),
            "cert list --json lacks {field}"
        );
    }

    let portal = office.issue_run(&[
        "--profile",
        "portal-user",
        "--cn",
        "No Login",
        "--generate",
        "ec-p256",
        "--key-password-file",
        &pw,
    ]);
    expect_error(&portal, "pki.portal-user-fields");
    let profile = office.issue_run(&[
        "--profile",
        "tls-server",
        "--cn",
        "X",
        "--generate",
        "ec-p256",
        "--key-password-file",
        &pw,
    ]);
    expect_error(&profile, "pki.unknown-profile");
    let wrong = secret_file(office.tmp.path(), "wrong", "zle");
    let seal_pw = office.run(&[
        "cert",
        "issue",
        "--seal",
        "1",
        "--seal-password-file",
        wrong.to_str().unwrap(),
        "--profile",
        "signing",
        "--cn",
        "X",
        "--generate",
        "ec-p256",
        "--key-password-file",
        &pw,
    ]);
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
        let run = office.issue_run(&[
            "--profile",
            "signing",
            "--cn",
            cn,
            "--generate",
            "ec-p256",
            "--key-password-file",
            office.user_pw.to_str().unwrap(),
        ]);
        expect_error(&run, "pki.field-invalid-character");
        let run = office.run(&[
            "csr",
            "create",
            "--key",
            "1",
            "--key-password-file",
            office.seal_pw.to_str().unwrap(),
            "--cn",
            "Jan Kowalski",
            "--org",
            cn,
            "--out",
            csr.to_str().unwrap(),
        ]);
        expect_error(&run, "pki.field-invalid-character");
    }
    assert!(!csr.exists());
}
