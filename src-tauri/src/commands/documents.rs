//! Signing documents: the certificates that can sign, signing a batch of
//! files with one of them (with progress and a way to stop), and checking
//! a signed document.
//!
//! The key is opened once per batch on a worker thread (its password or
//! PIN arrives as an argument and is wiped when dropped).

use crate::state::{on_worker, AppState};
use sealdesk_core::actions::document_check::{self, DocumentsCheck};
use sealdesk_core::actions::documents;
use sealdesk_core::actions::key_secret::KeySecretInput;
use sealdesk_core::actions::signing::{self, SigningCertificate};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::sign::batch::BatchItem;
use sealdesk_core::sign::verify::Verification;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use tauri::ipc::Channel;
use tauri::State;

/// How far a batch has come.
#[derive(Clone, Serialize)]
pub struct SigningProgress {
    /// Files done, signed or not.
    pub done: usize,
    /// Files in the batch.
    pub total: usize,
}

/// Which of `paths` can be signed now and why each other one cannot (moved,
/// deleted or unreadable since it was added).
#[tauri::command]
pub fn check_documents(paths: Vec<PathBuf>) -> DocumentsCheck {
    document_check::check_documents(&paths)
}

/// Signs every file of `paths` with certificate `certificate_id`; PDFs
/// inside, other files as `.p7s` beside them. Reports progress after each
/// file and returns what became of each.
#[tauri::command]
pub async fn sign_documents(
    state: State<'_, AppState>,
    certificate_id: i64,
    secret: KeySecretInput,
    paths: Vec<PathBuf>,
    on_progress: Channel<SigningProgress>,
) -> Result<Vec<BatchItem>, ErrorPayload> {
    state.stop_signing.store(false, Ordering::SeqCst);
    let stop = state.stop_signing.clone();
    on_worker(&state, move |cx| {
        documents::sign_documents(cx, certificate_id, &secret, &paths, |done, total| {
            // A closed window drops the channel: the batch then stops.
            on_progress.send(SigningProgress { done, total }).is_ok()
                && !stop.load(Ordering::SeqCst)
        })
    })
    .await
}

/// Stops the running batch after the file being signed.
#[tauri::command]
pub fn stop_signing(state: State<'_, AppState>) {
    state.stop_signing.store(true, Ordering::SeqCst);
}

use_case_commands! {
    /// Certificates valid now whose key SealDesk holds, seals excepted.
    fn signing_certificates() -> Vec<SigningCertificate> =
        act(signing::signing_certificates);
    /// Checks the signatures of the document at `path`: inside it for a PDF,
    /// else in `signature` or the `.p7s` beside it.
    fn verify_document(path: PathBuf, signature: Option<PathBuf>) -> Verification =
        on_worker(move |cx| documents::verify_document(cx, &path, signature.as_deref()));
}
