//! Batch renewal: the certificates due for it, planning a run, running it
//! with progress and a way to stop, its items and receipts, installing the
//! certificates the CA sends back, and the documents around a run (the
//! signed accession card, receipt files, the tax notification).
//!
//! Running forms keys and signs envelopes, so it runs on a worker thread;
//! the old keys' passwords or PINs and the new key password arrive as
//! arguments and are wiped when dropped.

use crate::state::{on_worker, ui_error, AppState};
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

use_case_commands! {
    /// The settings the wizard needs.
    fn renewal_options() -> RenewalOptions = act(|_| Ok(renewal::options()));
    /// Certificates expiring within `within_days` days that can be renewed.
    fn renewal_candidates(within_days: u32) -> Vec<Candidate> =
        act(|cx| renewal::candidates(cx, within_days));
    /// What a plan would make of the chosen certificates, asked as the user types.
    fn preview_renewal_plan(request: PreviewRequest) -> PlanPreview =
        act(|cx| renewal::preview_plan(cx, &request));
}

/// The phone number as the core accepts it, or why not.
#[tauri::command]
pub fn check_phone(phone: String) -> Result<String, ErrorPayload> {
    renewal::check_phone(&phone).map_err(ui_error)
}

use_case_commands! {
    /// The price list of renewals, by CA then term.
    fn renewal_prices() -> Vec<Price> = act(renewal_prices::prices);
    /// Sets what `ca` charges for `term`: `amount` as the user typed it, checked
    /// by the core, in the ISO 4217 `currency`.
    fn set_renewal_price(ca: String, term: Term, amount: String, currency: String) -> Price =
        act(|cx| renewal_prices::set_price(cx, &ca, term, &amount, &currency));
    /// Removes the price of `ca` for `term`.
    fn remove_renewal_price(ca: String, term: Term) -> () =
        act(|cx| renewal_prices::remove_price(cx, &ca, term));
    /// Records a new run; nothing is formed yet.
    fn plan_renewal(plan: PlanRequest) -> Planned = act(|cx| renewal::plan(cx, &plan));
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

use_case_commands! {
    /// Every run, newest first.
    fn list_renewal_runs() -> Vec<RunView> = act(renewal_runs::runs);
    /// One run and its items.
    fn show_renewal_run(run_id: i64) -> RunView = act(|cx| renewal_runs::show_run(cx, run_id));
    /// Notes the CA's receipt `number` (1 or 2) for certificate `cert_id`.
    fn record_renewal_receipt(run_id: i64, cert_id: i64, number: u8) -> ItemView =
        act(|cx| renewal_runs::record_receipt(cx, run_id, cert_id, number));
    /// Cancels the items of `certificates` in run `run_id`, or every item not
    /// yet sent when none are named (a running run then stops).
    fn cancel_renewal(run_id: i64, certificates: Vec<i64>) -> RunView =
        act(|cx| renewal_runs::cancel(cx, run_id, &certificates));
    /// The phrase for blocking run `run_id`'s certificates by phone, read from
    /// the OS credential store when the user asks to see it.
    fn renewal_phrase(run_id: i64) -> String =
        act(|cx| Ok(renewal_runs::phrase(cx, run_id)?.to_string()));
    /// Installs the issued certificates in `paths` into the items they answer.
    fn import_renewal_certificates(run_id: Option<i64>, paths: Vec<PathBuf>) -> Vec<Installed> =
        on_worker(move |cx| renewal_runs::install_certificates(cx, run_id, &paths));
    /// Writes the accession card of certificate `cert_id` in run `run_id` in
    /// `lang`, signed with that certificate (its password or PIN in `secret`),
    /// beside the request. Opening the key is slow, so it runs on a worker.
    fn sign_renewal_card(
        run_id: i64,
        cert_id: i64,
        secret: KeySecretInput,
        lang: Language,
    ) -> SignedCard = on_worker(move |cx| {
        renewal_documents::sign_card(cx, run_id, cert_id, &secret, lang, None)
    });
    /// Imports `path` as the CA's next receipt for certificate `cert_id`.
    fn import_renewal_receipt(run_id: i64, cert_id: i64, path: PathBuf) -> ItemView =
        act(|cx| renewal_runs::import_receipt(cx, run_id, cert_id, &path));
    /// Writes the notification for the tax authority of run `run_id` to the
    /// new file `path`, as `pdf` (in `lang`) or `csv`.
    fn export_renewal_notification(
        run_id: i64,
        format: NotificationFormat,
        lang: Language,
        path: PathBuf,
    ) -> Notification =
        act(|cx| renewal_documents::write_notification(cx, run_id, format, lang, &path));
}
