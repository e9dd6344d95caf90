//! Signing identities: the kinds of business identifier and their live
//! check, registration, the list, selection and attaching the CA's answer.
//!
//! Registration generates a key, derives a key-file password or talks to a
//! token, so it runs on a worker thread like the seal commands.

use crate::state::ui_error;
use sealdesk_core::actions::identity::{self, CheckedId, IdentityLimits, RegisterIdentity};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::identity::{Attached, IdentityRecord, Registered, Removed};
use sealdesk_core::ids::Kind;
use std::path::PathBuf;

#[tauri::command]
pub fn identity_limits() -> IdentityLimits {
    identity::limits()
}

#[tauri::command]
pub fn check_business_id(
    country: String,
    kind: Option<Kind>,
    value: String,
) -> Result<CheckedId, ErrorPayload> {
    identity::check_business_id(&country, kind, &value).map_err(ui_error)
}

use_case_commands! {
    fn register_identity(registration: RegisterIdentity) -> Registered =
        on_worker(move |cx| identity::register(cx, &registration));
    fn list_identities() -> Vec<IdentityRecord> = act(identity::list);
    fn select_identity(id: i64) -> IdentityRecord = act(|cx| identity::select(cx, id));
    /// Removes an identity; its key and certificate stay in the store.
    fn remove_identity(id: i64) -> Removed = act(|cx| identity::remove(cx, id));
    fn attach_identity_certificate(id: i64, path: PathBuf) -> Attached =
        act(|cx| identity::attach_certificate(cx, id, &path));
}
