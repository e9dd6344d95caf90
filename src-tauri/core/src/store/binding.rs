//! The company and operator a store connection acts for, as SQL sees them.
//!
//! Every query of an owned row names `current_company()` (reads:
//! `WHERE ... AND company_id = current_company()`; writes: the value of
//! `company_id`), and the history names `current_actor()`. The two SQL
//! functions answer what [`crate::actions::Context`] bound while it lives;
//! unbound, they fail the statement, so a row is never read or written
//! without a company, and no code path can fall back to a default one.

use crate::company::CompanyId;
use rusqlite::functions::FunctionFlags;
use rusqlite::Connection;
use std::sync::{Arc, Mutex, MutexGuard};

/// Who the connection acts for, and how many contexts hold that binding.
#[derive(Debug, Default)]
struct Bound {
    company: Option<CompanyId>,
    actor: String,
    holders: u32,
}

/// The binding of one connection, shared with its SQL functions.
#[derive(Debug, Clone, Default)]
pub(crate) struct Binding(Arc<Mutex<Bound>>);

impl Binding {
    /// Registers `current_company()` and `current_actor()` on `conn`.
    pub(crate) fn register(&self, conn: &Connection) -> rusqlite::Result<()> {
        let company = self.clone();
        conn.create_scalar_function(
            "current_company",
            0,
            FunctionFlags::SQLITE_UTF8,
            move |_| {
                company
                    .lock()
                    .company
                    .map(|id| id.0)
                    .ok_or_else(|| rusqlite::Error::UserFunctionError(Unbound.into()))
            },
        )?;
        let actor = self.clone();
        conn.create_scalar_function("current_actor", 0, FunctionFlags::SQLITE_UTF8, move |_| {
            let bound = actor.lock();
            match bound.company {
                Some(_) => Ok(bound.actor.clone()),
                None => Err(rusqlite::Error::UserFunctionError(Unbound.into())),
            }
        })
    }

    /// Binds `company` and `actor` for one more holder. A second binding to
    /// another company while one is held would let the first holder act on
    /// the wrong company: that is a programming error, and it stops here.
    pub(crate) fn hold(&self, company: CompanyId, actor: &str) {
        let mut bound = self.lock();
        if bound.holders > 0 {
            assert!(
                bound.company == Some(company) && bound.actor == actor,
                "a store connection is bound to one company at a time"
            );
        }
        bound.company = Some(company);
        bound.actor = actor.to_string();
        bound.holders += 1;
    }

    /// Lets go of one holder's binding; the last one unbinds.
    pub(crate) fn release(&self) {
        let mut bound = self.lock();
        bound.holders = bound.holders.saturating_sub(1);
        if bound.holders == 0 {
            *bound = Bound::default();
        }
    }

    /// The actor bound, if any.
    pub(crate) fn actor(&self) -> Option<String> {
        let bound = self.lock();
        bound.company.map(|_| bound.actor.clone())
    }

    fn lock(&self) -> MutexGuard<'_, Bound> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The error a statement fails with when no company is bound.
#[derive(Debug, thiserror::Error)]
#[error("no company is open on this connection")]
struct Unbound;
