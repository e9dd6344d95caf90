//! `sealdesk verify`: detached signatures made by `sealdesk sign` and by
//! OpenSSL, PDFs signed by pyHanko (independent signers), and every way a
//! signature can go wrong: changed content, unknown or fallen authorities,
//! revoked or expired signers, damaged files, additions after signing.

use crate::pkcs12::{outside_ca, OutsideCa};
use crate::support::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The pyHanko command (`source scripts/lib.sh; ensure_pyhanko` sets it).
fn pyhanko() -> PathBuf {
    let path = std::env::var_os("SEALDESK_PYHANKO")
        .map(PathBuf::from)
        .expect(
            "SEALDESK_PYHANKO is not set: run `source scripts/lib.sh && ensure_pyhanko` \
         (scripts/test does) so the PDF tests can sign with pyHanko",
        );
    assert!(
        path.is_file(),
        "SEALDESK_PYHANKO={} does not exist; run `source scripts/lib.sh && ensure_pyhanko`",
        path.display()
    );
    path
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/pdf")
        .join(name)
}

/// `verify --json` with its exit status and printed model.
fn verify(office: &Office, args: &[&str]) -> (Run, Value) {
    let mut all = vec!["--json", "verify"];
    all.extend_from_slice(args);
    let run = office.run(&all);
    let printed = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {} {}", run.stdout, run.stderr));
    (run, printed)
}

