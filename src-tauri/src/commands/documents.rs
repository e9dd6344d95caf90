//! Signing documents: the certificates that can sign, signing a batch of
//! files with one of them (with progress and a way to stop), and checking
//! a signed document.
//!
//! The key is opened once per batch on a worker thread (its password or
//! PIN arrives as an argument and is wiped when dropped).

use super::pki::{on_worker, KeySecretInput};
use crate::state::{ui_error, AppState};
use chrono::{DateTime, Utc};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::pki::registry::{self, ListFilter};
use sealdesk_core::pki::status::Status;
use sealdesk_core::sign::batch::{self, BatchItem};
use sealdesk_core::sign::verify::{self, Verification};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use tauri::ipc::Channel;
use tauri::State;

/// A certificate the user can sign documents with.
#[derive(Serialize)]
pub struct SigningCertificate {
    /// Registry id.
    pub id: i64,
    /// Subject, RFC 4514.
    pub subject: String,
    /// End of validity.
    pub not_after: DateTime<Utc>,
    /// Whether its key is on a token (a PIN opens it) or in a file.
    pub on_token: bool,
}

/// How far a batch has come.
#[derive(Clone, Serialize)]
pub struct SigningProgress {
    /// Files done, signed or not.
    pub done: usize,
    /// Files in the batch.
    pub total: usize,
}

/// Certificates valid now whose key SealDesk holds, seals excepted: a
/// seal's key only signs certificates.
#[tauri::command]
pub fn signing_certificates(
    state: State<'_, AppState>,
) -> Result<Vec<SigningCertificate>, ErrorPayload> {
    let filter = ListFilter {
        with_key_only: true,
        ..ListFilter::default()
    };
    let rows = registry::list(&*state.unlocked_store()?, &filter, Utc::now()).map_err(ui_error)?;
    Ok(rows
        .into_iter()
        .filter(|r| !r.is_ca && r.status == Status::Valid)
        .map(|r| SigningCertificate {
            id: r.id,
            on_token: r.key.as_deref().is_some_and(|k| k.starts_with("token:")),
            subject: r.subject,
            not_after: r.not_after,
        })
        .collect())
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
    on_worker(&state, move |store| {
        batch::sign_batch(
            store,
            certificate_id,
            secret.as_key_secret(),
            &paths,
            Utc::now(),
            |done, total| {
                // A closed window drops the channel: the batch then stops.
                on_progress.send(SigningProgress { done, total }).is_ok()
                    && !stop.load(Ordering::SeqCst)
            },
        )
    })
    .await
}

/// Stops the running batch after the file being signed.
#[tauri::command]
pub fn stop_signing(state: State<'_, AppState>) {
    state.stop_signing.store(true, Ordering::SeqCst);
}

/// Checks the signatures of the document at `path`: inside it for a PDF,
/// else in `signature` or the `.p7s` beside it.
#[tauri::command]
pub async fn verify_document(
    state: State<'_, AppState>,
    path: PathBuf,
    signature: Option<PathBuf>,
) -> Result<Verification, ErrorPayload> {
    on_worker(&state, move |store| {
        verify::verify_file(store, &path, signature.as_deref(), Utc::now())
    })
    .await
}
