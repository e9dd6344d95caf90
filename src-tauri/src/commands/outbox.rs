//! Mail templates, the outbox, and sending a signed document by e-mail.
//!
//! Every command is one core call; the outbox loop itself is kept in
//! [`AppState`] and woken after each change that makes a message due.

use super::pki::{on_worker, KeySecretInput};
use crate::state::{ui_error, AppState};
use chrono::Utc;
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::locale::Language;
use sealdesk_core::mail::compose::LARGE_MESSAGE_BYTES;
use sealdesk_core::mail::letter::{self, DocumentMail, SentDocument};
use sealdesk_core::mail::outbox::{self, OutboxEntry};
use sealdesk_core::mail::templates::{
    self, Placeholder, Rendered, ShownTemplate, Template, TemplateEntry, TemplateKind, Values,
};
use sealdesk_core::sign::signing::{open_for_signing, SignatureFormat, SignedOutput};
use sealdesk_core::Error;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tauri::{AppHandle, State};

/// What the template editor offers.
#[derive(Serialize)]
pub struct TemplateCatalog {
    /// Every kind in every language, with whether the user changed it.
    entries: Vec<TemplateEntry>,
    /// The placeholders each kind may use, by kind.
    placeholders: Vec<KindPlaceholders>,
}

/// The placeholders one kind may use.
#[derive(Serialize)]
pub struct KindPlaceholders {
    kind: TemplateKind,
    names: Vec<&'static str>,
}

/// The placeholders a template of `kind` may contain: the certificate
/// password only in the password message (the core refuses it elsewhere).
fn placeholders_of(kind: TemplateKind) -> Vec<&'static str> {
    Placeholder::ALL
        .into_iter()
        .filter(|p| *p != Placeholder::CertPassword || kind == TemplateKind::PortalPassword)
        .map(Placeholder::name)
        .collect()
}

/// Every template kind and language, and the placeholders of each kind.
#[tauri::command]
pub fn mail_templates(state: State<'_, AppState>) -> Result<TemplateCatalog, ErrorPayload> {
    let entries = templates::list(&*state.unlocked_store()?).map_err(ui_error)?;
    Ok(TemplateCatalog {
        entries,
        placeholders: TemplateKind::ALL
            .into_iter()
            .map(|kind| KindPlaceholders {
                kind,
                names: placeholders_of(kind),
            })
            .collect(),
    })
}

/// The template of `kind` in effect for `language`.
#[tauri::command]
pub fn mail_template(
    state: State<'_, AppState>,
    kind: TemplateKind,
    language: Language,
) -> Result<ShownTemplate, ErrorPayload> {
    templates::show(&*state.unlocked_store()?, kind, language).map_err(ui_error)
}

/// Saves the user's wording of `kind` in `language`.
#[tauri::command]
pub fn save_mail_template(
    state: State<'_, AppState>,
    kind: TemplateKind,
    language: Language,
    template: Template,
) -> Result<ShownTemplate, ErrorPayload> {
    let store = state.unlocked_store()?;
    templates::set(&store, kind, language, &template, Utc::now()).map_err(ui_error)?;
    templates::show(&store, kind, language).map_err(ui_error)
}

/// Returns `kind` in `language` to the default wording.
#[tauri::command]
pub fn reset_mail_template(
    state: State<'_, AppState>,
    kind: TemplateKind,
    language: Language,
) -> Result<ShownTemplate, ErrorPayload> {
    let store = state.unlocked_store()?;
    templates::reset(&store, kind, language, Utc::now()).map_err(ui_error)?;
    templates::show(&store, kind, language).map_err(ui_error)
}

/// The wording being edited (not yet saved) filled with the language's
/// example values; refused as saving would refuse it.
#[tauri::command]
pub fn preview_mail_template(
    state: State<'_, AppState>,
    kind: TemplateKind,
    language: Language,
    template: Template,
) -> Result<Rendered, ErrorPayload> {
    // Only the administrator edits templates.
    drop(state.unlocked_store()?);
    templates::validate(kind, &template).map_err(ui_error)?;
    let values = templates::sample_values(language.tag());
    templates::render_template(&template, language, &values).map_err(ui_error)
}

/// Every outbox message, newest first.
#[tauri::command]
pub fn outbox_list(state: State<'_, AppState>) -> Result<Vec<OutboxEntry>, ErrorPayload> {
    outbox::list(&*state.unlocked_store()?).map_err(ui_error)
}

