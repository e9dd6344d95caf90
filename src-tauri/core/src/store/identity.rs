//! Telling a SealDesk store from any other SQLite file. SQLite's header has
//! an application id for exactly this: SealDesk writes [`APPLICATION_ID`]
//! when it creates a store (migration 11 adds it to stores made before),
//! and refuses to add its tables to a file that carries another id or
//! none, so someone else's database at the store's path is left untouched.
//!
//! An empty file (zero bytes, or a database without any table) is what a
//! crash leaves between SQLite creating the file and writing the first
//! schema; it is taken as a new store when the caller creates one (`init`,
//! the window's first start) and refused otherwise.

use rusqlite::Connection;

/// `PRAGMA application_id` of a SealDesk store: ASCII "SDSK".
pub const APPLICATION_ID: i32 = i32::from_be_bytes(*b"SDSK");

/// Why a file is not opened as a store.
pub(super) enum Refusal {
    /// Not a SealDesk store.
    Foreign,
    /// SQLite could not read it.
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for Refusal {
    fn from(err: rusqlite::Error) -> Self {
        Refusal::Sqlite(err)
    }
}

/// Accepts a SealDesk store, a SealDesk store from before the id (its own
/// migrations recorded, its own tables present), or an empty file when
/// `creating`.
pub(super) fn check(conn: &Connection, creating: bool) -> Result<(), Refusal> {
    let id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if id == APPLICATION_ID {
        return Ok(());
    }
    if id != 0 {
        return Err(Refusal::Foreign);
    }
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if objects == 0 && version == 0 {
        return if creating {
            Ok(())
        } else {
            Err(Refusal::Foreign)
        };
    }
    if version > 0 && has_own_tables(conn)? {
        return Ok(());
    }
    Err(Refusal::Foreign)
}

/// The tables the first migration creates.
fn has_own_tables(conn: &Connection) -> rusqlite::Result<bool> {
    let found: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table'
         AND name IN ('setting', 'administrator', 'audit_event')",
        [],
        |r| r.get(0),
    )?;
    Ok(found == 3)
}
