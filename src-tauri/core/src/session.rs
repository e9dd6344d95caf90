//! The unlocked session of the desktop app and its idle lock.
//!
//! The app keeps one [`Session`]; every command that touches protected data
//! calls [`Session::touch`], which fails with [`AdminError::Locked`] once the idle
//! time has passed, so the lock holds even if the UI's own timer is bypassed.

use crate::{Error, Result};
use std::time::{Duration, Instant};

/// Whether the administrator has unlocked the app, and since when it is idle.
#[derive(Debug, Clone)]
pub struct Session {
    last_activity: Option<Instant>,
    idle_limit: Duration,
}

impl Session {
    /// A locked session that will lock again after `idle_limit` of inactivity.
    pub fn new(idle_limit: Duration) -> Self {
        Self {
            last_activity: None,
            idle_limit,
        }
    }

    /// Marks the session unlocked (after the password was checked).
    pub fn unlock(&mut self, now: Instant) {
        self.last_activity = Some(now);
    }

    /// Locks the session.
    pub fn lock(&mut self) {
        self.last_activity = None;
    }

    /// Changes the idle limit; an active session keeps its last activity.
    pub fn set_idle_limit(&mut self, idle_limit: Duration) {
        self.idle_limit = idle_limit;
    }

    /// Whether the session is unlocked and not idle for too long at `now`.
    pub fn is_unlocked(&self, now: Instant) -> bool {
        self.last_activity
            .is_some_and(|last| now.saturating_duration_since(last) < self.idle_limit)
    }

    /// Records activity; fails, and locks, when the session is locked or has
    /// been idle longer than the limit.
    pub fn touch(&mut self, now: Instant) -> Result<()> {
        if self.is_unlocked(now) {
            self.last_activity = Some(now);
            Ok(())
        } else {
            self.lock();
            Err(Error::Admin(crate::AdminError::Locked))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_session_is_locked() {
        let mut session = Session::new(Duration::from_secs(60));
        assert_eq!(
            session.touch(Instant::now()).unwrap_err().code(),
            "session.locked"
        );
    }

    #[test]
    fn activity_keeps_it_open_and_idleness_locks_it() {
        let start = Instant::now();
        let mut session = Session::new(Duration::from_secs(60));
        session.unlock(start);
        session.touch(start + Duration::from_secs(50)).unwrap();
        session.touch(start + Duration::from_secs(100)).unwrap();
        assert!(session.touch(start + Duration::from_secs(161)).is_err());
        // Once locked by idleness it stays locked.
        assert!(!session.is_unlocked(start + Duration::from_secs(162)));
    }

    #[test]
    fn lock_by_hand() {
        let start = Instant::now();
        let mut session = Session::new(Duration::from_secs(60));
        session.unlock(start);
        session.lock();
        assert!(!session.is_unlocked(start));
    }
}
