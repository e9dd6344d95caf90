//! Russia: INN, ten digits for an organisation, twelve for a person.

use super::{digits, weighted, Verdict};

const INN10_WEIGHTS: [i64; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_FIRST_WEIGHTS: [i64; 10] = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_SECOND_WEIGHTS: [i64; 11] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/// Each check digit is (Σ weights mod 11) mod 10 over the digits before it.
pub(super) fn inn(value: &str) -> Verdict {
    let Some(d) = digits(value, &[10, 12]) else {
        return Verdict::BadFormat;
    };
    let check = |weights: &[i64]| weighted(&d, weights) % 11 % 10 == i64::from(d[weights.len()]);
    Verdict::checksum(if d.len() == 10 {
        check(&INN10_WEIGHTS)
    } else {
        check(&INN12_FIRST_WEIGHTS) && check(&INN12_SECOND_WEIGHTS)
    })
}
