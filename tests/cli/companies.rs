//! Companies and operators on the command line: the administrator creates
//! and changes companies and adds their operators; an operator signs in
//! with her own password and sees her own company only.

use crate::support::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// Anna's password, which must never be printed.
const ANNA_PASSWORD: &str = "Żuraw-Anna-2026";

/// An office with a second company, ZURAW (a Polish one with a checked
/// NIP and a quota of 5), whose operator is Anna; her password file.
fn office_with_anna() -> (Office, PathBuf) {
    let office = Office::new();
    office.json(&[
        "company",
        "create",
        "--name",
        "Zakład „Żuraw” Sp. z o.o.",
        "--code",
        "ZURAW",
        "--country",
        "PL",
        "--business-id",
        "856-734-62-15",
        "--quota",
        "5",
    ]);
    let anna_pw = office.secret("anna-pw", &format!("{ANNA_PASSWORD}\n"));
    let added = office.json(&[
        "operator",
        "add",
        "--login",
        "anna",
        "--name",
        "Anna Nowak",
        "--password-file",
        s(&anna_pw),
        "--company",
        "ZURAW",
    ]);
    assert_eq!(added["login"], "anna");
    assert_eq!(added["company"], "ZURAW");
    assert!(added["id"].is_i64(), "{added}");
    (office, anna_pw)
}

/// `args` run as `login` with the password in `password_file`, the
/// administrator's exported file still in the environment.
fn as_operator(office: &Office, login: &str, password_file: &Path, args: &[&str]) -> Run {
    let sign_in = [
        "--operator",
        login,
        "--operator-password-file",
        s(password_file),
    ];
    no_password_printed(office.run(&with(&sign_in, args)))
}

/// The run, once checked to print neither Anna's nor the administrator's
/// password.
fn no_password_printed(run: Run) -> Run {
    for secret in [ANNA_PASSWORD, ADMIN_PASSWORD] {
        assert!(!run.stdout.contains(secret), "{}", run.stdout);
        assert!(!run.stderr.contains(secret), "{}", run.stderr);
    }
    run
}

fn codes(rows: &Value) -> Vec<&str> {
    rows.as_array()
        .unwrap()
        .iter()
        .map(|row| row["code"].as_str().unwrap())
        .collect()
}

#[test]
fn a_company_is_created_with_a_checked_nip_listed_and_changed() {
    let office = Office::new();
    let create = |code: &str, nip: &str| {
        no_password_printed(office.run(&[
            "--json",
            "company",
            "create",
            "--name",
            "Zakład „Żuraw” Sp. z o.o.",
            "--code",
            code,
            "--country",
            "PL",
            "--business-id",
            nip,
        ]))
    };
    // One digit off: the NIP's check digit no longer matches.
    let bad = create("ZURAW", "856-734-62-16");
    expect_error(&bad, "id.invalid-checksum");
    assert!(bad.stdout.is_empty());
    assert_eq!(count(&office.data, "company"), 1, "nothing was stored");

    let made = create("zuraw", "856-734-62-15").ok().json();
    assert_eq!(made["code"], "ZURAW", "codes are kept in capitals");
    assert_eq!(made["name"], "Zakład „Żuraw” Sp. z o.o.");
    assert_eq!(made["country"], "PL");
    assert_eq!(made["organization_identifier"], "VATPL-8567346215");
    assert_eq!(made["quota"], Value::Null);
    let id = made["id"].clone();
    assert!(id.is_i64(), "{made}");

    let again = create("Zuraw", "526-025-02-74");
    expect_error(&again, "company.code-taken");
    assert!(again.stderr.contains("ZURAW"), "{}", again.stderr);
    assert_eq!(count(&office.data, "company"), 2);

    let changed = office.json(&["company", "update", "ZURAW", "--quota", "5"]);
    assert_eq!(changed["code"], "ZURAW");
    assert_eq!(changed["quota"], 5);
    assert_eq!(
        changed["name"], "Zakład „Żuraw” Sp. z o.o.",
        "the rest stays"
    );
    let missing = office.run(&["company", "update", "NOPE", "--quota", "5"]);
    expect_error(&missing, "company.not-found");

    let rows = office.json(&["company", "list"]);
    assert_eq!(codes(&rows), ["MAIN", "ZURAW"]);
    let zuraw = row_with_id(&rows, &id);
    for field in [
        "id",
        "code",
        "name",
        "country",
        "quota",
        "active_certificates",
    ] {
        assert!(zuraw.get(field).is_some(), "{field} missing from {zuraw}");
    }
    assert_eq!(zuraw["quota"], 5);
    assert_eq!(zuraw["active_certificates"], 0);
    assert_eq!(zuraw["country"], "PL");

    let text = office.run(&["company", "list"]).ok().stdout;
    assert_eq!(
        text.lines().collect::<Vec<_>>(),
        [
            "MAIN: My company; 0 active certificates (no quota)",
            "ZURAW: Zakład „Żuraw” Sp. z o.o., PL, VATPL-8567346215; 0 of 5 active certificates",
        ]
    );
}

