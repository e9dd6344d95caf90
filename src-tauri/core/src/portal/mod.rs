//! A company's contractors (its customer firms) and their portal users,
//! the people who sign in to the company's portal with a certificate from
//! its seal (seed 000: the portal reads the contractor code and the login
//! from the certificate).

mod error;
pub mod import;
pub mod password;
pub mod run;
#[cfg(test)]
mod tests;

pub use error::PortalError;

use crate::locale::Language;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// A contractor as the store keeps it.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct Contractor {
    /// Row id.
    pub id: i64,
    /// The portal's company code, unique within the company.
    pub code: String,
    /// The firm's name.
    pub name: String,
    /// Its business identifier, if given.
    pub business_id: Option<String>,
    /// A contact address.
    pub email: Option<String>,
    /// A disabled contractor gets no new certificates.
    pub disabled: bool,
}

/// What a new contractor or a change to one holds.
#[derive(Debug, Clone, Deserialize, PartialEq, Default, ts_rs::TS)]
#[ts(export)]
pub struct ContractorFields {
    /// The code.
    pub code: String,
    /// The name.
    pub name: String,
    /// Business identifier.
    #[serde(default)]
    pub business_id: Option<String>,
    /// Contact address.
    #[serde(default)]
    pub email: Option<String>,
}

/// A portal user as lists show it.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct PortalUser {
    /// Row id.
    pub id: i64,
    /// The login, unique within the contractor.
    pub login: String,
    /// Full name.
    pub name: String,
    /// Where the certificate and its password go.
    pub email: String,
    /// The language of the mail.
    pub lang: Language,
    /// The contractor's code.
    pub contractor: String,
    /// A disabled user gets no new certificate.
    pub disabled: bool,
    /// The user's current certificate, if one was issued.
    pub certificate_id: Option<i64>,
    /// That certificate's state (`active`, `revoked`, ...).
    pub certificate_state: Option<String>,
}

/// What a new portal user or a change to one holds.
#[derive(Debug, Clone, Deserialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct PortalUserFields {
    /// The contractor's code.
    pub contractor: String,
    /// The login.
    pub login: String,
    /// Full name.
    pub name: String,
    /// E-mail address (required).
    pub email: String,
    /// Language; none: the company's language, else English.
    #[serde(default)]
    pub lang: Option<Language>,
}

/// Which portal users a list shows.
#[derive(Debug, Clone, Deserialize, PartialEq, Default, ts_rs::TS)]
#[ts(export)]
pub struct PortalUserQuery {
    /// Text the login, name, e-mail or contractor code contains.
    #[serde(default)]
    pub search: Option<String>,
    /// Only users without a valid certificate.
    #[serde(default)]
    pub without_certificate: bool,
    /// At most this many (none: every one).
    #[serde(default)]
    pub limit: Option<u32>,
}

/// The e-mail address `value`, trimmed, or why it is not one.
pub fn checked_email(value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::Portal(PortalError::Missing { field: "email" }));
    }
    value
        .parse::<lettre::Address>()
        .map(|_| value.to_string())
        .map_err(|_| {
            Error::Portal(PortalError::InvalidEmail {
                value: value.to_string(),
            })
        })
}

fn required(field: &'static str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Error::Portal(PortalError::Missing { field }));
    }
    Ok(value.to_string())
}

const CONTRACTOR_COLUMNS: &str = "id, code, name, business_id, email, disabled";

fn contractor_row(row: &Row) -> rusqlite::Result<Contractor> {
    Ok(Contractor {
        id: row.get(0)?,
        code: row.get(1)?,
        name: row.get(2)?,
        business_id: row.get(3)?,
        email: row.get(4)?,
        disabled: row.get(5)?,
    })
}

