//! The documents around a renewal run: the signed accession card of an
//! item and the run's notification for the tax authority.

use super::key_secret::KeySecretInput;
use super::Context;
use crate::locale::Language;
use crate::renewal::{self, Notification, NotificationFormat, SignedCard};
use crate::Result;
use std::path::Path;

/// Writes the accession card of certificate `cert_id` in run `run_id` in
/// `lang`, signed with that (old) certificate's key, to `out` or beside
/// the item's request.
pub fn sign_card(
    cx: &Context,
    run_id: i64,
    cert_id: i64,
    secret: &KeySecretInput,
    lang: Language,
    out: Option<&Path>,
) -> Result<SignedCard> {
    renewal::sign_card(
        cx.store(),
        run_id,
        cert_id,
        secret.as_key_secret(),
        lang,
        out,
        cx.now(),
    )
}

/// Writes the notification for the tax authority of run `run_id` to the
/// new file `out`, as a PDF in `lang` or as CSV.
pub fn write_notification(
    cx: &Context,
    run_id: i64,
    format: NotificationFormat,
    lang: Language,
    out: &Path,
) -> Result<Notification> {
    renewal::notification::write(cx.store(), run_id, format, lang, out, cx.now())
}
