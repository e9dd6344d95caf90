//! Batch renewal: the certificates due for it, planning a run, running it
//! with progress and a way to stop, its items and receipts, installing the
//! certificates the CA sends back, and the documents around a run (the
//! signed accession card, receipt files, the tax notification).
//!
//! Running forms keys and signs envelopes, so it runs on a worker thread;
//! the old keys' passwords or PINs and the new key password arrive as
//! arguments and are wiped when dropped.

use crate::state::{act, on_worker, ui_error, AppState};
use sealdesk_core::actions::key_secret::KeySecretInput;
use sealdesk_core::actions::renewal::{self, DeliveryChoice, RenewalOptions, RunSecretsInput};
use sealdesk_core::actions::{renewal_documents, renewal_prices, renewal_runs};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::locale::Language;
use sealdesk_core::renewal::matching::Installed;
use sealdesk_core::renewal::plan::Planned;
use sealdesk_core::renewal::prices::Price;
use sealdesk_core::renewal::{
    Candidate, Delivery, ItemView, Notification, NotificationFormat, PlanPreview, PlanRequest,
    PreviewRequest, RunView, SignedCard, Term,
};
use sealdesk_core::secret::Secret;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::Ordering;
use tauri::ipc::Channel;
use tauri::State;

/// The settings the wizard needs.
#[tauri::command]
pub fn renewal_options(state: State<'_, AppState>) -> Result<RenewalOptions, ErrorPayload> {
    act(&state, |_| Ok(renewal::options()))
}

/// Certificates expiring within `within_days` days that can be renewed.
#[tauri::command]
pub fn renewal_candidates(
    state: State<'_, AppState>,
    within_days: u32,
) -> Result<Vec<Candidate>, ErrorPayload> {
    act(&state, |cx| renewal::candidates(cx, within_days))
}

/// What a plan would make of the chosen certificates, asked as the user types.
#[tauri::command]
pub fn preview_renewal_plan(
    state: State<'_, AppState>,
    request: PreviewRequest,
) -> Result<PlanPreview, ErrorPayload> {
    act(&state, |cx| renewal::preview_plan(cx, &request))
}

/// The phone number as the core accepts it, or why not.
#[tauri::command]
pub fn check_phone(phone: String) -> Result<String, ErrorPayload> {
    renewal::check_phone(&phone).map_err(ui_error)
}

/// The price list of renewals, by CA then term.
#[tauri::command]
pub fn renewal_prices(state: State<'_, AppState>) -> Result<Vec<Price>, ErrorPayload> {
    act(&state, renewal_prices::prices)
}

/// Sets what `ca` charges for `term`: `amount` as the user typed it, checked
/// by the core, in the ISO 4217 `currency`.
#[tauri::command]
pub fn set_renewal_price(
    state: State<'_, AppState>,
    ca: String,
    term: Term,
    amount: String,
    currency: String,
) -> Result<Price, ErrorPayload> {
    act(&state, |cx| {
        renewal_prices::set_price(cx, &ca, term, &amount, &currency)
    })
}

/// Removes the price of `ca` for `term`.
#[tauri::command]
pub fn remove_renewal_price(
    state: State<'_, AppState>,
    ca: String,
    term: Term,
) -> Result<(), ErrorPayload> {
    act(&state, |cx| renewal_prices::remove_price(cx, &ca, term))
}

/// Records a new run; nothing is formed yet.
#[tauri::command]
pub fn plan_renewal(
    state: State<'_, AppState>,
    plan: PlanRequest,
) -> Result<Planned, ErrorPayload> {
    act(&state, |cx| renewal::plan(cx, &plan))
}

/// Runs (or resumes, or retries the failed items of) run `run_id`,
/// delivering the envelopes as `delivery` says; each item done is sent on
/// `on_progress`. Stops after the current item when asked to.
#[tauri::command]
pub async fn run_renewal(
    state: State<'_, AppState>,
    run_id: i64,
    old_secrets: BTreeMap<i64, Secret>,
    new_key_password: Secret,
    delivery: DeliveryChoice,
    on_progress: Channel<ItemView>,
) -> Result<RunView, ErrorPayload> {
    state.stop_renewal.store(false, Ordering::SeqCst);
    let stop = state.stop_renewal.clone();
    let secrets = RunSecretsInput {
        old: old_secrets,
        new_key_password,
    };
    on_worker(&state, move |cx| {
        renewal::run(
            cx,
            run_id,
            &secrets,
            &Delivery::from(&delivery),
            &mut |item| {
                // A closed window drops the channel: the run then stops.
                on_progress.send(item.clone()).is_ok() && !stop.load(Ordering::SeqCst)
            },
        )
    })
    .await
}

