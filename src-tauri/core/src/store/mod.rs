//! The SealDesk store: one SQLite file in the data folder.
//!
//! Opened with WAL, foreign keys and a busy timeout, so a second process on
//! the same store waits for the first one's write and, after the timeout,
//! gets [`StoreError::InUse`] instead of a corrupt file.

mod binding;
mod error;
pub use error::StoreError;
mod identity;
mod location;
mod migrations;

pub use identity::APPLICATION_ID;
pub use location::{default_data_dir, resolve_data_dir, DATA_DIR_ENV};
pub use migrations::SCHEMA_VERSION;

use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// File name of the store inside the data folder.
pub const STORE_FILE: &str = "sealdesk.sqlite3";

/// The data folder's folder of private key files (`pki::issue::KEYS_FOLDER`).
const PRIVATE_KEYS_FOLDER: &str = "keys";
/// The data folder's outbox spool (`mail::outbox::SPOOL_DIR`).
const SPOOL_FOLDER: &str = "outbox";

/// How long a process waits for another one's write before giving up.
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open, migrated store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    data_dir: PathBuf,
    read_only: bool,
    binding: binding::Binding,
}

/// A backup file checked by [`Store::open_backup`], open for reading.
pub(crate) struct Backup(Connection);

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

    /// Opens an existing store; fails with [`StoreError::Missing`] when the
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
    ///
    /// A store the user may not write (a read-only file or folder) is opened
    /// read-only: reading commands work, and the first write fails with
    /// [`StoreError::ReadOnly`]. A file at the store's path that is not a
    /// SealDesk store (another program's SQLite file, or, when not creating,
    /// an empty file) is refused with [`StoreError::Corrupt`] and left as it
    /// is.
    pub fn open_with(data_dir: &Path, options: &OpenOptions) -> Result<Self> {
        // Paths the store records (key files) are made from the data
        // folder: relative ones would name another file from another
        // working folder.
        let data_dir = &std::path::absolute(data_dir).map_err(|e| Error::io(data_dir, e))?;
        let path = data_dir.join(STORE_FILE);
        if options.create {
            crate::private_folder::create(data_dir)?;
        } else if !path.exists() {
            return Err(Error::Store(crate::StoreError::Missing {
                path: data_dir.to_path_buf(),
            }));
        }
        // Tightening is best effort: a folder the user may not change is
        // opened read-only below.
        let _ = crate::private_folder::ensure(data_dir);
        let read_only = path.exists() && !writable(&path, data_dir);
        let corrupt = |err: rusqlite::Error| classify_open_error(err, &path);
        let conn = if read_only {
            open_read_only(&path).map_err(corrupt)?
        } else {
            let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_CREATE;
            Connection::open_with_flags(&path, flags).map_err(corrupt)?
        };
        let mut conn = conn;
        conn.busy_timeout(options.busy_timeout).map_err(corrupt)?;
        identity::check(&conn, options.create).map_err(|err| match err {
            identity::Refusal::Foreign => {
                Error::Store(crate::StoreError::Corrupt { path: path.clone() })
            }
            identity::Refusal::Sqlite(err) => corrupt(err),
        })?;
        if read_only {
            if migrations::pending(&conn)? {
                return Err(Error::Store(crate::StoreError::ReadOnly));
            }
            conn.execute_batch("PRAGMA query_only = ON;")
                .map_err(corrupt)?;
        } else {
            // journal_mode needs a read of the header: a file that is not a
            // database fails here, before anything is written to it.
            let mode: String = conn
                .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
                .map_err(corrupt)?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(Error::Store(crate::StoreError::Database {
                    detail: format!("journal mode {mode} instead of wal"),
                }));
            }
            // FULL keeps committed state-machine transitions (outbox,
            // renewal) across a power loss, not only across a crash of the
            // process.
            // Migrations run before foreign keys are enforced: a migration
            // that rebuilds a table needs them off, and checks them itself.
            conn.execute_batch("PRAGMA synchronous = FULL;")
                .map_err(corrupt)?;
            migrations::migrate(&mut conn)?;
            conn.execute_batch("PRAGMA foreign_keys = ON;")
                .map_err(corrupt)?;
            restrict_permissions(&path);
        }
        let binding = binding::Binding::default();
        binding.register(&conn).map_err(corrupt)?;
        let store = Self {
            conn,
            data_dir: data_dir.to_path_buf(),
            read_only,
            binding,
        };
        if !read_only {
            // The folders of private keys and spooled mail are owner-only
            // from the start, whoever creates their first file.
            // Best effort: their writers make sure again before writing.
            for folder in [PRIVATE_KEYS_FOLDER, SPOOL_FOLDER] {
                let _ = crate::private_folder::ensure(&data_dir.join(folder));
            }
            crate::atomic_file::sweep_stale_temps(data_dir);
        }
        Ok(store)
    }

    /// Whether the store was opened read-only (its file or folder cannot
    /// be written by this user).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The data folder this store lives in.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Path of the store file.
    pub fn path(&self) -> PathBuf {
        self.data_dir.join(STORE_FILE)
    }

    /// Binds the company and actor that `current_company()` and
    /// `current_actor()` answer, until [`Store::release_company`].
    pub(crate) fn hold_company(&self, company: crate::company::CompanyId, actor: &str) {
        self.binding.hold(company, actor);
    }

    /// Binds this handle to the signed-in `scope` for the rest of its life,
    /// for programs that call the domain modules below the use cases
    /// directly (the benchmarks); use cases get the binding from their
    /// [`crate::actions::Context`] instead.
    pub fn act_for(&self, scope: &crate::actions::Scope) {
        self.hold_company(scope.company(), scope.actor().login());
    }

    /// A store in `data_dir` acting for the first company as the
    /// administrator, for the core's own tests of code below the use cases.
    #[cfg(test)]
    pub(crate) fn open_for_tests(data_dir: &Path) -> Result<Store> {
        let store = Store::open(data_dir)?;
        store.hold_company(crate::company::CompanyId(1), "admin");
        Ok(store)
    }

    /// The login of the operator acting on this store, while one is bound.
    pub(crate) fn actor(&self) -> Option<String> {
        self.binding.actor()
    }

    /// Ends one [`Store::hold_company`].
    pub(crate) fn release_company(&self) {
        self.binding.release();
    }

    /// The connection, for the core's modules; the faces go through the
    /// use cases instead.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// A transaction that takes the write lock at its start (`BEGIN
    /// IMMEDIATE`): what it reads stays true until it commits, and another
    /// window's write waits for it instead of failing half-way. It borrows
    /// the shared connection, so nesting one in another is the caller's
    /// mistake, refused by SQLite.
    pub(crate) fn write_transaction(&self) -> Result<Transaction<'_>> {
        Ok(Transaction::new_unchecked(
            &self.conn,
            TransactionBehavior::Immediate,
        )?)
    }

    /// Runs `change` in one [`write_transaction`](Self::write_transaction),
    /// committed when `change` succeeds; when it fails, nothing of it is
    /// kept.
    pub(crate) fn in_write_transaction<T>(
        &self,
        change: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self.write_transaction()?;
        let done = change(&tx)?;
        tx.commit()?;
        Ok(done)
    }

    /// The connection, mutable, for the tests' own transactions.
    #[cfg(test)]
    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Opens the backup at `source` for a restore, after checking that it
    /// is a whole, readable SealDesk store this program can open: a damaged
    /// or foreign file is refused with [`StoreError::BackupInvalid`], one
    /// from a newer program with [`StoreError::SchemaTooNew`].
    pub(crate) fn open_backup(source: &Path) -> Result<Backup> {
        let invalid = || {
            Error::Store(crate::StoreError::BackupInvalid {
                path: source.to_path_buf(),
            })
        };
        if !source.is_file() {
            return Err(invalid());
        }
        let conn = open_read_only(source).map_err(|_| invalid())?;
        identity::check(&conn, false).map_err(|_| invalid())?;
        let verdict: String = conn
            .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
            .map_err(|_| invalid())?;
        if verdict != "ok" {
            return Err(invalid());
        }
        migrations::pending(&conn)?;
        Ok(Backup(conn))
    }

    /// Replaces everything in the store with a checked backup, page by page
    /// into the live connection in one step (the store is never half old,
    /// half new), then brings it to this program's schema.
    pub(crate) fn replace_with(&mut self, backup: &Backup) -> Result<()> {
        {
            let copy = rusqlite::backup::Backup::new(&backup.0, &mut self.conn)?;
            if copy.step(-1)? != rusqlite::backup::StepResult::Done {
                return Err(Error::Store(crate::StoreError::InUse));
            }
        }
        migrations::migrate(&mut self.conn)?;
        Ok(())
    }

    /// The schema version recorded in the file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }
}

