//! Signing documents and checking signed ones.

use super::key_secret::KeySecretInput;
use super::Context;
use crate::sign::batch::{self, BatchItem};
use crate::sign::signing::{self, SignOptions, SignedOutput};
use crate::sign::verify::{self, Verification};
use crate::Result;
use std::path::{Path, PathBuf};

/// Signs one file with certificate `certificate_id`: a PDF inside it
/// (PAdES) unless `options` ask for a detached signature, any other file as
/// a `.p7s` beside it (CAdES).
pub fn sign_file(
    cx: &Context,
    certificate_id: i64,
    secret: &KeySecretInput,
    input: &Path,
    options: &SignOptions<'_>,
) -> Result<SignedOutput> {
    signing::sign_file(
        cx.store(),
        certificate_id,
        secret.as_key_secret(),
        input,
        options,
        cx.now(),
    )
}

/// Signs every file of `paths` with certificate `certificate_id`, opening
/// its key once. `progress` hears `(done, total)` after each file and stops
/// the batch after it by answering `false`; what became of each file is
/// returned, a file that failed does not stop the others.
pub fn sign_documents(
    cx: &Context,
    certificate_id: i64,
    secret: &KeySecretInput,
    paths: &[PathBuf],
    progress: impl FnMut(usize, usize) -> bool,
) -> Result<Vec<BatchItem>> {
    batch::sign_batch(
        cx.store(),
        certificate_id,
        secret.as_key_secret(),
        paths,
        cx.now(),
        progress,
    )
}

/// Checks the signatures of the document at `path`: inside it for a PDF,
/// else in `signature` or the `.p7s` beside it.
pub fn verify_document(
    cx: &Context,
    path: &Path,
    signature: Option<&Path>,
) -> Result<Verification> {
    verify::verify_file(cx.store(), path, signature, cx.now())
}
