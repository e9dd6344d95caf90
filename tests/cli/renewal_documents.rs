//! The documents around a renewal run, from the command line: the accession
//! card signed with the old certificate (read back by pdftotext, its
//! signature checked by pdfsig and pyHanko; with a key file password or a
//! token PIN), the CA's receipt files, and
//! the notification for the tax authority as CSV and PDF.

use crate::pades::{tool, Verifiers};
use crate::renewal::{
    director_on_token, item, olena_contact, renew_run, run_openssl, secrets_file, DirectorCa,
};
use crate::support::*;
use crate::token::{SoftHsm, PIN};
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

const OLENA: &str = "/CN=Олена Коваль/O=ТОВ Ромашка/C=UA/organizationIdentifier=NTRUA-32855961/emailAddress=olena@romashka.ua";
const OLENA_PW: &str = "Пароль-Олени-1";
const TARAS: &str = "/CN=Тарас Бондар/O=ТОВ Ромашка/C=UA/serialNumber=TINUA-1759013776/emailAddress=taras@romashka.ua";
const TARAS_PW: &str = "Пароль-Тараса-2";

fn pdf_text(path: &Path) -> String {
    let out = tool(
        "pdftotext",
        &[s(path), "-"],
        "apt-get install poppler-utils",
    );
    assert!(out.status.success(), "{}", text(&out));
    String::from_utf8(out.stdout).unwrap()
}

/// Files in `dir` whose name starts with `prefix`.
fn named(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .collect()
}

/// A run over two directors, formed and exported to the CA.
struct SentRun {
    ca: DirectorCa,
    ids: [i64; 2],
    run_id: String,
    status: Value,
}

fn sent_run(office: &Office) -> SentRun {
    let ca = DirectorCa::new(&office.path("ca"));
    let ids = [
        ca.director(office, "olena", OLENA, OLENA_PW),
        ca.director(office, "taras", TARAS, TARAS_PW),
    ];
    let new_pw = office.secret("new-pw", "Новий-ключ-2026\n");
    let certs = format!("{},{}", ids[0], ids[1]);
    let plan = ["renew", "plan", "--certs", &certs, "--term", "2y"];
    let key_dir = office.path("new-keys");
    let planned = office.json(&with(&plan, &olena_contact(&key_dir, &new_pw)));
    let run_id = planned["run_id"].as_i64().unwrap().to_string();
    let old = secrets_file(
        &office.path(""),
        "old",
        &[(ids[0], OLENA_PW), (ids[1], TARAS_PW)],
    );
    let deliver = format!("export:{}", s(&office.path("to-ca")));
    let status = office.json(&renew_run(
        &run_id,
        &old,
        ["--key-password-file", s(&new_pw)],
        &deliver,
    ));
    for id in ids {
        assert_eq!(item(&status, id)["state"], "sent", "{status}");
    }
    SentRun {
        ca,
        ids,
        run_id,
        status,
    }
}

/// SHA-256 (hex) of the public key in a DER PKCS#10 request, by OpenSSL.
fn request_spki_sha256(office: &Office, request: &Path) -> String {
    let pem = office.path("spki.pem");
    let der = office.path("spki.der");
    run_openssl(&[
        "req",
        "-inform",
        "DER",
        "-in",
        s(request),
        "-pubkey",
        "-noout",
        "-out",
        s(&pem),
    ]);
    run_openssl(&[
        "pkey",
        "-pubin",
        "-in",
        s(&pem),
        "-outform",
        "DER",
        "-out",
        s(&der),
    ]);
    hex::encode(Sha256::digest(std::fs::read(der).unwrap()))
}

/// `renew notification` of a run in `format` (`extra` after it) to `out`.
fn notification<'a>(
    run_id: &'a str,
    format: &'a str,
    extra: &[&'a str],
    out: &'a str,
) -> Vec<&'a str> {
    let args = ["renew", "notification", run_id, "--format", format];
    [&args[..], extra, &["--out", out]].concat()
}

fn card(office: &Office, run_id: &str, cert: i64, pw: &Path, extra: &[&str]) -> crate::Run {
    let cert = cert.to_string();
    let mut args = vec![
        "--json",
        "renew",
        "card",
        run_id,
        "--cert",
        &cert,
        "--key-password-file",
        s(pw),
    ];
    args.extend_from_slice(extra);
    office.run(&args)
}

