//! `sealdesk mail send` and `sealdesk outbox ...` against a real SMTP server
//! on the loopback interface, with the SMTP password in a real GNOME
//! Keyring: what arrives, one connection per batch, outages, a crash in the
//! middle of a transaction, deferrals and refusals, S/MIME and signed
//! documents checked by OpenSSL and pdfsig.

use super::keyring::KeyringSession;
use super::renewal::renew_run;
use super::smtp_server::{
    connections, free_port, make_pki, received, Pki, Received, Server, ServerOptions, PASSWORD,
    USER, XOAUTH2_TOKEN,
};
use crate::support::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const FROM: &str = "biuro@example.com";

fn json(run: &Run) -> Value {
    assert_eq!(run.status, 0, "{} {}", run.stdout, run.stderr);
    serde_json::from_str(&run.stdout).expect("stdout is one JSON value")
}

/// A store (plain or an office with a seal), a test PKI for the server, a
/// keyring session and a folder where the server keeps what it receives.
struct Desk {
    tmp: tempfile::TempDir,
    data: PathBuf,
    pki: Pki,
    keyring: KeyringSession,
    inbox: PathBuf,
    office: Option<Office>,
    /// Environment of every sealdesk run (the token's configuration).
    env: Vec<(String, String)>,
}

impl Desk {
    fn new() -> Desk {
        let tmp = tempfile::tempdir().unwrap();
        let data = init_store(tmp.path());
        Self::around(tmp, data, None)
    }

    /// A desk on an office with a seal and a signing certificate.
    fn with_office() -> Desk {
        let office = office();
        let tmp = tempfile::tempdir().unwrap();
        let data = office.data.clone();
        Self::around(tmp, data, Some(office))
    }

    fn around(tmp: tempfile::TempDir, data: PathBuf, office: Option<Office>) -> Desk {
        let pki_dir = tmp.path().join("pki");
        std::fs::create_dir_all(&pki_dir).unwrap();
        let pki = make_pki(&pki_dir);
        let home = tmp.path().join("home");
        std::fs::create_dir_all(&home).unwrap();
        let keyring = KeyringSession::start(&home);
        let inbox = tmp.path().join("inbox");
        Desk {
            tmp,
            data,
            pki,
            keyring,
            inbox,
            office,
            env: Vec::new(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    /// A file of the desk's own, readable only by its owner (many hold
    /// passwords, and a secret file others can read draws a warning).
    fn file(&self, name: &str, content: &[u8]) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, content).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        path
    }

    fn run(&self, args: &[&str]) -> Run {
        self.keyring.run(&self.data, args, &self.env)
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        json(&self.run(&all))
    }

    /// The test server, with the desk set up to send through it.
    fn serve(&self) -> Server {
        let server = self.server();
        self.configure(server.port, PASSWORD);
        server
    }

    fn server(&self) -> Server {
        Server::storing(&self.pki, &self.inbox)
    }

    /// `smtp set` for the test server on `port` with `password`, keeping
    /// .eml copies in `copies`.
    fn configure(&self, port: u16, password: &str) {
        let pw = self.file("smtp-pw", format!("{password}\n").as_bytes());
        let copies = self.path("sent-copies");
        self.json(&[
            "smtp",
            "set",
            "--host",
            "localhost",
            "--port",
            &port.to_string(),
            "--security",
            "starttls",
            "--user",
            USER,
            "--password-file",
            s(&pw),
            "--from",
            FROM,
            "--name",
            "Biuro Rachunkowe",
            "--ca-file",
            s(&self.pki.ca),
            "--eml-dir",
            s(&copies),
        ]);
    }

    /// `mail send` with a plain-text body; returns the queued message.
    fn send(&self, subject: &str, extra: &[&str]) -> Value {
        let body = self.file(
            "body.txt",
            "Dzień dobry,\nw załączniku dokumenty.\n".as_bytes(),
        );
        let mut args = vec![
            "mail",
            "send",
            "--subject",
            subject,
            "--body-file",
            s(&body),
        ];
        args.extend_from_slice(extra);
        self.json(&args)
    }

    /// `mail send` to `to`, signed (S/MIME) with `cert` whose key opens
    /// with `secret` (its option and file).
    fn send_signed(&self, subject: &str, to: &str, cert: &str, secret: [&str; 2]) -> Value {
        self.send(
            subject,
            &["--to", to, "--smime", cert, secret[0], secret[1]],
        )
    }

    fn outbox_run(&self) -> Value {
        self.json(&["outbox", "run", "--once"])
    }

    fn show(&self, id: &Value) -> Value {
        self.json(&["outbox", "show", &id.to_string()])
    }

    /// Nothing was queued.
    fn assert_outbox_empty(&self) {
        let listed = self.json(&["outbox", "list"]);
        assert!(listed.as_array().unwrap().is_empty(), "{listed}");
    }

    fn inbox(&self) -> Vec<Received> {
        received(&self.inbox)
    }
}

/// `mail send` to the client of `document`, signed on its way with `cert`
/// whose key opens with the password in `password`.
fn sign_and_send<'a>(cert: &'a str, password: &'a str, document: &'a str) -> Vec<&'a str> {
    let send = ["mail", "send", "--sign-with", cert];
    let files = ["--password-file", password, "--document", document];
    [&send[..], &files, &["--to", "klient@example.com"]].concat()
}

