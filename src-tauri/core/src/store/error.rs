//! What can go wrong with the store file and its database.

use std::path::PathBuf;

crate::declare_errors! {
    /// What can go wrong with the store file and its database.
    #[non_exhaustive]
    pub enum StoreError {
        /// Another SealDesk process holds the store's write lock for too long.
        #[error("the SealDesk store is in use by another SealDesk window or command; close it or try again in a moment")]
        InUse = "store.in-use",
        /// The store was written by a newer SealDesk.
        #[error("the store was created by a newer SealDesk (schema version {found}, this program knows up to {known}); install the newer version")]
        SchemaTooNew {
            /// Schema version found in the file.
            found: i64,
            /// Highest schema version this program knows.
            known: i64,
        } = "store.schema-too-new",
        /// The file is not a SQLite database or is damaged.
        #[error("the store file {path} is damaged or is not a SealDesk store")]
        Corrupt {
            /// Path of the store file.
            path: PathBuf,
        } = "store.corrupt",
        /// A file offered for a restore is not a readable SealDesk backup
        /// (damaged, another program's file, or not a database at all).
        #[error("the file {path} is not a readable SealDesk backup; nothing was restored and the store is unchanged")]
        BackupInvalid {
            /// The file offered.
            path: PathBuf,
        } = "store.backup-invalid",
        /// The store's file or folder cannot be written by this user: it was
        /// opened for reading, and a change was asked for.
        #[error("the SealDesk store is read-only for this user; ask for write access to the data folder to change anything")]
        ReadOnly = "store.read-only",
        /// The disk of the store is full.
        #[error("the disk holding the SealDesk store is full; free some space and try again")]
        DiskFull = "store.disk-full",
        /// No store exists yet at the data folder.
        #[error("no SealDesk store in {path}; run `sealdesk init` first")]
        Missing {
            /// The data folder that was searched.
            path: PathBuf,
        } = "store.missing",
        /// The OS gives no application-data folder and none was given.
        #[error("no application-data folder is known for this user; choose a data folder explicitly")]
        NoDataDir = "store.no-data-dir",
        /// An unexpected database failure (a bug or a broken disk).
        #[error("database error: {detail}")]
        Database {
            /// What failed, in English.
            detail: String,
        } = "store.database",
    }
}
