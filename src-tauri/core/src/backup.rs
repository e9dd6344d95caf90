//! A consistent copy of the store while it is in use, with progress.
//!
//! SQLite's online backup copies the database page by page; the copy goes to
//! a temporary file beside the target, is synced, and only then given the
//! target's name, which must be free: a cancelled or failed backup never
//! leaves a half-written file where the user expects a good one, and an
//! existing file (a key, the live store itself) is never replaced.

use crate::atomic_file::{self, Access};
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::Connection;
use serde::Serialize;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Folder inside the data folder that [`backup_now`] writes to.
pub const BACKUPS_FOLDER: &str = "backups";

/// Pages copied per step; with 4 KiB pages, 1 MiB between progress reports.
const PAGES_PER_STEP: std::os::raw::c_int = 256;

/// How far a backup has come.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
#[ts(export)]
pub struct BackupProgress {
    /// Pages copied so far.
    pub done: u64,
    /// Pages in the store.
    pub total: u64,
}

/// Backs the store up into its backups folder under a name with the date
/// and time, records it in the audit log, and returns the file's path.
pub fn backup_now(
    store: &Store,
    now: DateTime<Utc>,
    progress: impl FnMut(BackupProgress) -> bool,
) -> Result<PathBuf> {
    let folder = store.data_dir().join(BACKUPS_FOLDER);
    std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
    backup_into(store, &folder, now, progress)
}

/// Backs the store up into `folder`, which must exist (a mistyped folder is
/// an error, not a new folder somewhere unexpected), under a name with the
/// date and time; records it in the audit log and returns the file's path.
pub fn backup_into(
    store: &Store,
    folder: &Path,
    now: DateTime<Utc>,
    progress: impl FnMut(BackupProgress) -> bool,
) -> Result<PathBuf> {
    if !folder.is_dir() {
        return Err(Error::File(crate::FileError::NotAFolder {
            path: folder.to_path_buf(),
        }));
    }
    let stem = format!("sealdesk-{}", now.format("%Y-%m-%d-%H%M%S"));
    let target = (1..)
        .map(|n| match n {
            1 => folder.join(format!("{stem}.sqlite3")),
            n => folder.join(format!("{stem}-{n}.sqlite3")),
        })
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| folder.join(format!("{stem}.sqlite3")));
    backup_to(store, &target, progress)?;
    audit::record_by(
        store.conn(),
        crate::company::operator::ADMINISTRATOR_LOGIN,
        None,
        now,
        "store.backed-up",
        &json!({ "path": target.display().to_string() }),
    )?;
    Ok(target)
}

/// What a restore did.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[ts(export)]
pub struct Restored {
    /// The backup the store now holds.
    pub path: String,
    /// The copy of the store as it was just before, in its backups folder:
    /// a restore loses nothing.
    pub previous: String,
}

/// Replaces the store with the backup at `source`. The backup is checked
/// first (a damaged or foreign file is refused and nothing changes); the
/// store as it was is then backed up into its backups folder, and the
/// restore is recorded in the restored store's audit log. The restored
/// store has its own administrator: the caller locks the session.
pub fn restore(store: &mut Store, source: &Path, now: DateTime<Utc>) -> Result<Restored> {
    let source = std::path::absolute(source).map_err(|e| Error::io(source, e))?;
    if source == store.path() {
        return Err(Error::Store(crate::StoreError::BackupInvalid {
            path: source,
        }));
    }
    let backup = Store::open_backup(&source)?;
    let previous = backup_now(store, now, |_| true)?;
    store.replace_with(&backup)?;
    audit::record_by(
        store.conn(),
        crate::company::operator::ADMINISTRATOR_LOGIN,
        None,
        now,
        "store.restored",
        &json!({
            "path": source.display().to_string(),
            "previous": previous.display().to_string(),
        }),
    )?;
    Ok(Restored {
        path: source.display().to_string(),
        previous: previous.display().to_string(),
    })
}