/// Puts a failed message back in the queue and sends it now.
#[tauri::command]
pub fn outbox_retry(
    app: AppHandle,
    state: State<'_, AppState>,
    id: i64,
) -> Result<OutboxEntry, ErrorPayload> {
    let entry = outbox::retry(&*state.unlocked_store()?, id, Utc::now()).map_err(ui_error)?;
    state.wake_outbox(&app);
    Ok(entry)
}

/// Withdraws a queued or failed message.
#[tauri::command]
pub fn outbox_cancel(state: State<'_, AppState>, id: i64) -> Result<OutboxEntry, ErrorPayload> {
    outbox::cancel(&*state.unlocked_store()?, id, Utc::now()).map_err(ui_error)
}

/// Makes the outbox loop send the due messages now.
#[tauri::command]
pub fn outbox_deliver_now(app: AppHandle, state: State<'_, AppState>) -> Result<(), ErrorPayload> {
    drop(state.unlocked_store()?);
    state.wake_outbox(&app);
    Ok(())
}

/// The size of a file to send and the size above which a message needs
/// the user's confirmation.
#[derive(Serialize)]
pub struct AttachmentSize {
    /// The file's size in bytes.
    size: u64,
    /// Messages above this many bytes need `allow_large`.
    limit: u64,
}

/// How large the file at `path` is, so the UI can warn before signing.
#[tauri::command]
pub fn attachment_size(path: PathBuf) -> Result<AttachmentSize, ErrorPayload> {
    let metadata = std::fs::metadata(&path).map_err(|e| {
        ui_error(Error::File(sealdesk_core::FileError::Io {
            path: path.clone(),
            detail: e.to_string(),
        }))
    })?;
    Ok(AttachmentSize {
        size: metadata.len(),
        limit: LARGE_MESSAGE_BYTES,
    })
}

/// A signed document's message as the Send dialog gives it.
#[derive(Deserialize)]
pub struct DocumentMailInput {
    /// The customer's address.
    to: String,
    /// The customer's name, for the greeting.
    recipient_name: String,
    /// The customer's language.
    language: Language,
    /// Also sign the message with S/MIME.
    smime: bool,
    /// The user confirmed a message above the size warning.
    allow_large: bool,
}

impl DocumentMailInput {
    fn into_mail(self) -> DocumentMail {
        let mut values = Values::new();
        values.set(Placeholder::Recipient, self.recipient_name.trim());
        DocumentMail {
            to: vec![self.to.trim().to_string()],
            cc: Vec::new(),
            language: self.language.tag().to_string(),
            values,
            smime: self.smime,
            allow_large: self.allow_large,
        }
    }
}

/// Signs the file at `path` with certificate `certificate_id` and queues
/// it to the customer with the signed-document template; the outbox loop
/// is woken to send it.
#[tauri::command]
pub async fn send_document(
    app: AppHandle,
    state: State<'_, AppState>,
    certificate_id: i64,
    secret: KeySecretInput,
    path: PathBuf,
    mail: DocumentMailInput,
) -> Result<SentDocument, ErrorPayload> {
    let document = mail;
    let sent = on_worker(&state, move |store| {
        letter::sign_and_send(
            store,
            certificate_id,
            secret.as_key_secret(),
            &path,
            &document.into_mail(),
            Utc::now(),
        )
    })
    .await?;
    state.wake_outbox(&app);
    Ok(sent)
}

/// A document signed earlier, as the Documents screen lists it.
#[derive(Deserialize)]
pub struct SignedInput {
    /// The signed PDF, or the `.p7s`.
    output: PathBuf,
    /// `pades` or `cades`.
    format: String,
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
    signed: SignedInput,
    mail: DocumentMailInput,
) -> Result<SentDocument, ErrorPayload> {
    let signed = SignedOutput {
        format: match signed.format.as_str() {
            "pades" => SignatureFormat::Pades,
            _ => SignatureFormat::Cades,
        },
        output: signed.output,
    };
    let sent = on_worker(&state, move |store| {
        let now = Utc::now();
        let opened = match (&secret, mail.smime) {
            (Some(secret), true) => Some(open_for_signing(
                store,
                certificate_id,
                secret.as_key_secret(),
                now,
            )?),
            _ => None,
        };
        letter::send_signed(
            store,
            certificate_id,
            &input,
            &signed,
            &mail.into_mail(),
            opened.as_ref(),
            now,
        )
    })
    .await?;
    state.wake_outbox(&app);
    Ok(sent)
}