#[test]
fn an_operator_signs_in_with_her_password_and_sees_only_her_company() {
    let (office, anna_pw) = office_with_anna();
    let operators = office.json(&["--company", "ZURAW", "operator", "list"]);
    assert_eq!(operators[0]["login"], "anna");
    assert_eq!(operators.as_array().unwrap().len(), 1);
    let of_main = office.json(&["operator", "list"]);
    assert_eq!(of_main, serde_json::json!([]), "the first company has none");

    // The administrator opens another company by its code, or by the
    // session's SEALDESK_COMPANY.
    let opened = office.json(&["--company", "zuraw", "status"]);
    assert_eq!(opened["operator"], "admin");
    assert_eq!(opened["company"], "ZURAW");
    let from_env = office.json_env(&["status"], &[("SEALDESK_COMPANY", "ZURAW")]);
    assert_eq!(from_env["company"], "ZURAW");
    assert_eq!(
        office.json(&["status"])["company"],
        "MAIN",
        "the first by default"
    );
    let unknown = office.run(&["--company", "NOPE", "status"]);
    expect_error(&unknown, "company.not-found");

    let listed = as_operator(&office, "anna", &anna_pw, &["--json", "company", "list"]).ok();
    assert_eq!(codes(&listed.json()), ["ZURAW"]);
    let status = as_operator(&office, "anna", &anna_pw, &["--json", "status"]).ok();
    assert_eq!(status.json()["operator"], "anna");
    assert_eq!(status.json()["company"], "ZURAW");
    // Naming her own company is fine; another one is not there for her.
    let own = ["--company", "zuraw", "--json", "status"];
    as_operator(&office, "anna", &anna_pw, &own).ok();
    let other = as_operator(&office, "anna", &anna_pw, &["--company", "MAIN", "status"]);
    expect_error(&other, "company.not-found");
    assert!(other.stdout.is_empty());

    let create = [
        "company",
        "create",
        "--name",
        "Sowa",
        "--code",
        "SOWA",
        "--country",
        "PL",
    ];
    let refused = as_operator(&office, "anna", &anna_pw, &create);
    expect_error(&refused, "auth.administrator-only");
    let add = [
        "operator",
        "add",
        "--login",
        "jan",
        "--name",
        "Jan Sowa",
        "--password-file",
        s(&anna_pw),
    ];
    expect_error(
        &as_operator(&office, "anna", &anna_pw, &add),
        "auth.administrator-only",
    );
    let update = ["company", "update", "ZURAW", "--quota", "50"];
    expect_error(
        &as_operator(&office, "anna", &anna_pw, &update),
        "auth.administrator-only",
    );
    assert_eq!(count(&office.data, "company"), 2);
    assert_eq!(count(&office.data, "operator"), 1);
}

#[test]
fn logins_are_unique_and_passwords_follow_the_rule() {
    let (office, anna_pw) = office_with_anna();
    let short = office.secret("short-pw", "12345");
    let add = |login: &str, password_file: &Path| {
        office.run(&[
            "operator",
            "add",
            "--login",
            login,
            "--name",
            "Anna Kowalska",
            "--password-file",
            s(password_file),
            "--company",
            "ZURAW",
        ])
    };
    expect_error(&add("anna", &anna_pw), "operator.login-taken");
    expect_error(&add("admin", &anna_pw), "operator.login-taken");
    expect_error(&add("ania", &short), "admin.password-too-short");
    expect_error(&add("an na", &anna_pw), "operator.invalid-login");
    let unknown = office.run(&[
        "--company",
        "NOPE",
        "operator",
        "add",
        "--login",
        "ola",
        "--name",
        "Ola",
        "--password-file",
        s(&anna_pw),
    ]);
    expect_error(&unknown, "company.not-found");
    assert_eq!(count(&office.data, "operator"), 1);
}

