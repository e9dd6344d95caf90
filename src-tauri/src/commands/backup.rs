//! Store backup with progress sent over a Tauri channel.

use crate::state::{on_worker, AppState};
use sealdesk_core::actions::backup::{self, BackupWritten};
use sealdesk_core::backup::BackupProgress;
use sealdesk_core::error::ErrorPayload;
use tauri::ipc::Channel;
use tauri::State;

/// Backs the store up on a worker thread, through its own connection so the
/// rest of the app stays responsive.
#[tauri::command]
pub async fn backup_store(
    state: State<'_, AppState>,
    on_progress: Channel<BackupProgress>,
) -> Result<BackupWritten, ErrorPayload> {
    // A closed window drops the channel: the backup then stops.
    on_worker(&state, move |cx| {
        backup::back_up(cx, |p| on_progress.send(p).is_ok())
    })
    .await
}
