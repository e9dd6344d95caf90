//! Italy: partita IVA (VAT number) and codice fiscale (tax code).

use super::{digits, Verdict};

/// Offices that issue partita IVA numbers (digits 8 to 10).
fn office_known(office: u32) -> bool {
    (1..=100).contains(&office) || matches!(office, 120 | 121 | 888 | 999)
}

/// Partita IVA: eleven digits, Luhn check, a known office code. A company's
/// codice fiscale is the same number.
pub(super) fn partita_iva(value: &str) -> Verdict {
    let Some(d) = digits(value, &[11]) else {
        return Verdict::BadFormat;
    };
    let office = d[7] * 100 + d[8] * 10 + d[9];
    if d.iter().all(|&x| x == 0) || !office_known(office) {
        return Verdict::BadFormat;
    }
    let total: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 1 {
                let doubled = x * 2;
                if doubled > 9 {
                    doubled - 9
                } else {
                    doubled
                }
            } else {
                x
            }
        })
        .sum();
    Verdict::checksum(total % 10 == 0)
}

/// Values of the characters in odd positions (1st, 3rd, …), by the
/// Ministry of Finance's table: digits 0–9 then letters A–Z.
const ODD_DIGITS: [u32; 10] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
const ODD_LETTERS: [u32; 26] = [
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];
/// Letters that stand for digits in a codice fiscale changed for homocodes.
const HOMOCODE_LETTERS: &str = "LMNPQRSTUV";

/// Codice fiscale: sixteen characters (surname, name, birth date and place,
/// check letter), or a company's eleven-digit number (the partita IVA rule).
pub(super) fn codice_fiscale(value: &str) -> Verdict {
    if value.len() == 11 {
        return partita_iva(value);
    }
    let chars: Vec<char> = value.chars().collect();
    if chars.len() != 16 {
        return Verdict::BadFormat;
    }
    let letter_at = [0, 1, 2, 3, 4, 5, 8, 11, 15];
    let shape_ok = chars.iter().enumerate().all(|(i, c)| {
        if letter_at.contains(&i) {
            c.is_ascii_uppercase()
        } else {
            c.is_ascii_digit() || HOMOCODE_LETTERS.contains(*c)
        }
    });
    if !shape_ok {
        return Verdict::BadFormat;
    }
    let value_of = |i: usize, c: char| -> u32 {
        // The shape check above lets only digits and A–Z through.
        let letter = || (c as u32).saturating_sub('A' as u32).min(25);
        match (i % 2 == 0, c.to_digit(10)) {
            (true, Some(d)) => ODD_DIGITS[d as usize],
            (true, None) => ODD_LETTERS[letter() as usize],
            (false, Some(d)) => d,
            (false, None) => letter(),
        }
    };
    let total: u32 = chars[..15]
        .iter()
        .enumerate()
        .map(|(i, &c)| value_of(i, c))
        .sum();
    let expected = char::from(b'A' + (total % 26) as u8);
    Verdict::checksum(chars[15] == expected)
}