/// Stops the running renewal after the item being formed.
#[tauri::command]
pub fn stop_renewal(state: State<'_, AppState>) {
    state.stop_renewal.store(true, Ordering::SeqCst);
}

/// Every run, newest first.
#[tauri::command]
pub fn list_renewal_runs(state: State<'_, AppState>) -> Result<Vec<RunView>, ErrorPayload> {
    act(&state, renewal_runs::runs)
}

/// One run and its items.
#[tauri::command]
pub fn show_renewal_run(state: State<'_, AppState>, run_id: i64) -> Result<RunView, ErrorPayload> {
    act(&state, |cx| renewal_runs::show_run(cx, run_id))
}

/// Notes the CA's receipt `number` (1 or 2) for certificate `cert_id`.
#[tauri::command]
pub fn record_renewal_receipt(
    state: State<'_, AppState>,
    run_id: i64,
    cert_id: i64,
    number: u8,
) -> Result<ItemView, ErrorPayload> {
    act(&state, |cx| {
        renewal_runs::record_receipt(cx, run_id, cert_id, number)
    })
}

/// Cancels the items of `certificates` in run `run_id`, or every item not
/// yet sent when none are named (a running run then stops).
#[tauri::command]
pub fn cancel_renewal(
    state: State<'_, AppState>,
    run_id: i64,
    certificates: Vec<i64>,
) -> Result<RunView, ErrorPayload> {
    act(&state, |cx| renewal_runs::cancel(cx, run_id, &certificates))
}

/// The phrase for blocking run `run_id`'s certificates by phone, read from
/// the OS credential store when the user asks to see it.
#[tauri::command]
pub fn renewal_phrase(state: State<'_, AppState>, run_id: i64) -> Result<String, ErrorPayload> {
    act(&state, |cx| {
        Ok(renewal_runs::phrase(cx, run_id)?.to_string())
    })
}

/// Installs the issued certificates in `paths` into the items they answer.
#[tauri::command]
pub async fn import_renewal_certificates(
    state: State<'_, AppState>,
    run_id: Option<i64>,
    paths: Vec<PathBuf>,
) -> Result<Vec<Installed>, ErrorPayload> {
    on_worker(&state, move |cx| {
        renewal_runs::install_certificates(cx, run_id, &paths)
    })
    .await
}

/// Writes the accession card of certificate `cert_id` in run `run_id` in
/// `lang`, signed with that certificate (its password or PIN in `secret`),
/// beside the request. Opening the key is slow, so it runs on a worker.
#[tauri::command]
pub async fn sign_renewal_card(
    state: State<'_, AppState>,
    run_id: i64,
    cert_id: i64,
    secret: KeySecretInput,
    lang: Language,
) -> Result<SignedCard, ErrorPayload> {
    on_worker(&state, move |cx| {
        renewal_documents::sign_card(cx, run_id, cert_id, &secret, lang, None)
    })
    .await
}

/// Imports `path` as the CA's next receipt for certificate `cert_id`.
#[tauri::command]
pub fn import_renewal_receipt(
    state: State<'_, AppState>,
    run_id: i64,
    cert_id: i64,
    path: PathBuf,
) -> Result<ItemView, ErrorPayload> {
    act(&state, |cx| {
        renewal_runs::import_receipt(cx, run_id, cert_id, &path)
    })
}

/// Writes the notification for the tax authority of run `run_id` to the
/// new file `path`, as `pdf` (in `lang`) or `csv`.
#[tauri::command]
pub fn export_renewal_notification(
    state: State<'_, AppState>,
    run_id: i64,
    format: NotificationFormat,
    lang: Language,
    path: PathBuf,
) -> Result<Notification, ErrorPayload> {
    act(&state, |cx| {
        renewal_documents::write_notification(cx, run_id, format, lang, &path)
    })
}