/// The text of the first part of `content_type` in a parsed message.
fn part_text(parsed: &Value, content_type: &str) -> String {
    let parts = parsed["parts"].as_array().unwrap();
    let part = parts.iter().find(|p| p["content_type"] == content_type);
    part.unwrap()["text"].as_str().unwrap().to_owned()
}

/// A received message parsed by Python's mail parser (tests/support/eml_dump.py).
fn dump(message: &Received, out: &Path) -> Value {
    let python = super::smtp_server::smtp_python();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/support/eml_dump.py");
    let out = Command::new(python)
        .arg(script)
        .arg(&message.path)
        .arg(out)
        .output()
        .expect("the message parser runs");
    assert_ok(&out);
    serde_json::from_slice(&out.stdout).unwrap()
}

fn message_ids(inbox: &[Received]) -> Vec<String> {
    inbox
        .iter()
        .map(|m| m.header("Message-ID").expect("a Message-ID header"))
        .collect()
}

#[test]
fn what_arrives_is_decoded_intact_and_three_messages_share_one_connection() {
    let desk = Desk::new();
    let _server = desk.serve();

    let attachment: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    let scan = desk.file("рахунок 2026.bin", &attachment);
    let ukrainian = "Рахунок-фактура №118 — підписано";
    let first = desk.send(
        ukrainian,
        &[
            "--to",
            "olena@example.com",
            "--cc",
            "kasa@example.com",
            "--bcc",
            "archiwum@example.com",
            "--attach",
            s(&scan),
        ],
    );
    assert_eq!(first["state"], "queued");
    let hebrew = "חשבונית מס 118 חתומה";
    let second = desk.send(hebrew, &["--to", "noa@example.com"]);
    let third = desk.json(&[
        "mail",
        "send",
        "--template",
        "signed-document",
        "--lang",
        "he-IL",
        "--to",
        "yossi@example.com",
        "--var",
        "recipient=יוסי",
        "--var",
        "document=חוזה.pdf",
        "--var",
        "sender=דנה",
        "--var",
        "company=כהן בע\"מ",
    ]);

    let listed = desk.json(&["outbox", "list"]);
    assert_eq!(listed.as_array().unwrap().len(), 3);
    assert!(listed
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m["state"] == "queued"));

    let report = desk.outbox_run();
    assert_eq!(report["sent"], 3, "{report}");
    assert_eq!(connections(&desk.inbox), 1, "one connection for the batch");
    let inbox = desk.inbox();
    assert_eq!(inbox.len(), 3);

    // 1: Ukrainian subject, attachment, Cc visible, Bcc only in the envelope.
    let got = &inbox[0];
    let raw_subject = got.header("Subject").unwrap();
    assert!(
        raw_subject.is_ascii() && raw_subject.contains("=?"),
        "{raw_subject}"
    );
    let parsed = dump(got, &desk.path("parts-1"));
    assert_eq!(parsed["subject"], ukrainian);
    assert_eq!(got.mail_from, FROM);
    assert_eq!(
        got.rcpt_tos,
        [
            "olena@example.com",
            "kasa@example.com",
            "archiwum@example.com"
        ]
    );
    assert!(
        !got.text().to_lowercase().contains("\nbcc:"),
        "no Bcc header"
    );
    assert!(
        !got.text().contains("archiwum@"),
        "the blind copy stays hidden"
    );
    assert!(parsed["raw"]["Cc"]
        .as_str()
        .unwrap()
        .contains("kasa@example.com"));
    assert_eq!(got.header("Message-ID").unwrap(), first["message_id"]);
    assert!(got.header("Date").is_some());
    let attached: Vec<&Value> = parsed["parts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["filename"].is_string())
        .collect();
    assert_eq!(attached.len(), 1, "{parsed}");
    assert_eq!(attached[0]["filename"], "рахунок 2026.bin");
    assert_eq!(
        std::fs::read(attached[0]["file"].as_str().unwrap()).unwrap(),
        attachment,
        "the attachment arrives byte for byte"
    );

    // 2: Hebrew subject.
    let raw_subject = inbox[1].header("Subject").unwrap();
    assert!(
        raw_subject.is_ascii() && raw_subject.contains("=?"),
        "{raw_subject}"
    );
    let parsed = dump(&inbox[1], &desk.path("parts-2"));
    assert_eq!(parsed["subject"], hebrew);
    assert_eq!(inbox[1].header("Message-ID").unwrap(), second["message_id"]);

    // 3: the template in the recipient's language.
    let parsed = dump(&inbox[2], &desk.path("parts-3"));
    assert_eq!(parsed["subject"], "מסמך חתום: חוזה.pdf");
    let text = part_text(&parsed, "text/plain");
    assert_contains(&text, "שלום יוסי");
    assert_eq!(inbox[2].header("Message-ID").unwrap(), third["message_id"]);

    // Each sent message has its .eml copy; the outbox says sent.
    let mut copies: Vec<Vec<u8>> = std::fs::read_dir(desk.path("sent-copies"))
        .unwrap()
        .map(|e| std::fs::read(e.unwrap().path()).unwrap())
        .collect();
    copies.sort();
    let mut arrived: Vec<Vec<u8>> = inbox.iter().map(|m| m.eml.clone()).collect();
    arrived.sort();
    assert!(
        copies == arrived,
        "the .eml copies are byte for byte the messages that arrived"
    );
    for queued in [&first, &second, &third] {
        let shown = desk.show(&queued["id"]);
        assert_eq!(shown["state"], "sent", "{shown}");
        assert_eq!(shown["attempts"], 1);
    }
    // Nothing is due any more: a second run sends nothing and connects not.
    assert_eq!(desk.outbox_run()["sent"], 0);
    assert_eq!(connections(&desk.inbox), 1);
}