#[test]
fn accession_cards_are_localized_pdfs_signed_with_the_old_certificate() {
    let office = office();
    let run = sent_run(&office);
    let [olena, taras] = run.ids;
    let key_dir = office.path("new-keys");
    let verifiers = Verifiers::new(&office.path(""), &[&run.ca.pem]);

    // A wrong old password: a clear error, and no card, signed or not.
    let wrong = office.secret("wrong-pw", "не той пароль");
    expect_error(
        &card(&office, &run.run_id, olena, &wrong, &["--lang", "uk"]),
        "key.wrong-password",
    );
    assert!(named(
        &key_dir,
        &format!("Олена-Коваль-renewal-{}-{olena}-card", run.run_id)
    )
    .is_empty());
    assert!(
        named(&key_dir, ".card-").is_empty(),
        "no temporary file left"
    );
    // A certificate that is not part of the run is refused by name.
    expect_error(
        &card(&office, &run.run_id, 999, &wrong, &[]),
        "renewal.item-not-found",
    );

    // Ukrainian card for Olena, by default beside her request.
    let pw = office.secret("olena-pw", OLENA_PW);
    let made = card(&office, &run.run_id, olena, &pw, &["--lang", "uk"]);
    assert_eq!(made.status, 0, "{}", made.stderr);
    let made: Value = serde_json::from_str(&made.stdout).unwrap();
    let path = PathBuf::from(made["path"].as_str().unwrap());
    assert_eq!(
        path,
        key_dir.join(format!(
            "Олена-Коваль-renewal-{}-{olena}-card.pdf",
            run.run_id
        ))
    );
    verifiers.assert_signed(&path, &["Signature1"]);
    let said = pdf_text(&path);
    let request = PathBuf::from(item(&run.status, olena)["pkcs10"].as_str().unwrap());
    let spki = request_spki_sha256(&office, &request);
    for expected in [
        "Картка приєднання",
        "Олена Коваль",
        "ТОВ Ромашка",
        "32855961",
        "olena@romashka.ua",
        "Тестовий КНЕДП",
        "Заявка на новий сертифікат",
        "2 роки",
        "+380 44 123-45-67",
        "Підпис директора",
    ] {
        assert!(said.contains(expected), "{expected} missing from: {said}");
    }
    let flat: String = said.split_whitespace().collect();
    assert!(
        flat.contains(&spki),
        "public key hash {spki} missing: {said}"
    );
    // The item names its card; a second card is not written over it.
    let status = office.json(&["renew", "status", &run.run_id]);
    assert_eq!(item(&status, olena)["card"], s(&path));
    expect_error(
        &card(&office, &run.run_id, olena, &pw, &["--lang", "uk"]),
        "io.file-exists",
    );

    // Hebrew card for Taras, to a chosen file.
    let pw = office.secret("taras-pw", TARAS_PW);
    let out = office.path("taras-card.pdf");
    let made = card(
        &office,
        &run.run_id,
        taras,
        &pw,
        &["--lang", "he", "--out", s(&out)],
    );
    assert_eq!(made.status, 0, "{}", made.stderr);
    verifiers.assert_signed(&out, &["Signature1"]);
    let said = pdf_text(&out);
    for expected in [
        "כרטיס",
        "הצטרפות",
        "מנהל",
        "Тарас Бондар",
        "1759013776",
        "שנתיים",
    ] {
        assert!(said.contains(expected), "{expected} missing from: {said}");
    }

    // A revoked old certificate cannot sign a card.
    let conn = rusqlite::Connection::open(store_file(&office.data)).unwrap();
    conn.execute(
        "UPDATE certificate SET state = 'revoked' WHERE id = ?1",
        [olena],
    )
    .unwrap();
    drop(conn);
    let pw = office.secret("olena-pw", OLENA_PW);
    let refused = card(
        &office,
        &run.run_id,
        olena,
        &pw,
        &["--out", s(&office.path("revoked-card.pdf"))],
    );
    expect_error(&refused, "sign.certificate-not-usable");
    assert!(!office.path("revoked-card.pdf").exists());
}

/// A receipt of the CA as a CMS message it signs, carrying `body`.
fn signed_receipt(ca: &DirectorCa, dir: &Path, name: &str, body: &str) -> PathBuf {
    let input = dir.join(format!("{name}.txt"));
    std::fs::write(&input, body).unwrap();
    let out = dir.join(format!("{name}.p7s"));
    run_openssl(&[
        "cms",
        "-sign",
        "-nodetach",
        "-binary",
        "-in",
        s(&input),
        "-signer",
        s(&ca.pem),
        "-inkey",
        s(&ca.key),
        "-outform",
        "DER",
        "-out",
        s(&out),
    ]);
    out
}

fn receipt(office: &Office, run_id: &str, cert: i64, file: &Path) -> crate::Run {
    office.run(&[
        "--json",
        "renew",
        "receipt",
        run_id,
        "--cert",
        &cert.to_string(),
        "--file",
        s(file),
    ])
}