/// The company's contractors, by code.
pub fn contractors(store: &Store) -> Result<Vec<Contractor>> {
    let mut stmt = store.conn().prepare(&format!(
        "SELECT {CONTRACTOR_COLUMNS} FROM contractor WHERE company_id = current_company()
         ORDER BY code"
    ))?;
    let rows = stmt.query_map([], contractor_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The company's contractor with `code`.
pub fn contractor_by_code(store: &Store, code: &str) -> Result<Contractor> {
    store
        .conn()
        .query_row(
            &format!(
                "SELECT {CONTRACTOR_COLUMNS} FROM contractor
                 WHERE code = ?1 AND company_id = current_company()"
            ),
            [code.trim()],
            contractor_row,
        )
        .optional()?
        .ok_or_else(|| {
            Error::Portal(PortalError::ContractorNotFound {
                code: code.trim().to_string(),
            })
        })
}

/// Adds a contractor to the company.
pub fn add_contractor(
    store: &Store,
    fields: &ContractorFields,
    now: DateTime<Utc>,
) -> Result<Contractor> {
    let code = required("code", &fields.code)?;
    let name = required("name", &fields.name)?;
    let email = match fields.email.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(email) => Some(checked_email(email)?),
    };
    let tx = store.write_transaction()?;
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM contractor WHERE code = ?1 AND company_id = current_company())",
        [&code],
        |row| row.get(0),
    )?;
    if taken {
        return Err(Error::Portal(PortalError::ContractorCodeTaken { code }));
    }
    let at = audit::timestamp(now);
    tx.execute(
        "INSERT INTO contractor (company_id, code, name, business_id, email, created_at, updated_at)
         VALUES (current_company(), ?1, ?2, ?3, ?4, ?5, ?5)",
        params![code, name, fields.business_id.as_deref().map(str::trim), email, at],
    )?;
    audit::record(&tx, now, "contractor.added", &json!({ "code": code }))?;
    tx.commit()?;
    contractor_by_code(store, &code)
}

const USER_SELECT: &str = "SELECT u.id, u.login, u.name, u.email, u.language, c.code,
        u.disabled, u.certificate_id, cert.state
    FROM portal_user u JOIN contractor c ON c.id = u.contractor_id
    LEFT JOIN certificate cert ON cert.id = u.certificate_id";

fn user_row(row: &Row) -> rusqlite::Result<PortalUser> {
    let lang: String = row.get(4)?;
    Ok(PortalUser {
        id: row.get(0)?,
        login: row.get(1)?,
        name: row.get(2)?,
        email: row.get(3)?,
        lang: lang.parse().map_err(|e: Error| {
            rusqlite::Error::FromSqlConversionFailure(4, rusqlite::types::Type::Text, Box::new(e))
        })?,
        contractor: row.get(5)?,
        disabled: row.get(6)?,
        certificate_id: row.get(7)?,
        certificate_state: row.get(8)?,
    })
}

