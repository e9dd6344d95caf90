//! Companies, the tenants of a store, and the operators who act on one.
//!
//! Everything a user keeps belongs to a company. Who may act on which
//! company is decided by [`crate::actions::Scope`]; this module only keeps
//! the records.

mod error;
pub mod operator;

pub use error::CompanyError;

use crate::locale::Language;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

/// The row id of a company. Every owned row carries one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(transparent)]
#[ts(export)]
pub struct CompanyId(pub i64);

impl rusqlite::ToSql for CompanyId {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        self.0.to_sql()
    }
}

/// A company as the store keeps it.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct Company {
    /// Row id.
    pub id: CompanyId,
    /// Short code, unique in the store (upper case).
    pub code: String,
    /// The company's name.
    pub name: String,
    /// Two-letter country code, when known.
    pub country: Option<String>,
    /// The national business identifier, normalized.
    pub business_id: Option<String>,
    /// Its ETSI organizationIdentifier form (`VATPL-5260250274`).
    pub organization_identifier: Option<String>,
    /// The language its mail and documents default to.
    pub language: Option<Language>,
    /// Active certificates allowed; none: no limit.
    pub quota: Option<u32>,
    /// Where copies of issued PKCS#12 files go.
    pub cert_folder: Option<String>,
    /// Copies go to a `YYYY-MM` subfolder of the certificate folder.
    pub monthly_folders: bool,
    /// Base URL the seal's certificate and CRL are published under.
    pub publication_url: Option<String>,
}

/// What a new company or a change to one holds, checked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CompanyFields {
    /// The name.
    pub name: String,
    /// Two-letter country code.
    pub country: Option<String>,
    /// The national business identifier, normalized.
    pub business_id: Option<String>,
    /// Its organizationIdentifier form.
    pub organization_identifier: Option<String>,
    /// Default language.
    pub language: Option<Language>,
    /// Quota of active certificates.
    pub quota: Option<u32>,
    /// Certificate folder.
    pub cert_folder: Option<String>,
    /// Monthly subfolders.
    pub monthly_folders: bool,
    /// Publication base URL.
    pub publication_url: Option<String>,
}

const COLUMNS: &str = "id, code, name, country, business_id, organization_identifier, language,
     quota, cert_folder, monthly_folders, publication_url";

fn from_row(row: &Row) -> rusqlite::Result<Company> {
    let language: Option<String> = row.get(6)?;
    Ok(Company {
        id: CompanyId(row.get(0)?),
        code: row.get(1)?,
        name: row.get(2)?,
        country: row.get(3)?,
        business_id: row.get(4)?,
        organization_identifier: row.get(5)?,
        language: language
            .map(|tag| tag.parse::<Language>())
            .transpose()
            .map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    6,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?,
        quota: row.get(7)?,
        cert_folder: row.get(8)?,
        monthly_folders: row.get(9)?,
        publication_url: row.get(10)?,
    })
}

/// A company code as stored: trimmed, upper case, and of the allowed
/// characters.
pub fn normalize_code(code: &str) -> Result<String> {
    let code = code.trim().to_ascii_uppercase();
    let allowed = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    if code.is_empty() || code.len() > 32 || !code.chars().all(allowed) {
        return Err(Error::Company(CompanyError::InvalidCode { code }));
    }
    Ok(code)
}

