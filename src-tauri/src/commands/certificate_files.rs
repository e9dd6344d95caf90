//! Certificates to and from files the user chose: importing PEM, DER and
//! PKCS#12 files, and exporting a certificate alone (PEM or DER) or with
//! its key and chain (PKCS#12).
//!
//! PKCS#12 work derives keys from passwords (many PBKDF2 rounds), so it
//! runs on a worker thread like the other key work.

use crate::state::{act, on_worker, AppState};
use sealdesk_core::actions::certificate_files::{self, Pkcs12Export};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::pki::import::Imported;
use sealdesk_core::secret::Secret;
use std::path::PathBuf;
use tauri::State;

#[tauri::command]
pub async fn import_certificate(
    state: State<'_, AppState>,
    path: PathBuf,
    password: Option<Secret>,
) -> Result<Imported, ErrorPayload> {
    on_worker(&state, move |cx| {
        certificate_files::import(cx, &path, password.as_ref())
    })
    .await
}

#[tauri::command]
pub fn export_certificate(
    state: State<'_, AppState>,
    id: i64,
    path: PathBuf,
) -> Result<(), ErrorPayload> {
    act(&state, |cx| certificate_files::export(cx, id, &path))
}

#[tauri::command]
pub async fn export_certificate_pkcs12(
    state: State<'_, AppState>,
    request: Pkcs12Export,
) -> Result<(), ErrorPayload> {
    on_worker(&state, move |cx| {
        certificate_files::export_pkcs12(cx, &request)
    })
    .await
}