#[test]
fn receipt_files_are_checked_kept_and_the_notification_lists_the_new_certificates() {
    let office = office();
    let run = sent_run(&office);
    let [olena, taras] = run.ids;
    let run_id = run.run_id.as_str();
    let answers = office.path("answers");
    std::fs::create_dir_all(&answers).unwrap();
    let envelope = |id: i64| PathBuf::from(item(&run.status, id)["request"].as_str().unwrap());
    let envelope_name = |id: i64| {
        envelope(id)
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .to_string()
    };
    let envelope_hash = |id: i64| hex::encode(Sha256::digest(std::fs::read(envelope(id)).unwrap()));

    // Before any install, there is nothing to notify.
    expect_error(
        &office.run(&notification(
            run_id,
            "csv",
            &[],
            s(&office.path("early.csv")),
        )),
        "renewal.nothing-installed",
    );
    assert!(!office.path("early.csv").exists());

    // Receipt 1, plain text naming the envelope file.
    let first = answers.join("kvytantsiia-1.txt");
    std::fs::write(
        &first,
        format!("Квитанція №1\nФайл {} отримано.\n", envelope_name(olena)),
    )
    .unwrap();
    // A receipt only its owner may read is kept that way (the process
    // umask is the usual 022 or narrower).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&first, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    // Olena's receipt is not Taras's.
    expect_error(
        &receipt(&office, run_id, taras, &first),
        "renewal.not-a-receipt",
    );
    let now = receipt(&office, run_id, olena, &first);
    assert_eq!(now.status, 0, "{}", now.stderr);
    let now: Value = serde_json::from_str(&now.stdout).unwrap();
    assert_eq!(now["state"], "receipt1");
    let kept = office.path("new-keys").join(format!(
        "Олена-Коваль-renewal-{run_id}-{olena}-receipt1.txt"
    ));
    assert_eq!(
        std::fs::read(&kept).unwrap(),
        std::fs::read(&first).unwrap()
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&kept).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the copy of a private receipt: {mode:o}");
    }

    // Receipt 2, a CMS message signed by the CA naming the envelope's hash.
    let body = format!(
        "Квитанція №2\nЗаявку SHA-256 {} прийнято до обробки.\n",
        envelope_hash(olena).to_uppercase()
    );
    let second = signed_receipt(&run.ca, &answers, "kvytantsiia-2", &body);
    // The same file twice is refused.
    let taras_body = format!("Квитанція №1\n{}\n", envelope_hash(taras));
    let taras_first = signed_receipt(&run.ca, &answers, "taras-1", &taras_body);
    assert_eq!(receipt(&office, run_id, taras, &taras_first).status, 0);
    expect_error(
        &receipt(&office, run_id, taras, &taras_first),
        "renewal.receipt-duplicate",
    );
    // A signed receipt altered after signing is refused.
    let mut bytes = std::fs::read(&second).unwrap();
    let at = bytes
        .windows("Квит".len())
        .position(|w| w == "Квит".as_bytes())
        .unwrap();
    bytes[at + 1] ^= 0x01;
    let altered = answers.join("altered.p7s");
    std::fs::write(&altered, bytes).unwrap();
    expect_error(
        &receipt(&office, run_id, olena, &altered),
        "verify.not-valid",
    );
    // Something that is no receipt at all.
    expect_error(
        &receipt(&office, run_id, olena, &run.ca.pem),
        "renewal.not-a-receipt",
    );
    let now = receipt(&office, run_id, olena, &second);
    assert_eq!(now.status, 0, "{}", now.stderr);
    let now: Value = serde_json::from_str(&now.stdout).unwrap();
    assert_eq!(now["state"], "receipt2");
    let copies = now["receipts"].as_array().unwrap();
    assert_eq!(copies.len(), 2, "{now}");
    assert!(
        copies[1].as_str().unwrap().ends_with("-receipt2.p7s"),
        "{now}"
    );
    // After the final receipt, no third one.
    expect_error(
        &receipt(&office, run_id, olena, &first),
        "renewal.wrong-state",
    );

    // The CA issues; the new certificates install.
    let mut files = Vec::new();
    for id in run.ids {
        let request = PathBuf::from(item(&run.status, id)["pkcs10"].as_str().unwrap());
        let pem = office.path(&format!("req-{id}.pem"));
        run_openssl(&["req", "-inform", "DER", "-in", s(&request), "-out", s(&pem)]);
        let issued = office.path(&format!("new-{id}.pem"));
        run.ca.issue(&pem, "730", &issued);
        files.push(issued);
    }
    let mut args = vec!["renew", "import"];
    args.extend(files.iter().map(|f| s(f)));
    office.json(&args);

    // CSV: a header and one row per new certificate, read back.
    let csv_path = office.path("notification.csv");
    let written = office.json(&notification(run_id, "csv", &[], s(&csv_path)));
    assert_eq!(written["certificates"].as_array().unwrap().len(), 2);
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    assert_eq!(
        reader.headers().unwrap(),
        vec![
            "director",
            "tax_id",
            "serial",
            "valid_from",
            "valid_until",
            "issuer",
            "old_certificate_id"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][0], "Олена Коваль");
    assert_eq!(&rows[0][1], "32855961");
    assert_eq!(&rows[1][0], "Тарас Бондар");
    assert_eq!(&rows[1][1], "1759013776");
    assert_eq!(&rows[0][5], "Тестовий КНЕДП");
    assert_eq!(&rows[0][6], olena.to_string().as_str());
    let serial = text(&openssl(&[
        "x509",
        "-in",
        s(&files[0]),
        "-noout",
        "-serial",
    ]));
    let serial = serial.trim().trim_start_matches("serial=").to_lowercase();
    assert_eq!(
        rows[0][2].trim_start_matches('0'),
        serial.trim_start_matches('0')
    );
    // An existing file is not replaced.
    expect_error(
        &office.run(&notification(run_id, "csv", &[], s(&csv_path))),
        "io.file-exists",
    );
    expect_error(
        &office.run(&notification(run_id, "xls", &[], s(&office.path("n.xls")))),
        "renewal.notification-format",
    );

    // PDF in Ukrainian.
    let pdf = office.path("notification.pdf");
    office.json(&notification(run_id, "pdf", &["--lang", "uk"], s(&pdf)));
    let said = pdf_text(&pdf);
    let hebrew = office.path("notification-he.pdf");
    office.json(&notification(run_id, "pdf", &["--lang", "he"], s(&hebrew)));
    let in_hebrew = pdf_text(&hebrew);
    for expected in ["הודעה", "תעודות", "מנהל", "Олена Коваль", "32855961"]
    {
        assert!(
            in_hebrew.contains(expected),
            "{expected} missing from: {in_hebrew}"
        );
    }
    for expected in [
        "Повідомлення про нові кваліфіковані сертифікати",
        "Олена Коваль",
        "Тарас Бондар",
        "32855961",
        "1759013776",
        "Податковий",
        "Тестовий КНЕДП",
    ] {
        assert!(said.contains(expected), "{expected} missing from: {said}");
    }
}

