use super::import::import;
use super::*;
use crate::test_support::count_rows;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_for_tests(&dir.path().join("data")).unwrap();
    (dir, store)
}

#[test]
fn a_file_with_bad_lines_names_each_by_its_line_and_changes_nothing() {
    let (_dir, store) = store();
    let csv = "\u{feff}contractor_code;contractor_name;login;name;email;lang\n\
               ACME;Acme sp. z o.o.;jan;Jan Kowalski;jan@acme.pl;pl\n\
               ACME;Acme sp. z o.o.;ewa;Ewa Nowak;;pl\n\
               ACME;Acme sp. z o.o.;jan;Jan Drugi;jan2@acme.pl;pl\n\
               ACME;Acme sp. z o.o.;olga;Olga;olga@acme.pl;de\n\
               ACME;Acme sp. z o.o.;piotr;Piotr;not an address;pl\n";
    let report = import(&store, csv.as_bytes(), Utc::now()).unwrap();
    let found: Vec<(u64, &str)> = report
        .errors
        .iter()
        .map(|e| (e.line, e.code.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (3, "portal.missing"),
            (4, "portal.duplicate-login"),
            (5, "portal.unknown-language"),
            (6, "portal.invalid-email"),
        ]
    );
    assert_eq!(report.created, 0);
    assert_eq!(count_rows(&store, "portal_user"), 0, "all or nothing");
    assert_eq!(count_rows(&store, "contractor"), 0);
}

#[test]
fn a_good_file_adds_then_updates_and_leaves_the_rest_unchanged() {
    let (_dir, store) = store();
    let first = "contractor_code,contractor_name,login,name,email,lang\n\
                 ACME,Acme,jan,Jan Kowalski,jan@acme.pl,pl\n\
                 ACME,Acme,ewa,Ewa Nowak,ewa@acme.pl,pl\n\
                 SHALOM,Shalom Ltd,dana,דנה לוי,dana@shalom.co.il,he\n";
    let report = import(&store, first.as_bytes(), Utc::now()).unwrap();
    assert_eq!(
        (report.created, report.updated, report.unchanged),
        (3, 0, 0)
    );
    assert!(report.errors.is_empty());
    let again = "contractor_code,contractor_name,login,name,email,lang\n\
                 ACME,Acme,jan,Jan Kowalski,jan@acme.pl,pl\n\
                 ACME,Acme,ewa,Ewa Nowak-Kowalska,ewa@acme.pl,pl\n";
    let report = import(&store, again.as_bytes(), Utc::now()).unwrap();
    assert_eq!(
        (report.created, report.updated, report.unchanged),
        (0, 1, 1)
    );
    let hebrew = users(
        &store,
        &PortalUserQuery {
            search: Some("דנה".into()),
            ..Default::default()
        },
        Utc::now(),
    )
    .unwrap();
    assert_eq!(hebrew.len(), 1);
    assert_eq!(
        (hebrew[0].contractor.as_str(), hebrew[0].lang),
        ("SHALOM", Language::He)
    );
    let without = users(
        &store,
        &PortalUserQuery {
            without_certificate: true,
            ..Default::default()
        },
        Utc::now(),
    )
    .unwrap();
    assert_eq!(without.len(), 3, "nobody has a certificate yet");
}

#[test]
fn a_wrong_header_or_a_file_that_is_not_text_is_refused() {
    let (_dir, store) = store();
    let err = import(&store, b"code,name\nA,B\n", Utc::now()).unwrap_err();
    assert_eq!(err.code(), "portal.bad-header");
    let err = import(&store, &[0xff, 0xfe, 0x00], Utc::now()).unwrap_err();
    assert_eq!(err.code(), "portal.not-csv");
}

#[test]
fn users_are_added_checked_changed_and_disabled_one_by_one() {
    let (_dir, store) = store();
    let now = Utc::now();
    add_contractor(
        &store,
        &ContractorFields {
            code: "ACME".into(),
            name: "Acme".into(),
            ..Default::default()
        },
        now,
    )
    .unwrap();
    let again = add_contractor(
        &store,
        &ContractorFields {
            code: "ACME".into(),
            name: "Other".into(),
            ..Default::default()
        },
        now,
    )
    .unwrap_err();
    assert_eq!(again.code(), "portal.contractor-code-taken");
    let fields = PortalUserFields {
        contractor: "ACME".into(),
        login: "jan".into(),
        name: "Jan".into(),
        email: "jan@acme.pl".into(),
        lang: Some(Language::Pl),
    };
    let jan = add_user(&store, &fields, now).unwrap();
    assert_eq!(
        add_user(&store, &fields, now).unwrap_err().code(),
        "portal.duplicate-login"
    );
    let bad = PortalUserFields {
        login: "x".into(),
        email: "nope".into(),
        ..fields.clone()
    };
    assert_eq!(
        add_user(&store, &bad, now).unwrap_err().code(),
        "portal.invalid-email"
    );
    let unknown = PortalUserFields {
        contractor: "NONE".into(),
        login: "y".into(),
        ..fields
    };
    assert_eq!(
        add_user(&store, &unknown, now).unwrap_err().code(),
        "portal.contractor-not-found"
    );
    let changed = update_user(&store, jan.id, "Jan K.", "jk@acme.pl", Language::En, now).unwrap();
    assert_eq!(
        (changed.name.as_str(), changed.lang),
        ("Jan K.", Language::En)
    );
    assert!(
        set_user_disabled(&store, jan.id, true, now)
            .unwrap()
            .disabled
    );
    assert_eq!(
        set_user_disabled(&store, jan.id + 100, true, now)
            .unwrap_err()
            .code(),
        "portal.user-not-found"
    );
}
