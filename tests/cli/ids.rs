//! `sealdesk ids check`: national rules on the command line, no store needed.

use crate::support::*;
use serde_json::Value;

fn check(args: &[&str], env: &[(&str, &str)]) -> crate::Run {
    let tmp = tempfile::tempdir().unwrap();
    let mut all = vec!["ids", "check"];
    all.extend_from_slice(args);
    sealdesk(&tmp.path().join("no-store"), &all, env)
}

fn json(args: &[&str]) -> Value {
    let tmp = tempfile::tempdir().unwrap();
    let mut full = vec!["--json", "ids", "check"];
    full.extend_from_slice(args);
    let run = sealdesk(&tmp.path().join("no-store"), &full, &[]);
    assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn valid_identifiers_print_their_certificate_form() {
    let nip = json(&["--country", "pl", "PL 526-025-02-74"]);
    assert_eq!(nip["kind"], "pl-nip");
    assert_eq!(nip["normalized"], "5260250274");
    assert_eq!(nip["organization_identifier"], "VATPL-5260250274");
    assert!(nip["serial_number"].is_null());

    let edrpou = json(&["--country", "UA", "14360570"]);
    assert_eq!(edrpou["organization_identifier"], "NTRUA-14360570");

    let person = json(&[
        "--country",
        "IT",
        "--kind",
        "it-codice-fiscale",
        "RCCMNL83S18D969H",
    ]);
    assert_eq!(person["serial_number"], "TINIT-RCCMNL83S18D969H");
    assert!(person["organization_identifier"].is_null());

    let israel = json(&["--country", "IL", "516179157"]);
    assert_eq!(israel["organization_identifier"], "VATIL-516179157");
}

#[test]
fn a_wrong_check_digit_is_a_localized_error() {
    let english = check(&["--country", "PL", "5260250275"], &[]);
    expect_error(&english, "id.invalid-checksum");
    assert_contains(&english.stderr, "check digit");

    let polish = check(
        &["--country", "PL", "5260250275"],
        &[("LANG", "pl_PL.UTF-8")],
    );
    assert_eq!(polish.status, 1);
    assert_contains(&polish.stderr, "cyfra kontrolna");

    let ukrainian = check(&["--country", "UA", "1436057"], &[("LANG", "uk_UA.UTF-8")]);
    expect_code(&ukrainian, "id.invalid-format");
    assert_contains(&ukrainian.stderr, "довжина");
}

#[test]
fn an_unknown_kind_or_country_is_refused() {
    let kind = check(
        &["--country", "PL", "--kind", "pl-pesel", "5260250274"],
        &[],
    );
    expect_error(&kind, "id.unknown-kind");
    let foreign = check(&["--country", "DE", "--kind", "pl-nip", "5260250274"], &[]);
    expect_code(&foreign, "id.unknown-kind");
    let country = check(&["--country", "Polska", "5260250274"], &[]);
    expect_code(&country, "pki.invalid-country");
}