#[test]
fn a_director_whose_key_is_on_a_token_signs_the_card_with_the_pin() {
    let office = office();
    let hsm = SoftHsm::new(&office.path(""), "Card Token");
    let pin = office.secret("pin", &format!("{PIN}\n"));
    let wrong_pin = office.secret("wrong-pin", "0000\n");
    let new_pw = office.secret("new-pw", "Новий-ключ-2026\n");
    let run = |args: &[&str]| sealdesk(&office.data, args, &hsm.env());
    let json = |args: &[&str]| office.json_env(args, &hsm.env());
    let cert = director_on_token(
        &office,
        &hsm,
        &pin,
        ["Card Token", "director"],
        "Ірина Мельник",
    );
    let cert = cert["id"].as_i64().unwrap();
    let run_id = json(&[
        "renew",
        "plan",
        "--certs",
        &cert.to_string(),
        "--contact",
        "Ірина Мельник",
        "--phone",
        "+380441234567",
        "--key-dir",
        s(&office.path("new-keys")),
        "--key-password-file",
        s(&new_pw),
    ])["run_id"]
        .as_i64()
        .unwrap()
        .to_string();
    let old = secrets_file(&office.path(""), "old", &[(cert, PIN)]);
    let deliver = format!("export:{}", s(&office.path("to-ca")));
    json(&renew_run(
        &run_id,
        &old,
        ["--key-password-file", s(&new_pw)],
        &deliver,
    ));

    let out = office.path("card.pdf");
    let card = |pin: &Path| {
        run(&[
            "renew",
            "card",
            &run_id,
            "--cert",
            &cert.to_string(),
            "--pin-file",
            s(pin),
            "--lang",
            "pl",
            "--out",
            s(&out),
        ])
    };
    expect_error(&card(&wrong_pin), "token.wrong-pin");
    assert!(!out.exists(), "no card after a wrong PIN");
    let made = card(&pin);
    assert_eq!(made.status, 0, "{}", made.stderr);
    let verifiers = Verifiers::new(&office.path(""), &[&office.path("seal.pem")]);
    verifiers.assert_signed(&out, &["Signature1"]);
    let said = pdf_text(&out);
    for expected in ["Karta przystąpienia", "Ірина Мельник", "2 lata"] {
        assert!(said.contains(expected), "{expected} missing from: {said}");
    }
}
