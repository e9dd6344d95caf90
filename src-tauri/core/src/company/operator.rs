//! Operators: local logins that act on one company, with their own
//! password (Argon2id, the administrator's rules and growing waits).

use super::{CompanyError, CompanyId};
use crate::{admin, audit, Error, Result, Store};
use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::json;

/// The login of the administrator, who is not in the operator table.
pub const ADMINISTRATOR_LOGIN: &str = "admin";

/// An operator as the store keeps it (never the password).
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct Operator {
    /// Row id.
    pub id: i64,
    /// The login.
    pub login: String,
    /// Full name.
    pub name: String,
    /// The one company the operator acts on.
    pub company: CompanyId,
    /// A disabled operator cannot sign in.
    pub disabled: bool,
}

/// A login as stored: trimmed, of the allowed characters, not the
/// administrator's.
pub fn normalize_login(login: &str) -> Result<String> {
    let login = login.trim().to_string();
    let allowed = |c: char| c.is_alphanumeric() || ".-_@".contains(c);
    if login.is_empty() || login.chars().count() > 64 || !login.chars().all(allowed) {
        return Err(Error::Company(CompanyError::InvalidLogin { login }));
    }
    Ok(login)
}

/// Adds operator `login` of `company` with `password`.
pub fn add(
    store: &Store,
    actor: &str,
    login: &str,
    name: &str,
    company: CompanyId,
    password: &str,
    now: DateTime<Utc>,
) -> Result<Operator> {
    let login = normalize_login(login)?;
    if login.eq_ignore_ascii_case(ADMINISTRATOR_LOGIN) {
        return Err(Error::Company(CompanyError::LoginTaken { login }));
    }
    if name.trim().is_empty() {
        return Err(Error::Admin(crate::AdminError::NameRequired));
    }
    admin::check_password_rule(password)?;
    super::get(store, company)?;
    let hash = admin::hash(password)?;
    let at = audit::timestamp(now);
    let tx = store.write_transaction()?;
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM operator WHERE login = ?1)",
        [&login],
        |row| row.get(0),
    )?;
    if taken {
        return Err(Error::Company(CompanyError::LoginTaken { login }));
    }
    tx.execute(
        "INSERT INTO operator (login, name, company_id, password_hash, created_at, password_changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![login, name.trim(), company, hash, at],
    )?;
    let id = tx.last_insert_rowid();
    audit::record_by(
        &tx,
        actor,
        Some(company),
        now,
        "operator.added",
        &json!({ "login": login, "name": name.trim() }),
    )?;
    tx.commit()?;
    Ok(Operator {
        id,
        login,
        name: name.trim().to_string(),
        company,
        disabled: false,
    })
}

/// The operators of `company`, or of every company.
pub fn list(store: &Store, company: Option<CompanyId>) -> Result<Vec<Operator>> {
    let mut stmt = store.conn().prepare(
        "SELECT id, login, name, company_id, disabled FROM operator
         WHERE ?1 IS NULL OR company_id = ?1 ORDER BY login",
    )?;
    let rows = stmt.query_map([company], |row| {
        Ok(Operator {
            id: row.get(0)?,
            login: row.get(1)?,
            name: row.get(2)?,
            company: CompanyId(row.get(3)?),
            disabled: row.get(4)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

struct Stored {
    operator: Operator,
    password_hash: String,
    failed_attempts: u32,
    retry_not_before: Option<String>,
}

/// Checks `password` of operator `login`, honouring and extending the wait
/// after wrong attempts. A login that does not exist answers like a wrong
/// password, after the same work, so logins cannot be found out.
pub fn verify(store: &Store, login: &str, password: &str, now: DateTime<Utc>) -> Result<Operator> {
    let stored = store
        .conn()
        .query_row(
            "SELECT id, login, name, company_id, disabled, password_hash, failed_attempts,
                    retry_not_before
             FROM operator WHERE login = ?1",
            [login.trim()],
            |row| {
                Ok(Stored {
                    operator: Operator {
                        id: row.get(0)?,
                        login: row.get(1)?,
                        name: row.get(2)?,
                        company: CompanyId(row.get(3)?),
                        disabled: row.get(4)?,
                    },
                    password_hash: row.get(5)?,
                    failed_attempts: row.get(6)?,
                    retry_not_before: row.get(7)?,
                })
            },
        )
        .optional()?;
    let Some(stored) = stored else {
        // The same Argon2 work as a real check, so the time taken does not
        // tell whether the login exists.
        let _ = admin::hash(password);
        return Err(Error::Company(CompanyError::WrongPassword { seconds: 1 }));
    };
    let not_before = stored
        .retry_not_before
        .as_deref()
        .and_then(|t| DateTime::parse_from_rfc3339(t).ok())
        .map(|t| t.with_timezone(&Utc));
    if let Some(seconds) = admin::seconds_to_wait(not_before, now) {
        return Err(Error::Company(CompanyError::Throttled { seconds }));
    }
    let company = Some(stored.operator.company);
    if !admin::verify(password, &stored.password_hash)? {
        let failures = stored.failed_attempts.saturating_add(1);
        let seconds = admin::retry_delay_seconds(failures);
        let tx = store.write_transaction()?;
        tx.execute(
            "UPDATE operator SET failed_attempts = ?2, retry_not_before = ?3 WHERE id = ?1",
            params![
                stored.operator.id,
                failures,
                audit::timestamp(now + Duration::seconds(seconds as i64))
            ],
        )?;
        audit::record_by(
            &tx,
            &stored.operator.login,
            company,
            now,
            "operator.sign-in-failed",
            &json!({ "failures": failures }),
        )?;
        tx.commit()?;
        return Err(Error::Company(CompanyError::WrongPassword { seconds }));
    }
    if stored.operator.disabled {
        return Err(Error::Company(CompanyError::OperatorDisabled {
            login: stored.operator.login,
        }));
    }
    let tx = store.write_transaction()?;
    tx.execute(
        "UPDATE operator SET failed_attempts = 0, retry_not_before = NULL WHERE id = ?1",
        [stored.operator.id],
    )?;
    audit::record_by(
        &tx,
        &stored.operator.login,
        company,
        now,
        "operator.signed-in",
        &json!({}),
    )?;
    tx.commit()?;
    Ok(stored.operator)
}
