//! Israel: company numbers (ח.פ.) and licensed-dealer numbers (ע.מ.), nine
//! digits with the check digit of the identity-number rule.

use super::{digits, Verdict};

/// Weights 1,2,1,2,…; the digits of each product are added; the total is a
/// multiple of 10. Shorter numbers are the same number with leading zeros.
pub(super) fn company(value: &str) -> Verdict {
    if value.is_empty() || value.len() > 9 {
        return Verdict::BadFormat;
    }
    let padded = format!("{value:0>9}");
    let Some(d) = digits(&padded, &[9]) else {
        return Verdict::BadFormat;
    };
    if d.iter().all(|&x| x == 0) {
        return Verdict::BadFormat;
    }
    let total: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            let product = x * if i % 2 == 0 { 1 } else { 2 };
            product / 10 + product % 10
        })
        .sum();
    Verdict::checksum(total % 10 == 0)
}
