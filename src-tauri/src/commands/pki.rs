//! The company seal and the certificates it issues: seal history, new
//! seals, export, revocation and the revocation list; the certificate
//! list, details, issuing, revocation, trust and certificate requests.
//!
//! Work that derives a key from a password (PBKDF2), generates a key or
//! talks to a token runs on a worker thread with its own connection to the
//! store, so the window stays responsive. Passwords and PINs are wiped
//! from memory when dropped and are never logged, stored or sent back.

use crate::state::{act, on_worker, AppState};
use sealdesk_core::actions::certificates::{
    self, CertificateDetail, CertificatePage, CertificateQuery, CsrRequest, IssueCertificate,
    IssuedCertificate, WrittenRequest,
};
use sealdesk_core::actions::seal::{self, CheckedOrganizationId, NewSeal, PkiLimits};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::pki::registry::CertificateRecord;
use sealdesk_core::pki::revocation::Reason;
use sealdesk_core::pki::seal::SealRecord;
use std::path::PathBuf;
use tauri::State;

#[tauri::command]
pub fn pki_limits() -> PkiLimits {
    seal::limits()
}

#[tauri::command]
pub fn check_seal_organization_id(
    country: String,
    value: String,
) -> Result<CheckedOrganizationId, ErrorPayload> {
    seal::check_organization_id(&country, &value).map_err(crate::state::ui_error)
}

#[tauri::command]
pub fn list_seals(state: State<'_, AppState>) -> Result<Vec<SealRecord>, ErrorPayload> {
    act(&state, seal::history)
}

#[tauri::command]
pub async fn create_seal(
    state: State<'_, AppState>,
    request: NewSeal,
) -> Result<SealRecord, ErrorPayload> {
    on_worker(&state, move |cx| seal::create(cx, &request)).await
}

#[tauri::command]
pub fn export_seal(state: State<'_, AppState>, id: i64, path: PathBuf) -> Result<(), ErrorPayload> {
    act(&state, |cx| seal::export(cx, id, &path))
}

#[tauri::command]
pub fn revoke_seal(state: State<'_, AppState>, id: i64) -> Result<SealRecord, ErrorPayload> {
    act(&state, |cx| seal::revoke(cx, id))
}

#[tauri::command]
pub fn list_certificates(
    state: State<'_, AppState>,
    query: CertificateQuery,
) -> Result<CertificatePage, ErrorPayload> {
    act(&state, |cx| certificates::list(cx, &query))
}

#[tauri::command]
pub fn certificate_detail(
    state: State<'_, AppState>,
    id: i64,
) -> Result<CertificateDetail, ErrorPayload> {
    act(&state, |cx| certificates::detail(cx, id))
}

#[tauri::command]
pub async fn issue_certificate(
    state: State<'_, AppState>,
    request: IssueCertificate,
) -> Result<IssuedCertificate, ErrorPayload> {
    on_worker(&state, move |cx| certificates::issue(cx, &request)).await
}

#[tauri::command]
pub fn revoke_certificate(
    state: State<'_, AppState>,
    id: i64,
    reason: Reason,
) -> Result<CertificateRecord, ErrorPayload> {
    act(&state, |cx| certificates::revoke(cx, id, reason))
}

#[tauri::command]
pub fn trust_certificate(
    state: State<'_, AppState>,
    id: i64,
    fingerprint: String,
) -> Result<CertificateRecord, ErrorPayload> {
    act(&state, |cx| certificates::trust(cx, id, &fingerprint))
}

#[tauri::command]
pub fn untrust_certificate(
    state: State<'_, AppState>,
    id: i64,
) -> Result<CertificateRecord, ErrorPayload> {
    act(&state, |cx| certificates::untrust(cx, id))
}

#[tauri::command]
pub async fn create_csr(
    state: State<'_, AppState>,
    request: CsrRequest,
) -> Result<WrittenRequest, ErrorPayload> {
    on_worker(&state, move |cx| certificates::create_csr(cx, &request)).await
}
