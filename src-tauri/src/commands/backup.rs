//! Store backup with progress sent over a Tauri channel.

use crate::state::{ui_error, AppState};
use chrono::Utc;
use sealdesk_core::backup::{self, BackupProgress};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::Store;
use tauri::ipc::Channel;
use tauri::State;

/// Backs the store up on a worker thread, through its own connection so the
/// rest of the app stays responsive, and returns the backup's path.
#[tauri::command]
pub async fn backup_store(
    state: State<'_, AppState>,
    on_progress: Channel<BackupProgress>,
) -> Result<String, ErrorPayload> {
    let data_dir = state.unlocked_store()?.data_dir().to_path_buf();
    let work = move || {
        let store = Store::open_existing(&data_dir)?;
        // A closed window drops the channel: the backup then stops.
        backup::backup_now(&store, Utc::now(), |p| on_progress.send(p).is_ok())
    };
    let path = tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| ErrorPayload {
            code: "unknown",
            params: serde_json::Map::from_iter([("detail".to_string(), e.to_string().into())]),
            message: e.to_string(),
        })?
        .map_err(ui_error)?;
    Ok(path.display().to_string())
}