/// Whether this user may write the store: the file itself, and the folder
/// where SQLite keeps its write-ahead log beside it.
fn writable(path: &Path, data_dir: &Path) -> bool {
    let file_ok = std::fs::OpenOptions::new().write(true).open(path).is_ok();
    file_ok && folder_writable(data_dir)
}

#[cfg(unix)]
fn folder_writable(folder: &Path) -> bool {
    // Creating a probe file is the only test that holds for root, ACLs and
    // read-only mounts alike.
    tempfile::Builder::new()
        .prefix(".sealdesk-probe-")
        .tempfile_in(folder)
        .is_ok()
}

#[cfg(not(unix))]
fn folder_writable(folder: &Path) -> bool {
    std::fs::metadata(folder).is_ok_and(|m| !m.permissions().readonly())
}

/// Opens a store this user may only read. Without write access to the
/// folder SQLite cannot create the write-ahead log's index; the file is
/// then read as immutable (changes a crashed writer left only in the log
/// are not seen until someone who may write opens the store).
fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let plain = Connection::open_with_flags(path, flags)?;
    // A probe read: fails when the log's index cannot be made.
    match plain.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(plain),
        Err(_) => {
            let mut uri = url_path(path);
            uri.push_str("?immutable=1");
            Connection::open_with_flags(uri, flags)
        }
    }
}

