//! PKCS#12 out and in, and certificate files in and out: what SealDesk
//! writes OpenSSL 3 reads without `-legacy`; what OpenSSL writes SealDesk
//! imports, keys included; a wrong password changes nothing.

use crate::support::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Issues a signing certificate with a new key and writes it as PKCS#12.
fn issue_with_p12(office: &Office, cn: &str, out: &Path, legacy: bool) -> Value {
    let p12_pw = office.secret("p12-pw", "Hasło-do-pliku-9\n");
    let p12 = ["--p12", s(out), "--p12-password-file", s(&p12_pw)];
    let mut args = with(&office.signer_args(cn, "ec-p256"), &p12);
    if legacy {
        args.push("--legacy-p12");
    }
    issue(office, &args)
}

fn pkcs12_info(p12: &Path, password_file: &Path) -> std::process::Output {
    openssl(&[
        "pkcs12",
        "-info",
        "-in",
        s(p12),
        "-passin",
        &format!("file:{}", s(password_file)),
        "-nokeys",
    ])
}

/// The public key of a certificate and of a private key, as OpenSSL prints them.
fn public_keys(cert_pem: &Path, key_pem: &Path) -> (String, String) {
    let from_cert = openssl(&["x509", "-in", s(cert_pem), "-noout", "-pubkey"]);
    let from_key = openssl(&["pkey", "-in", s(key_pem), "-pubout"]);
    assert!(from_cert.status.success(), "{}", text(&from_cert));
    assert!(from_key.status.success(), "{}", text(&from_key));
    (
        String::from_utf8_lossy(&from_cert.stdout).into_owned(),
        String::from_utf8_lossy(&from_key.stdout).into_owned(),
    )
}

#[test]
fn an_issued_pkcs12_opens_in_openssl_3_without_legacy_with_key_and_chain() {
    let office = office();
    let p12 = office.path("anna.p12");
    let issued = issue_with_p12(&office, "Anna Kowalska", &p12, false);
    assert_eq!(issued["p12"], s(&p12));
    let p12_pw = office.path("p12-pw");

    let info = pkcs12_info(&p12, &p12_pw);
    let info_text = text(&info);
    assert!(info.status.success(), "{info_text}");
    assert_contains(&info_text, "PBES2, PBKDF2, AES-256-CBC");
    assert_contains(&info_text, "MAC: sha256");
    assert_contains(&info_text, "CN=Anna Kowalska");
    assert_contains(&info_text, "organizationIdentifier = NTRUA-14360570");
    assert_eq!(
        info_text.matches("BEGIN CERTIFICATE").count(),
        2,
        "the holder's certificate and the seal: {info_text}"
    );

    let key = office.path("anna-key.pem");
    let certs = office.path("anna-cert.pem");
    for (what, out) in [("-nocerts", &key), ("-clcerts", &certs)] {
        let extract = openssl(&[
            "pkcs12",
            "-in",
            s(&p12),
            "-passin",
            &format!("file:{}", s(&p12_pw)),
            what,
            "-nodes",
            "-out",
            s(out),
        ]);
        assert!(extract.status.success(), "{}", text(&extract));
    }
    let (from_cert, from_key) = public_keys(&certs, &key);
    assert_eq!(
        from_cert, from_key,
        "the key in the file is the certificate's"
    );

    let wrong = office.secret("wrong-pw", "not-it");
    let refused = pkcs12_info(&p12, &wrong);
    assert!(
        !refused.status.success(),
        "a wrong password must not open it"
    );
}

#[test]
fn the_old_windows_option_writes_3des_with_a_sha1_mac() {
    let office = office();
    let p12 = office.path("legacy.pfx");
    issue_with_p12(&office, "Old Windows", &p12, true);
    let info = pkcs12_info(&p12, &office.path("p12-pw"));
    let info_text = text(&info);
    assert!(info.status.success(), "{info_text}");
    assert_contains(&info_text, "MAC: sha1");
    assert_contains(&info_text, "3-KeyTripleDES-CBC");
}

