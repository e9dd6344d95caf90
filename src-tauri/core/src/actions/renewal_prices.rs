//! What each CA charges for a renewal, kept so a plan can show its cost.

use super::Context;
use crate::renewal::prices::{self, Price};
use crate::renewal::Term;
use crate::Result;

/// Every price, by CA and term.
pub fn prices(cx: &Context) -> Result<Vec<Price>> {
    prices::list(cx.store())
}

/// Sets (or replaces) what `ca` charges for `term`: `amount` as typed (a
/// comma is taken for the point) in the ISO 4217 `currency`.
pub fn set_price(
    cx: &Context,
    ca: &str,
    term: Term,
    amount: &str,
    currency: &str,
) -> Result<Price> {
    prices::set(cx.store(), ca, term, amount, currency, cx.now())
}

/// Removes the price of `ca` for `term`.
pub fn remove_price(cx: &Context, ca: &str, term: Term) -> Result<()> {
    prices::remove(cx.store(), ca, term, cx.now())
}
