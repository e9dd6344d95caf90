//! Store backup with progress sent over a Tauri channel, and restore.

use crate::state::{on_worker, ui_error, AppState};
use sealdesk_core::actions::backup::{self, BackupWritten};
use sealdesk_core::backup::{BackupProgress, Restored};
use sealdesk_core::error::ErrorPayload;
use std::path::PathBuf;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

/// Backs the store up on a worker thread, through its own connection so the
/// rest of the app stays responsive: into `folder` when the user chose one,
/// else into the store's backups folder.
#[tauri::command]
pub async fn backup_store(
    state: State<'_, AppState>,
    folder: Option<PathBuf>,
    on_progress: Channel<BackupProgress>,
) -> Result<BackupWritten, ErrorPayload> {
    // A closed window drops the channel: the backup then stops.
    on_worker(&state, move |cx| {
        backup::back_up_into(cx, folder.as_deref(), |p| on_progress.send(p).is_ok())
    })
    .await
}

/// Replaces the store with the backup at `path` and locks the session: the
/// restored store has its own administrator, who unlocks it next.
#[tauri::command]
pub fn restore_backup(
    app: AppHandle,
    state: State<'_, AppState>,
    path: PathBuf,
) -> Result<Restored, ErrorPayload> {
    let scope = state.current_scope()?;
    let mut store = state.unlocked_store()?;
    // The outbox loop holds a connection of its own to the store replaced.
    state.stop_outbox();
    let restored = backup::restore(&mut store, &scope, &path);
    drop(store);
    match restored {
        Ok(restored) => {
            state.lock_session();
            Ok(restored)
        }
        Err(err) => {
            // A refused file changed nothing: the session goes on as it was.
            state.start_outbox(&app);
            Err(ui_error(err))
        }
    }
}
