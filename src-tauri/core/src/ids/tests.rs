use super::*;
use proptest::prelude::*;

fn valid(country: &str, raw: &str) -> BusinessId {
    check(country, None, raw).unwrap_or_else(|e| panic!("{country} {raw}: {e}"))
}

fn code_of(country: &str, kind: Option<Kind>, raw: &str) -> &'static str {
    match check(country, kind, raw) {
        Ok(id) => panic!("{country} {raw} passed as {id:?}"),
        Err(err) => err.code(),
    }
}

/// Each `(raw, code)` of `country`, given with no kind, is refused with `code`.
fn refused(country: &str, cases: &[(&str, &str)]) {
    for &(raw, code) in cases {
        assert_eq!(code_of(country, None, raw), code, "{country} {raw}");
    }
}

#[test]
fn israel_company_and_dealer_numbers() {
    let id = valid("IL", "516179157");
    assert_eq!(id.kind, Kind::IlCompany);
    assert_eq!(id.organization_identifier().unwrap(), "VATIL-516179157");
    // Leading zeros may be left out; the certificate carries all nine.
    assert_eq!(valid("il", "51617915-7").normalized, "516179157");
    assert_eq!(valid("IL", "000000018").normalized, "000000018");
    assert_eq!(valid("IL", "18").normalized, "000000018");
    refused(
        "IL",
        &[
            ("516179158", "id.invalid-checksum"),
            ("5161791570", "id.invalid-format"),
            ("51617915A", "id.invalid-format"),
            ("000000000", "id.invalid-format"),
        ],
    );
}

#[test]
fn poland_nip_and_regon() {
    for nip in [
        "8567346215",
        "5260250274",
        "526-025-02-74",
        "PL 526 025 02 74",
        "VATPL-5260250274",
    ] {
        let id = valid("PL", nip);
        assert_eq!(id.kind, Kind::PlNip, "{nip}");
        assert!(["8567346215", "5260250274"].contains(&id.normalized.as_str()));
        assert_eq!(
            id.organization_identifier().unwrap(),
            format!("VATPL-{}", id.normalized)
        );
    }
    assert_eq!(code_of("PL", None, "5260250275"), "id.invalid-checksum");
    assert_eq!(
        code_of("PL", Some(Kind::PlNip), "526025027"),
        "id.invalid-format"
    );
    assert_eq!(code_of("PL", None, "52602502ab"), "id.invalid-format");
    // 1100000000: 6·1 + 5·1 = 11, mod 11 = 0, the tenth digit.
    assert_eq!(valid("PL", "1100000000").normalized, "1100000000");
    // 900000000x: 6·9 = 54, mod 11 = 10, which is never issued.
    for last in 0..=9 {
        assert_eq!(
            code_of("PL", Some(Kind::PlNip), &format!("900000000{last}")),
            "id.invalid-checksum"
        );
    }

    for regon in ["123456785", "12345678512347"] {
        let id = valid("PL", regon);
        assert_eq!(id.kind, Kind::PlRegon);
        assert_eq!(
            id.organization_identifier().unwrap(),
            format!("NTRPL-{regon}")
        );
    }
    refused(
        "PL",
        &[
            ("123456786", "id.invalid-checksum"),
            ("12345678512348", "id.invalid-checksum"),
            // Fourteen digits whose first nine are not a REGON.
            ("12345678612347", "id.invalid-checksum"),
        ],
    );
}

#[test]
fn italy_partita_iva_and_codice_fiscale() {
    let iva = valid("IT", "IT 00743110157");
    assert_eq!(iva.kind, Kind::ItPartitaIva);
    assert_eq!(iva.organization_identifier().unwrap(), "VATIT-00743110157");
    refused(
        "IT",
        &[
            ("00743110158", "id.invalid-checksum"),
            ("0074311015", "id.invalid-format"),
            ("00000000000", "id.invalid-format"),
        ],
    );
    // Office code 150 does not exist: 0000000150x is refused whatever x is.
    for last in 0..=9 {
        assert_eq!(
            code_of("IT", None, &format!("0000000150{last}")),
            "id.invalid-format"
        );
    }

    for cf in ["RCCMNL83S18D969H", "rssmra85t10a562s"] {
        let id = valid("IT", cf);
        assert_eq!(id.kind, Kind::ItCodiceFiscale);
        assert_eq!(id.attribute(), SubjectAttribute::SerialNumber);
        assert_eq!(id.organization_identifier(), None);
        assert_eq!(
            id.serial_number().unwrap(),
            format!("TINIT-{}", cf.to_uppercase())
        );
    }
    refused(
        "IT",
        &[
            ("RCCMNL83S18D969A", "id.invalid-checksum"),
            ("RCCMNL8XS18D969H", "id.invalid-format"),
        ],
    );
    // A company's codice fiscale is its eleven-digit number.
    let company = check("IT", Some(Kind::ItCodiceFiscale), "00743110157").unwrap();
    assert_eq!(company.normalized, "00743110157");
}

#[test]
fn ukraine_edrpou_and_rnokpp() {
    for edrpou in ["32855961", "20000154", "14360570", "00032106"] {
        let id = valid("UA", edrpou);
        assert_eq!(id.kind, Kind::UaEdrpou, "{edrpou}");
        assert_eq!(
            id.organization_identifier().unwrap(),
            format!("NTRUA-{edrpou}")
        );
    }
    refused(
        "UA",
        &[
            ("32855962", "id.invalid-checksum"),
            ("14360571", "id.invalid-checksum"),
            ("1436057", "id.invalid-format"),
        ],
    );

    let person = valid("UA", "1759013776");
    assert_eq!(person.kind, Kind::UaRnokpp);
    assert_eq!(person.serial_number().unwrap(), "TINUA-1759013776");
    assert_eq!(code_of("UA", None, "1759013777"), "id.invalid-checksum");
    assert_eq!(
        code_of("UA", Some(Kind::UaRnokpp), "175901377"),
        "id.invalid-format"
    );
}

