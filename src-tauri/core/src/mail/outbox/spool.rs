//! The spool folder's files. A message is read back only from a plain file
//! of the folder, never through a link: whoever could put a link in place
//! of a spooled message would otherwise have any file the user can read
//! (the seal's key, say) mailed to the message's recipients.

use crate::{Error, Result};
use std::io::Read;
use std::path::Path;

/// The bytes of spool file `name` in `spool`; [`OutboxError::SpoolInvalid`]
/// when it is not a plain, singly linked file directly in the folder.
pub(super) fn read(spool: &Path, name: &str) -> Result<Vec<u8>> {
    let path = spool.join(name);
    let invalid = || Error::Outbox(crate::OutboxError::SpoolInvalid { path: path.clone() });
    let plain_name = !name.is_empty() && name != "." && name != ".." && !name.contains(['/', '\\']);
    let folder_is_real = std::fs::symlink_metadata(spool).is_ok_and(|m| m.is_dir());
    if !plain_name || !folder_is_real {
        return Err(invalid());
    }
    let mut file = match open_no_follow(&path) {
        Ok(file) => file,
        Err(err) if is_link_refusal(&err) => return Err(invalid()),
        Err(err) => return Err(Error::io(&path, err)),
    };
    let meta = file.metadata().map_err(|e| Error::io(&path, e))?;
    if !meta.is_file() || links(&meta) != 1 {
        return Err(invalid());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.read_to_end(&mut bytes)
        .map_err(|e| Error::io(&path, e))?;
    Ok(bytes)
}

/// Removes spool file `name`; a file already gone is fine, and a failure
/// only leaves a file the next start sweeps.
pub(super) fn remove(spool: &Path, name: &str) {
    if !name.is_empty() && !name.contains(['/', '\\']) && name != ".." {
        let _ = std::fs::remove_file(spool.join(name));
    }
}

#[cfg(unix)]
fn open_no_follow(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK: a FIFO put in place of the file must not hang the open.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> std::io::Result<std::fs::File> {
    if std::fs::symlink_metadata(path)?.file_type().is_symlink() {
        return Err(std::io::Error::from_raw_os_error(LINK_REFUSED));
    }
    std::fs::File::open(path)
}

#[cfg(unix)]
fn is_link_refusal(err: &std::io::Error) -> bool {
    err.raw_os_error() == Some(libc::ELOOP)
}

#[cfg(not(unix))]
const LINK_REFUSED: i32 = 1921; // ERROR_CANT_RESOLVE_FILENAME

#[cfg(not(unix))]
fn is_link_refusal(err: &std::io::Error) -> bool {
    err.raw_os_error() == Some(LINK_REFUSED)
}

#[cfg(unix)]
fn links(meta: &std::fs::Metadata) -> u64 {
    use std::os::unix::fs::MetadataExt;
    meta.nlink()
}

#[cfg(not(unix))]
fn links(_meta: &std::fs::Metadata) -> u64 {
    1
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_folders_and_hard_links_are_refused_and_plain_files_read() {
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("seal.key");
        std::fs::write(&secret, b"PRIVATE KEY").unwrap();
        let spool = dir.path().join("outbox");
        std::fs::create_dir(&spool).unwrap();
        std::fs::write(spool.join("a.eml"), b"Subject: hi").unwrap();
        std::os::unix::fs::symlink(&secret, spool.join("b.eml")).unwrap();
        std::fs::hard_link(&secret, spool.join("c.eml")).unwrap();
        std::fs::create_dir(spool.join("d.eml")).unwrap();
        assert_eq!(read(&spool, "a.eml").unwrap(), b"Subject: hi");
        for name in ["b.eml", "c.eml", "d.eml", "../seal.key"] {
            let err = read(&spool, name).unwrap_err();
            assert_eq!(err.code(), "mail.spool-invalid", "{name}");
        }
    }
}