/// Copies the store to `target`, a new file (owner-only on Unix): an
/// existing one is refused with [`FileError::Exists`] before any copying.
/// `progress` is called after every step and may return `false` to cancel,
/// which leaves no file behind.
pub fn backup_to(
    store: &Store,
    target: &Path,
    mut progress: impl FnMut(BackupProgress) -> bool,
) -> Result<BackupProgress> {
    // Refused up front so a taken name costs no copying; the final rename
    // refuses it again should the name be taken meanwhile.
    if target.symlink_metadata().is_ok() {
        return Err(Error::File(crate::FileError::Exists {
            path: target.to_path_buf(),
        }));
    }
    let temp = atomic_file::new_temp(target, Access::Private)?;
    let last = {
        let mut copy = Connection::open(temp.path())?;
        let backup = Backup::new(store.conn(), &mut copy)?;
        loop {
            let step = backup.step(PAGES_PER_STEP)?;
            let p = backup.progress();
            let total = u64::try_from(p.pagecount).unwrap_or(0);
            let remaining = u64::try_from(p.remaining).unwrap_or(0);
            let now = BackupProgress {
                done: total.saturating_sub(remaining),
                total,
            };
            if !progress(now) {
                return Err(Error::General(crate::GeneralError::Cancelled));
            }
            match step {
                StepResult::Done => break now,
                StepResult::More => {}
                // Another connection holds a lock: wait a little, go on.
                StepResult::Busy | StepResult::Locked => {
                    std::thread::sleep(Duration::from_millis(50))
                }
                _ => {}
            }
        }
    };
    temp.as_file()
        .sync_all()
        .map_err(|e| Error::io(target, e))?;
    atomic_file::persist_new(temp, target)?;
    Ok(last)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::admin;
    use chrono::Utc;

    #[test]
    fn the_copy_is_a_working_store_and_progress_grows() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(&dir.path().join("live")).unwrap();
        admin::create(&store, "Dana", "backup-me", Utc::now()).unwrap();
        let copy_dir = dir.path().join("copy");
        std::fs::create_dir(&copy_dir).unwrap();
        let mut seen = Vec::new();
        let done = backup_to(&store, &copy_dir.join(crate::store::STORE_FILE), |p| {
            seen.push(p);
            true
        })
        .unwrap();
        assert_eq!(done.done, done.total);
        assert!(seen.windows(2).all(|w| w[0].done <= w[1].done));
        let restored = Store::open_existing(&copy_dir).unwrap();
        admin::verify_password(&restored, "backup-me", Utc::now()).unwrap();
    }

    #[test]
    fn backups_in_the_same_second_get_distinct_names() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(dir.path()).unwrap();
        let now = Utc::now();
        let first = backup_now(&store, now, |_| true).unwrap();
        let second = backup_now(&store, now, |_| true).unwrap();
        assert_ne!(first, second);
        assert!(first.starts_with(dir.path().join(BACKUPS_FOLDER)));
        assert!(second.exists());
        let actions = audit::recent(store.conn(), crate::company::CompanyId(1), true, 5).unwrap();
        assert_eq!(actions[0].action, "store.backed-up");
    }

    #[test]
    fn cancelling_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(&dir.path().join("live")).unwrap();
        let target = dir.path().join("backup.sqlite3");
        let err = backup_to(&store, &target, |_| false).unwrap_err();
        assert_eq!(err.code(), "cancelled");
        assert!(!target.exists());
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "only the live store folder remains");
    }

    #[test]
    fn an_existing_file_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(&dir.path().join("live")).unwrap();
        admin::create(&store, "Dana", "backup-me", Utc::now()).unwrap();
        let key = dir.path().join("seal.key");
        std::fs::write(&key, b"-----BEGIN ENCRYPTED PRIVATE KEY-----").unwrap();
        let err = backup_to(&store, &key, |_| true).unwrap_err();
        assert_eq!(err.code(), "io.file-exists");
        assert_eq!(
            std::fs::read(&key).unwrap(),
            b"-----BEGIN ENCRYPTED PRIVATE KEY-----"
        );
        let live = dir.path().join("live").join(crate::store::STORE_FILE);
        let before = std::fs::read(&live).unwrap();
        let err = backup_to(&store, &live, |_| true).unwrap_err();
        assert_eq!(err.code(), "io.file-exists");
        assert_eq!(std::fs::read(&live).unwrap(), before);
        admin::verify_password(&store, "backup-me", Utc::now()).unwrap();
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 2, "the live store folder and the key only");
    }

    #[cfg(unix)]
    #[test]
    fn the_copy_is_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(&dir.path().join("live")).unwrap();
        let target = dir.path().join("b.sqlite3");
        backup_to(&store, &target, |_| true).unwrap();
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_missing_target_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(dir.path()).unwrap();
        let err =
            backup_to(&store, &dir.path().join("no/such/dir/b.sqlite3"), |_| true).unwrap_err();
        assert_eq!(err.code(), "io.not-found");
    }

    #[test]
    fn backups_go_into_a_chosen_folder_and_a_missing_one_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(&dir.path().join("live")).unwrap();
        let chosen = dir.path().join("usb");
        let err = backup_into(&store, &chosen, Utc::now(), |_| true).unwrap_err();
        assert_eq!(err.code(), "io.not-a-folder");
        assert!(!chosen.exists(), "a mistyped folder is not created");
        std::fs::create_dir(&chosen).unwrap();
        let path = backup_into(&store, &chosen, Utc::now(), |_| true).unwrap();
        assert_eq!(path.parent().unwrap(), chosen);
        assert_eq!(
            audit::recent(store.conn(), crate::company::CompanyId(1), true, 1).unwrap()[0].action,
            "store.backed-up"
        );
    }

    #[test]
    fn a_restore_brings_the_backup_back_and_keeps_the_store_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_for_tests(&dir.path().join("live")).unwrap();
        let code = admin::create(&store, "Dana", "first-password", Utc::now()).unwrap();
        let backup = dir.path().join("b.sqlite3");
        backup_to(&store, &backup, |_| true).unwrap();
        admin::recover(&store, &code.display_form(), "second-password", Utc::now()).unwrap();
        let done = restore(&mut store, &backup, Utc::now()).unwrap();
        assert_eq!(
            audit::recent(store.conn(), crate::company::CompanyId(1), true, 1).unwrap()[0].action,
            "store.restored"
        );
        admin::verify_password(&store, "first-password", Utc::now()).unwrap();
        assert!(admin::verify_password(&store, "second-password", Utc::now()).is_err());
        let previous_dir = dir.path().join("previous");
        std::fs::create_dir(&previous_dir).unwrap();
        std::fs::copy(&done.previous, previous_dir.join(crate::store::STORE_FILE)).unwrap();
        let previous = Store::open_existing(&previous_dir).unwrap();
        admin::verify_password(&previous, "second-password", Utc::now()).unwrap();
    }

    #[test]
    fn a_damaged_or_foreign_backup_is_refused_and_nothing_changes() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_for_tests(&dir.path().join("live")).unwrap();
        admin::create(&store, "Dana", "keep-me", Utc::now()).unwrap();
        let good = dir.path().join("good.sqlite3");
        backup_to(&store, &good, |_| true).unwrap();
        let bytes = std::fs::read(&good).unwrap();
        let truncated = dir.path().join("truncated.sqlite3");
        std::fs::write(&truncated, &bytes[..bytes.len() / 2]).unwrap();
        let garbage = dir.path().join("garbage.sqlite3");
        std::fs::write(&garbage, b"this is not a database at all").unwrap();
        let foreign = dir.path().join("foreign.sqlite3");
        Connection::open(&foreign)
            .unwrap()
            .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
        let events = audit::recent(store.conn(), crate::company::CompanyId(1), true, 100)
            .unwrap()
            .len();
        for bad in [&truncated, &garbage, &foreign, &dir.path().join("missing")] {
            let err = restore(&mut store, bad, Utc::now()).unwrap_err();
            assert_eq!(err.code(), "store.backup-invalid", "{}", bad.display());
        }
        assert_eq!(
            audit::recent(store.conn(), crate::company::CompanyId(1), true, 100)
                .unwrap()
                .len(),
            events
        );
        admin::verify_password(&store, "keep-me", Utc::now()).unwrap();
        assert!(
            !dir.path().join("live").join(BACKUPS_FOLDER).exists(),
            "no copy is made for a refused backup"
        );
    }
}
