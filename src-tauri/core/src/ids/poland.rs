//! Poland: NIP (tax number) and REGON (statistical register number).

use super::{digits, weighted, Verdict};

const NIP_WEIGHTS: [i64; 9] = [6, 5, 7, 2, 3, 4, 5, 6, 7];
const REGON9_WEIGHTS: [i64; 8] = [8, 9, 2, 3, 4, 5, 6, 7];
const REGON14_WEIGHTS: [i64; 13] = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

/// NIP: ten digits; Σ weights mod 11 is the tenth digit (10 is never issued).
pub(super) fn nip(value: &str) -> Verdict {
    let Some(d) = digits(value, &[10]) else {
        return Verdict::BadFormat;
    };
    let check = weighted(&d, &NIP_WEIGHTS) % 11;
    Verdict::checksum(check != 10 && check == i64::from(d[9]))
}

/// REGON: nine digits, or fourteen whose first nine are a valid REGON too;
/// Σ weights mod 11, with 10 counting as 0, is the last digit.
pub(super) fn regon(value: &str) -> Verdict {
    let Some(d) = digits(value, &[9, 14]) else {
        return Verdict::BadFormat;
    };
    let last_ok = |d: &[u32], weights: &[i64]| {
        let check = weighted(d, weights) % 11 % 10;
        check == i64::from(d[weights.len()])
    };
    let nine_ok = last_ok(&d[..9], &REGON9_WEIGHTS);
    Verdict::checksum(if d.len() == 14 {
        nine_ok && last_ok(&d, &REGON14_WEIGHTS)
    } else {
        nine_ok
    })
}
