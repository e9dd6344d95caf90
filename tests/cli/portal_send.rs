//! `sealdesk portal send-certificates` with a real SMTP server and a real
//! keyring: each portal user receives the PKCS#12 file and, in a second
//! message, its password, in their language; OpenSSL opens the file with
//! that password and finds the seal above it; the password is left nowhere
//! in the data folder; a run that would pass the quota issues nothing.

use super::keyring::KeyringSession;
use super::smtp_server::{make_pki, received, smtp_python, Received, Server, PASSWORD, USER};
use crate::support::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Adds contractor ACME with `users` (login, language) to the office's
/// company, copies going to `certs` by month, with `quota`.
fn portal_office(office: &Office, users: &[(&str, &str)], quota: Option<&str>) -> PathBuf {
    let certs = office.path("certs");
    let mut update = vec![
        "company",
        "update",
        "MAIN",
        "--cert-folder",
        s(&certs),
        "--monthly-folders",
    ];
    if let Some(quota) = quota {
        update.extend(["--quota", quota]);
    }
    office.json(&update);
    office.json(&[
        "contractor",
        "add",
        "--code",
        "ACME",
        "--name",
        "Acme sp. z o.o.",
    ]);
    for (login, lang) in users {
        let name = format!("User {login}");
        let email = format!("{login}@acme.example");
        office.json(&[
            "portal-user",
            "add",
            "--contractor",
            "ACME",
            "--login",
            login,
            "--name",
            &name,
            "--email",
            &email,
            "--lang",
            lang,
        ]);
    }
    certs
}

fn send_args(office: &Office) -> Vec<&str> {
    vec![
        "portal",
        "send-certificates",
        "--contractor",
        "ACME",
        "--seal",
        "1",
        "--seal-password-file",
        s(&office.seal_pw),
    ]
}

/// A received message parsed by Python's `email`: decoded subject, text
/// and the attachments written to `out`.
fn parsed(message: &Received, out: &Path) -> Value {
    let script = r#"
import email, email.policy, json, sys, pathlib
msg = email.message_from_bytes(pathlib.Path(sys.argv[1]).read_bytes(), policy=email.policy.default)
out = pathlib.Path(sys.argv[2]); out.mkdir(parents=True, exist_ok=True)
files = []
for part in msg.iter_attachments():
    path = out / part.get_filename()
    path.write_bytes(part.get_payload(decode=True))
    files.append(str(path))
body = msg.get_body(preferencelist=('plain',))
print(json.dumps({"to": msg["To"], "subject": str(msg["Subject"]),
                  "text": body.get_content() if body else "", "files": files}))
"#;
    let output = std::process::Command::new(smtp_python())
        .args(["-c", script])
        .arg(&message.path)
        .arg(out)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The generated password in a message text: four-letter groups.
fn password_in(text: &str) -> String {
    text.split(|c: char| c.is_whitespace())
        .find(|word| word.len() == 24 && word.matches('-').count() == 4)
        .unwrap_or_else(|| panic!("no password in {text}"))
        .to_string()
}

fn every_file(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            every_file(&path, found);
        } else {
            found.push(path);
        }
    }
}

