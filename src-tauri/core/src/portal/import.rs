//! Portal users from a CSV file (`contractor_code,contractor_name,login,
//! name,email,lang`): UTF-8 with or without a byte-order mark, comma or
//! semicolon (the header says which, as spreadsheets in Poland and Italy
//! write semicolons). All or nothing: every bad line is named with its
//! line number, and a file with any bad line changes nothing.

use super::{checked_email, PortalError};
use crate::locale::Language;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::json;
use std::collections::{HashMap, HashSet};

/// The header a file starts with.
pub const HEADER: [&str; 6] = [
    "contractor_code",
    "contractor_name",
    "login",
    "name",
    "email",
    "lang",
];

/// The largest file read (a million users is far more than any portal).
const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// One refused line.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct LineError {
    /// The line number in the file (the header is line 1).
    pub line: u64,
    /// The error's stable code.
    pub code: String,
    /// Its parameters, for the sentence in the reader's language.
    #[ts(type = "Record<string, unknown>")]
    pub params: serde_json::Map<String, serde_json::Value>,
    /// The English sentence.
    pub message: String,
}

/// What an import did, or would have done had no line been bad.
#[derive(Debug, Clone, Serialize, PartialEq, Default, ts_rs::TS)]
#[ts(export)]
pub struct ImportReport {
    /// Users added.
    pub created: u32,
    /// Users whose name, e-mail or language changed.
    pub updated: u32,
    /// Users already as the file says.
    pub unchanged: u32,
    /// Every bad line; when any, nothing was changed.
    pub errors: Vec<LineError>,
}

struct Line {
    number: u64,
    contractor_code: String,
    contractor_name: String,
    login: String,
    name: String,
    email: String,
    lang: Language,
}

/// Imports the portal users of `bytes` into the company.
pub fn import(store: &Store, bytes: &[u8], now: DateTime<Utc>) -> Result<ImportReport> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::Portal(PortalError::NotCsv {
            detail: e.to_string(),
        })
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header = text.lines().next().unwrap_or_default();
    let delimiter = if header.contains(';') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let found: Vec<String> = reader
        .headers()
        .map_err(|e| {
            Error::Portal(PortalError::NotCsv {
                detail: e.to_string(),
            })
        })?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    if found != HEADER {
        return Err(Error::Portal(PortalError::BadHeader {
            expected: HEADER.join(","),
        }));
    }
    let mut report = ImportReport::default();
    let mut lines = Vec::new();
    let mut seen = HashSet::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            Error::Portal(PortalError::NotCsv {
                detail: e.to_string(),
            })
        })?;
        let number = record.position().map_or(0, |p| p.line());
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        match checked_line(number, &record) {
            Ok(line) => {
                let key = (line.contractor_code.clone(), line.login.clone());
                if seen.insert(key) {
                    lines.push(line);
                } else {
                    report.errors.push(line_error(
                        number,
                        &Error::Portal(PortalError::DuplicateLogin {
                            contractor: line.contractor_code,
                            login: line.login,
                        }),
                    ));
                }
            }
            Err(err) => report.errors.push(line_error(number, &err)),
        }
    }
    if !report.errors.is_empty() {
        return Ok(report);
    }
    apply(store, &lines, &mut report, now)?;
    Ok(report)
}

fn line_error(line: u64, err: &Error) -> LineError {
    LineError {
        line,
        code: err.code().to_string(),
        params: err.params(),
        message: err.to_string(),
    }
}

