//! Trust is an explicit act: importing a PKCS#12 whose self-signed root
//! carries the seal's very name trusts nothing, so a forged signer under it
//! does not verify; trusting a root takes its SHA-256 fingerprint, and
//! `verify` names the root each signature rests on.

use crate::support::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A self-signed CA with exactly the seal's subject (copied from the seal's
/// certificate) but a key of its own, a "Jan Kowalski" it issued, and both
/// with his key in a PKCS#12 protected by the office's user password.
fn forged_seal_p12(office: &Office) -> PathBuf {
    let dir = office.path("forgery");
    std::fs::create_dir(&dir).unwrap();
    let p = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let ext = p("ca.ext");
    std::fs::write(
        &ext,
        "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n\
         subjectKeyIdentifier=hash\n",
    )
    .unwrap();
    let pass = format!("file:{}", s(&office.user_pw));
    let seal = office.path("seal.pem");
    let (ca_key, ca_csr, ca_pem) = (dir.join("ca.key"), p("ca.csr"), dir.join("ca.pem"));
    ec_key(&ca_key);
    let signkey = ["-signkey", s(&ca_key)];
    openssl_ok(
        &[
            &["x509", "-x509toreq", "-in", s(&seal)][..],
            &signkey,
            &["-out", &ca_csr],
        ]
        .concat(),
    );
    let req = ["x509", "-req", "-in", &ca_csr];
    openssl_ok(
        &[
            &req[..],
            &signkey,
            &["-days", "30", "-extfile", &ext, "-out", s(&ca_pem)],
        ]
        .concat(),
    );
    let (jan_key, jan_csr, jan_pem) = (
        dir.join("jan.key"),
        dir.join("jan.csr"),
        dir.join("jan.pem"),
    );
    ec_key(&jan_key);
    openssl_csr(&jan_key, "/CN=Jan Kowalski", &[], &jan_csr);
    sign_csr(&jan_csr, [&ca_pem, &ca_key], "20", &[], &jan_pem);
    p12_export(
        [&jan_pem, &jan_key],
        &ca_pem,
        &pass,
        &dir.join("jan.p12"),
        &[],
    );
    PathBuf::from(p("jan.p12"))
}

/// [`forged_seal_p12`] imported into the office: the rows `cert import`
/// prints.
fn import_forged_seal(office: &Office) -> Value {
    let p12 = forged_seal_p12(office);
    office.json(&[
        "cert",
        "import",
        s(&p12),
        "--password-file",
        s(&office.user_pw),
    ])
}

fn verify_json(office: &Office, file: &Path) -> (i32, Value, String) {
    let run = office.run(&["--json", "verify", s(file)]);
    let printed: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} {}", run.stdout, run.stderr));
    (run.status, printed, run.stderr)
}

fn sign_file(office: &Office, cert: &str, name: &str) -> PathBuf {
    let doc = office.path(name);
    std::fs::write(&doc, "Przelew 1 000 000 EUR\n").unwrap();
    let run = office.sign_with(cert, &office.user_pw, &doc);
    assert_eq!(run.status, 0, "{}", run.stderr);
    doc
}