#[test]
fn each_user_receives_the_file_then_its_password_in_their_language_and_openssl_opens_it() {
    let office = office();
    let certs = portal_office(&office, &[("jan", "pl"), ("ann", "en")], Some("5"));
    let tmp = tempfile::tempdir().unwrap();
    let pki_dir = tmp.path().join("pki");
    std::fs::create_dir_all(&pki_dir).unwrap();
    let pki = make_pki(&pki_dir);
    let home = tmp.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let keyring = KeyringSession::start(&home);
    let inbox = tmp.path().join("inbox");
    let server = Server::storing(&pki, &inbox);
    let copies = tmp.path().join("sent-copies");
    let smtp_pw = office.secret("smtp-pw", &format!("{PASSWORD}\n"));
    let run = |args: &[&str]| {
        let run = keyring.run(&office.data, &with(&["--json"], args), &[]);
        assert_eq!(run.status, 0, "{args:?}: {} {}", run.stdout, run.stderr);
        serde_json::from_str::<Value>(&run.stdout).unwrap()
    };
    run(&[
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
        "--password-file",
        s(&smtp_pw),
        "--from",
        "portal@example.com",
        "--ca-file",
        s(&pki.ca),
        "--eml-dir",
        s(&copies),
    ]);

    let report = run(&send_args(&office));
    let items = report["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "{report}");
    let month = chrono::Utc::now().format("%Y-%m").to_string();
    for item in items {
        assert_eq!(item["state"], "queued", "{item}");
        assert!(item["password"].is_null(), "the answer holds no password");
        let login = item["login"].as_str().unwrap();
        let copy = certs.join(&month).join(format!("ACME-{login}.p12"));
        assert_eq!(item["p12"].as_str(), Some(s(&copy)));
        assert!(copy.is_file());
    }
    assert_eq!(key_files(&office.data), 0, "no key file for portal users");

    let delivered = run(&["outbox", "run", "--once"]);
    let messages = received(&inbox);
    assert_eq!(messages.len(), 4, "{delivered}");

    let seal_pem = office.path("seal.pem");
    for (login, certificate_subject) in [
        ("jan", "Pani/Pana certyfikat do portalu"),
        ("ann", "Your certificate for the"),
    ] {
        let address = format!("{login}@acme.example");
        let mine: Vec<&Received> = messages
            .iter()
            .filter(|m| m.rcpt_tos == [address.clone()])
            .collect();
        assert_eq!(mine.len(), 2, "two messages to {address}");
        let out = tmp.path().join(login);
        let first = parsed(mine[0], &out);
        let second = parsed(mine[1], &out);
        assert!(
            first["subject"]
                .as_str()
                .unwrap()
                .starts_with(certificate_subject),
            "{first}"
        );
        let files = first["files"].as_array().unwrap();
        assert_eq!(files.len(), 1, "{first}");
        assert!(second["files"].as_array().unwrap().is_empty());
        let password = password_in(second["text"].as_str().unwrap());
        assert!(!first["text"].as_str().unwrap().contains(&password));

        let p12 = files[0].as_str().unwrap();
        assert!(p12.ends_with(&format!("ACME-{login}.p12")), "{p12}");
        let pem = out.join("cert.pem");
        let pass = format!("pass:{password}");
        openssl_ok(&[
            "pkcs12",
            "-in",
            p12,
            "-passin",
            &pass,
            "-nokeys",
            "-clcerts",
            "-out",
            s(&pem),
        ]);
        let wrong = openssl(&["pkcs12", "-in", p12, "-passin", "pass:wrong", "-nokeys"]);
        assert!(!wrong.status.success(), "a wrong password opens nothing");
        let subject = text(&openssl_ok(&[
            "x509",
            "-in",
            s(&pem),
            "-noout",
            "-subject",
            "-nameopt",
            "RFC2253",
        ]));
        assert!(subject.contains("OU=ACME"), "{subject}");
        assert!(subject.contains(&format!("UID={login}")), "{subject}");
        let verified = text(&openssl_ok(&[
            "verify",
            "-CAfile",
            s(&seal_pem),
            "-purpose",
            "sslclient",
            s(&pem),
        ]));
        assert!(verified.contains(": OK"), "{verified}");

        // Once delivered, the password is nowhere in the data folder, nor
        // among the copies of sent mail.
        let mut files = Vec::new();
        every_file(&office.data, &mut files);
        every_file(&copies, &mut files);
        for file in files {
            let bytes = std::fs::read(&file).unwrap_or_default();
            assert!(
                !bytes
                    .windows(password.len())
                    .any(|w| w == password.as_bytes()),
                "{} holds the password",
                file.display()
            );
        }
    }
    let mut kept = Vec::new();
    every_file(&copies, &mut kept);
    assert_eq!(
        kept.len(),
        2,
        "copies of the certificate messages only: {kept:?}"
    );
    let users = office.json(&["portal-user", "list", "--without-certificate"]);
    assert!(users.as_array().unwrap().is_empty(), "{users}");
}

#[test]
fn a_run_that_would_pass_the_quota_is_refused_and_issues_nothing() {
    let office = office();
    let certs = portal_office(&office, &[("a", "en"), ("b", "pl"), ("c", "uk")], Some("2"));
    let certificates = count(&office.data, "certificate");
    let run = office.run(&with(&["--json"], &send_args(&office)));
    assert_eq!(run.status, 1, "{} {}", run.stdout, run.stderr);
    expect_error(&run, "quota.reached");
    let english = office.run(&send_args(&office));
    assert!(
        english.stderr.contains("0 active, quota 2, 3 more wanted"),
        "{}",
        english.stderr
    );
    assert_eq!(count(&office.data, "certificate"), certificates);
    assert_eq!(count(&office.data, "portal_run"), 0);
    assert_eq!(count(&office.data, "outbox_message"), 0);
    assert!(!certs.exists());
}
