//! The administrator: the first-run set-up, unlocking at start and
//! recovering a forgotten password with the recovery code.

use super::Gate;
use crate::admin::{self, AdminStatus};
use crate::recovery_code::RecoveryCode;
use crate::secret::Secret;
use crate::Result;

/// Whether the first-run set-up was done, and by whom.
pub fn status(gate: &Gate) -> Result<AdminStatus> {
    admin::status(gate.store())
}

/// Creates the administrator `name` with `password` and returns the
/// recovery code, to be shown once.
pub fn set_up(gate: &Gate, name: &str, password: &Secret) -> Result<RecoveryCode> {
    admin::create(gate.store(), name, password.as_str(), gate.now())
}

/// Checks the administrator's password; a wrong one makes the next attempt
/// wait longer.
pub fn unlock(gate: &Gate, password: &Secret) -> Result<()> {
    admin::verify_password(gate.store(), password.as_str(), gate.now())
}

/// Sets `new_password` with the recovery `code` and returns the new
/// recovery code (the used one stops working).
pub fn recover(gate: &Gate, code: &str, new_password: &Secret) -> Result<RecoveryCode> {
    admin::recover(gate.store(), code, new_password.as_str(), gate.now())
}