#[cfg(unix)]
#[test]
fn a_link_in_place_of_a_spooled_message_is_not_sent_and_a_sent_message_leaves_no_spool_file() {
    let desk = Desk::new();
    let _server = desk.serve();
    let spool = desk.data.join("outbox");
    let secret = desk.file("seal.key", b"-----BEGIN ENCRYPTED PRIVATE KEY-----\n");

    let only_spooled = || {
        let files: Vec<PathBuf> = std::fs::read_dir(&spool)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1, "{files:?}");
        files[0].clone()
    };
    let swapped = desk.send("Faktura 7/2026", &["--to", "a@example.com"]);
    let spooled = only_spooled();
    std::fs::remove_file(&spooled).unwrap();
    std::os::unix::fs::symlink(&secret, &spooled).unwrap();
    let report = desk.outbox_run();
    assert_eq!(report["sent"], 0, "{report}");
    assert_eq!(report["failed"], 1, "{report}");
    let shown = desk.show(&swapped["id"]);
    assert_eq!(shown["state"], "failed");
    assert_eq!(shown["last_error"]["code"], "mail.spool-invalid", "{shown}");
    assert!(desk.inbox().is_empty(), "nothing was sent");

    // The failed message's link stays (it is the user's to cancel).
    desk.json(&["outbox", "cancel", &swapped["id"].to_string()]);
    let good = desk.send("Faktura 8/2026", &["--to", "b@example.com"]);
    let spooled = only_spooled();
    assert_eq!(desk.outbox_run()["sent"], 1);
    assert_eq!(desk.inbox().len(), 1);
    assert!(
        !spooled.exists(),
        "the sent message's spool file is removed"
    );
    assert_eq!(
        desk.show(&good["id"])["state"],
        "sent",
        "the list still shows it"
    );
}

#[test]
fn an_outage_keeps_messages_queued_and_each_is_delivered_once_later() {
    let desk = Desk::new();
    let port = free_port();
    desk.configure(port, PASSWORD);
    let a = desk.send("Faktura 1/2026", &["--to", "a@example.com"]);
    let b = desk.send("Faktura 2/2026", &["--to", "b@example.com"]);

    let before = chrono::Utc::now();
    let report = desk.outbox_run();
    assert_eq!(report["sent"], 0);
    assert_eq!(report["deferred"], 2, "{report}");
    for queued in [&a, &b] {
        let shown = desk.show(&queued["id"]);
        assert_eq!(shown["state"], "queued", "{shown}");
        assert_eq!(shown["attempts"], 1);
        assert_eq!(shown["last_error"]["code"], "mail.server-unreachable");
        let next: chrono::DateTime<chrono::Utc> =
            shown["next_attempt_at"].as_str().unwrap().parse().unwrap();
        assert!(next > before + chrono::Duration::seconds(50), "{shown}");
    }
    // Not due yet: another run does not try.
    assert_eq!(desk.outbox_run()["deferred"], 0);

    let _server = Server::start_with(
        &desk.pki,
        &ServerOptions {
            cert: "good",
            mode: "starttls",
            store: Some(&desk.inbox),
            port: Some(port),
        },
    );
    let retried = desk.json(&["outbox", "retry", &a["id"].to_string()]);
    assert_eq!(retried["state"], "queued");
    assert_eq!(desk.outbox_run()["sent"], 1);
    desk.json(&["outbox", "retry", &b["id"].to_string()]);
    // Without --once the run ends when nothing is queued any more.
    let report = desk.json(&["outbox", "run"]);
    assert_eq!(report["sent"], 1, "{report}");
    assert_eq!(report["queued"], 0);
    assert_eq!(desk.outbox_run()["sent"], 0);

    let mut ids = message_ids(&desk.inbox());
    ids.sort();
    let mut expected = vec![
        a["message_id"].as_str().unwrap().to_owned(),
        b["message_id"].as_str().unwrap().to_owned(),
    ];
    expected.sort();
    assert_eq!(ids, expected, "each message arrives exactly once");
    let sent = desk.show(&a["id"]);
    assert_eq!(sent["state"], "sent");
    assert_eq!(sent["attempts"], 2);
    assert!(sent["last_error"].is_null());
    // A sent message is not retried.
    expect_error(
        &desk.run(&["outbox", "retry", &a["id"].to_string()]),
        "mail.outbox-wrong-state",
    );
}

