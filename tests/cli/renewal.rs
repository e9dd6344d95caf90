//! Batch renewal from the command line: director certificates from an
//! outside CA (OpenSSL) are renewed in one run; OpenSSL checks every
//! envelope and request, issues from them, and the answers install.

use crate::keyring::in_keyring;
use crate::support::*;
use crate::token::{SoftHsm, PIN};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `renew run RUN_ID` with the old keys' secrets, the new keys' secret
/// (`secret_flag` and its file) and where the requests go.
pub(crate) fn renew_run<'a>(
    run_id: &'a str,
    old: &'a Path,
    secret: [&'a str; 2],
    deliver: &'a str,
) -> [&'a str; 9] {
    let [flag, file] = secret;
    [
        "renew",
        "run",
        run_id,
        "--old-secrets",
        s(old),
        flag,
        file,
        "--deliver",
        deliver,
    ]
}

/// The `renew plan` options naming Olena as the contact and where the new
/// keys go under which password.
pub(crate) fn olena_contact<'a>(key_dir: &'a Path, key_pw: &'a Path) -> Vec<&'a str> {
    let contact = ["--contact", "Олена Коваль", "--phone", "+380 44 123-45-67"];
    with(
        &contact,
        &["--key-dir", s(key_dir), "--key-password-file", s(key_pw)],
    )
}

/// A director Iryna (`cn`) whose certificate from the seal is for a new key
/// on the token (`token`: its label and the key's), opened with the PIN in
/// `pin`; what `cert issue` printed.
pub(crate) fn director_on_token(
    office: &Office,
    hsm: &SoftHsm,
    pin: &Path,
    token: [&str; 2],
    cn: &str,
) -> Value {
    let [token, label] = token;
    let generate = [
        "key",
        "generate",
        "--algorithm",
        "ec-p256",
        "--token",
        token,
    ];
    let module = [
        "--pin-file",
        s(pin),
        "--module",
        hsm.module(),
        "--label",
        label,
    ];
    let key = office.json_env(&with(&generate, &module), &hsm.env());
    let key = key["id"].as_i64().unwrap().to_string();
    let signer = [
        "--profile",
        "signing",
        "--cn",
        cn,
        "--email",
        "iryna@example.com.ua",
    ];
    let on_token = ["--key", &key, "--pin-file", s(pin)];
    office.json_env(
        &[&office.issue_args()[..], &signer, &on_token].concat(),
        &hsm.env(),
    )
}

/// OpenSSL's check of the signature on the DER request `request`
/// (`extra` after it).
fn check_request(request: &Path, extra: &[&str]) -> std::process::Output {
    let req = [
        "req",
        "-inform",
        "DER",
        "-in",
        s(request),
        "-verify",
        "-noout",
    ];
    openssl(&with(&req, extra))
}

pub(crate) fn run_openssl(args: &[&str]) {
    let out = openssl(args);
    assert!(out.status.success(), "openssl {args:?}: {}", text(&out));
}

/// Checks `envelope` (CMS SignedData, DER) against the CA file `ca` with
/// OpenSSL and writes the request it carries to `request`.
pub(crate) fn open_envelope(envelope: &Path, ca: &Path, request: &Path) {
    let out = cms_verify(s(envelope), None, ca, s(request));
    assert!(out.status.success(), "openssl cms -verify: {}", text(&out));
}

/// An outside CA in `dir`: its key and certificate.
pub(crate) struct DirectorCa {
    pub(crate) dir: PathBuf,
    pub(crate) key: PathBuf,
    pub(crate) pem: PathBuf,
}

impl DirectorCa {
    pub(crate) fn new(dir: &Path) -> Self {
        std::fs::create_dir_all(dir).unwrap();
        let key = dir.join("ca.key");
        let pem = dir.join("ca.pem");
        ec_key(&key);
        ca_cert(&key, "/CN=Тестовий КНЕДП/O=Outside CA/C=UA", &pem);
        Self {
            dir: dir.to_path_buf(),
            key,
            pem,
        }
    }

    /// Issues from a PEM request, for `days`, to `out`.
    pub(crate) fn issue(&self, csr_pem: &Path, days: &str, out: &Path) {
        sign_csr(
            csr_pem,
            [&self.pem, &self.key],
            days,
            &["-copy_extensions", "copy"],
            out,
        );
    }

