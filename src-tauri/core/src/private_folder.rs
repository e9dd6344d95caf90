//! Folders only their owner may enter: the data folder, its `keys` and
//! `outbox` folders. They hold the store, private keys and spooled mail
//! (portal passwords among them), so they are created 0700 on Unix whatever
//! the process umask says, and an existing one that is looser is tightened.

use crate::{Error, Result};
use std::path::Path;

/// Creates `folder` (and missing parents) owner-only, or tightens an
/// existing one to owner-only.
pub fn ensure(folder: &Path) -> Result<()> {
    create(folder)?;
    tighten(folder).map_err(|e| Error::io(folder, e))
}

/// Creates `folder` (and missing parents) owner-only when missing; an
/// existing folder (one the user chose, say) keeps its mode.
pub fn create(folder: &Path) -> Result<()> {
    builder().create(folder).map_err(|e| Error::io(folder, e))
}

#[cfg(unix)]
fn builder() -> std::fs::DirBuilder {
    use std::os::unix::fs::DirBuilderExt;
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true).mode(0o700);
    builder
}

#[cfg(not(unix))]
fn builder() -> std::fs::DirBuilder {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    builder
}

#[cfg(unix)]
fn tighten(folder: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(folder)?.permissions().mode();
    if mode & 0o077 != 0 {
        std::fs::set_permissions(folder, std::fs::Permissions::from_mode(mode & 0o700))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn tighten(_folder: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn new_folders_are_owner_only_and_loose_ones_are_tightened() {
        let dir = tempfile::tempdir().unwrap();
        let new = dir.path().join("a").join("b");
        ensure(&new).unwrap();
        assert_eq!(mode(&new), 0o700);
        let loose = dir.path().join("loose");
        std::fs::create_dir(&loose).unwrap();
        std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o777)).unwrap();
        ensure(&loose).unwrap();
        assert_eq!(mode(&loose), 0o700);
    }
}
