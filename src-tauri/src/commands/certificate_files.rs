//! Certificates to and from files the user chose: importing PEM, DER and
//! PKCS#12 files, and exporting a certificate alone (PEM or DER) or with
//! its key and chain (PKCS#12).
//!
//! PKCS#12 work derives keys from passwords (many PBKDF2 rounds), so it
//! runs on a worker thread like the other key work.

use super::pki::{on_worker, Pkcs12ProfileInput, Secret};
use crate::state::{ui_error, AppState};
use chrono::Utc;
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::pki::registry::{self, CertificateRecord};
use sealdesk_core::pki::{bundle, export, import};
use std::path::PathBuf;
use tauri::State;

/// Imports every certificate in the file at `path`, with the key when it
/// is a PKCS#12 opened by `password`. Returns the records, leaf first.
#[tauri::command]
pub async fn import_certificate(
    state: State<'_, AppState>,
    path: PathBuf,
    password: Option<Secret>,
) -> Result<Vec<CertificateRecord>, ErrorPayload> {
    on_worker(&state, move |store| {
        import::import_file(
            store,
            &path,
            password.as_ref().map(Secret::as_str),
            Utc::now(),
        )
    })
    .await
}

/// Writes certificate `id` alone to a new file, PEM or DER by the file
/// name's extension.
#[tauri::command]
pub fn export_certificate(
    state: State<'_, AppState>,
    id: i64,
    path: PathBuf,
) -> Result<(), ErrorPayload> {
    let store = state.unlocked_store()?;
    let der = registry::der(store.conn(), id).map_err(ui_error)?;
    export::write_certificate(&path, &der).map_err(ui_error)
}

/// Writes certificate `id` with its key (opened by `key_password`) and the
/// chain the store knows to a new PKCS#12 file protected by `password`.
#[tauri::command]
pub async fn export_certificate_pkcs12(
    state: State<'_, AppState>,
    id: i64,
    key_password: Secret,
    password: Secret,
    profile: Pkcs12ProfileInput,
    path: PathBuf,
) -> Result<(), ErrorPayload> {
    on_worker(&state, move |store| {
        bundle::export_pkcs12(
            store,
            id,
            key_password.as_str(),
            password.as_str(),
            profile.into(),
            &path,
            Utc::now(),
        )
    })
    .await
}