#[test]
fn russia_inn_of_organisations_and_persons() {
    let org = valid("RU", "7707083893");
    assert_eq!(org.organization_identifier().unwrap(), "VATRU-7707083893");
    let person = valid("RU", "500100732259");
    assert_eq!(person.serial_number().unwrap(), "TINRU-500100732259");
    refused(
        "RU",
        &[
            ("7707083894", "id.invalid-checksum"),
            ("500100732258", "id.invalid-checksum"),
            ("500100732249", "id.invalid-checksum"),
            ("77070838931", "id.invalid-format"),
        ],
    );
}

#[test]
fn other_countries_are_free_form_and_kinds_stay_in_their_country() {
    let de = valid("DE", "HRB 12345");
    assert_eq!(de.kind, Kind::Other);
    assert_eq!(de.organization_identifier().unwrap(), "NTRDE-HRB12345");
    assert_eq!(code_of("DE", None, "HRB#12345"), "id.invalid-format");
    assert_eq!(code_of("DE", None, &"1".repeat(36)), "id.invalid-format");
    assert_eq!(code_of("DE", None, "  "), "id.invalid-format");
    assert_eq!(
        code_of("DE", Some(Kind::PlNip), "5260250274"),
        "id.unknown-kind"
    );
    assert_eq!(code_of("Poland", None, "5260250274"), "pki.invalid-country");
}

#[test]
fn kinds_have_stable_names_and_errors_name_the_kind() {
    for kind in Kind::ALL {
        assert_eq!(Kind::from_name(kind.name()), Some(kind));
    }
    let err = check("PL", None, "5260250275").unwrap_err();
    assert_eq!(err.params()["kind"], "NIP");
    assert_eq!(err.params()["value"], "5260250275");
    assert_eq!(err.params()["country"], "PL");
}

/// Every number with one digit changed, at `position`, to `digit`.
fn one_digit_changed(valid: &str, position: usize, digit: u32) -> Option<String> {
    let mut chars: Vec<char> = valid.chars().collect();
    let new = char::from_digit(digit, 10)?;
    if chars[position] == new {
        return None;
    }
    chars[position] = new;
    Some(chars.into_iter().collect())
}

proptest! {
    // These rules weigh every digit by a number coprime to their modulus
    // (or double it Luhn-style), so one changed digit always shows.
    #[test]
    fn one_changed_digit_is_caught(position in 0usize..12, digit in 0u32..10) {
        for (country, number) in [
            ("PL", "5260250274"),
            ("PL", "8567346215"),
            ("IT", "00743110157"),
            ("RU", "7707083893"),
            ("RU", "500100732259"),
            ("IL", "516179157"),
            ("UA", "1759013776"),
        ] {
            if position >= number.len() {
                continue;
            }
            if let Some(changed) = one_digit_changed(number, position, digit) {
                prop_assert!(check(country, None, &changed).is_err(), "{} {}", country, changed);
            }
        }
    }
}

#[test]
fn a_bare_national_number_becomes_the_organization_identifier() {
    for (country, typed, expected) in [
        ("PL", "5260250274", "VATPL-5260250274"),
        ("pl", " 526-025-02-74 ", "VATPL-5260250274"),
        ("PL", "PL5260250274", "VATPL-5260250274"),
        ("PL", "ntrpl-5260250274", "VATPL-5260250274"),
        ("IL", "51-617915-7", "VATIL-516179157"),
        ("IL", "NTRIL-514000009", "VATIL-514000009"),
        ("IT", "00743110157", "VATIT-00743110157"),
        ("UA", "14360570", "NTRUA-14360570"),
        ("RU", "7707083893", "VATRU-7707083893"),
        // The prefix names the identifier's country, which rules it.
        ("PL", "NTRUA-14360570", "NTRUA-14360570"),
        // Without a national rule: the ETSI form as typed.
        ("DE", "vatde-123456789", "VATDE-123456789"),
        (
            "PL",
            "LEIXG-5299000J2N45DDNE4Y28",
            "LEIXG-5299000J2N45DDNE4Y28",
        ),
    ] {
        assert_eq!(
            organization_identifier(country, typed).unwrap(),
            expected,
            "{country} {typed}"
        );
    }
}

#[test]
fn an_organization_identifier_with_a_wrong_number_is_refused() {
    for (country, typed, code) in [
        // 5+2+4 = 11: not a multiple of 10.
        ("IL", "NTRIL-514000000", "id.invalid-checksum"),
        ("IL", "514000000", "id.invalid-checksum"),
        ("PL", "VATPL-5260250275", "id.invalid-checksum"),
        ("PL", "5260250275", "id.invalid-checksum"),
        ("PL", "52602502", "id.invalid-format"),
        ("IT", "VATIT-00743110158", "id.invalid-checksum"),
        ("UA", "NTRUA-14360571", "id.invalid-checksum"),
        // A person's tax number is no organisation's.
        ("UA", "1759013776", "id.not-an-organization"),
        ("RU", "TINRU-500100732259", "id.not-an-organization"),
        // A bare number of a country without a rule says nothing of its type.
        ("DE", "123456789", "pki.invalid-org-id"),
        ("DE", "VATDE 1", "pki.invalid-org-id"),
        ("POL", "5260250274", "pki.invalid-country"),
    ] {
        assert_eq!(
            organization_identifier(country, typed).unwrap_err().code(),
            code,
            "{country} {typed}"
        );
    }
    let err = organization_identifier("IL", "NTRIL-514000000").unwrap_err();
    assert_eq!(err.params()["value"], "514000000");
}