#[test]
fn a_crash_during_data_leaves_the_outcome_unknown_and_nothing_is_sent_twice() {
    let desk = Desk::new();
    let _server = desk.serve();
    let queued = desk.send("Umowa", &["--to", "stall@example.com"]);

    let mut run = desk
        .keyring
        .command(&desk.data, &["--json", "outbox", "run", "--once"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stalled = desk.inbox.join("stalled");
    let start = Instant::now();
    while !stalled.exists() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the server never got the message"
        );
        assert!(run.try_wait().unwrap().is_none(), "outbox run ended early");
        std::thread::sleep(Duration::from_millis(50));
    }
    run.kill().unwrap(); // SIGKILL
    run.wait().unwrap();
    assert_eq!(desk.show(&queued["id"])["state"], "sending");

    let report = desk.outbox_run();
    assert_eq!(report["recovered"], serde_json::json!([queued["id"]]));
    assert_eq!(report["sent"], 0);
    let shown = desk.show(&queued["id"]);
    assert_eq!(shown["state"], "failed", "{shown}");
    assert_eq!(shown["last_error"]["code"], "mail.outcome-unknown");
    assert_eq!(desk.outbox_run()["sent"], 0);
    assert_eq!(
        std::fs::read_to_string(&stalled).unwrap().lines().count(),
        1,
        "the message was handed over only once"
    );
    assert_eq!(connections(&desk.inbox), 1);
}

#[test]
fn a_deferral_is_retried_later_with_backoff_and_a_refusal_fails() {
    let desk = Desk::new();
    let _server = desk.serve();
    let deferred = desk.send("Wezwanie", &["--to", "defer@example.com"]);
    let rejected = desk.send("Wezwanie", &["--to", "reject@example.com"]);
    let fine = desk.send("Wezwanie", &["--to", "ok@example.com"]);

    let t0 = chrono::Utc::now();
    let report = desk.outbox_run();
    assert_eq!(
        (&report["sent"], &report["deferred"], &report["failed"]),
        (&Value::from(1), &Value::from(1), &Value::from(1)),
        "{report}"
    );
    assert_eq!(
        connections(&desk.inbox),
        1,
        "a refusal does not cost the connection"
    );
    let shown = desk.show(&deferred["id"]);
    assert_eq!(shown["state"], "queued");
    assert_eq!(shown["last_error"]["code"], "mail.deferred");
    assert!(shown["last_error"]["params"]["reply"]
        .as_str()
        .unwrap()
        .contains("451"));
    let next1: chrono::DateTime<chrono::Utc> =
        shown["next_attempt_at"].as_str().unwrap().parse().unwrap();
    assert!(next1 >= t0 + chrono::Duration::seconds(60), "{shown}");
    let shown = desk.show(&rejected["id"]);
    assert_eq!(shown["state"], "failed");
    assert_eq!(shown["last_error"]["code"], "mail.rejected");
    assert_eq!(desk.show(&fine["id"])["state"], "sent");

    // Made due by hand, deferred again: the wait doubles.
    desk.json(&["outbox", "retry", &deferred["id"].to_string()]);
    let t1 = chrono::Utc::now();
    desk.outbox_run();
    let shown = desk.show(&deferred["id"]);
    assert_eq!(shown["attempts"], 2);
    let next2: chrono::DateTime<chrono::Utc> =
        shown["next_attempt_at"].as_str().unwrap().parse().unwrap();
    assert!(next2 >= t1 + chrono::Duration::seconds(120), "{shown}");
    assert!(next2 < t1 + chrono::Duration::seconds(180), "{shown}");

    // Cancelled, it is never sent; a failed one cannot be cancelled twice.
    let cancelled = desk.json(&["outbox", "cancel", &deferred["id"].to_string()]);
    assert_eq!(cancelled["state"], "cancelled");
    expect_error(
        &desk.run(&["outbox", "cancel", &deferred["id"].to_string()]),
        "mail.outbox-wrong-state",
    );
    expect_error(
        &desk.run(&["outbox", "show", "999"]),
        "mail.outbox-not-found",
    );
    assert_eq!(desk.inbox().len(), 1);
}