/// Every company, by code.
pub fn list(store: &Store) -> Result<Vec<Company>> {
    let mut stmt = store
        .conn()
        .prepare(&format!("SELECT {COLUMNS} FROM company ORDER BY code"))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// The company `id`.
pub fn get(store: &Store, id: CompanyId) -> Result<Company> {
    store
        .conn()
        .query_row(
            &format!("SELECT {COLUMNS} FROM company WHERE id = ?1"),
            [id],
            from_row,
        )
        .optional()?
        .ok_or_else(|| {
            Error::Company(CompanyError::NotFound {
                code: id.0.to_string(),
            })
        })
}

/// The company with `code` (any case).
pub fn by_code(store: &Store, code: &str) -> Result<Company> {
    let wanted = code.trim().to_ascii_uppercase();
    store
        .conn()
        .query_row(
            &format!("SELECT {COLUMNS} FROM company WHERE code = ?1"),
            [&wanted],
            from_row,
        )
        .optional()?
        .ok_or(Error::Company(CompanyError::NotFound { code: wanted }))
}

/// The first company (the one an upgraded store's rows went to), which an
/// administrator acts on unless another is chosen.
pub fn first(store: &Store) -> Result<Company> {
    store
        .conn()
        .query_row(
            &format!("SELECT {COLUMNS} FROM company ORDER BY id LIMIT 1"),
            [],
            from_row,
        )
        .optional()?
        .ok_or(Error::Company(CompanyError::NotFound {
            code: String::new(),
        }))
}

/// How many of the company's certificates are active now (issued by its
/// seal or imported, not revoked, not expired): what its quota counts.
pub fn active_certificates(store: &Store, company: CompanyId, now: DateTime<Utc>) -> Result<u32> {
    Ok(store.conn().query_row(
        "SELECT count(*) FROM certificate
         WHERE company_id = ?1 AND state = 'active' AND is_ca = 0 AND not_after > ?2",
        params![company, audit::timestamp(now)],
        |row| row.get(0),
    )?)
}

/// How many portal users the company has.
pub fn portal_users(store: &Store, company: CompanyId) -> Result<u32> {
    Ok(store.conn().query_row(
        "SELECT count(*) FROM portal_user WHERE company_id = ?1",
        [company],
        |row| row.get(0),
    )?)
}

/// Creates a company with `code`, recorded as done by `actor`.
pub fn create(
    store: &Store,
    actor: &str,
    code: &str,
    fields: &CompanyFields,
    now: DateTime<Utc>,
) -> Result<Company> {
    let code = normalize_code(code)?;
    check_name(&fields.name)?;
    let at = audit::timestamp(now);
    let tx = store.write_transaction()?;
    let taken: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM company WHERE code = ?1)",
        [&code],
        |row| row.get(0),
    )?;
    if taken {
        return Err(Error::Company(CompanyError::CodeTaken { code }));
    }
    tx.execute(
        "INSERT INTO company (code, name, country, business_id, organization_identifier,
             language, quota, cert_folder, monthly_folders, publication_url, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        params![
            code,
            fields.name.trim(),
            fields.country,
            fields.business_id,
            fields.organization_identifier,
            fields.language.map(Language::tag),
            fields.quota,
            fields.cert_folder,
            fields.monthly_folders,
            fields.publication_url,
            at,
        ],
    )?;
    let id = CompanyId(tx.last_insert_rowid());
    audit::record_by(
        &tx,
        actor,
        Some(id),
        now,
        "company.created",
        &serde_json::json!({ "code": code, "name": fields.name.trim() }),
    )?;
    tx.commit()?;
    get(store, id)
}

/// Replaces the fields of company `id`; a quota below the active
/// certificates is refused.
pub fn update(
    store: &Store,
    actor: &str,
    id: CompanyId,
    fields: &CompanyFields,
    now: DateTime<Utc>,
) -> Result<Company> {
    check_name(&fields.name)?;
    if let Some(quota) = fields.quota {
        let active = active_certificates(store, id, now)?;
        if quota < active {
            return Err(Error::Company(CompanyError::QuotaBelowActive {
                quota,
                active,
            }));
        }
    }
    let tx = store.write_transaction()?;
    let changed = tx.execute(
        "UPDATE company SET name = ?2, country = ?3, business_id = ?4,
             organization_identifier = ?5, language = ?6, quota = ?7, cert_folder = ?8,
             monthly_folders = ?9, publication_url = ?10, updated_at = ?11
         WHERE id = ?1",
        params![
            id,
            fields.name.trim(),
            fields.country,
            fields.business_id,
            fields.organization_identifier,
            fields.language.map(Language::tag),
            fields.quota,
            fields.cert_folder,
            fields.monthly_folders,
            fields.publication_url,
            audit::timestamp(now),
        ],
    )?;
    if changed == 0 {
        return Err(Error::Company(CompanyError::NotFound {
            code: id.0.to_string(),
        }));
    }
    audit::record_by(
        &tx,
        actor,
        Some(id),
        now,
        "company.updated",
        &serde_json::json!({ "name": fields.name.trim(), "quota": fields.quota }),
    )?;
    tx.commit()?;
    get(store, id)
}

fn check_name(name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::Company(CompanyError::NameRequired));
    }
    Ok(())
}
