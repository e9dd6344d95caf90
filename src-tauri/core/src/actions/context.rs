//! What every use case acts in.

use crate::Store;
use chrono::{DateTime, Utc};

/// The store a use case works on and the moment it acts at. Every use case
/// takes one, so the checks that depend on who acts live in one place.
pub struct Context<'a> {
    store: &'a Store,
    now: DateTime<Utc>,
}

impl<'a> Context<'a> {
    /// A context on `store` acting now.
    pub fn new(store: &'a Store) -> Self {
        Self::at(store, Utc::now())
    }

    /// A context on `store` acting at `now` (tests and benchmarks fix the
    /// clock so validity windows are reproducible).
    pub fn at(store: &'a Store, now: DateTime<Utc>) -> Self {
        Self { store, now }
    }

    /// The store.
    pub fn store(&self) -> &'a Store {
        self.store
    }

    /// The moment this action happens.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }
}
