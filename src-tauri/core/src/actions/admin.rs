//! The administrator: the first-run set-up, unlocking at start and
//! recovering a forgotten password with the recovery code.

use super::Context;
use crate::admin::{self, AdminStatus};
use crate::recovery_code::RecoveryCode;
use crate::secret::Secret;
use crate::Result;

/// Whether the first-run set-up was done, and by whom.
pub fn status(cx: &Context) -> Result<AdminStatus> {
    admin::status(cx.store())
}

/// Creates the administrator `name` with `password` and returns the
/// recovery code, to be shown once.
pub fn set_up(cx: &Context, name: &str, password: &Secret) -> Result<RecoveryCode> {
    admin::create(cx.store(), name, password.as_str(), cx.now())
}

/// Checks the administrator's password; a wrong one makes the next attempt
/// wait longer.
pub fn unlock(cx: &Context, password: &Secret) -> Result<()> {
    admin::verify_password(cx.store(), password.as_str(), cx.now())
}

/// Sets `new_password` with the recovery `code` and returns the new
/// recovery code (the used one stops working).
pub fn recover(cx: &Context, code: &str, new_password: &Secret) -> Result<RecoveryCode> {
    admin::recover(cx.store(), code, new_password.as_str(), cx.now())
}