fn checked_line(number: u64, record: &csv::StringRecord) -> Result<Line> {
    if record.len() != HEADER.len() {
        return Err(Error::Portal(PortalError::WrongFieldCount {
            expected: HEADER.len(),
            found: record.len(),
        }));
    }
    let field = |i: usize| record.get(i).unwrap_or_default().trim().to_string();
    let need = |i: usize, name: &'static str| {
        let value = field(i);
        if value.is_empty() {
            Err(Error::Portal(PortalError::Missing { field: name }))
        } else {
            Ok(value)
        }
    };
    let contractor_code = need(0, "code")?;
    let contractor_name = need(1, "name")?;
    let login = need(2, "login")?;
    let name = need(3, "name")?;
    let email = checked_email(&field(4))?;
    let lang_text = field(5);
    let lang = lang_text.parse::<Language>().map_err(|_| {
        Error::Portal(PortalError::UnknownLanguage {
            value: lang_text.clone(),
        })
    })?;
    Ok(Line {
        number,
        contractor_code,
        contractor_name,
        login,
        name,
        email,
        lang,
    })
}

/// Writes the checked lines in one transaction.
fn apply(
    store: &Store,
    lines: &[Line],
    report: &mut ImportReport,
    now: DateTime<Utc>,
) -> Result<()> {
    let at = audit::timestamp(now);
    let tx = store.write_transaction()?;
    let mut contractors: HashMap<String, i64> = HashMap::new();
    {
        let mut find_contractor = tx.prepare(
            "SELECT id, name FROM contractor WHERE code = ?1 AND company_id = current_company()",
        )?;
        let mut add_contractor = tx.prepare(
            "INSERT INTO contractor (company_id, code, name, created_at, updated_at)
             VALUES (current_company(), ?1, ?2, ?3, ?3)",
        )?;
        let mut rename_contractor = tx.prepare(
            "UPDATE contractor SET name = ?2, updated_at = ?3
             WHERE id = ?1 AND company_id = current_company()",
        )?;
        let mut find_user = tx.prepare(
            "SELECT id, name, email, language FROM portal_user
             WHERE contractor_id = ?1 AND login = ?2 AND company_id = current_company()",
        )?;
        let mut add_user = tx.prepare(
            "INSERT INTO portal_user (company_id, contractor_id, login, name, email, language,
                                      created_at, updated_at)
             VALUES (current_company(), ?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        )?;
        let mut change_user = tx.prepare(
            "UPDATE portal_user SET name = ?2, email = ?3, language = ?4, updated_at = ?5
             WHERE id = ?1 AND company_id = current_company()",
        )?;
        for line in lines {
            let contractor = match contractors.get(&line.contractor_code) {
                Some(id) => *id,
                None => {
                    let existing: Option<(i64, String)> = find_contractor
                        .query_row([&line.contractor_code], |r| Ok((r.get(0)?, r.get(1)?)))
                        .optional()?;
                    let id = match existing {
                        Some((id, name)) => {
                            if name != line.contractor_name {
                                rename_contractor.execute(params![id, line.contractor_name, at])?;
                            }
                            id
                        }
                        None => {
                            add_contractor.execute(params![
                                line.contractor_code,
                                line.contractor_name,
                                at
                            ])?;
                            tx.last_insert_rowid()
                        }
                    };
                    contractors.insert(line.contractor_code.clone(), id);
                    id
                }
            };
            let existing: Option<(i64, String, String, String)> = find_user
                .query_row(params![contractor, line.login], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .optional()?;
            match existing {
                None => {
                    add_user.execute(params![
                        contractor,
                        line.login,
                        line.name,
                        line.email,
                        line.lang.tag(),
                        at
                    ])?;
                    report.created += 1;
                }
                Some((id, name, email, lang))
                    if name != line.name || email != line.email || lang != line.lang.tag() =>
                {
                    change_user.execute(params![id, line.name, line.email, line.lang.tag(), at])?;
                    report.updated += 1;
                }
                Some(_) => report.unchanged += 1,
            }
        }
    }
    audit::record(
        &tx,
        now,
        "portal-user.imported",
        &json!({
            "created": report.created,
            "updated": report.updated,
            "unchanged": report.unchanged,
            "lines": lines.last().map_or(0, |l| l.number),
        }),
    )?;
    tx.commit()?;
    Ok(())
}

/// Reads the file at `path` (at most 64 MiB) for [`import`].
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    crate::bounded_read::read_regular(path, MAX_BYTES)
}