#[test]
fn a_wrong_server_password_is_recorded_as_auth_refused() {
    let desk = Desk::new();
    let server = desk.server();
    desk.configure(server.port, "not-the-password");
    let queued = desk.send("Faktura", &["--to", "a@example.com"]);
    let report = desk.outbox_run();
    assert_eq!(report["deferred"], 1, "{report}");
    let shown = desk.show(&queued["id"]);
    assert_eq!(shown["state"], "queued");
    assert_eq!(shown["last_error"]["code"], "mail.auth-refused", "{shown}");
    assert!(desk.inbox().is_empty());
    // The text form says it in the user's language, with the server's reply.
    let mut desk = desk;
    desk.env = vec![("LANG".into(), "pl_PL.UTF-8".into())];
    let text = desk.run(&["outbox", "show", &queued["id"].to_string()]);
    assert_eq!(text.status, 0, "{}", text.stderr);
    assert!(
        text.stdout
            .contains("last error [mail.auth-refused]: Serwer poczty odrzucił logowanie (")
            && text.stdout.contains("535"),
        "{}",
        text.stdout
    );
}

#[test]
fn an_oauth2_token_from_the_keyring_signs_in_and_delivers() {
    let desk = Desk::new();
    let server = desk.server();
    let set = |token: &str| {
        let file = desk.file("token", format!("{token}\n").as_bytes());
        desk.json(&[
            "smtp",
            "set",
            "--host",
            "localhost",
            "--port",
            &server.port.to_string(),
            "--security",
            "starttls",
            "--user",
            USER,
            "--token-file",
            s(&file),
            "--from",
            FROM,
            "--ca-file",
            s(&desk.pki.ca),
        ])
    };
    set("ya29.expired-token");
    let test = desk.run(&["--json", "smtp", "test"]);
    assert_eq!(test.status, 1);
    let out: Value = serde_json::from_str(&test.stdout).unwrap();
    assert_eq!(out["step"], "auth");
    assert_eq!(out["code"], "smtp.auth-oauth", "{out}");

    set(XOAUTH2_TOKEN);
    let test = desk.json(&["smtp", "test"]);
    assert_eq!(test["step"], "done");
    let queued = desk.send("Token", &["--to", "a@example.com"]);
    assert_eq!(desk.outbox_run()["sent"], 1);
    assert_eq!(
        desk.inbox()[0].header("Message-ID").unwrap(),
        queued["message_id"]
    );
    let account = format!("{USER}@localhost:{}", server.port);
    let lookup = desk
        .keyring
        .tool("secret-tool")
        .args(["lookup", "service", "SealDesk SMTP", "username", &account])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&lookup.stdout).trim_end(),
        XOAUTH2_TOKEN,
        "the token is kept in the keyring"
    );
    let db = std::fs::read(super::store_file(&desk.data)).unwrap();
    assert!(!db
        .windows(XOAUTH2_TOKEN.len())
        .any(|w| w == XOAUTH2_TOKEN.as_bytes()));
}

