//! Copies of the store.

use super::{Context, Scope};
use crate::backup::{self, BackupProgress, Restored};
use crate::{Result, Store};
use serde::Serialize;
use std::path::Path;
use ts_rs::TS;

/// A backup just written.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct BackupWritten {
    /// The backup file.
    pub path: String,
    /// How many pages it holds.
    pub pages: u64,
}

/// Backs the store up into its backups folder under a name with the date
/// and time. `progress` hears each step and stops the backup by returning
/// `false`.
pub fn back_up(
    cx: &Context,
    progress: impl FnMut(BackupProgress) -> bool,
) -> Result<BackupWritten> {
    // A backup holds every company: only the administrator takes one.
    cx.scope().require_administrator()?;
    let mut pages = 0;
    let path = backup::backup_now(cx.store(), cx.now(), counting(&mut pages, progress))?;
    Ok(BackupWritten {
        path: path.display().to_string(),
        pages,
    })
}

/// Backs the store up into a folder the user chose, under a name with the
/// date and time; without a folder, into the store's backups folder.
pub fn back_up_into(
    cx: &Context,
    folder: Option<&Path>,
    progress: impl FnMut(BackupProgress) -> bool,
) -> Result<BackupWritten> {
    let Some(folder) = folder else {
        return back_up(cx, progress);
    };
    cx.scope().require_administrator()?;
    let mut pages = 0;
    let path = backup::backup_into(cx.store(), folder, cx.now(), counting(&mut pages, progress))?;
    Ok(BackupWritten {
        path: path.display().to_string(),
        pages,
    })
}

/// Replaces the store with a backup file after checking it; the store as
/// it was is kept as a backup first. The restored store has its own
/// administrator, so the faces lock the session afterwards.
pub fn restore(store: &mut Store, scope: &Scope, path: &Path) -> Result<Restored> {
    // The restored store replaces every company: the administrator's act.
    scope.require_administrator()?;
    backup::restore(store, path, chrono::Utc::now())
}

/// Backs the store up to a new file the user named.
pub fn back_up_to(
    cx: &Context,
    path: &Path,
    progress: impl FnMut(BackupProgress) -> bool,
) -> Result<BackupWritten> {
    cx.scope().require_administrator()?;
    let done = backup::backup_to(cx.store(), path, progress)?;
    Ok(BackupWritten {
        path: path.display().to_string(),
        pages: done.total,
    })
}

fn counting<'a>(
    pages: &'a mut u64,
    mut progress: impl FnMut(BackupProgress) -> bool + 'a,
) -> impl FnMut(BackupProgress) -> bool + 'a {
    move |step| {
        *pages = step.total;
        progress(step)
    }
}
