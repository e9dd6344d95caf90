//! The company seal and the certificates it issues: seal history, new
//! seals, export, revocation and the revocation list; the certificate
//! list, details, issuing, revocation, trust and certificate requests.
//!
//! Work that derives a key from a password (PBKDF2), generates a key or
//! talks to a token runs on a worker thread with its own connection to the
//! store, so the window stays responsive. Passwords and PINs are wiped
//! from memory when dropped and are never logged, stored or sent back.

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

use_case_commands! {
    fn list_seals() -> Vec<SealRecord> = act(seal::history);
    fn create_seal(request: NewSeal) -> SealRecord =
        on_worker(move |cx| seal::create(cx, &request));
    fn export_seal(id: i64, path: PathBuf) -> () = act(|cx| seal::export(cx, id, &path));
    fn revoke_seal(id: i64) -> SealRecord = act(|cx| seal::revoke(cx, id));
    fn list_certificates(query: CertificateQuery) -> CertificatePage =
        act(|cx| certificates::list(cx, &query));
    fn certificate_detail(id: i64) -> CertificateDetail =
        act(|cx| certificates::detail(cx, id));
    fn issue_certificate(request: IssueCertificate) -> IssuedCertificate =
        on_worker(move |cx| certificates::issue(cx, &request));
    fn revoke_certificate(id: i64, reason: Reason) -> CertificateRecord =
        act(|cx| certificates::revoke(cx, id, reason));
    fn trust_certificate(id: i64, fingerprint: String) -> CertificateRecord =
        act(|cx| certificates::trust(cx, id, &fingerprint));
    fn untrust_certificate(id: i64) -> CertificateRecord =
        act(|cx| certificates::untrust(cx, id));
    fn create_csr(request: CsrRequest) -> WrittenRequest =
        on_worker(move |cx| certificates::create_csr(cx, &request));
}