/// The company's portal users that `query` asks for, by contractor and
/// login. The search uses the company's index and a `LIKE` on the rows of
/// the company only, fast enough to follow typing.
pub fn users(
    store: &Store,
    query: &PortalUserQuery,
    now: DateTime<Utc>,
) -> Result<Vec<PortalUser>> {
    let mut sql = format!("{USER_SELECT} WHERE u.company_id = current_company()");
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(text) = query
        .search
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        sql.push_str(
            " AND (u.login LIKE ?1 ESCAPE '\\' OR u.name LIKE ?1 ESCAPE '\\'
                   OR u.email LIKE ?1 ESCAPE '\\' OR c.code LIKE ?1 ESCAPE '\\')",
        );
        let escaped = text
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        args.push(format!("%{escaped}%").into());
    }
    if query.without_certificate {
        sql.push_str(&format!(
            " AND (cert.id IS NULL OR cert.state != 'active' OR cert.not_after <= ?{})",
            args.len() + 1
        ));
        args.push(audit::timestamp(now).into());
    }
    sql.push_str(" ORDER BY c.code, u.login");
    if let Some(limit) = query.limit {
        sql.push_str(&format!(" LIMIT {limit}"));
    }
    let mut stmt = store.conn().prepare(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(args), user_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The company's portal user `id`.
pub fn user(store: &Store, id: i64) -> Result<PortalUser> {
    store
        .conn()
        .query_row(
            &format!("{USER_SELECT} WHERE u.id = ?1 AND u.company_id = current_company()"),
            [id],
            user_row,
        )
        .optional()?
        .ok_or(Error::Portal(PortalError::UserNotFound { id }))
}

/// Adds a portal user to a contractor of the company.
pub fn add_user(
    store: &Store,
    fields: &PortalUserFields,
    now: DateTime<Utc>,
) -> Result<PortalUser> {
    let login = required("login", &fields.login)?;
    let name = required("name", &fields.name)?;
    let email = checked_email(&fields.email)?;
    let contractor = contractor_by_code(store, &fields.contractor)?;
    let lang = match fields.lang {
        Some(lang) => lang,
        None => company_language(store)?,
    };
    let tx = store.write_transaction()?;
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM portal_user WHERE contractor_id = ?1 AND login = ?2)",
        params![contractor.id, login],
        |row| row.get(0),
    )?;
    if taken {
        return Err(Error::Portal(PortalError::DuplicateLogin {
            contractor: contractor.code,
            login,
        }));
    }
    let at = audit::timestamp(now);
    tx.execute(
        "INSERT INTO portal_user (company_id, contractor_id, login, name, email, language,
                                  created_at, updated_at)
         VALUES (current_company(), ?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![contractor.id, login, name, email, lang.tag(), at],
    )?;
    let id = tx.last_insert_rowid();
    audit::record(
        &tx,
        now,
        "portal-user.added",
        &json!({ "id": id, "login": login, "contractor": contractor.code }),
    )?;
    tx.commit()?;
    user(store, id)
}

/// The language of the company's mail, English when it has none.
fn company_language(store: &Store) -> Result<Language> {
    let tag: Option<String> = store.conn().query_row(
        "SELECT language FROM company WHERE id = current_company()",
        [],
        |row| row.get(0),
    )?;
    Ok(tag.map(|t| t.parse()).transpose()?.unwrap_or(Language::En))
}

/// Changes the name, e-mail and language of portal user `id`.
pub fn update_user(
    store: &Store,
    id: i64,
    name: &str,
    email: &str,
    lang: Language,
    now: DateTime<Utc>,
) -> Result<PortalUser> {
    let name = required("name", name)?;
    let email = checked_email(email)?;
    let tx = store.write_transaction()?;
    let changed = tx.execute(
        "UPDATE portal_user SET name = ?2, email = ?3, language = ?4, updated_at = ?5
         WHERE id = ?1 AND company_id = current_company()",
        params![id, name, email, lang.tag(), audit::timestamp(now)],
    )?;
    if changed == 0 {
        return Err(Error::Portal(PortalError::UserNotFound { id }));
    }
    audit::record(&tx, now, "portal-user.changed", &json!({ "id": id }))?;
    tx.commit()?;
    user(store, id)
}

/// Disables (or enables again) portal user `id`.
pub fn set_user_disabled(
    store: &Store,
    id: i64,
    disabled: bool,
    now: DateTime<Utc>,
) -> Result<PortalUser> {
    let tx = store.write_transaction()?;
    let changed = tx.execute(
        "UPDATE portal_user SET disabled = ?2, updated_at = ?3
         WHERE id = ?1 AND company_id = current_company()",
        params![id, disabled, audit::timestamp(now)],
    )?;
    if changed == 0 {
        return Err(Error::Portal(PortalError::UserNotFound { id }));
    }
    let action = if disabled {
        "portal-user.disabled"
    } else {
        "portal-user.enabled"
    };
    audit::record(&tx, now, action, &json!({ "id": id }))?;
    tx.commit()?;
    user(store, id)
}
