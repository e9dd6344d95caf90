//! The SealDesk store: one SQLite file in the data folder.
//!
//! Opened with WAL, foreign keys and a busy timeout, so a second process on
//! the same store waits for the first one's write and, after the timeout,
//! gets [`Error::StoreInUse`] instead of a corrupt file.

mod location;
mod migrations;

pub use location::{default_data_dir, resolve_data_dir, DATA_DIR_ENV};
pub use migrations::SCHEMA_VERSION;

use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// File name of the store inside the data folder.
pub const STORE_FILE: &str = "sealdesk.sqlite3";

/// How long a process waits for another one's write before giving up.
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open, migrated store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    data_dir: PathBuf,
}

/// How to open a store.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// Create the data folder and the store file when missing.
    pub create: bool,
    /// Wait this long for another process's write lock.
    pub busy_timeout: Duration,
}

impl Default for OpenOptions {
    fn default() -> Self {
        Self {
            create: true,
            busy_timeout: DEFAULT_BUSY_TIMEOUT,
        }
    }
}

impl Store {
    /// Opens (creating when needed) the store in `data_dir` and brings its
    /// schema up to date.
    pub fn open(data_dir: &Path) -> Result<Self> {
        Self::open_with(data_dir, &OpenOptions::default())
    }

    /// Opens an existing store; fails with [`Error::StoreMissing`] when the
    /// data folder has none.
    pub fn open_existing(data_dir: &Path) -> Result<Self> {
        Self::open_with(
            data_dir,
            &OpenOptions {
                create: false,
                ..OpenOptions::default()
            },
        )
    }

    /// Opens the store with explicit options.
    pub fn open_with(data_dir: &Path, options: &OpenOptions) -> Result<Self> {
        // Paths the store records (key files) are made from the data
        // folder: relative ones would name another file from another
        // working folder.
        let data_dir = &std::path::absolute(data_dir).map_err(|e| Error::io(data_dir, e))?;
        let path = data_dir.join(STORE_FILE);
        let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        if options.create {
            std::fs::create_dir_all(data_dir).map_err(|e| Error::io(data_dir, e))?;
            flags |= OpenFlags::SQLITE_OPEN_CREATE;
        } else if !path.exists() {
            return Err(Error::StoreMissing {
                path: data_dir.to_path_buf(),
            });
        }
        let corrupt = |err: rusqlite::Error| classify_open_error(err, &path);
        let mut conn = Connection::open_with_flags(&path, flags).map_err(corrupt)?;
        conn.busy_timeout(options.busy_timeout).map_err(corrupt)?;
        // journal_mode needs a read of the header: a file that is not a
        // database fails here, before anything is written to it.
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
            .map_err(corrupt)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::Database(format!(
                "journal mode {mode} instead of wal"
            )));
        }
        // FULL keeps committed state-machine transitions (outbox, renewal)
        // across a power loss, not only across a crash of the process.
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")
            .map_err(corrupt)?;
        migrations::migrate(&mut conn)?;
        restrict_permissions(&path);
        Ok(Self {
            conn,
            data_dir: data_dir.to_path_buf(),
        })
    }

    /// The data folder this store lives in.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Path of the store file.
    pub fn path(&self) -> PathBuf {
        self.data_dir.join(STORE_FILE)
    }

    /// The connection, for the core's modules.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The connection, mutable, for transactions.
    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }
}

fn classify_open_error(err: rusqlite::Error, path: &Path) -> Error {
    use rusqlite::ErrorCode;
    match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Error::StoreCorrupt {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => {
            Error::Io {
                path: path.to_path_buf(),
                detail: err.to_string(),
            }
        }
        _ => Error::from(err),
    }
}

/// The store holds hashes and, later, registry data of the user's keys:
/// readable by its owner only.
#[cfg(unix)]
fn restrict_permissions(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    // Best effort: a store on a file system without Unix modes still works.
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
}

#[cfg(not(unix))]
fn restrict_permissions(_path: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_creates_a_wal_store_with_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let mode: String = store
            .conn()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = store
            .conn()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
    }

    #[test]
    fn open_existing_refuses_a_missing_store() {
        let dir = tempfile::tempdir().unwrap();
        let err = Store::open_existing(dir.path()).unwrap_err();
        assert_eq!(err.code(), "store.missing");
        assert!(!dir.path().join(STORE_FILE).exists());
    }

    #[test]
    fn a_file_that_is_not_a_database_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let junk = b"this is a letter, not a database ".repeat(200);
        std::fs::write(dir.path().join(STORE_FILE), &junk).unwrap();
        let err = Store::open(dir.path()).unwrap_err();
        assert_eq!(err.code(), "store.corrupt");
        assert_eq!(std::fs::read(dir.path().join(STORE_FILE)).unwrap(), junk);
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        drop(Store::open(dir.path()).unwrap());
        let raw = Connection::open(dir.path().join(STORE_FILE)).unwrap();
        raw.pragma_update(None, "user_version", SCHEMA_VERSION + 5)
            .unwrap();
        drop(raw);
        let err = Store::open(dir.path()).unwrap_err();
        assert_eq!(err.code(), "store.schema-too-new");
        assert_eq!(err.params()["found"], SCHEMA_VERSION + 5);
    }

    #[test]
    fn a_writer_holding_the_lock_makes_a_second_writer_fail_clearly() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = Store::open(dir.path()).unwrap();
        let tx = first
            .conn_mut()
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .unwrap();
        tx.execute(
            "INSERT INTO setting (key, value) VALUES ('language', 'pl')",
            [],
        )
        .unwrap();
        let second = Store::open_with(
            dir.path(),
            &OpenOptions {
                create: false,
                busy_timeout: Duration::from_millis(100),
            },
        )
        .unwrap();
        let err = crate::settings::set_language(&second, crate::locale::Language::He).unwrap_err();
        assert_eq!(err.code(), "store.in-use");
        tx.commit().unwrap();
        crate::settings::set_language(&second, crate::locale::Language::He).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn store_file_is_private_to_its_owner() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let mode = std::fs::metadata(store.path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
