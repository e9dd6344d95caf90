//! A lock that one SealDesk process (a window or a command) holds while it
//! does what no other may do at the same time: run a renewal run, deliver
//! the outbox. The operating system drops it when the holder dies, even by
//! `kill -9`, so a crash never leaves it held.
//!
//! It is an exclusive transaction on a small SQLite file: SQLite's locking
//! already works the same on Windows, macOS and Linux and between
//! connections of one process, which saves a platform-specific file-lock
//! dependency.

use crate::{Error, Result};
use std::path::Path;

/// Held until dropped.
#[derive(Debug)]
pub struct ProcessLock {
    _conn: rusqlite::Connection,
}

/// Takes the lock at `path` (created if missing) without waiting; `None`
/// when another holder has it.
pub fn try_lock(path: &Path) -> Result<Option<ProcessLock>> {
    if let Some(dir) = path.parent() {
        crate::private_folder::create(dir)?;
    }
    let conn = rusqlite::Connection::open(path)?;
    crate::store::restrict_permissions(path);
    conn.busy_timeout(std::time::Duration::ZERO)?;
    match conn.execute_batch("BEGIN EXCLUSIVE") {
        Ok(()) => Ok(Some(ProcessLock { _conn: conn })),
        Err(err) => match Error::from(err) {
            Error::Store(crate::StoreError::InUse) => Ok(None),
            other => Err(other),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_its_turn() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join(".busy.lock");
        let first = try_lock(&path).unwrap().expect("free at first");
        assert!(try_lock(&path).unwrap().is_none(), "held by the first");
        drop(first);
        assert!(try_lock(&path).unwrap().is_some(), "free again");
    }
}
