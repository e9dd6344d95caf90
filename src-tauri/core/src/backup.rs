//! A consistent copy of the store while it is in use, with progress.
//!
//! SQLite's online backup copies the database page by page; the copy goes to
//! a temporary file beside the target, is synced, and only then renamed over
//! the target, so a cancelled or failed backup never leaves a half-written
//! file where the user expects a good one.

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
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
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
    let stem = format!("sealdesk-{}", now.format("%Y-%m-%d-%H%M%S"));
    let target = (1..)
        .map(|n| match n {
            1 => folder.join(format!("{stem}.sqlite3")),
            n => folder.join(format!("{stem}-{n}.sqlite3")),
        })
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| folder.join(format!("{stem}.sqlite3")));
    backup_to(store, &target, progress)?;
    audit::record(
        store.conn(),
        now,
        audit::ADMINISTRATOR,
        "store.backed-up",
        &json!({ "path": target.display().to_string() }),
    )?;
    Ok(target)
}

/// Copies the store to `target`. `progress` is called after every step and
/// may return `false` to cancel, which leaves `target` untouched.
pub fn backup_to(
    store: &Store,
    target: &Path,
    mut progress: impl FnMut(BackupProgress) -> bool,
) -> Result<BackupProgress> {
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let temp = tempfile::Builder::new()
        .prefix(".sealdesk-backup-")
        .tempfile_in(folder)
        .map_err(|e| Error::io(folder, e))?;
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
                return Err(Error::Cancelled);
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
        .map_err(|e| Error::io(temp.path(), e))?;
    temp.persist(target)
        .map_err(|e| Error::io(target, e.error))?;
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
        let store = Store::open(&dir.path().join("live")).unwrap();
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
        let store = Store::open(dir.path()).unwrap();
        let now = Utc::now();
        let first = backup_now(&store, now, |_| true).unwrap();
        let second = backup_now(&store, now, |_| true).unwrap();
        assert_ne!(first, second);
        assert!(first.starts_with(dir.path().join(BACKUPS_FOLDER)));
        assert!(second.exists());
        let actions = audit::recent(store.conn(), 5).unwrap();
        assert_eq!(actions[0].action, "store.backed-up");
    }

    #[test]
    fn cancelling_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("live")).unwrap();
        let target = dir.path().join("backup.sqlite3");
        let err = backup_to(&store, &target, |_| false).unwrap_err();
        assert_eq!(err.code(), "cancelled");
        assert!(!target.exists());
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "only the live store folder remains");
    }

    #[test]
    fn a_missing_target_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let err =
            backup_to(&store, &dir.path().join("no/such/dir/b.sqlite3"), |_| true).unwrap_err();
        assert_eq!(err.code(), "io");
    }
}
