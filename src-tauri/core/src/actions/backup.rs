//! Copies of the store.

use super::Context;
use crate::backup::{self, BackupProgress};
use crate::Result;
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
    let mut pages = 0;
    let path = backup::backup_now(cx.store(), cx.now(), counting(&mut pages, progress))?;
    Ok(BackupWritten {
        path: path.display().to_string(),
        pages,
    })
}

/// Backs the store up to a new file the user named.
pub fn back_up_to(
    cx: &Context,
    path: &Path,
    progress: impl FnMut(BackupProgress) -> bool,
) -> Result<BackupWritten> {
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