#[test]
fn cert_export_writes_pem_der_and_pkcs12_and_refuses_a_wrong_key_password() {
    let office = office();
    let issued = issue(
        &office,
        &[
            "--profile",
            "portal-user",
            "--cn",
            "Jan Nowak",
            "--email",
            "jan@example.pl",
            "--company-code",
            "K-17",
            "--login",
            "jnowak",
            "--generate",
            "rsa-2048",
            "--key-password-file",
            s(&office.user_pw),
        ],
    );
    let id = issued["id"].as_i64().unwrap().to_string();

    let pem = office.path("jan.pem");
    let der = office.path("jan.cer");
    for (out, format, inform) in [(&pem, "pem", "PEM"), (&der, "der", "DER")] {
        let written = office.json(&["cert", "export", "--id", &id, "--out", s(out)]);
        assert_eq!(written["format"], format);
        let read = openssl(&[
            "x509",
            "-inform",
            inform,
            "-in",
            s(out),
            "-noout",
            "-subject",
        ]);
        assert!(text(&read).contains("CN = Jan Nowak"), "{}", text(&read));
    }
    expect_error(
        &office.run(&["cert", "export", "--id", &id, "--out", s(&pem)]),
        "io.file-exists",
    );

    let p12_pw = office.secret("p12-pw", "Portal-2026!");
    let wrong = office.secret("wrong-pw", "not-the-key-password");
    let p12 = office.path("jan.p12");
    let export = ["cert", "export", "--id", &id, "--out", s(&p12)];
    let p12_password = ["--p12-password-file", s(&p12_pw)];
    let wrong_key = ["--key-password-file", s(&wrong)];
    let refused = office.run(&[&export[..], &wrong_key, &p12_password].concat());
    expect_error(&refused, "key.wrong-password");
    assert!(!p12.exists(), "nothing written after a wrong password");

    let right_key = ["--key-password-file", s(&office.user_pw)];
    let no_p12_password = office.run(&with(&export, &right_key));
    assert_eq!(no_p12_password.status, 2, "{}", no_p12_password.stderr);

    office.json(&[&export[..], &right_key, &p12_password].concat());
    let info = pkcs12_info(&p12, &p12_pw);
    assert!(info.status.success(), "{}", text(&info));
    assert!(text(&info).contains("UID = jnowak"), "{}", text(&info));

    // The key left SealDesk once, and the history says so; the refused try
    // left no record.
    let conn = rusqlite::Connection::open(store_file(&office.data)).unwrap();
    let exports: Vec<String> = conn
        .prepare("SELECT detail FROM audit_event WHERE action = 'cert.exported-with-key'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(exports.len(), 1, "{exports:?}");
    assert!(exports[0].contains(&format!("\"id\":{id}")), "{exports:?}");

    // The seal has no key of the holder's: exporting it as PKCS#12 from a
    // certificate without a key is a clear error.
    expect_error(
        &office.run(&[
            "cert",
            "export",
            "--id",
            "999",
            "--out",
            s(&office.path("none.pem")),
        ]),
        "cert.not-found",
    );
}

/// An OpenSSL test CA and a leaf with its key, as a director's certificate
/// from an outside authority would arrive.
pub(crate) struct OutsideCa {
    pub(crate) ca_pem: PathBuf,
    pub(crate) leaf_pem: PathBuf,
    pub(crate) leaf_key: PathBuf,
}

pub(crate) fn outside_ca(dir: &Path) -> OutsideCa {
    let ca_key = dir.join("ca.key");
    let ca_pem = dir.join("ca.pem");
    let leaf_key = dir.join("leaf.key");
    let leaf_csr = dir.join("leaf.csr");
    let leaf_pem = dir.join("leaf.pem");
    ec_key(&ca_key);
    ca_cert(&ca_key, "/CN=Test CA Україна/O=Outside CA", &ca_pem);
    rsa_key("2048", &leaf_key);
    openssl_csr(&leaf_key, "/CN=Олена Директор", &["-utf8"], &leaf_csr);
    sign_csr(&leaf_csr, [&ca_pem, &ca_key], "20", &[], &leaf_pem);
    OutsideCa {
        ca_pem,
        leaf_pem,
        leaf_key,
    }
}

/// OpenSSL's PKCS#12 of the outside leaf, its key and the CA.
fn openssl_p12(ca: &OutsideCa, out: &Path, password_file: &Path, legacy: bool) {
    let pass = format!("file:{}", s(password_file));
    let legacy: &[&str] = if legacy { &["-legacy"] } else { &[] };
    p12_export([&ca.leaf_pem, &ca.leaf_key], &ca.ca_pem, &pass, out, legacy);
}

fn key_files(office: &Office) -> usize {
    office.key_files()
}

#[test]
fn openssl_pkcs12_files_import_with_their_keys_and_a_wrong_password_changes_nothing() {
    let office = office();
    let ca = outside_ca(&office.path(""));
    let pw = secret_file(
        office.path("").as_path(),
        "import-pw",
        "Пароль-директора-1\n",
    );
    let wrong = secret_file(
        office.path("").as_path(),
        "import-wrong",
        "Пароль-директора-2",
    );
    let count = || office.json(&["cert", "list"]).as_array().unwrap().len();

    for legacy in [false, true] {
        let before = count();
        let p12 = office.path(if legacy { "legacy.p12" } else { "modern.p12" });
        openssl_p12(&ca, &p12, &pw, legacy);

        let keys_before = key_files(&office);
        let refused = office.run(&["cert", "import", s(&p12), "--password-file", s(&wrong)]);
        expect_error(&refused, "pkcs12.wrong-password");
        assert_eq!(count(), before, "nothing recorded after a wrong password");
        assert_eq!(key_files(&office), keys_before, "no stray key file");

        let imported = office.json(&["cert", "import", s(&p12), "--password-file", s(&pw)]);
        let rows = imported.as_array().unwrap();
        assert_eq!(rows.len(), 2, "leaf and CA: {imported}");
        assert!(rows[0]["subject"]
            .as_str()
            .unwrap()
            .contains("Олена Директор"));
        assert!(rows[0]["key_id"].is_i64(), "the leaf comes with its key");
        assert_eq!(
            rows[1]["trusted"], false,
            "importing a key never makes its root trusted"
        );

        // The kept key opens with the PKCS#12 password and signs a request.
        let key_id = rows[0]["key_id"].as_i64().unwrap().to_string();
        let csr = office.path(if legacy { "legacy.csr" } else { "modern.csr" });
        office.json(&[
            "csr",
            "create",
            "--key",
            &key_id,
            "--key-password-file",
            s(&pw),
            "--cn",
            "Олена Директор",
            "--out",
            s(&csr),
        ]);
        let verified = openssl(&["req", "-in", s(&csr), "-verify", "-noout"]);
        assert!(text(&verified).contains("verify OK"), "{}", text(&verified));
    }
}

#[test]
fn chains_and_single_certificates_import_from_pem_and_der_and_bad_files_are_refused() {
    let office = office();
    let ca = outside_ca(&office.path(""));
    let chain = office.path("chain.pem");
    let mut both = std::fs::read_to_string(&ca.leaf_pem).unwrap();
    both.push_str(&std::fs::read_to_string(&ca.ca_pem).unwrap());
    std::fs::write(&chain, both).unwrap();

    let imported = office.json(&["cert", "import", s(&chain)]);
    let rows = imported.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{imported}");
    let listed = office.json(&["cert", "list", "--search", "Олена"]);
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
    assert!(listed[0]["issuer"].as_str().unwrap().contains("Outside CA"));

    // The seal exported as DER imports as the very same certificate.
    let der = office.path("seal.cer");
    office.json(&["seal", "export", "--id", "1", "--out", s(&der)]);
    let again = office.json(&["cert", "import", s(&der)]);
    assert_eq!(again[0]["id"], 1, "{again}");
    // Imported once more, it is listed again and the user hears that
    // nothing new came in.
    let text = office.run(&["cert", "import", s(&der)]);
    assert_eq!(text.status, 0, "{}", text.stderr);
    assert!(
        text.stderr.contains("nothing new was added"),
        "{}",
        text.stderr
    );

    let corrupt = office.path("corrupt.pem");
    let mut bytes = std::fs::read(&ca.leaf_pem).unwrap();
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&corrupt, bytes).unwrap();
    expect_error(
        &office.run(&["cert", "import", s(&corrupt)]),
        "cert.invalid",
    );
    let empty = office.path("empty.cer");
    std::fs::write(&empty, b"").unwrap();
    expect_error(
        &office.run(&["cert", "import", s(&empty)]),
        "cert.nothing-to-import",
    );
}

