//! Writing files so that a crash or a full disk never leaves a half-written
//! file and an existing file is never replaced: a temporary file in the same
//! folder, fsync, then a rename that fails if the name is taken.

use crate::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Who may read the new file. On Unix the file is created with its final
/// mode (there is no moment when it is open to more people), and the
/// process umask narrows that mode as it does for any new file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Only the owner (mode 0600 on Unix): private keys, PKCS#12 files.
    Private,
    /// The usual permissions (0644 less the umask): certificates,
    /// requests, revocation lists.
    Shared,
    /// A file made from a user's document (its signed copy, its
    /// signature): the document's own read and write permission bits
    /// (0600 stays 0600, 0640 stays 0640), less the umask. Build it with
    /// [`Access::like`].
    LikeDocument(u32),
}

impl Access {
    /// The access of a file made from the document `metadata` describes;
    /// on systems without Unix modes, [`Access::Shared`].
    pub fn like(metadata: &std::fs::Metadata) -> Access {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // Read and write only: a signed document is not a program, and
            // set-id or sticky bits have no business on a copy.
            Access::LikeDocument(metadata.permissions().mode() & 0o666)
        }
        #[cfg(not(unix))]
        {
            let _ = metadata;
            Access::Shared
        }
    }

    /// The mode the file is created with, before the umask.
    #[cfg(unix)]
    fn mode(self) -> u32 {
        match self {
            Access::Private => 0o600,
            Access::Shared => 0o644,
            Access::LikeDocument(mode) => mode & 0o666,
        }
    }
}

/// Writes `bytes` to a new file at `path`. Fails with [`FileError::Exists`]
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
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(access.mode()));
    }
    #[cfg(not(unix))]
    let _ = access;
    builder
        .tempfile_in(folder)
        .map_err(|e| Error::io(folder, e))
}

/// Renames the finished (and synced) `temp` to `path` unless `path` exists.
pub fn persist_new(temp: tempfile::NamedTempFile, path: &Path) -> Result<()> {
    temp.persist_noclobber(path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::File(crate::FileError::Exists {
                path: path.to_path_buf(),
            })
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

/// Makes the rename itself durable; best effort where folders cannot be opened.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = std::fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

/// `outcome`, after removing the files `written` when it failed. Files are
/// written before the record of them commits; when the record does not
/// commit, no file may stay that the store does not know.
pub(crate) fn removed_on_failure<T, P: AsRef<Path>>(
    outcome: Result<T>,
    written: impl IntoIterator<Item = P>,
) -> Result<T> {
    if outcome.is_err() {
        for path in written {
            let _ = std::fs::remove_file(path);
        }
    }
    outcome
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

    /// This process's umask, as Linux reports it (setting the umask to
    /// read it would race the other tests).
    #[cfg(unix)]
    fn umask() -> Option<u32> {
        let status = std::fs::read_to_string("/proc/self/status").ok()?;
        let line = status.lines().find(|l| l.starts_with("Umask:"))?;
        u32::from_str_radix(line["Umask:".len()..].trim(), 8).ok()
    }

    #[cfg(unix)]
    #[test]
    fn files_made_from_a_document_keep_its_mode_less_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let Some(umask) = umask() else { return };
        let dir = tempfile::tempdir().unwrap();
        for mode in [0o600, 0o640, 0o644, 0o400, 0o755, 0o4666] {
            let document = dir.path().join(format!("doc-{mode:o}"));
            std::fs::write(&document, b"x").unwrap();
            std::fs::set_permissions(&document, std::fs::Permissions::from_mode(mode)).unwrap();
            let access = Access::like(&std::fs::metadata(&document).unwrap());
            let out = dir.path().join(format!("doc-{mode:o}.p7s"));
            write_new(&out, b"signature", access).unwrap();
            let got = std::fs::metadata(&out).unwrap().permissions().mode() & 0o7777;
            assert_eq!(got, mode & 0o666 & !umask, "{mode:o} under umask {umask:o}");
        }
        // The temporary file already has the final mode.
        let temp = new_temp(&dir.path().join("x"), Access::LikeDocument(0o600)).unwrap();
        let mode = temp.as_file().metadata().unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0);
    }

    #[test]
    fn a_missing_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = write_new(&dir.path().join("no/such/x.pem"), b"x", Access::Shared).unwrap_err();
        assert_eq!(err.code(), "io.not-found");
    }
}
