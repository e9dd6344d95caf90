//! Reading the files a user names: only ordinary files, and never more than
//! a file of its kind can hold. A device (`/dev/zero`), a folder or a pipe
//! given where a document or certificate belongs is refused before a byte is
//! read, so no command can run out of memory or wait forever on one.
//!
//! Every reader of user files goes through here: [`open_regular`] for files
//! read in pieces (documents to sign or verify), [`read_regular`] for files
//! read whole (certificates, requests, mail bodies), [`read_secret`] for
//! password and PIN files.

use crate::{Error, Result};
use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;
use zeroize::Zeroizing;

/// The most bytes of a password or PIN file.
pub const SECRET_MAX_BYTES: u64 = 4 * 1024;

/// The most bytes of a certificate, chain, request or PKCS#12 file; real
/// ones are a few kilobytes, a long chain with a revocation list well
/// under a megabyte.
pub const CERTIFICATE_MAX_BYTES: u64 = 8 * 1024 * 1024;

/// The most bytes of a mail attachment: more than any mail server accepts.
pub const ATTACHMENT_MAX_BYTES: u64 = 100 * 1024 * 1024;

/// The most bytes of a mail body or template file: the size of a whole
/// message that is still sent without asking.
pub const TEXT_MAX_BYTES: u64 = crate::mail::compose::LARGE_MESSAGE_BYTES;

/// Opens `path` for reading when it is an ordinary file (after symbolic
/// links). The check is made on the opened file, and the opening itself
/// cannot wait on a pipe without a writer.
pub fn open_regular(path: &Path) -> Result<File> {
    let file = open_nonblocking(path).map_err(|e| Error::io(path, e))?;
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(Error::File(crate::FileError::NotARegularFile {
            path: path.to_path_buf(),
        }));
    }
    Ok(file)
}

/// The whole of the ordinary file at `path`, refused with
/// [`FileError::TooLarge`] when it has more than `limit` bytes.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>> {
    let file = open_regular(path)?;
    read_bounded(file, path, limit)
}

/// [`read_regular`] of a text file: UTF-8, else an error naming the file.
pub fn read_text(path: &Path, limit: u64) -> Result<String> {
    String::from_utf8(read_regular(path, limit)?).map_err(|_| {
        Error::File(crate::FileError::NotText {
            path: path.to_path_buf(),
        })
    })
}

/// A password or PIN file as read.
pub struct SecretFile {
    /// Its bytes.
    pub bytes: Zeroizing<Vec<u8>>,
    /// True for a file on disk that other users may read or change (any
    /// group or other permission on Unix), which the user should hear of.
    pub open_to_others: bool,
}

/// A password or PIN file: an ordinary file or a pipe (`<(pass show x)`),
/// at most [`SECRET_MAX_BYTES`].
pub fn read_secret(path: &Path) -> Result<SecretFile> {
    // A pipe is opened as it comes: its writer is the user's own command.
    let named_pipe = std::fs::metadata(path).is_ok_and(|m| is_fifo(&m));
    let file = if named_pipe {
        File::open(path)
    } else {
        open_nonblocking(path)
    }
    .map_err(|e| Error::io(path, e))?;
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    if !(meta.is_file() || named_pipe && is_fifo(&meta)) {
        return Err(Error::File(crate::FileError::NotARegularFile {
            path: path.to_path_buf(),
        }));
    }
    let open_to_others = meta.is_file() && open_to_others(&meta);
    let bytes = Zeroizing::new(read_bounded(file, path, SECRET_MAX_BYTES)?);
    Ok(SecretFile {
        bytes,
        open_to_others,
    })
}

fn read_bounded(file: File, path: &Path, limit: u64) -> Result<Vec<u8>> {
    let too_large = || {
        Error::File(crate::FileError::TooLarge {
            path: path.to_path_buf(),
            limit,
        })
    };
    let known = file.metadata().map(|m| m.len()).unwrap_or(0);
    if known > limit {
        return Err(too_large());
    }
    // One byte more than allowed tells a file that grew (or a pipe) apart.
    let mut bytes = Vec::with_capacity(usize::try_from(known).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // Without O_NONBLOCK, opening a pipe waits for a writer; ordinary files
    // read the same either way.
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

#[cfg(unix)]
fn is_fifo(meta: &Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_fifo()
}

#[cfg(not(unix))]
fn is_fifo(_meta: &Metadata) -> bool {
    false
}

#[cfg(unix)]
fn open_to_others(meta: &Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode() & 0o077 != 0
}

#[cfg(not(unix))]
fn open_to_others(_meta: &Metadata) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_within_the_limit_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.pem");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read_regular(&path, 5).unwrap(), b"12345");
        let err = read_regular(&path, 4).unwrap_err();
        assert_eq!(err.code(), "io.file-too-large");
        assert_eq!(err.params()["limit"], 4);
    }

    #[test]
    fn a_folder_is_not_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let err = read_regular(dir.path(), 10).unwrap_err();
        assert_eq!(err.code(), "io.not-a-regular-file");
        assert_eq!(
            open_regular(dir.path()).unwrap_err().code(),
            "io.not-a-regular-file"
        );
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_without_reading() {
        let err = read_regular(Path::new("/dev/zero"), 10).unwrap_err();
        assert_eq!(err.code(), "io.not-a-regular-file");
        let err = read_secret(Path::new("/dev/zero")).err().unwrap();
        assert_eq!(err.code(), "io.not-a-regular-file");
    }

    #[cfg(unix)]
    #[test]
    fn secret_files_others_can_read_are_told_apart() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pw");
        std::fs::write(&path, b"secret\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        let read = read_secret(&path).unwrap();
        assert_eq!(&read.bytes[..], b"secret\n");
        assert!(!read.open_to_others);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(read_secret(&path).unwrap().open_to_others);
    }

    #[test]
    fn a_long_secret_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pw");
        std::fs::write(&path, vec![b'a'; SECRET_MAX_BYTES as usize + 1]).unwrap();
        let err = read_secret(&path).err().unwrap();
        assert_eq!(err.code(), "io.file-too-large");
    }
}
