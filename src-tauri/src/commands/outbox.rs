//! Mail templates, the outbox, and sending a signed document by e-mail.
//!
//! Every command is one use case; the outbox loop itself is kept in
//! [`AppState`] and woken after each change that makes a message due.

use crate::state::{act, on_worker, AppState};
use sealdesk_core::actions::key_secret::KeySecretInput;
use sealdesk_core::actions::mail_send::{
    self, DocumentMailInput, MessageSize, MessageSizeRequest, SendDocumentRequest,
    SendSignedRequest,
};
use sealdesk_core::actions::mail_templates::{
    self, TemplateCatalog, TemplateRequest, TemplateReset,
};
use sealdesk_core::actions::outbox;
use sealdesk_core::actions::send_choices::{self, SendChoices, SendChoicesRequest};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::locale::Language;
use sealdesk_core::mail::letter::SentDocument;
use sealdesk_core::mail::outbox::OutboxEntry;
use sealdesk_core::mail::templates::{Rendered, ShownTemplate, TemplateKind};
use sealdesk_core::sign::signing::SignedOutput;
use std::path::PathBuf;
use tauri::{AppHandle, State};

use_case_commands! {
    /// Every template kind and language, and the placeholders of each kind.
    fn mail_templates() -> TemplateCatalog = act(mail_templates::template_catalog);
    /// The template of `kind` in effect for `language`.
    fn mail_template(kind: TemplateKind, language: Language) -> ShownTemplate =
        act(|cx| mail_templates::show_template(cx, kind, language));
    /// Saves the user's wording of a kind in a language.
    fn save_mail_template(request: TemplateRequest) -> ShownTemplate =
        act(|cx| mail_templates::set_template(cx, request));
    /// Returns `kind` in `language` to the default wording.
    fn reset_mail_template(kind: TemplateKind, language: Language) -> TemplateReset =
        act(|cx| mail_templates::reset_template(cx, kind, language));
    /// The wording being edited (not yet saved) filled with the language's
    /// example values; refused as saving would refuse it.
    fn preview_mail_template(request: TemplateRequest) -> Rendered =
        act(|cx| mail_templates::preview_template_draft(cx, request));
    /// Every outbox message, newest first, with the actions each allows.
    fn outbox_list() -> Vec<OutboxEntry> = act(outbox::list_outbox);
    /// Withdraws a queued or failed message.
    fn outbox_cancel(id: i64) -> OutboxEntry = act(|cx| outbox::cancel_outbox_message(cx, id));
    /// How large the message sending the document at `request.path` will be,
    /// and whether the user must confirm it, so the dialog can ask before the
    /// key is asked for.
    fn attachment_size(request: MessageSizeRequest) -> MessageSize =
        act(|cx| mail_send::message_size(cx, request));
    /// What is already where the document's signed copy goes, so the Send
    /// dialog can offer to send it or to sign under another name.
    fn send_choices(request: SendChoicesRequest) -> SendChoices =
        act(|cx| send_choices::send_choices(cx, request));
}

/// Puts a failed message back in the queue and sends it now.
#[tauri::command]
pub fn outbox_retry(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
) -> Result<OutboxEntry, ErrorPayload> {
    act(&state, |cx| outbox::retry_outbox_message(cx, id)).inspect(|_| state.wake_outbox(&app))
}

/// Makes the outbox loop send the due messages now, and says how many are
/// due and when the next one will be.
#[tauri::command]
pub fn outbox_deliver_now(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<outbox::DeliveryRequest, ErrorPayload> {
    act(&state, outbox::request_delivery).inspect(|_| state.wake_outbox(&app))
}

/// Signs the file at `path` with certificate `certificate_id` (into the
/// file named `output_name` beside it, when given) and queues it to the
/// customer with the signed-document template; the outbox loop
/// is woken to send it.
#[tauri::command]
pub async fn send_document(
    app: AppHandle,
    state: State<'_, AppState>,
    certificate_id: i64,
    secret: KeySecretInput,
    path: PathBuf,
    output_name: Option<String>,
    mail: DocumentMailInput,
) -> Result<SentDocument, ErrorPayload> {
    let request = SendDocumentRequest {
        certificate_id,
        secret,
        path,
        output_name,
        mail: mail.into(),
    };
    on_worker(&state, move |cx| mail_send::send_document(cx, request))
        .await
        .inspect(|_| state.wake_outbox(&app))
}

/// Queues a document already signed with certificate `certificate_id` to
/// the customer; the key (`secret`) is opened only for S/MIME.
#[tauri::command]
pub async fn send_signed_document(
    app: AppHandle,
    state: State<'_, AppState>,
    certificate_id: i64,
    secret: Option<KeySecretInput>,
    input: PathBuf,
    signed: SignedOutput,
    mail: DocumentMailInput,
) -> Result<SentDocument, ErrorPayload> {
    let request = SendSignedRequest {
        certificate_id,
        secret,
        input,
        signed,
        mail: mail.into(),
    };
    on_worker(&state, move |cx| {
        mail_send::send_signed_document(cx, request)
    })
    .await
    .inspect(|_| state.wake_outbox(&app))
}
