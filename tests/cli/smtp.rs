//! `sealdesk smtp ...`: the provider table, the settings with the password in
//! the OS credential store, and the connection test against a real SMTP
//! server on the loopback interface.

use super::keyring::{in_keyring, quote};
use super::smtp_server::{make_pki, Pki, Server, PASSWORD, USER};
use crate::support::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).expect("stdout is one JSON value")
}

#[test]
fn providers_lists_the_table_and_detects_by_domain() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let providers =
        |extra: &[&str]| sealdesk(&data, &with(&["--json", "smtp", "providers"], extra), &[]);
    let all = providers(&[]).ok();
    let all = json(&all.stdout);
    assert!(all.as_array().unwrap().len() >= 30);

    let gmail = providers(&["--domain", "Dana@GMail.com"]);
    assert_eq!(gmail.status, 0, "{}", gmail.stderr);
    let gmail = json(&gmail.stdout);
    assert_eq!(gmail[0]["host"], "smtp.gmail.com");
    assert_eq!(gmail[0]["port"], 465);
    assert_eq!(gmail[0]["security"], "tls");
    assert_eq!(gmail[0]["notes"][0]["code"], "app-password");

    let pec = providers(&["--domain", "pec.it"]);
    let pec = json(&pec.stdout);
    assert_eq!(pec[0]["host"], "smtps.pec.aruba.it");
    assert_eq!(pec[0]["bcc_allowed"], false);

    let unknown = providers(&["--domain", "example.org"]);
    assert_eq!(unknown.status, 0, "{}", unknown.stderr);
    assert_eq!(json(&unknown.stdout), serde_json::json!([]));
}

/// An initialized store and a PKI in a fresh folder.
fn setup() -> (tempfile::TempDir, PathBuf, Pki) {
    let tmp = tempfile::tempdir().unwrap();
    let data = init_store(tmp.path());
    let pki_dir = tmp.path().join("pki");
    std::fs::create_dir_all(&pki_dir).unwrap();
    let pki = make_pki(&pki_dir);
    (tmp, data, pki)
}

struct Setting<'a> {
    host: &'a str,
    port: u16,
    security: &'a str,
    password: &'a str,
    from: &'a str,
    ca: Option<&'a Path>,
}

fn set_args(tmp: &Path, s: &Setting<'_>) -> Vec<String> {
    let pw = secret_file(tmp, "smtp-pw", &format!("{}\n", s.password));
    let mut args: Vec<String> = [
        "--json",
        "smtp",
        "set",
        "--host",
        s.host,
        "--port",
        &s.port.to_string(),
        "--security",
        s.security,
        "--user",
        USER,
        "--password-file",
        pw.to_str().unwrap(),
        "--from",
        s.from,
        "--name",
        "Dana Studio",
    ]
    .iter()
    .map(|a| a.to_string())
    .collect();
    if let Some(ca) = s.ca {
        args.push("--ca-file".into());
        args.push(ca.to_str().unwrap().into());
    }
    args
}

fn test_args() -> Vec<String> {
    vec!["--json".into(), "smtp".into(), "test".into()]
}

/// Saves the settings and runs the connection test; returns (set, test).
fn set_and_test(tmp: &Path, data: &Path, s: &Setting<'_>, lang: &str) -> (Run, Run) {
    let mut runs = in_keyring(tmp, data, &[set_args(tmp, s), test_args()], "true", lang);
    runs.truncate(2);
    let test = runs.pop().unwrap();
    let set = runs.pop().unwrap();
    assert_eq!(set.status, 0, "smtp set: {}", set.stderr);
    (set, test)
}

fn good<'a>(port: u16, security: &'a str, ca: &'a Path) -> Setting<'a> {
    Setting {
        host: "localhost",
        port,
        security,
        password: PASSWORD,
        from: "dana@example.com",
        ca: Some(ca),
    }
}