#[test]
fn a_pkcs12_written_by_sealdesk_imports_into_another_office_unchanged() {
    let first = office();
    let p12 = first.path("roundtrip.p12");
    let issued = issue_with_p12(&first, "Ирина Бухгалтер", &p12, false);
    let original = first.json(&["cert", "show", "--id", &issued["id"].to_string()]);

    let second = office();
    let imported = second.json(&[
        "cert",
        "import",
        s(&p12),
        "--password-file",
        s(&first.path("p12-pw")),
    ]);
    let leaf = &imported[0];
    let shown = second.json(&["cert", "show", "--id", &leaf["id"].to_string()]);
    assert_eq!(shown["details"]["sha256"], original["details"]["sha256"]);
    assert!(leaf["key_id"].is_i64(), "{imported}");
}

#[test]
fn a_pkcs12_that_cannot_be_written_issues_nothing_and_a_retry_issues_once() {
    let office = office();
    let p12_pw = office.secret("p12-pw", "Hasło-do-pliku-9\n");
    let empty_pw = office.secret("empty-pw", "");
    let count = || office.json(&["cert", "list"]).as_array().unwrap().len();
    let attempt = |out: &Path, password: &Path| {
        let p12 = ["--p12", s(out), "--p12-password-file", s(password)];
        office.issue_run(&with(&office.signer_args("Ewa Kowalczyk", "ec-p256"), &p12))
    };
    let before = count();
    let keys_before = key_files(&office);

    let existing = office.path("taken.p12");
    std::fs::write(&existing, "not mine to replace").unwrap();
    let missing_folder = office.path("no-such-folder").join("ewa.p12");
    let fine = office.path("ewa.p12");
    for (out, password, code) in [
        (&missing_folder, &p12_pw, "io.not-found"),
        (&existing, &p12_pw, "io.file-exists"),
        (&fine, &empty_pw, "pkcs12.password-required"),
    ] {
        let run = attempt(out, password);
        expect_error(&run, code);
        assert_eq!(count(), before, "no certificate recorded after {code}");
        assert_eq!(key_files(&office), keys_before, "no key file after {code}");
    }
    assert_eq!(std::fs::read(&existing).unwrap(), b"not mine to replace");
    assert!(!fine.exists());

    let run = attempt(&fine, &p12_pw);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        count(),
        before + 1,
        "the retry issues exactly one certificate"
    );
    assert_eq!(key_files(&office), keys_before + 1);
    assert!(fine.exists());
}

