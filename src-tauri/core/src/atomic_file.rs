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
    let temp = tempfile::Builder::new()
        .prefix(".sealdesk-")
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

    #[test]
    fn a_missing_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_new(&dir.path().join("no/such/x.pem"), b"x", Access::Shared).unwrap_err();
        assert_eq!(err.code(), "io");
    }
}