/// The connection test against a server with a `certificate` speaking
/// `security`, the good settings changed by `change`, messages in `lang`.
fn test_with(
    certificate: &str,
    security: &str,
    change: impl FnOnce(&mut Setting<'_>),
    lang: &str,
) -> Run {
    let (tmp, data, pki) = setup();
    let server = Server::start(&pki, certificate, security);
    let mut s = good(server.port, security, &pki.ca);
    change(&mut s);
    set_and_test(tmp.path(), &data, &s, lang).1
}

#[test]
fn starttls_login_works_and_the_password_is_only_in_the_keyring() {
    let (tmp, data, pki) = setup();
    let server = Server::start(&pki, "good", "starttls");
    let account = format!("{USER}@localhost:{}", server.port);
    let runs = in_keyring(
        tmp.path(),
        &data,
        &[
            set_args(tmp.path(), &good(server.port, "starttls", &pki.ca)),
            test_args(),
        ],
        &format!(
            "secret-tool lookup service 'SealDesk SMTP' username {}",
            quote(&account)
        ),
        "en_US.UTF-8",
    );
    assert_eq!(runs[0].status, 0, "{}", runs[0].stderr);
    let set = json(&runs[0].stdout);
    assert_eq!(set["host"], "localhost");
    assert_eq!(set["security"], "starttls");
    assert!(!runs[0].stdout.contains(PASSWORD));
    assert_eq!(runs[1].status, 0, "{} {}", runs[1].stdout, runs[1].stderr);
    let test = json(&runs[1].stdout);
    assert_eq!(test["ok"], true);
    assert_eq!(test["step"], "done");
    assert_eq!(runs[2].status, 0, "secret-tool: {}", runs[2].stderr);
    assert_eq!(
        runs[2].stdout.trim_end(),
        PASSWORD,
        "the keyring holds the password"
    );
    let db = std::fs::read(store_file(&data)).unwrap();
    assert!(
        !db.windows(PASSWORD.len()).any(|w| w == PASSWORD.as_bytes()),
        "the password must not be in the SQLite file"
    );
    let wal = data.join("sealdesk.sqlite3-wal");
    if let Ok(wal) = std::fs::read(wal) {
        assert!(!wal
            .windows(PASSWORD.len())
            .any(|w| w == PASSWORD.as_bytes()));
    }
}

#[test]
fn implicit_tls_login_works() {
    let test = test_with("good", "tls", |_| {}, "en_US.UTF-8");
    assert_eq!(test.status, 0, "{} {}", test.stdout, test.stderr);
    assert_eq!(json(&test.stdout)["step"], "done");
}

#[test]
fn a_wrong_password_fails_at_auth_with_a_localized_sentence() {
    let test = test_with(
        "good",
        "starttls",
        |s| s.password = "wrong-password",
        "pl_PL.UTF-8",
    );
    assert_eq!(test.status, 1, "{}", test.stdout);
    let out = json(&test.stdout);
    assert_eq!(out["ok"], false);
    assert_eq!(out["step"], "auth");
    assert_eq!(out["code"], "smtp.auth");
    assert!(
        out["message"].as_str().unwrap().contains("odrzucił"),
        "{out}"
    );
    expect_code(&test, "mail.test-failed");
}

#[test]
fn an_app_password_demand_is_named() {
    let test = test_with(
        "good",
        "tls",
        |s| s.password = "app-password",
        "en_US.UTF-8",
    );
    let out = json(&test.stdout);
    assert_eq!(out["step"], "auth");
    assert_eq!(out["code"], "smtp.auth-app-password", "{out}");
}

#[test]
fn an_untrusted_certificate_fails_at_tls() {
    let test = test_with("good", "starttls", |s| s.ca = None, "en_US.UTF-8");
    assert_eq!(test.status, 1);
    let out = json(&test.stdout);
    assert_eq!(out["step"], "tls");
    assert_eq!(out["code"], "smtp.tls-untrusted", "{out}");
}

#[test]
fn a_certificate_for_another_name_fails_at_tls() {
    let test = test_with("other", "tls", |_| {}, "en_US.UTF-8");
    assert_eq!(test.status, 1);
    let out = json(&test.stdout);
    assert_eq!(out["step"], "tls");
    assert_eq!(out["code"], "smtp.tls-hostname", "{out}");
}

#[test]
fn nothing_listening_fails_at_connect() {
    let (tmp, data, pki) = setup();
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let mut s = good(port, "starttls", &pki.ca);
    s.host = "127.0.0.1";
    let (_, test) = set_and_test(tmp.path(), &data, &s, "en_US.UTF-8");
    assert_eq!(test.status, 1);
    assert_eq!(json(&test.stdout)["step"], "connect");
}

#[test]
fn an_unknown_host_fails_at_dns() {
    let (tmp, data, pki) = setup();
    let mut s = good(587, "starttls", &pki.ca);
    s.host = "no-such-host.invalid";
    let (_, test) = set_and_test(tmp.path(), &data, &s, "en_US.UTF-8");
    assert_eq!(test.status, 1);
    assert_eq!(json(&test.stdout)["step"], "dns");
}

#[test]
fn a_refused_sender_fails_at_sender() {
    let test = test_with(
        "good",
        "starttls",
        |s| s.from = "refused@example.com",
        "en_US.UTF-8",
    );
    assert_eq!(test.status, 1);
    let out = json(&test.stdout);
    assert_eq!(out["step"], "sender", "{out}");
}

#[test]
fn bad_settings_are_refused_and_not_stored() {
    let (tmp, data, _pki) = setup();
    let pw = secret_file(tmp.path(), "smtp-pw", "pw\n");
    let server = ["--host", "smtp.example.com", "--port", "587"];
    let login = ["--user", USER, "--password-file", s(&pw)];
    let base = [&["--json", "smtp", "set"][..], &server, &login].concat();
    let set = |extra: &[&str]| sealdesk(&data, &with(&base, extra), &[]);
    let plain = set(&["--security", "none", "--from", "a@example.com"]);
    expect_code(&plain, "mail.plain-not-allowed");
    let from = ["--security", "starttls", "--from", "a@example.com"];
    let injected = set(&with(&from, &["--name", "A\r\nBcc: x@y.z"]));
    expect_code(&injected, "mail.header-injection");
    let bad_from = set(&["--security", "starttls", "--from", "not-an-address"]);
    expect_code(&bad_from, "mail.invalid-address");
    let test = sealdesk(&data, &["smtp", "test"], &[]);
    expect_code(&test, "mail.not-configured");
}

#[test]
fn without_a_credential_store_nothing_is_saved() {
    let (tmp, data, _pki) = setup();
    let pw = secret_file(tmp.path(), "smtp-pw", "pw\n");
    let server = ["smtp", "set", "--host", "smtp.example.com", "--port", "587"];
    let login = [
        "--security",
        "starttls",
        "--user",
        USER,
        "--password-file",
        s(&pw),
    ];
    let run = sealdesk(
        &data,
        &[&server[..], &login, &["--from", "a@example.com"]].concat(),
        &[
            ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus"),
            ("DISPLAY", ""),
        ],
    );
    expect_error(&run, "mail.credential-store-unavailable");
    assert_eq!(count(&data, "smtp_settings"), 0);
}

#[test]
fn a_password_removed_from_the_keyring_is_asked_for_again() {
    let (tmp, data, pki) = setup();
    let s = good(2525, "starttls", &pki.ca);
    let test = format!(
        "secret-tool clear service 'SealDesk SMTP' username {} && {} --data-dir {} smtp test",
        quote(&format!("{USER}@localhost:2525")),
        quote(env!("CARGO_BIN_EXE_sealdesk")),
        quote(data.to_str().unwrap()),
    );
    let runs = in_keyring(
        tmp.path(),
        &data,
        &[set_args(tmp.path(), &s)],
        &test,
        "en_US.UTF-8",
    );
    assert_eq!(runs[0].status, 0, "{}", runs[0].stderr);
    assert_eq!(runs[1].status, 1);
    assert!(
        runs[1].stderr.starts_with("error[mail.credential-missing]"),
        "{}",
        runs[1].stderr
    );
}

#[test]
fn every_connection_test_outcome_has_a_sentence_in_every_language() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/locales");
    for lang in ["en", "pl", "he", "it", "ru", "uk"] {
        let ftl = std::fs::read_to_string(locales.join(lang).join("main.ftl")).unwrap();
        for code in sealdesk_core::mail::connection_test::OUTCOME_CODES {
            let id = format!("error-{}", code.replace('.', "-"));
            assert!(
                ftl.lines().any(|l| l.starts_with(&format!("{id} = "))),
                "{lang} lacks {id}"
            );
        }
    }
}
