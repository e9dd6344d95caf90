//! Where the store lives: `--data-dir`, then `SEALDESK_DATA_DIR`, then the
//! operating system's application-data folder.

use crate::{Error, Result};
use std::path::PathBuf;

/// Environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "SEALDESK_DATA_DIR";

/// The OS application-data folder for SealDesk: `%APPDATA%\SealDesk\SealDesk\data` on
/// Windows, `~/Library/Application Support/app.SealDesk.SealDesk` on macOS,
/// `$XDG_DATA_HOME/sealdesk` on Linux.
pub fn default_data_dir() -> Result<PathBuf> {
    directories::ProjectDirs::from("app", "SealDesk", "SealDesk")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(Error::Store(crate::StoreError::NoDataDir))
}

/// The data folder to use: an explicit one, else the environment variable,
/// else the OS default.
pub fn resolve_data_dir(explicit: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(dir) = explicit {
        return Ok(dir);
    }
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) if !dir.is_empty() => Ok(PathBuf::from(dir)),
        _ => default_data_dir(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_folder_wins() {
        let dir = resolve_data_dir(Some(PathBuf::from("/tmp/x"))).unwrap();
        assert_eq!(dir, PathBuf::from("/tmp/x"));
    }
}
