//! Signing in: the operator's login and password open a [`Scope`].

use super::{Actor, Context, Gate, Scope};
use crate::company::{self, operator, Company, CompanyError};
use crate::secret::Secret;
use crate::{admin, AdminError, Error, Result};
use serde::Serialize;

/// Who is signed in, on which company: what the shell shows.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct SignedIn {
    /// Who acts.
    pub actor: Actor,
    /// The company open.
    pub company: Company,
    /// Whether the actor may open other companies.
    pub can_switch: bool,
    /// Whether the actor may add and change companies and their operators.
    pub can_manage: bool,
}

/// Signs `login` in with `password` on the company `company_code` (for the
/// administrator; none: the first company). An operator acts on their own
/// company only: naming another one answers that it is not found.
pub fn sign_in(
    gate: &Gate,
    login: &str,
    password: &Secret,
    company_code: Option<&str>,
) -> Result<Scope> {
    let store = gate.store();
    let scope = if login
        .trim()
        .eq_ignore_ascii_case(operator::ADMINISTRATOR_LOGIN)
    {
        admin::verify_password(store, password.as_str(), gate.now()).map_err(|e| match e {
            Error::Admin(AdminError::WrongPassword { seconds }) => {
                Error::Company(CompanyError::WrongPassword { seconds })
            }
            Error::Admin(AdminError::Throttled { seconds }) => {
                Error::Company(CompanyError::Throttled { seconds })
            }
            other => other,
        })?;
        let name = admin::status(store)?.name.unwrap_or_default();
        let company = company::first(store)?;
        Scope::new(Actor::Administrator { name }, company.id)
    } else {
        let found = operator::verify(store, login, password.as_str(), gate.now())?;
        Scope::new(
            Actor::Operator {
                id: found.id,
                login: found.login,
                name: found.name,
            },
            found.company,
        )
    };
    match company_code {
        Some(code) => scope.on_company(store, code),
        None => Ok(scope),
    }
}

/// Who is signed in and the company open.
pub fn signed_in(cx: &Context) -> Result<SignedIn> {
    Ok(SignedIn {
        actor: cx.scope().actor().clone(),
        company: company::get(cx.store(), cx.company())?,
        can_switch: cx.scope().is_administrator(),
        can_manage: cx.scope().is_administrator(),
    })
}

/// The same actor on company `code` (the administrator's company switch).
pub fn open_company(cx: &Context, code: &str) -> Result<Scope> {
    cx.scope().on_company(cx.store(), code)
}
