//! Mail templates, the outbox, and sending a signed document by e-mail.
//!
//! Every command is one use case; the outbox loop itself is kept in
//! [`AppState`] and woken after each change that makes a message due.

use crate::state::{on_worker, ui_error, AppState};
use sealdesk_core::actions::key_secret::KeySecretInput;
use sealdesk_core::actions::mail_send::{
    self, DocumentMailInput, MessageSize, MessageSizeRequest, SendDocumentRequest,
    SendSignedRequest,
};
use sealdesk_core::actions::mail_templates::{
    self, TemplateCatalog, TemplateRequest, TemplateReset,
};
use sealdesk_core::actions::send_choices::{self, SendChoices, SendChoicesRequest};
use sealdesk_core::actions::{outbox, Context};
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::locale::Language;
use sealdesk_core::mail::letter::SentDocument;
use sealdesk_core::mail::outbox::OutboxEntry;
use sealdesk_core::mail::templates::{Rendered, ShownTemplate, TemplateKind};
use sealdesk_core::sign::signing::SignedOutput;
use std::path::PathBuf;
use tauri::{AppHandle, State};

/// Every template kind and language, and the placeholders of each kind.
#[tauri::command]
pub fn mail_templates(state: State<'_, AppState>) -> Result<TemplateCatalog, ErrorPayload> {
    mail_templates::template_catalog(&Context::new(&*state.unlocked_store()?)).map_err(ui_error)
}

/// The template of `kind` in effect for `language`.
#[tauri::command]
pub fn mail_template(
    state: State<'_, AppState>,
    kind: TemplateKind,
    language: Language,
) -> Result<ShownTemplate, ErrorPayload> {
    mail_templates::show_template(&Context::new(&*state.unlocked_store()?), kind, language)
        .map_err(ui_error)
}

/// Saves the user's wording of a kind in a language.
#[tauri::command]
pub fn save_mail_template(
    state: State<'_, AppState>,
    request: TemplateRequest,
) -> Result<ShownTemplate, ErrorPayload> {
    mail_templates::set_template(&Context::new(&*state.unlocked_store()?), request)
        .map_err(ui_error)
}

/// Returns `kind` in `language` to the default wording.
#[tauri::command]
pub fn reset_mail_template(
    state: State<'_, AppState>,
    kind: TemplateKind,
    language: Language,
) -> Result<TemplateReset, ErrorPayload> {
    mail_templates::reset_template(&Context::new(&*state.unlocked_store()?), kind, language)
        .map_err(ui_error)
}

/// The wording being edited (not yet saved) filled with the language's
/// example values; refused as saving would refuse it.
#[tauri::command]
pub fn preview_mail_template(
    state: State<'_, AppState>,
    request: TemplateRequest,
) -> Result<Rendered, ErrorPayload> {
    mail_templates::preview_template_draft(&Context::new(&*state.unlocked_store()?), request)
        .map_err(ui_error)
}

/// Every outbox message, newest first, with the actions each allows.
#[tauri::command]
pub fn outbox_list(state: State<'_, AppState>) -> Result<Vec<OutboxEntry>, ErrorPayload> {
    outbox::list_outbox(&Context::new(&*state.unlocked_store()?)).map_err(ui_error)
}

/// Puts a failed message back in the queue and sends it now.
#[tauri::command]
pub fn outbox_retry(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
) -> Result<OutboxEntry, ErrorPayload> {
    let entry = outbox::retry_outbox_message(&Context::new(&*state.unlocked_store()?), id)
        .map_err(ui_error)?;
    state.wake_outbox(&app);
    Ok(entry)
}

/// Withdraws a queued or failed message.
#[tauri::command]
pub fn outbox_cancel(state: State<'_, AppState>, id: i64) -> Result<OutboxEntry, ErrorPayload> {
    outbox::cancel_outbox_message(&Context::new(&*state.unlocked_store()?), id).map_err(ui_error)
}

/// Makes the outbox loop send the due messages now, and says how many are
/// due and when the next one will be.
#[tauri::command]
pub fn outbox_deliver_now(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<outbox::DeliveryRequest, ErrorPayload> {
    let request =
        outbox::request_delivery(&Context::new(&*state.unlocked_store()?)).map_err(ui_error)?;
    state.wake_outbox(&app);
    Ok(request)
}

/// How large the message sending the document at `request.path` will be,
/// and whether the user must confirm it, so the dialog can ask before the
/// key is asked for.
#[tauri::command]
pub fn attachment_size(
    state: State<'_, AppState>,
    request: MessageSizeRequest,
) -> Result<MessageSize, ErrorPayload> {
    mail_send::message_size(&Context::new(&*state.unlocked_store()?), request).map_err(ui_error)
}

/// What is already where the document's signed copy goes, so the Send
/// dialog can offer to send it or to sign under another name.
#[tauri::command]
pub fn send_choices(
    state: State<'_, AppState>,
    request: SendChoicesRequest,
) -> Result<SendChoices, ErrorPayload> {
    send_choices::send_choices(&Context::new(&*state.unlocked_store()?), request).map_err(ui_error)
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
    let sent = on_worker(&state, move |cx| mail_send::send_document(cx, request)).await?;
    state.wake_outbox(&app);
    Ok(sent)
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
    let sent = on_worker(&state, move |cx| {
        mail_send::send_signed_document(cx, request)
    })
    .await?;
    state.wake_outbox(&app);
    Ok(sent)
}