    /// A director's key and certificate as PKCS#12 (with the CA) under
    /// `password`, imported into `office`; the certificate's id.
    pub(crate) fn director(
        &self,
        office: &Office,
        name: &str,
        subject: &str,
        password: &str,
    ) -> i64 {
        let key = self.dir.join(format!("{name}.key"));
        let csr = self.dir.join(format!("{name}.csr"));
        let pem = self.dir.join(format!("{name}.pem"));
        let p12 = self.dir.join(format!("{name}.p12"));
        let pw = secret_file(&self.dir, &format!("{name}-pw"), password);
        ec_key(&key);
        // A director's signing certificate, as qualified ones are.
        let usage = "keyUsage=critical,digitalSignature,nonRepudiation";
        openssl_csr(&key, subject, &["-utf8", "-addext", usage], &csr);
        self.issue(&csr, "20", &pem);
        let pass = format!("file:{}", s(&pw));
        p12_export([&pem, &key], &self.pem, &pass, &p12, &[]);
        let imported = office.json(&["cert", "import", s(&p12), "--password-file", s(&pw)]);
        imported[0]["id"].as_i64().unwrap()
    }
}

pub(crate) fn secrets_file(dir: &Path, name: &str, lines: &[(i64, &str)]) -> PathBuf {
    let text: String = lines
        .iter()
        .map(|(id, pw)| format!("{id}\t{pw}\n"))
        .collect();
    secret_file(dir, name, &text)
}

