//! What every use case acts in: the store, the moment, and who acts on
//! which company.

use crate::company::{self, operator, CompanyError, CompanyId};
use crate::{Error, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// Who acts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum Actor {
    /// The administrator: every company, and the operators.
    Administrator {
        /// The administrator's name.
        name: String,
    },
    /// A company operator: one company only.
    Operator {
        /// Row id of the operator.
        id: i64,
        /// The login.
        login: String,
        /// Full name.
        name: String,
    },
}

impl Actor {
    /// The login, as the history names who did something.
    pub fn login(&self) -> &str {
        match self {
            Actor::Administrator { .. } => operator::ADMINISTRATOR_LOGIN,
            Actor::Operator { login, .. } => login,
        }
    }

    /// The name to show.
    pub fn name(&self) -> &str {
        match self {
            Actor::Administrator { name } | Actor::Operator { name, .. } => name,
        }
    }
}

/// A signed-in operator and the company they act on. Only signing in makes
/// one (see [`super::session`]), so a face cannot act without it; every
/// use case reads the company from here, which is the one place the scope
/// rule is decided: rows of another company are not found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    actor: Actor,
    company: CompanyId,
}

impl Scope {
    /// The scope of `actor` on `company`; the caller has checked both.
    pub(crate) fn new(actor: Actor, company: CompanyId) -> Self {
        Self { actor, company }
    }

    /// Who acts.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// The company acted on.
    pub fn company(&self) -> CompanyId {
        self.company
    }

    /// Whether the administrator acts.
    pub fn is_administrator(&self) -> bool {
        matches!(self.actor, Actor::Administrator { .. })
    }

    /// The same actor on company `code`: the administrator may open any
    /// company; an operator only their own, and any other code is not found.
    pub fn on_company(&self, store: &Store, code: &str) -> Result<Scope> {
        let company = company::by_code(store, code)?;
        if !self.is_administrator() && company.id != self.company {
            return Err(Error::Company(CompanyError::NotFound {
                code: company.code,
            }));
        }
        Ok(Scope::new(self.actor.clone(), company.id))
    }

    /// Refuses anyone but the administrator.
    pub fn require_administrator(&self) -> Result<()> {
        if self.is_administrator() {
            Ok(())
        } else {
            Err(Error::Company(CompanyError::AdministratorOnly))
        }
    }

    /// The administrator on the first company, for the core's own tests.
    #[cfg(test)]
    pub(crate) fn test_administrator() -> &'static Scope {
        static SCOPE: std::sync::OnceLock<Scope> = std::sync::OnceLock::new();
        SCOPE.get_or_init(|| {
            Scope::new(
                Actor::Administrator {
                    name: "Test".into(),
                },
                CompanyId(1),
            )
        })
    }
}

/// The store a use case works on, the moment it acts at, and the signed-in
/// scope it acts in.
pub struct Context<'a> {
    store: &'a Store,
    now: DateTime<Utc>,
    scope: &'a Scope,
}

impl<'a> Context<'a> {
    /// A context on `store` acting now in `scope`.
    pub fn new(store: &'a Store, scope: &'a Scope) -> Self {
        Self::at(store, scope, Utc::now())
    }

    /// A context on `store` acting at `now` (tests and benchmarks fix the
    /// clock so validity windows are reproducible).
    pub fn at(store: &'a Store, scope: &'a Scope, now: DateTime<Utc>) -> Self {
        store.hold_company(scope.company, scope.actor.login());
        Self { store, now, scope }
    }

    /// The store.
    pub fn store(&self) -> &'a Store {
        self.store
    }

    /// The moment this action happens.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    /// Who acts, on which company.
    pub fn scope(&self) -> &'a Scope {
        self.scope
    }

    /// The company acted on: every owned row read or written is of it.
    pub fn company(&self) -> CompanyId {
        self.scope.company
    }
}

impl Drop for Context<'_> {
    fn drop(&mut self) {
        self.store.release_company();
    }
}

/// What the use cases before signing in act in (set-up, signing in,
/// recovering the password): the store and the moment, and nobody yet.
pub struct Gate<'a> {
    store: &'a Store,
    now: DateTime<Utc>,
}

impl<'a> Gate<'a> {
    /// A gate on `store` now.
    pub fn new(store: &'a Store) -> Self {
        Self::at(store, Utc::now())
    }

    /// A gate on `store` at `now`.
    pub fn at(store: &'a Store, now: DateTime<Utc>) -> Self {
        Self { store, now }
    }

    /// The store.
    pub fn store(&self) -> &'a Store {
        self.store
    }

    /// The moment.
    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }
}
