//! The empty store the use-case tests start from.

use crate::Store;
use tempfile::TempDir;

/// A new store in `data` inside a temporary folder, which the test keeps
/// (dropping it removes everything) and may put its own files in.
pub(crate) fn empty_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_for_tests(&dir.path().join("data")).unwrap();
    (dir, store)
}