#[test]
fn a_forged_root_named_like_the_seal_is_not_trusted_until_trusted_by_fingerprint() {
    let office = office();
    let seal = office.json(&["cert", "show", "--id", "1"]);
    let seal_subject = seal["record"]["subject"].as_str().unwrap().to_string();

    let imported = import_forged_seal(&office);
    let rows = imported.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{imported}");
    let jan = rows[0]["id"].as_i64().unwrap();
    let forged_ca = rows[1]["id"].as_i64().unwrap();
    assert_eq!(
        rows[1]["subject"],
        seal_subject.as_str(),
        "the forgery has the seal's name"
    );
    assert_eq!(rows[1]["trusted"], false, "importing trusts nothing");

    let listed = office.json(&["cert", "list"]);
    let row = |id: i64| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(row(forged_ca)["trusted"], false);
    assert_eq!(row(1)["trusted"], true, "the seal stays trusted");
    assert!(row(forged_ca)["sha256"] != row(1)["sha256"]);

    let doc = sign_file(&office, &jan.to_string(), "forged.txt");
    let (status, printed, stderr) = verify_json(&office, &doc);
    assert_eq!(status, 1, "a forged signer does not verify: {printed}");
    assert_eq!(printed["valid"], false);
    let signature = &printed["signatures"][0];
    assert!(
        signature["problems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == "untrusted-chain"),
        "{printed}"
    );
    assert!(signature["trust_anchor"].is_null(), "{printed}");
    assert_contains(&stderr, "problem[untrusted-chain]");

    // A fingerprint that is not the certificate's trusts nothing.
    let seal_fingerprint = row(1)["sha256"].as_str().unwrap().to_string();
    let refused = office.run(&[
        "cert",
        "trust",
        "--id",
        &forged_ca.to_string(),
        "--fingerprint",
        &seal_fingerprint,
    ]);
    expect_error(&refused, "cert.fingerprint-mismatch");
    assert_eq!(verify_json(&office, &doc).0, 1, "still untrusted");

    // An end-entity certificate cannot become a root.
    let jan_fingerprint = row(jan)["sha256"].as_str().unwrap().to_string();
    expect_error(
        &office.run(&[
            "cert",
            "trust",
            "--id",
            &jan.to_string(),
            "--fingerprint",
            &jan_fingerprint,
        ]),
        "cert.trust-not-ca",
    );

    // Trusted on purpose, with its fingerprint (colons and capitals as a
    // CA prints them): now it vouches for Jan, and verify says so.
    let fingerprint = row(forged_ca)["sha256"].as_str().unwrap().to_string();
    let with_colons = fingerprint
        .to_uppercase()
        .as_bytes()
        .chunks(2)
        .map(|c| std::str::from_utf8(c).unwrap())
        .collect::<Vec<_>>()
        .join(":");
    let trusted = office.json(&[
        "cert",
        "trust",
        "--id",
        &forged_ca.to_string(),
        "--fingerprint",
        &with_colons,
    ]);
    assert_eq!(trusted["trusted"], true);
    let (status, printed, _) = verify_json(&office, &doc);
    assert_eq!(status, 0, "{printed}");
    let anchor = &printed["signatures"][0]["trust_anchor"];
    assert_eq!(anchor["subject"], seal_subject.as_str());
    assert_eq!(
        anchor["fingerprint_sha256"],
        fingerprint.as_str(),
        "named by key, not by name"
    );

    // Untrusted again, and the seal cannot be untrusted.
    office.json(&["cert", "untrust", "--id", &forged_ca.to_string()]);
    assert_eq!(verify_json(&office, &doc).0, 1);
    expect_error(
        &office.run(&["cert", "untrust", "--id", "1"]),
        "cert.seal-always-trusted",
    );
}

#[test]
fn verify_names_the_seal_as_the_anchor_even_beside_a_root_of_the_same_name() {
    let office = office();
    let seal = office.json(&["cert", "show", "--id", "1"]);
    let seal_fingerprint = seal["record"]["sha256"].as_str().unwrap().to_string();
    // A trusted forgery with the seal's name does not take the seal's place.
    let imported = import_forged_seal(&office);
    office.trust(imported[1]["id"].as_i64().unwrap());

    let signer = new_signer(&office, "Olena Petrenko", "ec-p256");
    let doc = sign_file(&office, &signer, "invoice.txt");
    let (status, printed, _) = verify_json(&office, &doc);
    assert_eq!(status, 0, "{printed}");
    let anchor = &printed["signatures"][0]["trust_anchor"];
    assert_eq!(
        anchor["fingerprint_sha256"],
        seal_fingerprint.as_str(),
        "{printed}"
    );
    assert_eq!(anchor["subject"], seal["record"]["subject"]);

    let human = office.run(&["verify", s(&doc)]);
    assert_eq!(human.status, 0, "{}", human.stderr);
    assert!(
        human.stdout.contains(&format!(
            "trust anchor: {}",
            seal["record"]["subject"].as_str().unwrap()
        )) && human.stdout.contains(&seal_fingerprint),
        "{}",
        human.stdout
    );
}