#[test]
fn a_certificate_with_a_broken_signature_is_refused_and_an_unknown_issuer_is_said() {
    let office = office();
    let ca = outside_ca(&office.path(""));
    let count = || office.json(&["cert", "list"]).as_array().unwrap().len();
    let before = count();
    let der = office.path("ca.der");
    let out = openssl(&[
        "x509",
        "-in",
        s(&ca.ca_pem),
        "-outform",
        "DER",
        "-out",
        s(&der),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let mut bytes = std::fs::read(&der).unwrap();
    // The signature value ends the certificate: one bit of it flipped.
    *bytes.last_mut().unwrap() ^= 0x01;
    let flipped = office.path("flipped-ca.der");
    std::fs::write(&flipped, &bytes).unwrap();
    expect_error(
        &office.run(&["cert", "import", s(&flipped)]),
        "cert.signature-invalid",
    );
    assert_eq!(count(), before, "nothing imported");

    // A leaf whose issuer is nowhere imports, and says so.
    let leaf = office.json(&["cert", "import", s(&ca.leaf_pem)]);
    let leaf_id = leaf[0]["id"].as_i64().unwrap();
    let id = leaf_id.to_string();
    let shown = office.run(&["cert", "show", "--id", &id]);
    assert_contains(&shown.stdout, "unknown issuer");
    // Its issuer arriving later must verify it; the flipped one still cannot come.
    expect_error(
        &office.run(&["cert", "import", s(&flipped)]),
        "cert.signature-invalid",
    );
    office.json(&["cert", "import", s(&ca.ca_pem)]);
    let listed = office.json(&["cert", "list"]);
    let leaf_row = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == leaf_id)
        .unwrap()
        .clone();
    assert!(leaf_row["issuer_id"].is_i64(), "{leaf_row}");
}