/// `path` as an SQLite `file:` URI.
fn url_path(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut uri = String::from("file:");
    for byte in absolute.to_string_lossy().bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b':' | b'-' | b'_' | b'.' | b'~' => {
                uri.push(byte as char)
            }
            b'\\' => uri.push('/'),
            other => uri.push_str(&format!("%{other:02X}")),
        }
    }
    uri
}

fn classify_open_error(err: rusqlite::Error, path: &Path) -> Error {
    use rusqlite::ErrorCode;
    match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            Error::Store(crate::StoreError::Corrupt {
                path: path.to_path_buf(),
            })
        }
        Some(ErrorCode::DiskFull) => Error::Store(crate::StoreError::DiskFull),
        Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly | ErrorCode::PermissionDenied) => {
            Error::File(crate::FileError::Io {
                path: path.to_path_buf(),
                detail: err.to_string(),
            })
        }
        _ => Error::from(err),
    }
}

/// The store holds hashes and, later, registry data of the user's keys:
/// readable by its owner only.
#[cfg(unix)]
pub(crate) fn restrict_permissions(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    // Best effort: a store on a file system without Unix modes still works.
    let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600));
}

#[cfg(not(unix))]
pub(crate) fn restrict_permissions(_path: &Path) {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value of the store's pragma `name`.
    fn pragma<T: rusqlite::types::FromSql>(store: &Store, name: &str) -> T {
        store
            .conn()
            .query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn open_creates_a_wal_store_with_foreign_keys() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let mode: String = pragma(&store, "journal_mode");
        assert_eq!(mode, "wal");
        let fk: i64 = pragma(&store, "foreign_keys");
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

    #[test]
    fn a_store_carries_sealdesks_application_id() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let id: i32 = pragma(&store, "application_id");
        assert_eq!(id, APPLICATION_ID);
    }

    #[test]
    fn another_programs_database_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(STORE_FILE);
        let foreign = Connection::open(&path).unwrap();
        foreign
            .execute_batch(
                "CREATE TABLE invoice (id INTEGER PRIMARY KEY); PRAGMA user_version = 3;",
            )
            .unwrap();
        drop(foreign);
        let before = std::fs::read(&path).unwrap();
        for open in [Store::open, Store::open_existing] {
            let err = open(dir.path()).unwrap_err();
            assert_eq!(err.code(), "store.corrupt");
        }
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let tables: i64 = Connection::open(&path)
            .unwrap()
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables, 1, "no SealDesk table was added");
    }

    #[test]
    fn a_database_with_another_application_id_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let foreign = Connection::open(dir.path().join(STORE_FILE)).unwrap();
        foreign.pragma_update(None, "application_id", 42).unwrap();
        drop(foreign);
        assert_eq!(Store::open(dir.path()).unwrap_err().code(), "store.corrupt");
    }

    #[test]
    fn an_empty_file_is_a_new_store_only_when_creating_one() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(STORE_FILE), b"").unwrap();
        let err = Store::open_existing(dir.path()).unwrap_err();
        assert_eq!(err.code(), "store.corrupt");
        assert_eq!(
            std::fs::metadata(dir.path().join(STORE_FILE))
                .unwrap()
                .len(),
            0
        );
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    }

    #[test]
    fn a_store_from_before_the_application_id_gets_it_on_upgrade() {
        let dir = tempfile::tempdir().unwrap();
        let mut raw = Connection::open(dir.path().join(STORE_FILE)).unwrap();
        raw.execute_batch("PRAGMA journal_mode = WAL;").unwrap();
        migrations::migrate_up_to(&mut raw, 10).unwrap();
        drop(raw);
        let store = Store::open_existing(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let id: i32 = pragma(&store, "application_id");
        assert_eq!(id, APPLICATION_ID);
    }

    #[test]
    fn a_damaged_page_is_reported_as_a_damaged_store() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        crate::admin::create(&store, "Anna", "correct horse battery", chrono::Utc::now()).unwrap();
        let pages: i64 = pragma(&store, "page_count");
        drop(store);
        let path = dir.path().join(STORE_FILE);
        let mut bytes = std::fs::read(&path).unwrap();
        assert!(pages > 3);
        // Every page after the header page and the schema page.
        let page = bytes.len() / pages as usize;
        for byte in &mut bytes[2 * page..] {
            *byte = 0xA5;
        }
        std::fs::write(&path, &bytes).unwrap();
        let err = Store::open_existing(dir.path())
            .and_then(|store| crate::admin::status(&store).map(|_| ()))
            .unwrap_err();
        assert_eq!(err.code(), "store.corrupt", "{err}");
    }

    #[test]
    fn a_full_disk_is_reported_as_such() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let pages: i64 = pragma(&store, "page_count");
        // SQLite's own limit stands in for the disk: it answers SQLITE_FULL.
        store
            .conn()
            .pragma_update(None, "max_page_count", pages)
            .unwrap();
        let big = "x".repeat(64 * 1024);
        let err = (0..64)
            .map(|n| {
                store.conn().execute(
                    "INSERT INTO setting (key, value) VALUES (?1, ?2)",
                    rusqlite::params![format!("filler-{n}"), big],
                )
            })
            .find_map(std::result::Result::err)
            .map(Error::from)
            .expect("the store fills up");
        assert_eq!(err.code(), "store.disk-full");
    }

    /// Makes `dir` read-only for this process: by its mode, or for root
    /// (whom modes do not stop) by a read-only bind mount; `None` where
    /// neither is possible.
    #[cfg(unix)]
    fn read_only_view(dir: &Path) -> Option<ReadOnlyView> {
        use std::os::unix::fs::PermissionsExt;
        let is_root = std::process::Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|out| out.stdout.starts_with(b"0"));
        if !is_root {
            std::fs::set_permissions(dir.join(STORE_FILE), std::fs::Permissions::from_mode(0o400))
                .unwrap();
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o500)).unwrap();
            return Some(ReadOnlyView::Modes(dir.to_path_buf()));
        }
        let mount = tempfile::tempdir().unwrap();
        let bind = |args: &[&str]| {
            std::process::Command::new("mount")
                .args(args)
                .status()
                .is_ok_and(|s| s.success())
        };
        let target = mount.path().to_str().unwrap().to_owned();
        if bind(&["--bind", dir.to_str().unwrap(), &target])
            && bind(&["-o", "remount,bind,ro", &target])
        {
            return Some(ReadOnlyView::Mount(mount));
        }
        let _ = std::process::Command::new("umount").arg(&target).status();
        None
    }

    #[cfg(unix)]
    enum ReadOnlyView {
        Modes(PathBuf),
        Mount(tempfile::TempDir),
    }

    #[cfg(unix)]
    impl ReadOnlyView {
        fn path(&self) -> &Path {
            match self {
                ReadOnlyView::Modes(dir) => dir,
                ReadOnlyView::Mount(mount) => mount.path(),
            }
        }
    }

    #[cfg(unix)]
    impl Drop for ReadOnlyView {
        fn drop(&mut self) {
            use std::os::unix::fs::PermissionsExt;
            match self {
                ReadOnlyView::Modes(dir) => {
                    let _ = std::fs::set_permissions(&*dir, std::fs::Permissions::from_mode(0o700));
                }
                ReadOnlyView::Mount(mount) => {
                    let _ = std::process::Command::new("umount")
                        .arg(mount.path())
                        .status();
                }
            }
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_store_can_be_read_and_refuses_changes_clearly() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        crate::admin::create(&store, "Anna", "correct horse battery", chrono::Utc::now()).unwrap();
        drop(store);
        let Some(view) = read_only_view(dir.path()) else {
            eprintln!("skipped: no way to make a folder read-only here");
            return;
        };
        let store = Store::open_existing(view.path()).expect("a read-only store opens");
        assert!(store.is_read_only());
        let status = crate::admin::status(&store).unwrap();
        assert_eq!(status.name.as_deref(), Some("Anna"));
        let err = crate::settings::set_language(&store, crate::locale::Language::Pl).unwrap_err();
        assert_eq!(err.code(), "store.read-only");
    }

    #[test]
    fn folder_names_match_their_modules() {
        assert_eq!(PRIVATE_KEYS_FOLDER, crate::pki::issue::KEYS_FOLDER);
        assert_eq!(SPOOL_FOLDER, crate::mail::outbox::SPOOL_DIR);
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
