//! A renewal run after it is planned: its items, cancelling them, the CA's
//! receipts, the certificates the CA sends back, and the blocking phrase.

use super::Context;
use crate::renewal::matching::Installed;
use crate::renewal::{self, phrase, ItemView, RunView};
use crate::Result;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Every run, newest first.
pub fn runs(cx: &Context) -> Result<Vec<RunView>> {
    renewal::list_runs(cx.store())
}

/// Run `run_id` and its items.
pub fn show_run(cx: &Context, run_id: i64) -> Result<RunView> {
    renewal::show_run(cx.store(), run_id)
}

/// Cancels the items of `certificates` in run `run_id`, or every item not
/// yet sent when none are named.
pub fn cancel(cx: &Context, run_id: i64, certificates: &[i64]) -> Result<RunView> {
    renewal::cancel(cx.store(), run_id, certificates, cx.now())
}

/// The phrase that blocks run `run_id`'s new certificates by phone, read
/// from the OS credential store because the user asked to see it.
pub fn phrase(cx: &Context, run_id: i64) -> Result<Zeroizing<String>> {
    phrase::load(cx.store(), run_id)
}

/// Notes the CA's receipt `number` (1, or 2 for the final one) for
/// certificate `cert_id` in run `run_id`.
pub fn record_receipt(cx: &Context, run_id: i64, cert_id: i64, number: u8) -> Result<ItemView> {
    renewal::receipt(cx.store(), run_id, cert_id, number, cx.now())
}

/// Imports `file` as the CA's next receipt for certificate `cert_id` in
/// run `run_id`, once it is checked to name the item's request.
pub fn import_receipt(cx: &Context, run_id: i64, cert_id: i64, file: &Path) -> Result<ItemView> {
    renewal::import_receipt(cx.store(), run_id, cert_id, file, cx.now())
}

/// Installs the certificates the CA issued, read from `files`, into the
/// items (of run `run_id` when given) whose requests they answer.
pub fn install_certificates(
    cx: &Context,
    run_id: Option<i64>,
    files: &[PathBuf],
) -> Result<Vec<Installed>> {
    renewal::import(cx.store(), run_id, files, cx.now())
}