fn problems(signature: &Value) -> Vec<&str> {
    signature["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect()
}

/// Exit 1, `problem` in the first signature's problems, and its sentence
/// and the final error on stderr.
fn expect_problem(office: &Office, args: &[&str], problem: &str) -> Value {
    let (run, printed) = verify(office, args);
    assert_eq!(run.status, 1, "{}", run.stdout);
    assert_eq!(printed["valid"], false);
    assert!(
        problems(&printed["signatures"][0]).contains(&problem),
        "{problem}: {printed}"
    );
    assert_contains(&run.stderr, &format!("problem[{problem}]: "));
    assert_contains(&run.stderr, "error[verify.not-valid]");
    printed
}

/// [`expect_problem`] of the detached signature `signature` of `file`.
fn detached_problem(office: &Office, file: &Path, signature: &Path, problem: &str) -> Value {
    expect_problem(office, &[s(file), "--signature", s(signature)], problem)
}

fn expect_valid(office: &Office, args: &[&str]) -> Value {
    let (run, printed) = verify(office, args);
    assert_eq!(run.status, 0, "{} {}", run.stdout, run.stderr);
    assert_eq!(printed["valid"], true, "{printed}");
    printed
}

fn sign_with_sealdesk(office: &Office, cert: &str, input: &Path) {
    let run = office.sign_with(cert, &office.user_pw, input);
    assert_eq!(run.status, 0, "{}", run.stderr);
}

#[test]
fn sealdesk_signatures_verify_and_changes_revocations_and_a_fallen_seal_are_reported() {
    let office = office();
    let mut certs = Vec::new();
    for (n, algorithm) in ["ec-p256", "ec-p384", "rsa-2048"].iter().enumerate() {
        let cert = new_signer(&office, &format!("Підписувач {n}"), algorithm);
        let doc = office.path(&format!("umowa-{n}.txt"));
        std::fs::write(&doc, format!("Umowa nr {n}/2026 — Łódź")).unwrap();
        sign_with_sealdesk(&office, &cert, &doc);
        let printed = expect_valid(&office, &[s(&doc)]);
        assert_eq!(printed["format"], "cades");
        let signature = &printed["signatures"][0];
        assert_eq!(signature["signer"], format!("CN=Підписувач {n}"));
        assert_eq!(signature["signer_certificate_id"].to_string(), cert);
        assert_eq!(signature["coverage"], "whole-file");
        assert!(signature["signed_at"].is_string(), "{printed}");
        assert!(problems(signature).is_empty(), "{printed}");
        certs.push((cert, doc));
    }

    // One changed byte.
    let (_, doc) = &certs[0];
    let changed = office.path("changed.txt");
    let mut bytes = std::fs::read(doc).unwrap();
    bytes[3] ^= 1;
    std::fs::write(&changed, &bytes).unwrap();
    let signature = format!("{}.p7s", s(doc));
    expect_problem(
        &office,
        &[s(&changed), "--signature", &signature],
        "digest-mismatch",
    );
    // The sentence comes in the user's language.
    let polish = sealdesk(
        &office.data,
        &["verify", s(&changed), "--signature", &signature],
        &[("LANG", "pl_PL.UTF-8")],
    );
    assert_eq!(polish.status, 1);
    assert!(
        polish
            .stderr
            .contains("problem[digest-mismatch]: Dokument został zmieniony po podpisaniu."),
        "{}",
        polish.stderr
    );

    // Damaged or missing signature files are errors, not problems.
    let truncated = office.path("truncated.p7s");
    std::fs::write(&truncated, &std::fs::read(&signature).unwrap()[..60]).unwrap();
    expect_error(
        &office.run(&["verify", s(doc), "--signature", s(&truncated)]),
        "verify.not-cms",
    );
    let junk = office.path("junk.p7s");
    std::fs::write(&junk, b"-----BEGIN PKCS7-----\nnot DER\n").unwrap();
    expect_error(
        &office.run(&["verify", s(doc), "--signature", s(&junk)]),
        "verify.not-cms",
    );
    let missing = office.run(&["verify", s(&changed)]);
    expect_error(&missing, "verify.signature-missing");
    // The shared sentence speaks of the signature file; the CLI adds its option.
    let line = missing.stderr.trim_end();
    assert_eq!(line.lines().count(), 1, "{line}");
    assert!(
        line.ends_with("(give the signature file with --signature FILE)"),
        "{line}"
    );
    expect_error(
        &office.run(&["verify", s(&office.path("nope.txt"))]),
        "io.not-found",
    );

    // A PDF signed as a separate .p7s is checked against it.
    let pdf = office.path("faktura.pdf");
    std::fs::copy(fixture("minimal-document.pdf"), &pdf).unwrap();
    let (run, printed) = verify(&office, &[s(&pdf)]);
    assert_eq!(run.status, 1);
    assert_eq!(printed["problems"][0], "no-signature", "{printed}");
    let signed = office.run(&[
        "sign",
        "--detached",
        "--cert",
        &certs[0].0,
        "--key-password-file",
        s(&office.user_pw),
        s(&pdf),
    ]);
    assert_eq!(signed.status, 0, "{}", signed.stderr);
    let printed = expect_valid(&office, &[s(&pdf)]);
    assert_eq!(printed["format"], "cades");

    // A revoked signer, then the seal itself revoked.
    let (revoked, revoked_doc) = &certs[1];
    office.json(&["cert", "revoke", "--id", revoked]);
    expect_problem(&office, &[s(revoked_doc)], "signer-revoked");
    let (_, other_doc) = &certs[2];
    expect_valid(&office, &[s(other_doc)]);
    office.json(&["seal", "revoke", "--id", "1"]);
    expect_problem(&office, &[s(other_doc)], "seal-invalid");
}

/// OpenSSL's detached signature of `input` by the outside leaf.
fn openssl_sign(ca: &OutsideCa, input: &Path, out: &Path, extra: &[&str]) {
    let mut args = vec![
        "cms",
        "-sign",
        "-binary",
        "-outform",
        "DER",
        "-in",
        s(input),
        "-signer",
        s(&ca.leaf_pem),
        "-inkey",
        s(&ca.leaf_key),
        "-out",
        s(out),
    ];
    args.extend_from_slice(extra);
    let made = openssl(&args);
    assert!(made.status.success(), "{}", text(&made));
}

/// A leaf of the CA in `dir` whose validity ended in 2021 (`openssl ca`
/// sets past dates, which `x509 -req` of OpenSSL 3.0 cannot).
fn expired_leaf(dir: &Path) -> OutsideCa {
    let ca = outside_ca(dir);
    let config = dir.join("ca.cnf");
    std::fs::write(dir.join("index.txt"), "").unwrap();
    std::fs::write(dir.join("serial"), "1000\n").unwrap();
    std::fs::write(
        &config,
        format!(
            "[ca]\ndefault_ca = d\n[d]\ndatabase = {0}/index.txt\nnew_certs_dir = {0}\n\
             serial = {0}/serial\ndefault_md = sha256\npolicy = p\n[p]\ncommonName = supplied\n",
            s(dir)
        ),
    )
    .unwrap();
    let key = dir.join("expired.key");
    let csr = dir.join("expired.csr");
    let pem = dir.join("expired.pem");
    ec_key(&key);
    openssl_csr(&key, "/CN=Expired Signer", &[], &csr);
    let ca_key = dir.join("ca.key");
    let ca_files = ["-cert", s(&ca.ca_pem), "-keyfile", s(&ca_key)];
    let dates = [
        "-startdate",
        "20200101000000Z",
        "-enddate",
        "20210101000000Z",
        "-notext",
    ];
    let io = ["-in", s(&csr), "-out", s(&pem)];
    openssl_ok(
        &[
            &["ca", "-batch", "-config", s(&config)][..],
            &ca_files,
            &io,
            &dates,
        ]
        .concat(),
    );
    OutsideCa {
        ca_pem: ca.ca_pem,
        leaf_pem: pem,
        leaf_key: key,
    }
}

fn subdir(office: &Office, name: &str) -> PathBuf {
    let dir = office.path(name);
    std::fs::create_dir(&dir).unwrap();
    dir
}

#[test]
fn openssl_signatures_from_an_imported_ca_verify_and_strangers_and_expired_signers_do_not() {
    let office = office();
    let trusted = expired_leaf(&subdir(&office, "trusted"));
    let trusted_ca = outside_ca_again(&office, "trusted");
    let imported = office.json(&["cert", "import", s(&trusted_ca.ca_pem)]);
    assert_eq!(imported[0]["trusted"], false, "importing never trusts");
    office.trust(imported[0]["id"].as_i64().unwrap());
    let doc = office.path("faktura.csv");
    std::fs::write(&doc, "Fattura;100,00 €\n".repeat(1000)).unwrap();

    // OpenSSL adds no signing-certificate attribute unless asked: a warning.
    let plain = office.path("plain.p7s");
    openssl_sign(&trusted_ca, &doc, &plain, &[]);
    let printed = expect_valid(&office, &[s(&doc), "--signature", s(&plain)]);
    let signature = &printed["signatures"][0];
    assert_eq!(
        problems(signature),
        vec!["no-signing-certificate-attribute"]
    );
    assert!(signature["signer"]
        .as_str()
        .unwrap()
        .contains("Олена Директор"));
    assert!(signature["signer_certificate_id"].is_null());

    // With -cades it is there and matches; SHA-384 digests are fine too.
    let cades = office.path("cades.p7s");
    openssl_sign(&trusted_ca, &doc, &cades, &["-cades", "-md", "sha384"]);
    let printed = expect_valid(&office, &[s(&doc), "--signature", s(&cades)]);
    assert!(problems(&printed["signatures"][0]).is_empty(), "{printed}");

    // RSA-PSS with the usual salt (as long as the hash).
    let pss = office.path("pss.p7s");
    openssl_sign(
        &trusted_ca,
        &doc,
        &pss,
        &[
            "-cades",
            "-keyopt",
            "rsa_padding_mode:pss",
            "-keyopt",
            "rsa_pss_saltlen:digest",
        ],
    );
    expect_valid(&office, &[s(&doc), "--signature", s(&pss)]);

    // SHA-1 is reported as weak and fails.
    let sha1 = office.path("sha1.p7s");
    openssl_sign(&trusted_ca, &doc, &sha1, &["-md", "sha1"]);
    detached_problem(&office, &doc, &sha1, "weak-algorithm");

    // Without the signer's certificate nothing can be checked.
    let bare = office.path("bare.p7s");
    openssl_sign(&trusted_ca, &doc, &bare, &["-nocerts"]);
    detached_problem(&office, &doc, &bare, "signer-certificate-missing");

    // Changed content.
    let changed = office.path("faktura-changed.csv");
    std::fs::write(&changed, "Fattura;900,00 €\n".repeat(1000)).unwrap();
    detached_problem(&office, &changed, &cades, "digest-mismatch");

    // A CA nobody imported.
    let stranger = outside_ca(&subdir(&office, "stranger"));
    let strange = office.path("strange.p7s");
    openssl_sign(&stranger, &doc, &strange, &["-cades"]);
    detached_problem(&office, &doc, &strange, "untrusted-chain");

    // The trusted CA's end-entity certificate cannot act as a CA: a
    // certificate its holder made, carried with it, is not trusted.
    let forged_key = office.path("forged.key");
    let forged_csr = office.path("forged.csr");
    let forged_pem = office.path("forged.pem");
    ec_key(&forged_key);
    openssl_csr(&forged_key, "/CN=Forged Director", &[], &forged_csr);
    let leaf = [trusted_ca.leaf_pem.as_path(), &trusted_ca.leaf_key];
    sign_csr(&forged_csr, leaf, "5", &[], &forged_pem);
    let forged = OutsideCa {
        ca_pem: trusted_ca.ca_pem.clone(),
        leaf_pem: forged_pem,
        leaf_key: forged_key,
    };
    let forged_sig = office.path("forged.p7s");
    openssl_sign(
        &forged,
        &doc,
        &forged_sig,
        &["-cades", "-certfile", s(&trusted_ca.leaf_pem)],
    );
    detached_problem(&office, &doc, &forged_sig, "untrusted-chain");

    // An expired signer of the trusted CA.
    let expired = office.path("expired.p7s");
    openssl_sign(&trusted, &doc, &expired, &["-cades"]);
    let printed = detached_problem(&office, &doc, &expired, "signer-expired");
    assert!(
        !problems(&printed["signatures"][0]).contains(&"untrusted-chain"),
        "the chain itself is fine: {printed}"
    );
}

/// The outside CA made in `office/<name>` (its leaf from `outside_ca`).
fn outside_ca_again(office: &Office, name: &str) -> OutsideCa {
    let dir = office.path(name);
    OutsideCa {
        ca_pem: dir.join("ca.pem"),
        leaf_pem: dir.join("leaf.pem"),
        leaf_key: dir.join("leaf.key"),
    }
}

/// pyHanko signs `input` into `output` in field `field` as the outside leaf.
fn pyhanko_sign(ca: &OutsideCa, field: &str, input: &Path, output: &Path) {
    pyhanko_sign_with(ca, field, &[], input, output);
}

/// The same with more `addsig` options (`--use-pades`, `--prefer-pss`).
fn pyhanko_sign_with(ca: &OutsideCa, field: &str, options: &[&str], input: &Path, output: &Path) {
    let out = Command::new(pyhanko())
        .args(["sign", "addsig", "--field", field])
        .args(options)
        .args(["pemder", "--key"])
        .arg(&ca.leaf_key)
        .arg("--cert")
        .arg(&ca.leaf_pem)
        .arg("--chain")
        .arg(&ca.ca_pem)
        .arg("--no-pass")
        .arg(input)
        .arg(output)
        .output()
        .expect("pyHanko runs");
    assert!(out.status.success(), "pyHanko: {}", text(&out));
}

/// The offset of the first signature's /Contents hole, from its /ByteRange.
fn first_hole(pdf: &[u8]) -> usize {
    let at = pdf
        .windows(10)
        .position(|w| w == b"/ByteRange")
        .expect("a signature");
    let rest = String::from_utf8_lossy(&pdf[at + 10..at + 80]).into_owned();
    let numbers: Vec<usize> = rest
        .trim_start()
        .trim_start_matches('[')
        .split_whitespace()
        .take(2)
        .map(|n| n.trim_end_matches(']').parse().unwrap())
        .collect();
    numbers[1]
}

#[test]
fn pdfs_signed_by_pyhanko_verify_and_tampering_and_later_additions_are_found() {
    let office = office();
    let ca = outside_ca(&subdir(&office, "ca"));
    let imported = office.json(&["cert", "import", s(&ca.ca_pem)]);
    office.trust(imported[0]["id"].as_i64().unwrap());

    let signed = office.path("signed.pdf");
    pyhanko_sign(&ca, "Sig1", &fixture("minimal-document.pdf"), &signed);
    let printed = expect_valid(&office, &[s(&signed)]);
    assert_eq!(printed["format"], "pades");
    let signatures = printed["signatures"].as_array().unwrap();
    assert_eq!(signatures.len(), 1, "{printed}");
    assert_eq!(signatures[0]["coverage"], "whole-file");
    assert!(signatures[0]["signer"]
        .as_str()
        .unwrap()
        .contains("Олена Директор"));
    assert!(signatures[0]["signed_at"].is_string(), "{printed}");
    assert!(problems(&signatures[0]).is_empty(), "{printed}");

    // PAdES baseline (ETSI.CAdES.detached, the time in /M only) and RSA-PSS.
    let pades = office.path("pades.pdf");
    pyhanko_sign_with(
        &ca,
        "Sig1",
        &["--use-pades", "--prefer-pss"],
        &fixture("minimal-document.pdf"),
        &pades,
    );
    let pades_bytes = std::fs::read(&pades).unwrap();
    let sub_filter = b"/SubFilter /ETSI.CAdES.detached";
    assert!(pades_bytes
        .windows(sub_filter.len())
        .any(|w| w == sub_filter));
    let printed = expect_valid(&office, &[s(&pades)]);
    assert!(
        printed["signatures"][0]["signed_at"].is_string(),
        "the time comes from /M: {printed}"
    );
    assert!(problems(&printed["signatures"][0]).is_empty(), "{printed}");

    // One byte changed inside the signed range.
    let bytes = std::fs::read(&signed).unwrap();
    let hole = first_hole(&bytes);
    let mut tampered = bytes.clone();
    tampered[hole / 2] ^= 0x01;
    let tampered_path = office.path("tampered.pdf");
    std::fs::write(&tampered_path, &tampered).unwrap();
    expect_problem(&office, &[s(&tampered_path)], "digest-mismatch");

    // A /ByteRange that no longer frames /Contents.
    // Replaced byte for byte, so the offsets of the cross-references hold.
    let needle = format!("[0 {hole} ").into_bytes();
    let at = bytes
        .windows(needle.len())
        .position(|w| w == needle)
        .expect("the /ByteRange is written as [0 N ...]");
    let mut shifted = bytes.clone();
    shifted.splice(
        at..at + needle.len(),
        format!("[0 {} ", hole + 1).into_bytes(),
    );
    let shifted_path = office.path("shifted.pdf");
    std::fs::write(&shifted_path, &shifted).unwrap();
    expect_problem(&office, &[s(&shifted_path)], "byte-range-invalid");

    // An incremental update after signing (an added form field).
    let updated = office.path("updated.pdf");
    let out = Command::new(pyhanko())
        .args(["sign", "addfields", "--field", "1/10,10,120,60/Later"])
        .arg(&signed)
        .arg(&updated)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let (run, printed) = verify(&office, &[s(&updated)]);
    assert_eq!(run.status, 1, "{printed}");
    assert_eq!(printed["problems"][0], "content-added-after", "{printed}");
    assert_eq!(printed["verdict"], "invalid", "{printed}");
    assert_eq!(printed["signatures"][0]["coverage"], "signed-version");
    assert!(
        problems(&printed["signatures"][0]).is_empty(),
        "the signature itself holds: {printed}"
    );
    assert!(run.stderr.contains("problem[content-added-after]"));

    // Signed twice: both reported, the first covering only its revision.
    let twice = office.path("twice.pdf");
    let once = office.path("once.pdf");
    pyhanko_sign(&ca, "Sig1", &fixture("pdflatex-4-pages.pdf"), &once);
    pyhanko_sign(&ca, "Sig2", &once, &twice);
    let printed = expect_valid(&office, &[s(&twice)]);
    let signatures = printed["signatures"].as_array().unwrap();
    assert_eq!(signatures.len(), 2, "{printed}");
    assert_eq!(signatures[0]["coverage"], "signed-version");
    assert_eq!(signatures[1]["coverage"], "whole-file");
    assert!(printed["problems"].as_array().unwrap().is_empty());

    // A signer from a CA the store does not know.
    let stranger = outside_ca(&subdir(&office, "stranger"));
    let strange = office.path("strange.pdf");
    pyhanko_sign(
        &stranger,
        "Sig1",
        &fixture("minimal-document.pdf"),
        &strange,
    );
    expect_problem(&office, &[s(&strange)], "untrusted-chain");

    // No signature at all.
    let (run, printed) = verify(&office, &[s(&fixture("minimal-document.pdf"))]);
    assert_eq!(run.status, 1);
    assert_eq!(printed["verdict"], "unsigned", "{printed}");
    assert_eq!(printed["problems"][0], "no-signature", "{printed}");
    assert!(run.stderr.contains("problem[no-signature]"));
}

#[test]
fn pdfs_signed_by_sealdesk_verify_and_a_change_or_a_later_update_is_found() {
    let office = office();
    let cert = new_signer(&office, "Дана Леві", "ec-p256");
    let input = office.path("Рахунок.pdf");
    std::fs::copy(fixture("pdflatex-4-pages.pdf"), &input).unwrap();
    sign_with_sealdesk(&office, &cert, &input);
    let signed = office.path("Рахунок-signed.pdf");

    let printed = expect_valid(&office, &[s(&signed)]);
    assert_eq!(printed["format"], "pades");
    let signature = &printed["signatures"][0];
    assert_eq!(signature["coverage"], "whole-file", "{printed}");
    assert_eq!(signature["signer_certificate_id"].to_string(), cert);
    assert!(problems(signature).is_empty(), "{printed}");
    assert!(
        signature["signed_at"].is_string(),
        "the time from /M: {printed}"
    );

    // A second SealDesk signature: both reported, only the last covers all.
    sign_with_sealdesk(&office, &cert, &signed);
    let twice = office.path("Рахунок-signed-signed.pdf");
    let printed = expect_valid(&office, &[s(&twice)]);
    let signatures = printed["signatures"].as_array().unwrap();
    assert_eq!(signatures.len(), 2, "{printed}");
    assert_eq!(signatures[0]["coverage"], "signed-version");
    assert_eq!(signatures[1]["coverage"], "whole-file");

    // One byte of the page content changed inside the signed range.
    let mut bytes = std::fs::read(&signed).unwrap();
    let stream = bytes
        .windows(6)
        .position(|w| w == b"stream")
        .expect("a content stream");
    bytes[stream + 20] ^= 0x01;
    let tampered = office.path("tampered.pdf");
    std::fs::write(&tampered, &bytes).unwrap();
    expect_problem(&office, &[s(&tampered)], "digest-mismatch");

    // An update appended after the signature: the signature stays intact
    // but no longer covers what a reader shows.
    let mut appended = std::fs::read(&signed).unwrap();
    let prev = last_startxref(&appended);
    let trailer = qpdf_object(&signed, "trailer");
    let root = trailer
        .split("/Root ")
        .nth(1)
        .map(|r| r.split(" R").next().unwrap().to_string() + " R")
        .expect("a /Root");
    let offset = appended.len() + 1;
    appended.extend_from_slice(b"\n99 0 obj\n(added later)\nendobj\n");
    let xref = appended.len();
    appended.extend_from_slice(
        format!(
            "xref\n99 1\n{offset:010} 00000 n \ntrailer\n<< /Size 100 /Root {root} /Prev {prev} >>\nstartxref\n{xref}\n%%EOF\n"
        )
        .as_bytes(),
    );
    let later = office.path("later.pdf");
    std::fs::write(&later, &appended).unwrap();
    let (run, printed) = verify(&office, &[s(&later)]);
    assert_eq!(run.status, 1, "{printed}");
    assert!(
        printed["problems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p == "content-added-after"),
        "{printed}"
    );
    assert_eq!(printed["signatures"][0]["coverage"], "signed-version");
}

/// `qpdf --show-object=WHAT` of `pdf`: the object's text.
fn qpdf_object(pdf: &Path, what: &str) -> String {
    let out = Command::new("qpdf")
        .arg(format!("--show-object={what}"))
        .arg(pdf)
        .output()
        .expect("qpdf runs (apt-get install qpdf)");
    assert!(out.status.success(), "{}", text(&out));
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// The object number of page 1 and of its content stream, by qpdf.
fn first_page(pdf: &Path) -> (u32, u32) {
    let out = Command::new("qpdf")
        .arg("--show-pages")
        .arg(pdf)
        .output()
        .expect("qpdf runs");
    let listing = String::from_utf8(out.stdout).unwrap();
    let mut numbers = listing
        .lines()
        .filter_map(|l| l.trim().trim_start_matches("page 1: ").split(' ').next())
        .filter_map(|n| n.parse::<u32>().ok());
    (numbers.next().unwrap(), numbers.next().unwrap())
}

/// The offset after the last `startxref` of `pdf`.
fn last_startxref(pdf: &[u8]) -> usize {
    let at = pdf
        .windows(9)
        .rposition(|w| w == b"startxref")
        .expect("startxref");
    String::from_utf8_lossy(&pdf[at + 9..])
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// Appends an incremental update by hand that gives page 1 a new content
/// stream saying `text`: the page object rewritten, a new stream, a
/// classic cross-reference section with `/Prev`.
fn replace_first_page_content(signed: &Path, out: &Path, text: &str) {
    let mut bytes = std::fs::read(signed).unwrap();
    let (page, _content) = first_page(signed);
    let trailer = qpdf_object(signed, "trailer");
    let size: u32 = trailer
        .split("/Size ")
        .nth(1)
        .and_then(|r| r.split([' ', '>']).next())
        .and_then(|n| n.parse().ok())
        .expect("a /Size");
    let root = trailer
        .split("/Root ")
        .nth(1)
        .map(|r| r.split(" R").next().unwrap().to_string() + " R")
        .expect("a /Root");
    let prev = last_startxref(&bytes);
    let page_dict = qpdf_object(signed, &page.to_string());
    let start = page_dict.find("/Contents ").expect("/Contents");
    let rest = &page_dict[start + 10..];
    let end = rest.find(" R").expect("a reference") + 2;
    let rewritten = format!(
        "{}/Contents {size} 0 R{}",
        &page_dict[..start],
        &rest[end..]
    );
    let content = format!("BT /F1 24 Tf 72 700 Td ({text}) Tj ET");
    if !bytes.ends_with(b"\n") {
        bytes.push(b'\n');
    }
    let page_at = bytes.len();
    bytes.extend_from_slice(format!("{page} 0 obj\n{rewritten}\nendobj\n").as_bytes());
    let stream_at = bytes.len();
    bytes.extend_from_slice(
        format!(
            "{size} 0 obj\n<< /Length {} >>\nstream\n{content}\nendstream\nendobj\n",
            content.len()
        )
        .as_bytes(),
    );
    let xref_at = bytes.len();
    bytes.extend_from_slice(
        format!(
            "xref\n{page} 1\n{page_at:010} 00000 n\r\n{size} 1\n{stream_at:010} 00000 n\r\n\
             trailer\n<< /Size {} /Root {root} /Prev {prev} >>\nstartxref\n{xref_at}\n%%EOF\n",
            size + 1
        )
        .as_bytes(),
    );
    std::fs::write(out, bytes).unwrap();
}

#[test]
fn a_page_changed_after_signing_is_found_even_when_someone_countersigns() {
    let office = office();
    let first = new_signer(&office, "Jan Kowalski", "ec-p256");
    let portal = issue(
        &office,
        &[
            "--profile",
            "portal-user",
            "--cn",
            "Mallory Portal",
            "--email",
            "mallory@example.pl",
            "--company-code",
            "K-17",
            "--login",
            "mallory",
            "--generate",
            "ec-p256",
            "--key-password-file",
            s(&office.user_pw),
        ],
    )["id"]
        .to_string();
    let input = office.path("umowa.pdf");
    std::fs::copy(fixture("pdfkit.pdf"), &input).unwrap();
    sign_with_sealdesk(&office, &first, &input);
    let signed = office.path("umowa-signed.pdf");
    let altered = office.path("altered.pdf");
    replace_first_page_content(&signed, &altered, "PAY 1,000,000 EUR TO MALLORY");
    sign_with_sealdesk(&office, &portal, &altered);
    let countersigned = office.path("altered-signed.pdf");

    let (run, printed) = verify(&office, &[s(&countersigned)]);
    assert_eq!(run.status, 1, "{printed} {}", run.stderr);
    assert_eq!(printed["valid"], false);
    let signatures = printed["signatures"].as_array().unwrap();
    assert_eq!(signatures.len(), 2, "{printed}");
    assert!(
        problems(&signatures[0]).contains(&"modified-after-signing"),
        "{printed}"
    );
    let changes = signatures[0]["modifications"].as_array().unwrap();
    let (page, _) = first_page(&signed);
    assert!(
        changes.iter().any(|c| c["role"] == "page"
            && c["page"] == 1
            && c["object"] == page
            && c["keys"][0] == "/Contents"),
        "{printed}"
    );
    // The countersignature itself only added what signing adds, but its
    // portal certificate is not meant for signing documents.
    assert!(
        !problems(&signatures[1]).contains(&"modified-after-signing"),
        "{printed}"
    );
    assert!(
        problems(&signatures[1]).contains(&"key-usage-not-for-signing"),
        "{printed}"
    );
    assert!(signatures[1]["modifications"]
        .as_array()
        .unwrap()
        .is_empty());
    assert_contains(&run.stderr, "problem[modified-after-signing]: ");
    assert!(
        run.stderr.contains(&format!(
            "modified[signature 1]: Changed: page 1 (object {page}): /Contents"
        )),
        "{}",
        run.stderr
    );
    // The text output says the same.
    let plain = office.run(&["verify", s(&countersigned)]);
    assert_eq!(plain.status, 1);
    assert_contains(&plain.stdout, "signature 1: CN=Jan Kowalski");
    assert_contains(&plain.stdout, "not valid");

    // pyHanko agrees that the first signature no longer holds.
    let out = Command::new(pyhanko())
        .args(["sign", "validate", "--trust"])
        .arg(office.path("seal.pem"))
        .args(["--trust-replace", "--pretty-print"])
        .arg(&countersigned)
        .output()
        .unwrap();
    let said = text(&out);
    assert!(!out.status.success(), "{said}");
    let first = said
        .split("Field 2:")
        .next()
        .expect("pyHanko's report of Signature1");
    assert!(
        first.contains("The signer's certificate is trusted."),
        "{said}"
    );
    assert!(
        first.contains("incompatible with the current document modification policy"),
        "{said}"
    );
    assert!(first.contains("The signature is judged INVALID."), "{said}");
}

#[test]
fn signatures_added_one_after_another_stay_valid() {
    let office = office();
    let first = new_signer(&office, "Jan Kowalski", "ec-p256");
    let second = new_signer(&office, "Anna Nowak", "rsa-2048");
    for name in ["pdfkit.pdf", "minimal-document.pdf", "pdflatex-forms.pdf"] {
        let input = office.path(name);
        std::fs::copy(fixture(name), &input).unwrap();
        sign_with_sealdesk(&office, &first, &input);
        let stem = name.trim_end_matches(".pdf");
        let once = office.path(&format!("{stem}-signed.pdf"));
        sign_with_sealdesk(&office, &second, &once);
        let twice = office.path(&format!("{stem}-signed-signed.pdf"));
        let printed = expect_valid(&office, &[s(&twice)]);
        let signatures = printed["signatures"].as_array().unwrap();
        assert_eq!(signatures.len(), 2, "{name}: {printed}");
        for signature in signatures {
            assert!(problems(signature).is_empty(), "{name}: {printed}");
        }
    }
}

/// Appends an incremental update by hand that fills in the first text
/// field of `pdf` (qpdf finds it) with `value`.
fn fill_first_text_field(pdf: &Path, out: &Path, value: &str) {
    let listing = Command::new("qpdf")
        .args(["--json", "--json-key=acroform"])
        .arg(pdf)
        .output()
        .expect("qpdf runs");
    let json: Value = serde_json::from_slice(&listing.stdout).unwrap();
    let field = json["acroform"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["fieldtype"] == "/Tx")
        .expect("a text field");
    let num: u32 = field["object"]
        .as_str()
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let dict = qpdf_object(pdf, &num.to_string());
    assert_contains(&dict, "/V ()");
    let filled = dict.replacen("/V ()", &format!("/V ({value})"), 1);
    let trailer = qpdf_object(pdf, "trailer");
    let root = trailer
        .split("/Root ")
        .nth(1)
        .map(|r| r.split(" R").next().unwrap().to_string() + " R")
        .expect("a /Root");
    let size = trailer
        .split("/Size ")
        .nth(1)
        .and_then(|r| r.split([' ', '>']).next())
        .unwrap()
        .to_string();
    let mut bytes = std::fs::read(pdf).unwrap();
    let prev = last_startxref(&bytes);
    if !bytes.ends_with(b"\n") {
        bytes.push(b'\n');
    }
    let at = bytes.len();
    bytes.extend_from_slice(format!("{num} 0 obj\n{filled}\nendobj\n").as_bytes());
    let xref_at = bytes.len();
    bytes.extend_from_slice(
        format!(
            "xref\n{num} 1\n{at:010} 00000 n\r\ntrailer\n<< /Size {size} /Root {root} /Prev {prev} >>\n\
             startxref\n{xref_at}\n%%EOF\n"
        )
        .as_bytes(),
    );
    std::fs::write(out, bytes).unwrap();
}

#[test]
fn a_form_filled_in_after_signing_needs_the_certification_to_allow_it() {
    let office = office();
    let ca = outside_ca(&subdir(&office, "ca"));
    let imported = office.json(&["cert", "import", s(&ca.ca_pem)]);
    office.trust(imported[0]["id"].as_i64().unwrap());
    let second = new_signer(&office, "Anna Nowak", "ec-p256");
    let form = fixture("pdflatex-forms.pdf");

    // Certified with DocMDP P=2 (pyHanko's default): filling in is allowed.
    let certified = office.path("certified.pdf");
    pyhanko_sign_with(&ca, "Sig1", &["--certify"], &form, &certified);
    let filled = office.path("certified-filled.pdf");
    fill_first_text_field(&certified, &filled, "Jan Kowalski");
    sign_with_sealdesk(&office, &second, &filled);
    let printed = expect_valid(&office, &[s(&office.path("certified-filled-signed.pdf"))]);
    assert_eq!(printed["signatures"].as_array().unwrap().len(), 2);

    // An approval signature allows no form filling.
    let approved = office.path("approved.pdf");
    pyhanko_sign(&ca, "Sig1", &form, &approved);
    let filled = office.path("approved-filled.pdf");
    fill_first_text_field(&approved, &filled, "Mallory");
    sign_with_sealdesk(&office, &second, &filled);
    let printed = expect_problem(
        &office,
        &[s(&office.path("approved-filled-signed.pdf"))],
        "modified-after-signing",
    );
    let changes = printed["signatures"][0]["modifications"]
        .as_array()
        .unwrap();
    assert!(
        changes
            .iter()
            .any(|c| c["role"] == "form-field" && c["keys"][0] == "/V"),
        "{printed}"
    );
    assert!(problems(&printed["signatures"][1]).is_empty(), "{printed}");
}