pub(crate) fn item(view: &Value, cert: i64) -> &Value {
    view["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["cert_id"] == cert)
        .unwrap()
}

#[test]
fn a_run_renews_directors_with_envelopes_openssl_accepts_and_the_answers_install() {
    let office = office();
    let ca = DirectorCa::new(&office.path("ca"));
    let directors = [
        (
            "olena",
            "/CN=Олена Коваль/O=ТОВ Ромашка/C=UA/emailAddress=olena@mail.ru",
            "Пароль-Олени-1",
        ),
        (
            "taras",
            "/CN=Тарас Бондар/O=ПП Вишня/C=UA/emailAddress=taras@example.com.ua",
            "Пароль-Тараса-2",
        ),
        (
            "iryna",
            "/CN=Ірина Мельник/O=ФОП Мельник/C=UA/emailAddress=iryna@example.org",
            "Пароль-Ірини-3",
        ),
    ];
    let ids: Vec<i64> = directors
        .iter()
        .map(|(name, subject, pw)| ca.director(&office, name, subject, pw))
        .collect();
    let certs = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let key_dir = office.path("new-keys");
    let new_pw = office.secret("new-pw", "Новий-ключ-2026\n");
    let plan_args = |extra: &[&str]| {
        let plan = ["renew", "plan", "--certs", &certs, "--term", "2y"];
        let mut args: Vec<String> = with(&plan, &olena_contact(&key_dir, &new_pw))
            .into_iter()
            .map(String::from)
            .collect();
        args.extend(extra.iter().map(|a| a.to_string()));
        args
    };

    // A mail.ru address not corrected: refused, naming the certificate.
    let refused = office.run(
        &plan_args(&[])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    expect_error(&refused, "renewal.forbidden-email");
    assert!(
        refused
            .stderr
            .contains(&format!("{} (olena@mail.ru)", ids[0])),
        "{}",
        refused.stderr
    );
    // A bad phone number is refused too.
    let mut bad_phone = plan_args(&[]);
    bad_phone[9] = "12-34".into();
    expect_error(
        &office.run(&bad_phone.iter().map(String::as_str).collect::<Vec<_>>()),
        "renewal.invalid-phone",
    );

    let fix = format!("{}=olena@romashka.com.ua", ids[0]);
    let planned = office.json(
        &plan_args(&["--set-email", &fix])
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    let run_id = planned["run_id"].as_i64().unwrap().to_string();
    assert_eq!(planned["items"].as_array().unwrap().len(), 3);
    assert_eq!(item(&planned, ids[0])["email"], "olena@romashka.com.ua");
    // Without --phrase-file nothing goes to the credential store.
    assert_eq!(planned["phrase_stored"], false);
    // No price list yet: every item says so, and there is no total.
    assert!(item(&planned, ids[0])["price"].is_null());
    assert_eq!(planned["unpriced"], 3);
    assert_eq!(planned["totals"].as_array().unwrap().len(), 0);

    // Mail delivery without an outgoing server, and a method that does not
    // exist, are refused before anything is made.
    let none = secrets_file(office.path("").as_path(), "old-none", &[]);
    for (deliver, code) in [
        ("mail:ca@example.com", "mail.not-configured"),
        ("fax:+380441234567", "renewal.delivery-unsupported"),
    ] {
        let refused = office.run(&renew_run(
            &run_id,
            &none,
            ["--key-password-file", s(&new_pw)],
            deliver,
        ));
        expect_error(&refused, code);
    }
    let untouched = office.json(&["renew", "status", &run_id]);
    assert!(untouched["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["state"] == "planned" && i["key"].is_null()));
    expect_error(
        &office.run(&["renew", "status", "99"]),
        "renewal.run-not-found",
    );

    // The second director's password is wrong: that item fails alone.
    let export = office.path("to-ca");
    let deliver = format!("export:{}", s(&export));
    let old_secrets = |name, second: &str| {
        let lines = [
            (ids[0], directors[0].2),
            (ids[1], second),
            (ids[2], directors[2].2),
        ];
        secrets_file(&office.path(""), name, &lines)
    };
    let new_key = ["--key-password-file", s(&new_pw)];
    let wrong = old_secrets("old-wrong", "не той пароль");
    let first = office.json(&renew_run(&run_id, &wrong, new_key, &deliver));
    assert_eq!(item(&first, ids[0])["state"], "sent");
    assert_eq!(item(&first, ids[1])["state"], "failed");
    assert_eq!(item(&first, ids[1])["error_code"], "key.wrong-password");
    assert!(
        item(&first, ids[1])["key"].is_null(),
        "no new key before the old secret is right"
    );
    assert_eq!(item(&first, ids[2])["state"], "sent");
    let first_key = item(&first, ids[0])["key"].as_str().unwrap().to_string();

    let right = old_secrets("old-right", directors[1].2);
    let second = office.json(&renew_run(&run_id, &right, new_key, &deliver));
    for id in &ids {
        assert_eq!(item(&second, *id)["state"], "sent", "{second}");
    }
    assert_eq!(
        item(&second, ids[0])["key"],
        first_key.as_str(),
        "nothing made twice"
    );
    assert_eq!(std::fs::read_dir(&export).unwrap().count(), 3);

    for (index, id) in ids.iter().enumerate() {
        let envelope = PathBuf::from(item(&second, *id)["delivered_to"].as_str().unwrap());
        let req_der = office.path(&format!("req-{id}.der"));
        open_envelope(&envelope, &ca.pem, &req_der);
        let checked = check_request(&req_der, &["-subject", "-nameopt", "utf8"]);
        let said = text(&checked);
        assert!(
            checked.status.success() && said.contains("verify OK"),
            "{said}"
        );
        let old_subject = directors[index].1;
        let cn = old_subject
            .split('/')
            .nth(1)
            .unwrap()
            .trim_start_matches("CN=");
        assert_contains(&said, cn);
        if index == 0 {
            assert!(
                said.contains("olena@romashka.com.ua") && !said.contains("mail.ru"),
                "{said}"
            );
        }
        // The CA issues from the request.
        let req_pem = office.path(&format!("req-{id}.pem"));
        run_openssl(&[
            "req",
            "-inform",
            "DER",
            "-in",
            s(&req_der),
            "-out",
            s(&req_pem),
        ]);
        ca.issue(&req_pem, "730", &office.path(&format!("new-{id}.pem")));
    }
    // Receipts, in order only.
    let third = ids[2].to_string();
    let receipt = |n| ["renew", "receipt", &run_id, "--cert", &third, "--number", n];
    let first_receipt = office.json(&receipt("1"));
    assert_eq!(first_receipt["state"], "receipt1");
    let final_receipt = office.json(&receipt("2"));
    assert_eq!(final_receipt["state"], "receipt2");
    expect_error(&office.run(&receipt("1")), "renewal.wrong-state");
    // A certificate that answers nothing is refused.
    expect_error(
        &office.run(&["renew", "import", s(&ca.dir.join("olena.pem"))]),
        "renewal.no-match",
    );

    let files: Vec<String> = ids
        .iter()
        .map(|id| s(&office.path(&format!("new-{id}.pem"))).to_string())
        .collect();
    let mut args = vec!["renew", "import"];
    args.extend(files.iter().map(String::as_str));
    let installed = office.json(&args);
    assert_eq!(installed.as_array().unwrap().len(), 3);
    let status = office.json(&["renew", "status", &run_id]);
    assert_eq!(status["state"], "done");
    for id in &ids {
        assert_eq!(item(&status, *id)["state"], "installed");
        let old = office.json(&["cert", "show", "--id", &id.to_string()]);
        assert_eq!(old["record"]["state"], "superseded", "{old}");
    }
    // Every key file in the key folder is a recorded key.
    let keys: Vec<_> = std::fs::read_dir(&key_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "key"))
        .collect();
    assert_eq!(keys.len(), 3);
}

/// Counts audit events of one action in the store.
fn audit_count(office: &Office, action: &str) -> i64 {
    let conn = rusqlite::Connection::open(store_file(&office.data)).unwrap();
    conn.query_row(
        "SELECT count(*) FROM audit_event WHERE action = ?1",
        [action],
        |r| r.get(0),
    )
    .unwrap()
}

fn files_with(dir: &Path, extension: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    found.sort();
    found
}

#[test]
fn a_run_killed_in_the_middle_resumes_without_a_second_key_or_request() {
    killed_and_resumed(Deliver::Export);
}

#[test]
fn a_mailing_run_killed_in_the_middle_queues_each_request_once() {
    killed_and_resumed(Deliver::Mail);
}

/// Where the killed run sends its requests.
#[derive(PartialEq)]
enum Deliver {
    Export,
    Mail,
}

/// Requests handed on so far: exported files, or mails in the outbox.
fn handed_on(office: &Office, export: &Path, how: &Deliver) -> usize {
    match how {
        Deliver::Export => std::fs::read_dir(export).unwrap().count(),
        Deliver::Mail => rusqlite::Connection::open(store_file(&office.data))
            .and_then(|conn| {
                conn.query_row("SELECT count(*) FROM outbox_message", [], |r| {
                    r.get::<_, i64>(0)
                })
            })
            .map_or(0, |n| n as usize),
    }
}

fn killed_and_resumed(how: Deliver) {
    const ITEMS: usize = 40;
    let office = office();
    if how == Deliver::Mail {
        // No login: the credential store plays no part in queueing.
        office.json(&[
            "smtp",
            "set",
            "--host",
            "127.0.0.1",
            "--port",
            "2525",
            "--security",
            "starttls",
            "--auth",
            "none",
            "--from",
            "office@example.com.ua",
        ]);
    }
    let user_pw = std::fs::read_to_string(&office.user_pw).unwrap();
    let user_pw = user_pw.trim_end();
    let mut ids = Vec::new();
    for n in 0..ITEMS {
        let cn = format!("Директор {n}");
        let email = format!("director{n}@example.com.ua");
        let issued = issue(
            &office,
            &[
                "--profile",
                "signing",
                "--cn",
                &cn,
                "--email",
                &email,
                "--generate",
                "ec-p256",
                "--key-password-file",
                s(&office.user_pw),
            ],
        );
        ids.push(issued["id"].as_i64().unwrap());
    }
    let certs = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let key_dir = office.path("new-keys");
    let new_pw = office.secret("new-pw", "Новий-ключ-2026\n");
    let planned = office.json(&[
        "renew",
        "plan",
        "--certs",
        &certs,
        "--term",
        "1y",
        "--contact",
        "Бухгалтер",
        "--phone",
        "0441234567",
        "--key-dir",
        s(&key_dir),
        "--key-password-file",
        s(&new_pw),
    ]);
    let run_id = planned["run_id"].as_i64().unwrap().to_string();
    let lines: Vec<(i64, &str)> = ids.iter().map(|id| (*id, user_pw)).collect();
    let old = secrets_file(office.path("").as_path(), "old", &lines);
    let export = office.path("to-ca");
    std::fs::create_dir_all(&export).unwrap();
    let deliver = match how {
        Deliver::Export => format!("export:{}", s(&export)),
        Deliver::Mail => "mail:cert@acsk.example.ua".to_string(),
    };
    let new_key = ["--key-password-file", s(&new_pw)];
    let run = renew_run(&run_id, &old, new_key, &deliver);

    let mut child = sealdesk_command(&office.data)
        .args(run)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    loop {
        if handed_on(&office, &export, &how) >= 3 {
            break;
        }
        assert!(started.elapsed().as_secs() < 120, "the run never got going");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // SIGKILL: no chance to clean up.
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "the run must be stopped mid-way, not finish"
    );
    let keys_before = files_with(&key_dir, "key").len();
    assert!(keys_before < ITEMS, "killed too late: {keys_before} keys");

    let resumed = office.json(&run);
    let items = resumed["items"].as_array().unwrap();
    assert_eq!(items.len(), ITEMS);
    assert!(items.iter().all(|i| i["state"] == "sent"), "{resumed}");

    // One key, one request, one envelope, one export per item; every key
    // file is a recorded key.
    let key_files = files_with(&key_dir, "key");
    assert_eq!(key_files.len(), ITEMS);
    let mut recorded: Vec<PathBuf> = items
        .iter()
        .map(|i| PathBuf::from(i["key"].as_str().unwrap()))
        .collect();
    recorded.sort();
    assert_eq!(key_files, recorded);
    assert_eq!(files_with(&key_dir, "p10").len(), ITEMS);
    assert_eq!(files_with(&key_dir, "p7m").len(), ITEMS);
    match how {
        Deliver::Export => assert_eq!(files_with(&export, "p7m").len(), ITEMS),
        Deliver::Mail => {
            let conn = rusqlite::Connection::open(store_file(&office.data)).unwrap();
            let (mails, references): (i64, i64) = conn
                .query_row(
                    "SELECT count(*), count(DISTINCT reference) FROM outbox_message
                     WHERE state = 'queued' AND reference LIKE 'renewal-item:%'",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .unwrap();
            assert_eq!((mails, references), (ITEMS as i64, ITEMS as i64));
            assert!(items
                .iter()
                .all(|i| i["delivered_to"] == "mailto:cert@acsk.example.ua"));
        }
    }
    assert_eq!(audit_count(&office, "renewal.formed"), ITEMS as i64);
    assert_eq!(audit_count(&office, "renewal.sent"), ITEMS as i64);
    // Keys: the seal's, the 40 old ones and the 40 new ones.
    let conn = rusqlite::Connection::open(store_file(&office.data)).unwrap();
    let keys: i64 = conn
        .query_row("SELECT count(*) FROM key", [], |r| r.get(0))
        .unwrap();
    assert_eq!(keys, 1 + 2 * ITEMS as i64);

    // A further run changes nothing.
    let again = office.json(&run);
    assert_eq!(again["items"], resumed["items"]);
    assert_eq!(audit_count(&office, "renewal.formed"), ITEMS as i64);
}

#[test]
fn new_keys_can_go_to_a_token_and_a_wrong_pin_fails_the_items_without_keys() {
    let office = office();
    let hsm = SoftHsm::new(office.path("").as_path(), "Renewal Token");
    let user_pw = std::fs::read_to_string(&office.user_pw).unwrap();
    let mut ids = Vec::new();
    for (cn, email) in [
        ("Олена", "olena@example.com.ua"),
        ("Тарас", "taras@example.com.ua"),
    ] {
        let issued = issue(
            &office,
            &[
                "--profile",
                "signing",
                "--cn",
                cn,
                "--email",
                email,
                "--generate",
                "ec-p256",
                "--key-password-file",
                s(&office.user_pw),
            ],
        );
        ids.push(issued["id"].as_i64().unwrap());
    }
    let pin = office.secret("pin", &format!("{PIN}\n"));
    let wrong_pin = office.secret("wrong-pin", "0000\n");
    let key_dir = office.path("requests");
    let json = |args: &[&str]| office.json_env(args, &hsm.env());
    // A third director's old key is on the token too: its old secret is the PIN.
    let issued = director_on_token(
        &office,
        &hsm,
        &pin,
        ["Renewal Token", "old-director"],
        "Ірина",
    );
    let token_cert = issued["id"].as_i64().unwrap();
    ids.push(token_cert);
    let certs = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
    let planned = json(&[
        "renew",
        "plan",
        "--certs",
        &certs,
        "--contact",
        "Олена",
        "--phone",
        "+380441234567",
        "--key-dir",
        s(&key_dir),
        "--token",
        "Renewal Token",
        "--pin-file",
        s(&pin),
        "--module",
        hsm.module(),
    ]);
    let run_id = planned["run_id"].as_i64().unwrap().to_string();
    let lines: Vec<(i64, &str)> = ids
        .iter()
        .map(|id| {
            (
                *id,
                if *id == token_cert {
                    PIN
                } else {
                    user_pw.trim_end()
                },
            )
        })
        .collect();
    let old = secrets_file(office.path("").as_path(), "old", &lines);
    let export = office.path("to-ca");
    let deliver = format!("export:{}", s(&export));

    let failed = json(&renew_run(
        &run_id,
        &old,
        ["--pin-file", s(&wrong_pin)],
        &deliver,
    ));
    let listing = hsm.private_keys();
    // The certificate whose old key is on the same token opens it with its
    // own (right) PIN first; the wrong PIN for the new key is refused all
    // the same, though the token itself is already logged in.
    for id in &ids {
        assert_eq!(item(&failed, *id)["state"], "failed");
        assert_eq!(item(&failed, *id)["error_code"], "token.wrong-pin");
        assert!(item(&failed, *id)["key"].is_null());
        assert!(
            !listing.contains(&format!("renewal-{run_id}-{id}")),
            "no key made with a wrong PIN: {listing}"
        );
    }

    let done = json(&renew_run(&run_id, &old, ["--pin-file", s(&pin)], &deliver));
    let listing = hsm.private_keys();
    // Each new key is labelled with its holder's name, so a person finds it
    // on the token.
    for (id, holder) in ids.iter().zip(["Олена", "Тарас", "Ірина"]) {
        let entry = item(&done, *id);
        assert_eq!(entry["state"], "sent", "{done}");
        let label = format!("{holder}-renewal-{run_id}-{id}");
        assert_contains(&listing, &label);
        assert_eq!(entry["key"], format!("token:Renewal Token/{label}"));
        let envelope = PathBuf::from(entry["delivered_to"].as_str().unwrap());
        let req_der = office.path(&format!("req-{id}.der"));
        open_envelope(&envelope, &office.path("seal.pem"), &req_der);
        let checked = check_request(&req_der, &[]);
        assert!(
            checked.status.success() && text(&checked).contains("verify OK"),
            "{}",
            text(&checked)
        );
    }
}

/// Two directors of the outside CA in a fresh office.
fn two_directors(office: &Office) -> (DirectorCa, [i64; 2]) {
    let ca = DirectorCa::new(&office.path("ca"));
    let a = ca.director(
        office,
        "olena",
        "/CN=Олена Коваль/O=ТОВ Ромашка/C=UA/emailAddress=olena@romashka.ua",
        "Пароль-Олени-1",
    );
    let b = ca.director(
        office,
        "taras",
        "/CN=Тарас Бондар/O=ТОВ Ромашка/C=UA/emailAddress=taras@romashka.ua",
        "Пароль-Тараса-2",
    );
    (ca, [a, b])
}

fn plan_args(office: &Office, certs: &[i64], extra: &[&str]) -> Vec<String> {
    let certs = certs
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    let pw = office.secret("new-pw", "Новий-ключ-2026\n");
    let plan = ["--json", "renew", "plan", "--certs", &certs];
    let key_dir = office.path("new-keys");
    let mut args: Vec<String> = with(&plan, &olena_contact(&key_dir, &pw))
        .iter()
        .map(|a| a.to_string())
        .collect();
    args.extend(extra.iter().map(|a| a.to_string()));
    args
}

#[test]
fn the_phrase_lives_only_in_the_credential_store_until_the_run_closes() {
    let office = office();
    let (_ca, [a, b]) = two_directors(&office);
    let phrase_text = "синій соняшник над Дніпром";
    let phrase = secret_file(
        office.path("").as_path(),
        "phrase",
        &format!("{phrase_text}\n"),
    );
    let home = office.path("home");
    let plan = plan_args(&office, &[a, b], &["--phrase-file", s(&phrase)]);

    // Without a credential store the plan fails with the clear error and
    // records nothing.
    let run = crate::sealdesk(
        &office.data,
        &plan.iter().map(String::as_str).collect::<Vec<_>>(),
        &[
            ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"),
            ("DISPLAY", ""),
        ],
    );
    expect_error(&run, "mail.credential-store-unavailable");
    assert_eq!(office.json(&["renew", "list"]), serde_json::json!([]));

    let lookup = "secret-tool lookup service 'SealDesk renewal' username run-1";
    let runs = in_keyring(
        &home,
        &office.data,
        &[
            plan.clone(),
            vec!["renew".into(), "phrase".into(), "1".into()],
            vec!["--json".into(), "renew".into(), "status".into(), "1".into()],
        ],
        lookup,
        "en_US.UTF-8",
    );
    assert_eq!(runs[0].status, 0, "{}", runs[0].stderr);
    let planned: Value = serde_json::from_str(&runs[0].stdout).unwrap();
    assert_eq!(planned["run_id"], 1);
    assert_eq!(planned["phrase_stored"], true);
    assert!(!runs[0].stdout.contains(phrase_text));
    assert_eq!(runs[1].status, 0, "{}", runs[1].stderr);
    assert_eq!(runs[1].stdout.trim(), phrase_text, "printed when asked for");
    assert!(
        !runs[2].stdout.contains(phrase_text),
        "status never shows it"
    );
    assert_eq!(runs[3].stdout.trim(), phrase_text, "the keyring holds it");
    // Not in the SQLite files, nor anywhere else in the data folder.
    for entry in std::fs::read_dir(&office.data).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap_or_default();
        assert!(
            !bytes
                .windows(phrase_text.len())
                .any(|w| w == phrase_text.as_bytes()),
            "the phrase is in the data folder"
        );
    }

    // Cancelling one certificate keeps it (the other is still open);
    // cancelling the rest removes it.
    let runs = in_keyring(
        &home,
        &office.data,
        &[
            vec![
                "renew".into(),
                "cancel".into(),
                "1".into(),
                "--cert".into(),
                a.to_string(),
            ],
            vec!["renew".into(), "phrase".into(), "1".into()],
            vec!["renew".into(), "cancel".into(), "1".into()],
            vec!["renew".into(), "phrase".into(), "1".into()],
        ],
        lookup,
        "en_US.UTF-8",
    );
    for run in &runs[..3] {
        assert_eq!(run.status, 0, "{}", run.stderr);
    }
    assert_eq!(runs[1].stdout.trim(), phrase_text);
    assert_eq!(runs[3].status, 1);
    assert!(
        runs[3].stderr.starts_with("error[renewal.phrase-missing]"),
        "{}",
        runs[3].stderr
    );
    assert_ne!(runs[4].status, 0, "secret-tool finds nothing");
    assert_eq!(runs[4].stdout, "");
}

#[test]
fn a_locked_keyring_fails_a_read_in_bounded_time_and_never_holds_up_closing_a_run() {
    let office = office();
    let (_ca, [a, b]) = two_directors(&office);
    let phrase = office.secret("phrase", "zielony słonecznik\n");
    let home = office.path("home");
    let Some(session) = crate::keyring::KeyringSession::start_with_display(&home) else {
        eprintln!("skipped: xvfb-run is not installed");
        return;
    };
    let plan = plan_args(&office, &[a, b], &["--phrase-file", s(&phrase)]);
    let plan: Vec<&str> = plan.iter().map(String::as_str).collect();
    let limit = std::time::Duration::from_secs(60);
    let planned = session.run_within(&office.data, &plan, &[], limit);
    assert_eq!(planned.status, 0, "{}", planned.stderr);

    // Locked: the keyring now answers with an unlock prompt on the display
    // that nobody answers.
    session.lock();
    let short = [("SEALDESK_SECRETS_TIMEOUT_MS", "1500")];
    let started = std::time::Instant::now();
    let read = session.run_within(&office.data, &["renew", "phrase", "1"], &short, limit);
    expect_error(&read, "secrets.locked");
    assert_contains(&read.stderr, "GNOME Keyring");
    assert!(started.elapsed() < std::time::Duration::from_secs(20));

    // Closing the run's last items removes the phrase: that clean-up waits
    // for nobody, the cancel succeeds, and the removal stays pending.
    let started = std::time::Instant::now();
    let cancel = session.run_within(&office.data, &["renew", "cancel", "1"], &short, limit);
    assert_eq!(cancel.status, 0, "{}", cancel.stderr);
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    let status = office.json(&["renew", "status", "1"]);
    assert!(
        status["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["state"] == "cancelled"),
        "{status}"
    );
    let db = rusqlite::Connection::open(office.data.join("sealdesk.sqlite3")).unwrap();
    let pending: Vec<String> = db
        .prepare("SELECT account FROM pending_secret_removal WHERE service = 'SealDesk renewal'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(pending, ["run-1"]);
}

#[test]
fn prices_start_dates_expiring_cancel_and_retry_from_the_command_line() {
    let office = office();
    let (_ca, [a, b]) = two_directors(&office);
    // The price list: by the CA's name, in any case; bad input refused.
    let price = |ca, term, amount, currency| {
        let set = ["renew", "prices", "set", "--ca", ca, "--term", term];
        with(&set, &["--amount", amount, "--currency", currency])
    };
    office.json(&price("тестовий кнедп", "2y", "1500.00", "uah"));
    expect_error(
        &office.run(&price("X", "2y", "12.345", "UAH")),
        "renewal.invalid-amount",
    );
    expect_error(
        &office.run(&price("X", "2y", "1", "hryvnia")),
        "renewal.invalid-currency",
    );
    expect_error(
        &office.run(&["renew", "prices", "remove", "--ca", "X", "--term", "1y"]),
        "renewal.price-not-found",
    );
    let list = office.json(&["renew", "prices", "list"]);
    assert_eq!(list[0]["price"]["amount"], "1500.00");
    assert_eq!(list[0]["price"]["currency"], "UAH");

    // Expiring: both, across issuers, searchable by e-mail.
    let found = office.json(&["renew", "expiring"]);
    assert_eq!(found["counts"]["total"], 2);
    assert_eq!(found["counts"]["by_issuer"]["Тестовий КНЕДП"], 2);
    let found = office.json(&["renew", "expiring", "--search", "TARAS@"]);
    assert_eq!(found["counts"]["total"], 1);
    assert_eq!(found["certificates"][0]["cert_id"], b);
    let expiry = found["certificates"][0]["not_after"].clone();
    let found = office.json(&["renew", "expiring", "--days", "5"]);
    assert_eq!(found["counts"]["total"], 0);

    // A start after the old certificate's expiry is refused by name; one
    // the day before it plans with a warning in the user's language.
    let expiry = expiry.as_str().unwrap()[..10].to_string();
    let expiry = chrono::NaiveDate::parse_from_str(&expiry, "%Y-%m-%d").unwrap();
    let late = format!("{b}={}", expiry + chrono::Duration::days(1));
    let run = office.run(
        &plan_args(&office, &[a, b], &["--start-for", &late])[1..]
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    expect_error(&run, "renewal.start-after-expiry");
    assert_contains(&run.stderr, &format!(" {b} "));
    let close = format!("{b}={}", expiry - chrono::Duration::days(1));
    let args = plan_args(&office, &[a, b], &["--start-for", &close]);
    let run = crate::sealdesk(
        &office.data,
        &args[1..].iter().map(String::as_str).collect::<Vec<_>>(),
        &[("LANG", "uk_UA.UTF-8")],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("warning[renewal.start-close-to-expiry]: Новий сертифікат"),
        "{}",
        run.stdout
    );
    assert_contains(&run.stdout, "total: 3000.00 UAH");
    let status = office.json(&["renew", "status", "1"]);
    assert_eq!(
        item(&status, b)["start_date"],
        (expiry - chrono::Duration::days(1)).to_string()
    );
    assert_eq!(item(&status, a)["price"]["amount"], "1500.00");
    assert_eq!(
        office.json(&["renew", "expiring"])["counts"]["in_open_run"],
        2
    );

    // A wrong password fails one item; status names the reason; retry
    // takes that item alone once the password is right.
    let new_pw = office.path("new-pw");
    let export = format!("export:{}", s(&office.path("to-ca")));
    let wrong = secrets_file(
        office.path("").as_path(),
        "old-wrong",
        &[(a, "Пароль-Олени-1"), (b, "не той")],
    );
    let run_args = |secrets: &Path| {
        vec![
            "--old-secrets".to_string(),
            s(secrets).to_string(),
            "--key-password-file".into(),
            s(&new_pw).into(),
            "--deliver".into(),
            export.clone(),
        ]
    };
    let mut first = vec!["renew".to_string(), "run".into(), "1".into()];
    first.extend(run_args(&wrong));
    let view = office.json(&first.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(item(&view, a)["state"], "sent");
    assert_eq!(item(&view, b)["state"], "failed");
    let status = office.run(&["renew", "status", "1"]);
    assert!(
        status.stdout.contains(&format!(
            "certificate {b}: failed, 1500.00 UAH [key.wrong-password:"
        )),
        "{}",
        status.stdout
    );
    // Cancelling a sent certificate is refused; one not in the run is named.
    expect_error(
        &office.run(&["renew", "cancel", "1", "--cert", &a.to_string()]),
        "renewal.wrong-state",
    );
    expect_error(
        &office.run(&["renew", "cancel", "1", "--cert", "99"]),
        "renewal.item-not-found",
    );
    let right = secrets_file(
        office.path("").as_path(),
        "old-right",
        &[(a, "Пароль-Олени-1"), (b, "Пароль-Тараса-2")],
    );
    let mut retry = vec![
        "renew".to_string(),
        "retry".into(),
        "1".into(),
        "--cert".into(),
        b.to_string(),
    ];
    retry.extend(run_args(&right));
    let view = office.json(&retry.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(item(&view, b)["state"], "sent");
    assert!(item(&view, b)["error_code"].is_null());
    expect_error(
        &office.run(&retry.iter().map(String::as_str).collect::<Vec<_>>()),
        "renewal.wrong-state",
    );
    assert_eq!(audit_count(&office, "renewal.sent"), 2);
}
