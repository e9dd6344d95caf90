//! Contractors and portal users on the command line: one by one, or from a
//! CSV file that is imported whole or not at all.

use crate::support::*;

const GOOD: &str = "\u{feff}contractor_code;contractor_name;login;name;email;lang\n\
                    ACME;Acme sp. z o.o.;jan;Jan Kowalski;jan@acme.pl;pl\n\
                    ACME;Acme sp. z o.o.;ewa;Ewa Nowak;ewa@acme.pl;pl\n\
                    SHALOM;Shalom Ltd;dana;דנה לוי;dana@shalom.co.il;he\n";

#[test]
fn a_csv_with_two_bad_lines_names_both_and_imports_nothing() {
    let office = Office::new();
    let file = office.path("users.csv");
    std::fs::write(
        &file,
        "contractor_code,contractor_name,login,name,email,lang\n\
         ACME,Acme,jan,Jan Kowalski,jan@acme.pl,pl\n\
         ACME,Acme,ewa,Ewa Nowak,,pl\n\
         ACME,Acme,olga,Olga,olga@acme.pl,de\n",
    )
    .unwrap();
    let run = office.run(&["--json", "portal-user", "import", s(&file)]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    let report = run.json();
    let lines: Vec<(i64, &str)> = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["line"].as_i64().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        lines,
        [(3, "portal.missing"), (4, "portal.unknown-language")]
    );
    expect_error(&run, "portal.import-refused");
    assert_eq!(count(&office.data, "portal_user"), 0);
    assert_eq!(count(&office.data, "contractor"), 0);

    // The text form names each line too, in the reader's language.
    let polish = office.run_env(
        &["portal-user", "import", s(&file)],
        &[("LANG", "pl_PL.UTF-8")],
    );
    assert!(
        polish
            .stdout
            .contains("line 3: error[portal.missing]: Brak adresu e-mail."),
        "{}",
        polish.stdout
    );
}

#[test]
fn a_good_csv_adds_users_that_a_search_finds_and_another_company_does_not_see() {
    let office = Office::new();
    let file = office.path("users.csv");
    std::fs::write(&file, GOOD).unwrap();
    let report = office.json(&["portal-user", "import", s(&file)]);
    assert_eq!(
        (
            report["created"].as_i64(),
            report["errors"].as_array().map(Vec::len)
        ),
        (Some(3), Some(0))
    );
    let again = office.json(&["portal-user", "import", s(&file)]);
    assert_eq!(again["unchanged"], 3);

    let found = office.json(&["portal-user", "list", "--search", "ewa"]);
    let found = found.as_array().unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["contractor"], "ACME");
    assert_eq!(found[0]["lang"], "pl");
    assert!(found[0]["certificate_id"].is_null());
    let without = office.json(&["portal-user", "list", "--without-certificate"]);
    assert_eq!(without.as_array().unwrap().len(), 3);

    let companies = office.json(&["company", "list"]);
    assert_eq!(companies[0]["portal_users"], 3, "{companies}");

    let contractors = office.json(&["contractor", "list"]);
    assert_eq!(contractors.as_array().unwrap().len(), 2);

    // One more by hand; a login the contractor has is refused.
    let added = office.json(&[
        "portal-user",
        "add",
        "--contractor",
        "ACME",
        "--login",
        "piotr",
        "--name",
        "Piotr",
        "--email",
        "piotr@acme.pl",
    ]);
    assert_eq!(added["lang"], "en", "the company has no language: English");
    let twice = office.run(&[
        "portal-user",
        "add",
        "--contractor",
        "ACME",
        "--login",
        "piotr",
        "--name",
        "Piotr",
        "--email",
        "piotr@acme.pl",
    ]);
    expect_error(&twice, "portal.duplicate-login");
    let disabled = office.json(&["portal-user", "disable", "--id", &added["id"].to_string()]);
    assert_eq!(disabled["disabled"], true);

    // Another company sees none of them.
    office.json(&[
        "company",
        "create",
        "--name",
        "Other",
        "--code",
        "OTHER",
        "--country",
        "IL",
    ]);
    let other = office.json(&["--company", "OTHER", "portal-user", "list"]);
    assert_eq!(other.as_array().unwrap().len(), 0);
    let other_contractors = office.json(&["--company", "OTHER", "contractor", "list"]);
    assert_eq!(other_contractors.as_array().unwrap().len(), 0);
    let refused = office.run(&[
        "--company",
        "OTHER",
        "portal-user",
        "disable",
        "--id",
        &added["id"].to_string(),
    ]);
    expect_error(&refused, "portal.user-not-found");
}
