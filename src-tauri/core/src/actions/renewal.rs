//! Choosing certificates for a renewal and checking a plan before it is
//! recorded.

use super::Context;
use crate::renewal::{self, Candidate, PlanPreview, PreviewRequest};
use crate::Result;

/// Certificates expiring within `within_days` days that can be renewed,
/// each with its holder's name and whether its e-mail must be corrected.
pub fn candidates(cx: &Context, within_days: u32) -> Result<Vec<Candidate>> {
    renewal::candidates(cx.store(), within_days, cx.now())
}

/// What a plan of `request` would make of each certificate: the e-mail and
/// start date it would use and what is wrong with them, its warnings, and
/// the prices with their totals. Nothing is recorded.
pub fn preview_plan(cx: &Context, request: &PreviewRequest) -> Result<PlanPreview> {
    renewal::preview(cx.store(), request, cx.now())
}
