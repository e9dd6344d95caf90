//! Preferences and the activity list.

use super::{Context, Gate};
use crate::audit::{self, AuditEvent};
use crate::locale::Language;
use crate::{settings, Result};

/// The most activity entries one request returns.
pub const MAX_ACTIVITY_ENTRIES: u32 = 500;

/// Switches the interface language (offered before signing in too).
pub fn set_language(gate: &Gate, language: Language) -> Result<()> {
    settings::set_language(gate.store(), language)
}

/// Sets the idle time after which the session locks; a value outside
/// [`settings::MIN_IDLE_LOCK_MINUTES`]..=[`settings::MAX_IDLE_LOCK_MINUTES`]
/// is refused.
pub fn set_idle_lock(cx: &Context, minutes: u32) -> Result<()> {
    cx.scope().require_administrator()?;
    settings::set_idle_lock_minutes(cx.store(), minutes)
}

/// The latest `limit` entries of the activity log, newest first (at most
/// [`MAX_ACTIVITY_ENTRIES`]).
pub fn recent_activity(cx: &Context, limit: u32) -> Result<Vec<AuditEvent>> {
    audit::recent(
        cx.store().conn(),
        cx.company(),
        cx.scope().is_administrator(),
        limit.min(MAX_ACTIVITY_ENTRIES),
    )
}
