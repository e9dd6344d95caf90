//! Writing files so that a crash or a full disk never leaves a half-written
//! file and an existing file is never replaced: a temporary file in the same
//! folder, fsync, then a rename that fails if the name is taken.

use crate::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Who may read the new file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Only the owner (mode 0600 on Unix): private keys, PKCS#12 files.
    Private,
    /// The usual permissions: certificates, requests, revocation lists.
    Shared,
}

/// Writes `bytes` to a new file at `path`. Fails with [`Error::FileExists`]
/// rather than replace a file; on any failure no file is left behind.
pub fn write_new(path: &Path, bytes: &[u8], access: Access) -> Result<()> {
    let mut temp = new_temp(path, access)?;
    // Errors name the file the user asked for, not the hidden temporary one.
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| Error::io(path, e))?;
    persist_new(temp, path)
}

/// A temporary file in the folder of `path`, for content written in
/// several steps; it disappears when dropped unless [`persist_new`] keeps it.
pub fn new_temp(path: &Path, access: Access) -> Result<tempfile::NamedTempFile> {
    let folder = folder_of(path);
    sweep_stale_temps(folder);
    let temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(folder)
        .map_err(|e| Error::io(folder, e))?;
    if access == Access::Shared {
        shared(temp.as_file()).map_err(|e| Error::io(path, e))?;
    }
    Ok(temp)
}

/// Renames the finished (and synced) `temp` to `path` unless `path` exists.
pub fn persist_new(temp: tempfile::NamedTempFile, path: &Path) -> Result<()> {
    temp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::FileExists {
                path: path.to_path_buf(),
            }
        } else {
            Error::io(path, e.error)
        }
    })?;
    sync_folder(folder_of(path));
    Ok(())
}

/// The name of every temporary file: `.sealdesk-` and six random letters
/// or digits (tempfile's default).
const TEMP_PREFIX: &str = ".sealdesk-";
const TEMP_RANDOM_LEN: usize = 6;

/// A temporary file untouched for this long was left by a process that
/// died (`kill -9`, a power cut). Writers write their temporary file from
/// start to rename without pausing, so one still being written is always
/// much younger; an hour leaves room for a slow disk or a huge document.
pub const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(3600);

/// Removes temporary files of SealDesk's own naming in `folder` that are
/// older than [`STALE_TEMP_AGE`]; nothing else is touched, and a failure
/// is ignored (the sweep only tidies). Run at store open on the data
/// folder, and before a new output is written in an output's folder.
pub fn sweep_stale_temps(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for item in entries.flatten() {
        if !is_temp_name(&item.file_name().to_string_lossy()) {
            continue;
        }
        // Not followed: a link or folder with our name is not our file.
        let stale = item
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .is_some_and(|m| {
                m.modified()
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .is_some_and(|age| age >= STALE_TEMP_AGE)
            });
        if stale {
            let _ = std::fs::remove_file(item.path());
        }
    }
}

fn is_temp_name(name: &str) -> bool {
    name.strip_prefix(TEMP_PREFIX).is_some_and(|rest| {
        rest.len() == TEMP_RANDOM_LEN && rest.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

// tempfile creates files 0600; public outputs get the usual 0644.
#[cfg(unix)]
fn shared(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn shared(_file: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}

/// Makes the rename itself durable; best effort where folders cannot be opened.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_once_and_never_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("seal.pem");
        write_new(&path, b"first", Access::Shared).unwrap();
        let err = write_new(&path, b"second", Access::Private).unwrap_err();
        assert_eq!(err.code(), "io.file-exists");
        assert_eq!(std::fs::read(&path).unwrap(), b"first");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn private_files_are_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.p12");
        write_new(&path, b"x", Access::Private).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    fn age(path: &Path, by: std::time::Duration) {
        let file = std::fs::File::options().write(true).open(path).unwrap();
        file.set_modified(std::time::SystemTime::now() - by)
            .unwrap();
    }

    #[test]
    fn stale_temporary_files_are_swept_before_a_new_output_and_fresh_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".sealdesk-Ab12Cd");
        let fresh = dir.path().join(".sealdesk-Xy34Zw");
        let other = dir.path().join(".sealdesk-notes.txt");
        for path in [&stale, &fresh, &other] {
            std::fs::write(path, b"partial").unwrap();
        }
        age(&stale, STALE_TEMP_AGE * 2);
        age(&other, STALE_TEMP_AGE * 2);
        write_new(&dir.path().join("signed.pdf"), b"x", Access::Shared).unwrap();
        assert!(!stale.exists(), "a stale temporary file of ours is removed");
        assert!(fresh.exists(), "a temporary file being written is kept");
        assert!(other.exists(), "a file of another naming is never touched");
    }

    #[test]
    fn a_missing_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_new(&dir.path().join("no/such/x.pem"), b"x", Access::Shared).unwrap_err();
        assert_eq!(err.code(), "io");
    }
}