#[test]
fn unsafe_headers_and_large_messages_are_refused_before_anything_is_queued() {
    let tmp = tempfile::tempdir().unwrap();
    let data = init_store(tmp.path());
    let run = |args: &[&str]| sealdesk(&data, args, &[]);
    let body = secret_file(tmp.path(), "body.txt", "Treść\n");
    let send = |extra: &[&str]| {
        let mut args = vec!["mail", "send", "--body-file", body.to_str().unwrap()];
        args.extend_from_slice(extra);
        run(&args)
    };
    // No server yet.
    expect_error(
        &send(&["--to", "a@example.com", "--subject", "x"]),
        "mail.not-configured",
    );
    // A relay without login needs no credential store.
    let set = run(&[
        "smtp",
        "set",
        "--host",
        "localhost",
        "--port",
        "2525",
        "--security",
        "starttls",
        "--from",
        FROM,
    ]);
    assert_eq!(set.status, 0, "{}", set.stderr);
    expect_error(
        &send(&[
            "--to",
            "a@example.com",
            "--subject",
            "Hi\r\nBcc: spy@example.com",
        ]),
        "mail.header-injection",
    );
    expect_error(
        &send(&[
            "--to",
            "a@example.com\r\nBcc: spy@example.com",
            "--subject",
            "Hi",
        ]),
        "mail.header-injection",
    );
    expect_error(
        &send(&[
            "--to",
            "a@example.com",
            "--cc",
            "b@example.com\nX: y",
            "--subject",
            "Hi",
        ]),
        "mail.header-injection",
    );
    expect_error(
        &send(&["--to", "not an address", "--subject", "Hi"]),
        "mail.invalid-address",
    );
    let big = tmp.path().join("scan.tiff");
    std::fs::write(&big, vec![7u8; 21 * 1024 * 1024]).unwrap();
    let large = send(&[
        "--to",
        "a@example.com",
        "--subject",
        "Skan",
        "--attach",
        big.to_str().unwrap(),
    ]);
    expect_error(&large, "mail.message-too-large");
    let missing = send(&[
        "--to",
        "a@example.com",
        "--subject",
        "x",
        "--attach",
        "/nonexistent/file.pdf",
    ]);
    assert_eq!(missing.status, 1, "{}", missing.stderr);

    let template = |extra: &[&str]| {
        let mut args = vec!["mail", "send", "--to", "a@example.com"];
        args.extend_from_slice(extra);
        run(&args)
    };
    expect_error(
        &template(&["--template", "invoice"]),
        "mail.template-unknown-kind",
    );
    expect_error(
        &template(&["--template", "signed-document", "--lang", "pl"]),
        "mail.template-value-missing",
    );
    expect_error(
        &template(&[
            "--template",
            "signed-document",
            "--var",
            "recipient=Jan",
            "--var",
            "document=a.pdf\r\nBcc: spy@example.com",
            "--var",
            "sender=B",
            "--var",
            "company=C",
        ]),
        "mail.template-multiline-value",
    );
    let usage = send(&["--to", "a@example.com", "--subject", "x", "--smime"]);
    assert_eq!(usage.status, 2, "{}", usage.stderr);

    let listed = run(&["--json", "outbox", "list"]);
    assert_eq!(listed.status, 0, "{}", listed.stderr);
    assert_eq!(listed.stdout.trim(), "[]");
    let spool = data.join("outbox");
    assert!(
        !spool.exists() || std::fs::read_dir(&spool).unwrap().count() == 0,
        "no spool file is left"
    );

    let allowed = send(&[
        "--to",
        "a@example.com",
        "--subject",
        "Skan",
        "--attach",
        big.to_str().unwrap(),
        "--allow-large",
    ]);
    assert_eq!(allowed.status, 0, "{}", allowed.stderr);
    let listed = run(&["--json", "outbox", "list"]);
    let listed: Value = serde_json::from_str(&listed.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert!(listed[0]["size"].as_u64().unwrap() > 21 * 1024 * 1024);
}

/// openssl smime -verify of a received message against the seal.
fn smime_verify(office: &Office, eml: &Path) -> std::process::Output {
    smime_verify_with(&office.path("seal.pem"), eml)
}

/// openssl smime -verify of a received message against a CA certificate.
fn smime_verify_with(ca: &Path, eml: &Path) -> std::process::Output {
    Command::new("openssl")
        .args([
            "smime",
            "-verify",
            "-in",
            s(eml),
            "-CAfile",
            s(ca),
            "-purpose",
            "any",
            "-out",
            "/dev/null",
        ])
        .output()
        .expect("openssl is installed")
}

#[test]
fn an_smime_signed_message_verifies_with_openssl_and_a_change_breaks_it() {
    let desk = Desk::with_office();
    let office = desk.office.as_ref().unwrap();
    let cert = new_signer(office, "Olena Kovalenko", "ec-p256");
    let _server = desk.serve();

    let wrong = desk.file("wrong-pw", b"not-the-password\n");
    let send_to = |to: &str| {
        let body = desk.file("b.txt", b"x\n");
        let mail = [
            "mail",
            "send",
            "--to",
            to,
            "--subject",
            "Підписано",
            "--body-file",
            s(&body),
        ];
        desk.run(&with(
            &mail,
            &["--smime", &cert, "--password-file", s(&wrong)],
        ))
    };
    let refused = send_to("a@example.com");
    expect_error(&refused, "key.wrong-password");
    // An unsafe header is refused before the key is even tried.
    let injected = send_to("a@example.com\r\nBcc: spy@example.com");
    expect_error(&injected, "mail.header-injection");
    desk.assert_outbox_empty();

    let queued = desk.send_signed(
        "Підписаний лист",
        "a@example.com",
        &cert,
        ["--password-file", s(&office.user_pw)],
    );
    assert_eq!(desk.outbox_run()["sent"], 1);
    let inbox = desk.inbox();
    let got = &inbox[0];
    assert_eq!(got.header("Message-ID").unwrap(), queued["message_id"]);
    assert!(got
        .header("Content-Type")
        .unwrap()
        .starts_with("multipart/signed"));
    let out = smime_verify(office, &got.path);
    assert_ok(&out);

    let text = got.text().replacen("Dzie", "Dzia", 1);
    let changed = desk.file("changed.eml", text.as_bytes());
    assert_ne!(std::fs::read(&changed).unwrap(), got.eml);
    let out = smime_verify(office, &changed);
    assert!(!out.status.success(), "a changed message must not verify");
}

#[test]
fn a_signed_pdf_goes_out_with_the_template_and_verifies_with_pdfsig() {
    let desk = Desk::with_office();
    let office = desk.office.as_ref().unwrap();
    let cert = new_signer(office, "Olena Kovalenko", "ec-p256");
    let _server = desk.serve();
    let original = super::pades::fixture("minimal-document.pdf");
    let document = desk.path("umowa.pdf");
    std::fs::copy(&original, &document).unwrap();

    // A wrong password: nothing signed, nothing queued.
    let wrong = desk.file("wrong-pw", b"not-the-password\n");
    let refused = desk.run(&with(
        &sign_and_send(&cert, s(&wrong), s(&document)),
        &["--lang", "pl", "--var", "recipient=Jan"],
    ));
    expect_error(&refused, "key.wrong-password");
    desk.assert_outbox_empty();
    let names: Vec<String> = std::fs::read_dir(desk.tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("signed"))
        .collect();
    assert!(names.is_empty(), "{names:?}");

    let sent = desk.json(&with(
        &sign_and_send(&cert, s(&office.user_pw), s(&document)),
        &["--lang", "pl", "--var", "recipient=Jan Nowak", "--smime"],
    ));
    assert_eq!(sent["state"], "queued");
    let signed = PathBuf::from(sent["signed"].as_str().unwrap());
    assert!(signed.exists());
    assert_eq!(desk.outbox_run()["sent"], 1);
    let inbox = desk.inbox();
    let got = &inbox[0];
    assert_eq!(got.rcpt_tos, ["klient@example.com"]);
    let out = smime_verify(office, &got.path);
    assert_ok(&out);
    let parsed = dump(got, &desk.path("parts"));
    assert!(
        parsed["subject"].as_str().unwrap().contains("umowa"),
        "{parsed}"
    );
    let text = part_text(&parsed, "text/plain");
    assert_contains(&text, "Jan Nowak");
    let pdf = parsed["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["content_type"] == "application/pdf")
        .expect("the signed PDF is attached");
    let attached = PathBuf::from(pdf["file"].as_str().unwrap());
    assert_eq!(
        std::fs::read(&attached).unwrap(),
        std::fs::read(&signed).unwrap()
    );
    let verifiers = super::pades::Verifiers::new(&desk.path("verify"), &[&office.path("seal.pem")]);
    verifiers.assert_pades(&document, &attached, &["Signature1"]);

    // Anything else goes out with its detached .p7s beside it.
    let table = desk.file("wyciąg.csv", "Łódź;1234,56\r\n".as_bytes());
    let sent = desk.json(&with(
        &sign_and_send(&cert, s(&office.user_pw), s(&table)),
        &["--lang", "uk", "--var", "recipient=Олена"],
    ));
    assert_eq!(sent["attachments"].as_array().unwrap().len(), 2);
    assert_eq!(desk.outbox_run()["sent"], 1);
    let inbox = desk.inbox();
    let parsed = dump(&inbox[1], &desk.path("parts-csv"));
    assert!(
        parsed["subject"].as_str().unwrap().contains("wyciąg.csv"),
        "{parsed}"
    );
    let files: Vec<&Value> = parsed["parts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["filename"].is_string())
        .collect();
    let names: Vec<&str> = files
        .iter()
        .map(|p| p["filename"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["wyciąg.csv", "wyciąg.csv.p7s"]);
    let content = files[0]["file"].as_str().unwrap();
    assert_eq!(
        std::fs::read(content).unwrap(),
        std::fs::read(&table).unwrap()
    );
    let signature = files[1]["file"].as_str().unwrap();
    let out = cms_verify(
        signature,
        Some(content),
        &office.path("seal.pem"),
        "/dev/null",
    );
    assert_ok(&out);
}

#[test]
fn a_token_key_signs_the_message_and_a_wrong_pin_queues_nothing() {
    use super::token::{issue_for_token_key, token_office};
    let organization = ["Studio Rossi S.r.l.", "VATIT-00743110157", "IT"];
    let (tmp, hsm, pin, data, seal_pem) =
        token_office("Poczta", ["ec-p256", "rsa-2048"], organization);
    let issued = issue_for_token_key(&data, &hsm, s(&pin), "Giulia Rossi");
    let cert = json(&issued)["id"].to_string();
    let mut desk = Desk::around(tmp, data, None);
    desk.env = hsm
        .env()
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let _server = desk.serve();

    let wrong = desk.file("wrong-pin", b"0000\n");
    let refused = desk.run(&[
        "mail",
        "send",
        "--to",
        "cliente@example.com",
        "--template",
        "portal-certificate",
        "--lang",
        "it",
        "--var",
        "recipient=Marco",
        "--var",
        "certificate=Marco Bianchi",
        "--var",
        "valid_until=2027-11-23",
        "--var",
        "login=mbianchi",
        "--var",
        "company=Studio Rossi",
        "--var",
        "sender=Giulia",
        "--smime",
        &cert,
        "--pin-file",
        s(&wrong),
    ]);
    expect_error(&refused, "token.wrong-pin");
    desk.assert_outbox_empty();

    let with_pin = ["--pin-file", s(&pin)];
    let queued = desk.send_signed(
        "Certificato firmato",
        "cliente@example.com",
        &cert,
        with_pin,
    );
    assert_eq!(desk.outbox_run()["sent"], 1);
    let inbox = desk.inbox();
    assert_eq!(inbox[0].header("Message-ID").unwrap(), queued["message_id"]);
    let out = smime_verify_with(&seal_pem, &inbox[0].path);
    assert_ok(&out);
}

#[test]
fn a_renewal_request_mailed_to_the_ca_arrives_once_with_an_envelope_openssl_accepts() {
    let desk = Desk::with_office();
    let office = desk.office.as_ref().unwrap();
    let cert = new_signer(office, "Тарас Бойко", "ec-p256");
    let _server = desk.serve();
    let new_pw = desk.file("new-pw", "Новий-ключ-2026\n".as_bytes());
    let planned = desk.json(&[
        "renew",
        "plan",
        "--certs",
        &cert,
        "--contact",
        "Олена Коваль",
        "--phone",
        "+380441234567",
        "--key-dir",
        s(&desk.path("new-keys")),
        "--key-password-file",
        s(&new_pw),
    ]);
    let run_id = planned["run_id"].to_string();
    let user_pw = std::fs::read_to_string(&office.user_pw).unwrap();
    let old = desk.file(
        "old-secrets",
        format!("{cert}\t{}\n", user_pw.trim_end()).as_bytes(),
    );
    let new_key = ["--key-password-file", s(&new_pw)];
    let to_ca = "mail:cert@acsk.example.ua";
    let run = with(&renew_run(&run_id, &old, new_key, to_ca), &["--lang", "uk"]);
    let ran = desk.json(&run);
    assert_eq!(ran["items"][0]["state"], "sent", "{ran}");
    assert_eq!(ran["items"][0]["mail"]["state"], "queued", "{ran}");
    // Run again before the outbox delivers: nothing is queued twice.
    desk.json(&run);
    assert_eq!(desk.outbox_run()["sent"], 1);
    assert_eq!(desk.outbox_run()["sent"], 0);
    let status = desk.json(&["renew", "status", &run_id]);
    assert_eq!(status["items"][0]["mail"]["state"], "sent", "{status}");

    let inbox = desk.inbox();
    assert_eq!(inbox.len(), 1);
    assert_eq!(inbox[0].rcpt_tos, ["cert@acsk.example.ua"]);
    let parsed = dump(&inbox[0], &desk.path("parts"));
    assert_eq!(
        parsed["subject"], "Запит на подовження сертифіката: Тарас Бойко",
        "{parsed}"
    );
    let envelope = parsed["parts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| {
            p["filename"]
                .as_str()
                .is_some_and(|name| name.ends_with(".p7m"))
        })
        .expect("the envelope is attached");
    let envelope = PathBuf::from(envelope["file"].as_str().unwrap());
    assert_eq!(
        std::fs::read(&envelope).unwrap(),
        std::fs::read(ran["items"][0]["request"].as_str().unwrap()).unwrap(),
        "the envelope arrives byte for byte"
    );
    let request = desk.path("request.der");
    super::renewal::open_envelope(&envelope, &office.path("seal.pem"), &request);
    let subject = openssl(&[
        "req",
        "-inform",
        "DER",
        "-in",
        s(&request),
        "-noout",
        "-subject",
        "-nameopt",
        "RFC2253,-esc_msb",
    ]);
    assert!(
        String::from_utf8_lossy(&subject.stdout).contains("CN=Тарас Бойко"),
        "{}",
        String::from_utf8_lossy(&subject.stdout)
    );
}

#[test]
fn the_portal_password_comes_from_a_file_or_the_environment_never_an_argument() {
    let desk = Desk::new();
    let _server = desk.serve();
    let base = [
        "mail",
        "send",
        "--template",
        "portal-password",
        "--lang",
        "pl",
        "--to",
        "jan@example.com",
        "--var",
        "recipient=Jan Nowak",
        "--var",
        "sender=Dana",
        "--var",
        "company=Biuro Rachunkowe",
        "--var",
        "login=jnowak",
    ];

    // On the command line it would be readable in the process list.
    let mut args = base.to_vec();
    args.extend(["--var", "cert_password=Tajne-Haslo-42"]);
    let refused = desk.run(&args);
    assert_eq!(refused.status, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.starts_with("error[cli.usage]: ")
            && refused.stderr.contains("--cert-password-file"),
        "{}",
        refused.stderr
    );
    assert!(!refused.stderr.contains("Tajne-Haslo-42"));
    desk.assert_outbox_empty();

    let file = secret_file(desk.tmp.path(), "portal-pw", "Plik-Haslo-17\n");
    let mut args = base.to_vec();
    args.extend(["--cert-password-file", s(&file)]);
    desk.json(&args);
    let mut env_desk_args = vec!["--json"];
    env_desk_args.extend(base);
    env_desk_args.extend(["--cert-password-env", "SD_PORTAL_PW"]);
    let from_env = desk.keyring.run(
        &desk.data,
        &env_desk_args,
        &[(
            "SD_PORTAL_PW".to_string(),
            "Srodowisko-Haslo-23".to_string(),
        )],
    );
    assert_eq!(from_env.status, 0, "{}", from_env.stderr);

    let report = desk.outbox_run();
    assert_eq!(report["sent"], 2, "{report}");
    let inbox = desk.inbox();
    let texts: Vec<String> = inbox
        .iter()
        .enumerate()
        .map(|(n, m)| {
            let parsed = dump(m, &desk.path(&format!("portal-{n}")));
            parsed["parts"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["content_type"] == "text/plain")
                .unwrap()["text"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert!(texts[0].contains("Plik-Haslo-17"), "{}", texts[0]);
    assert!(texts[1].contains("Srodowisko-Haslo-23"), "{}", texts[1]);
}