/// Sleeps until a few milliseconds past the next whole second.
fn start_just_after_a_whole_second() {
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    let to_next = 1_000 - u64::from(since_epoch.subsec_millis());
    std::thread::sleep(std::time::Duration::from_millis(to_next + 20));
}

#[test]
fn a_wrong_password_waits_and_an_unknown_login_answers_alike() {
    let (office, anna_pw) = office_with_anna();
    let wrong = office.secret("wrong-pw", "Żuraw-Anna-2025");
    let list = ["company", "list"];

    // The store keeps the end of the wait to the second, so the wait after
    // a first wrong try ends at the next whole second but one: tried just
    // after a whole second, the second try comes well inside it.
    start_just_after_a_whole_second();
    let first = as_operator(&office, "anna", &wrong, &list);
    expect_error(&first, "auth.wrong-password");
    assert!(first.stdout.is_empty());
    let at_once = as_operator(&office, "anna", &anna_pw, &list);
    expect_error(&at_once, "auth.throttled");

    // A login nobody has gets the very answer a wrong password gets, so
    // trying logins tells nothing.
    let nobody = as_operator(&office, "nobody", &wrong, &list);
    assert_eq!(
        (nobody.status, &nobody.stderr),
        (first.status, &first.stderr)
    );

    // After the wait the right password opens again.
    std::thread::sleep(std::time::Duration::from_millis(2000));
    as_operator(&office, "anna", &anna_pw, &list).ok();

    // The administrator's password is checked the same way.
    let admin = as_operator(&office, "admin", &wrong, &list);
    expect_error(&admin, "auth.wrong-password");
    assert_eq!(admin.stderr, first.stderr);
}

#[test]
fn without_a_password_a_store_command_is_refused_and_says_how_to_give_it() {
    let (office, anna_pw) = office_with_anna();
    let refused = office.run_env(&["--json", "status"], &[NO_OPERATOR_PASSWORD]);
    expect_error(&refused, "auth.required");
    assert!(refused.stdout.is_empty());
    for named in ["admin", "--operator-password-file", OPERATOR_PASSWORD_FILE] {
        assert!(
            refused.stderr.contains(named),
            "{named}: {}",
            refused.stderr
        );
    }
    let anna = office.run_env(
        &["--operator", "anna", "company", "list"],
        &[NO_OPERATOR_PASSWORD],
    );
    expect_error(&anna, "auth.required");
    assert!(anna.stderr.contains("anna"), "{}", anna.stderr);
    let polish = office.run_env(
        &["status"],
        &[NO_OPERATOR_PASSWORD, ("LANG", "pl_PL.UTF-8")],
    );
    expect_code(&polish, "auth.required");
    assert!(
        polish.stderr.contains("opcją --operator-password-file"),
        "{}",
        polish.stderr
    );

    // What opens no store needs no operator.
    let ids = ["ids", "check", "--country", "PL", "5260250274"];
    assert_eq!(office.run_env(&ids, &[NO_OPERATOR_PASSWORD]).status, 0);
    let providers = ["smtp", "providers", "--domain", "biuro@wp.pl"];
    assert_eq!(
        office.run_env(&providers, &[NO_OPERATOR_PASSWORD]).status,
        0
    );

    // The password from a variable: an exported file gives way to it.
    let from_env = office.run_env(
        &[
            "--operator",
            "anna",
            "--operator-password-env",
            "ANNA_PW",
            "--json",
            "company",
            "list",
        ],
        &[("ANNA_PW", ANNA_PASSWORD)],
    );
    assert_eq!(codes(&no_password_printed(from_env).ok().json()), ["ZURAW"]);
    // The session's login and file are used when the command names none.
    let exported = office.run_env(
        &["--json", "status"],
        &[
            ("SEALDESK_OPERATOR", "anna"),
            (OPERATOR_PASSWORD_FILE, s(&anna_pw)),
        ],
    );
    assert_eq!(exported.ok().json()["operator"], "anna");
    // Both on one command is a usage error.
    let both = office.run_env(
        &[
            "--operator-password-file",
            s(&anna_pw),
            "--operator-password-env",
            "ANNA_PW",
            "status",
        ],
        &[("ANNA_PW", ANNA_PASSWORD)],
    );
    assert_eq!(both.status, 2, "{}", both.stderr);
}
