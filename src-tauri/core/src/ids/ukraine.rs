//! Ukraine: EDRPOU (legal entities) and RNOKPP (natural persons' tax number).

use super::{digits, weighted, Verdict};

const RNOKPP_WEIGHTS: [i64; 9] = [-1, 5, 7, 9, 4, 6, 10, 5, 7];

/// EDRPOU: eight digits. Weights 1..7, or 7,1,2,…,6 for codes from
/// 30000000 to 59999999; Σ mod 11; when that is 10, every weight grows by 2
/// and the sum is taken again, and a second 10 counts as 0.
pub(super) fn edrpou(value: &str) -> Verdict {
    let Some(d) = digits(value, &[8]) else {
        return Verdict::BadFormat;
    };
    let code: u32 = value.parse().unwrap_or(0);
    let base: [i64; 7] = if (30_000_000..60_000_000).contains(&code) {
        [7, 1, 2, 3, 4, 5, 6]
    } else {
        [1, 2, 3, 4, 5, 6, 7]
    };
    let mut check = weighted(&d, &base) % 11;
    if check == 10 {
        let raised = base.map(|w| w + 2);
        check = weighted(&d, &raised) % 11 % 10;
    }
    Verdict::checksum(check == i64::from(d[7]))
}

/// RNOKPP: ten digits; (Σ weights mod 11) mod 10 is the tenth digit.
pub(super) fn rnokpp(value: &str) -> Verdict {
    let Some(d) = digits(value, &[10]) else {
        return Verdict::BadFormat;
    };
    let check = weighted(&d, &RNOKPP_WEIGHTS).rem_euclid(11) % 10;
    Verdict::checksum(check == i64::from(d[9]))
}
