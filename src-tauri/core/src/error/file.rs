//! What can go wrong reading or writing an ordinary file.

use std::path::PathBuf;

crate::declare_errors! {
    /// What can go wrong reading or writing an ordinary file.
    #[non_exhaustive]
    pub enum FileError {
        /// A file or folder could not be read or written, for a reason none
        /// of the variants below names.
        #[error("could not use {path}: {detail}")]
        Io {
            /// The file or folder concerned.
            path: PathBuf,
            /// The operating system's explanation, for the log and support;
            /// the sentence a user reads leaves it out.
            detail: String,
        } = "io",
        /// The file or folder does not exist.
        #[error("{path} does not exist")]
        NotFound {
            /// The file or folder concerned.
            path: PathBuf,
        } = "io.not-found",
        /// The system does not let this user read or write the file.
        #[error("no permission to use {path}")]
        PermissionDenied {
            /// The file or folder concerned.
            path: PathBuf,
        } = "io.permission-denied",
        /// The file is on a disk that can only be read.
        #[error("{path} is on a read-only disk")]
        ReadOnly {
            /// The file or folder concerned.
            path: PathBuf,
        } = "io.read-only",
        /// A folder was expected and {path} is not one.
        #[error("{path} is not a folder")]
        NotAFolder {
            /// The path given.
            path: PathBuf,
        } = "io.not-a-folder",
        /// A text file holds something other than UTF-8 text.
        #[error("{path} is not a text file (UTF-8)")]
        NotText {
            /// The file.
            path: PathBuf,
        } = "io.not-text",
        /// A file could not be written because its disk is full.
        #[error("the disk is full: {path} could not be written")]
        DiskFull {
            /// The file or folder concerned.
            path: PathBuf,
        } = "io.disk-full",
        /// {path} already exists and was left as it is.
        #[error("{path} already exists and was left as it is; choose another file name")]
        Exists {
            /// The file.
            path: PathBuf,
        } = "io.file-exists",
        /// {path} is a folder, device or pipe where a file was expected.
        #[error("{path} is not an ordinary file (a folder, device or pipe); give a file")]
        NotARegularFile {
            /// The path given.
            path: PathBuf,
        } = "io.not-a-regular-file",
        /// {path} is larger than any file of its kind SealDesk reads.
        #[error("{path} is larger than {limit} bytes, more than a file of this kind can be")]
        TooLarge {
            /// The file.
            path: PathBuf,
            /// The most bytes read from a file of this kind.
            limit: u64,
        } = "io.file-too-large",
        /// {path} named a file that is not there (any more): moved, renamed,
        /// deleted or mistyped.
        #[error("{path} is not there; it was moved, renamed or deleted, or its name is mistyped")]
        Missing {
            /// The path given.
            path: PathBuf,
        } = "io.missing",
        /// {path} is there but cannot be opened for reading.
        #[error("{path} cannot be opened for reading")]
        Unreadable {
            /// The path given.
            path: PathBuf,
        } = "io.unreadable",
    }
}
