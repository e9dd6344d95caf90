//! Sending mail: a message written by the user or made from a template, a
//! document signed now or earlier and sent to a customer, and the size
//! check a face asks for before it offers to send.

use super::key_secret::KeySecretInput;
use super::Context;
use crate::locale::Language;
use crate::mail::compose::{self, Draft, LARGE_MESSAGE_BYTES};
use crate::mail::letter::{self, DocumentMail, Letter, LetterOptions, SentDocument};
use crate::mail::outbox::Queued;
use crate::mail::templates::{Placeholder, TemplateKind, Values};
use crate::sign::signed_copy;
use crate::sign::signing::{open_for_signing, OpenedSigner, SignatureFormat, SignedOutput};
use crate::Result;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// A signed document's message as the window's Send dialog gives it.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct DocumentMailInput {
    /// The customers' addresses, separated by commas or semicolons; each is
    /// checked when the message is composed, and a bad one is named.
    pub to: String,
    /// The customer's name, for the greeting.
    pub recipient_name: String,
    /// The customer's language.
    pub language: Language,
    /// Also sign the message with S/MIME.
    pub smime: bool,
    /// The user confirmed a message above the size warning.
    pub allow_large: bool,
}

/// The addresses typed in one field: people paste lists from a spreadsheet
/// (`;`) or an address book (`,`), so both separate, and empty parts left by
/// a trailing separator are dropped.
fn recipients(field: &str) -> Vec<String> {
    field
        .split([',', ';'])
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .map(str::to_string)
        .collect()
}

impl From<DocumentMailInput> for DocumentMail {
    fn from(input: DocumentMailInput) -> Self {
        let mut values = Values::new();
        values.set(Placeholder::Recipient, input.recipient_name.trim());
        DocumentMail {
            to: recipients(&input.to),
            cc: Vec::new(),
            language: input.language.tag().to_string(),
            values,
            smime: input.smime,
            allow_large: input.allow_large,
        }
    }
}

/// Sign a file now and send it.
pub struct SendDocumentRequest {
    /// The signing certificate.
    pub certificate_id: i64,
    /// Its key's password or PIN.
    pub secret: KeySecretInput,
    /// The file to sign.
    pub path: PathBuf,
    /// The signed copy's file name in the document's folder, when the usual
    /// one is taken (see [`super::send_choices`]); none signs to the usual name.
    pub output_name: Option<String>,
    /// The message.
    pub mail: DocumentMail,
}

/// Signs the file with the certificate (PAdES for a PDF, a `.p7s`
/// otherwise) and queues it to the customer with the signed-document
/// template; what can be refused without the key is refused first,
/// a signed copy's name that is taken or not a file name among it.
pub fn send_document(cx: &Context, request: SendDocumentRequest) -> Result<SentDocument> {
    let output = request
        .output_name
        .as_deref()
        .map(|name| signed_copy::output_named(&request.path, name))
        .transpose()?;
    letter::sign_and_send(
        cx.store(),
        request.certificate_id,
        request.secret.as_key_secret(),
        &request.path,
        output.as_ref().map(|signed| signed.output.as_path()),
        &request.mail,
        cx.now(),
    )
}

/// Send a document signed earlier.
pub struct SendSignedRequest {
    /// The certificate it was signed with.
    pub certificate_id: i64,
    /// Its key's password or PIN; needed only for S/MIME.
    pub secret: Option<KeySecretInput>,
    /// The document that was signed.
    pub input: PathBuf,
    /// The signature made from it.
    pub signed: SignedOutput,
    /// The message.
    pub mail: DocumentMail,
}

/// Queues a document already signed to the customer, once it is shown to
/// be that document signed with that certificate; the key is opened only
/// when the message itself is S/MIME-signed.
pub fn send_signed_document(cx: &Context, request: SendSignedRequest) -> Result<SentDocument> {
    // The face names the signed file; the core sends only what it can tell
    // is this document signed with this certificate.
    if !signed_copy::is_signature_of(
        cx.store(),
        request.certificate_id,
        &request.input,
        &request.signed,
        cx.now(),
    )? {
        return Err(crate::Error::Sign(crate::SignError::NotThisSignedCopy {
            path: request.signed.output,
        }));
    }
    let opened = match (&request.secret, request.mail.smime) {
        (Some(secret), true) => Some(open_for_signing(
            cx.store(),
            request.certificate_id,
            secret.as_key_secret(),
            cx.now(),
        )?),
        _ => None,
    };
    letter::send_signed(
        cx.store(),
        request.certificate_id,
        &request.input,
        &request.signed,
        &request.mail,
        opened.as_ref(),
        cx.now(),
    )
}

/// What a message says.
pub enum MailContent {
    /// Written by the user.
    Written {
        /// The subject.
        subject: String,
        /// The plain-text body.
        text: String,
        /// An HTML alternative.
        html: Option<String>,
    },
    /// Made from a template.
    Template {
        /// Which template.
        kind: TemplateKind,
        /// The recipient's language tag (`pl`, `he-IL`, ...); it picks the
        /// template, an unknown one falls back to English.
        language: String,
        /// The placeholders' values.
        values: Values,
    },
}

/// The key that S/MIME-signs a message.
pub struct SmimeKey {
    /// The certificate.
    pub certificate_id: i64,
    /// Its key's password or PIN.
    pub secret: KeySecretInput,
}

/// A message to put in the outbox.
pub struct SendMailRequest {
    /// Visible recipients.
    pub to: Vec<String>,
    /// Copy recipients.
    pub cc: Vec<String>,
    /// Blind copy recipients (envelope only).
    pub bcc: Vec<String>,
    /// What it says.
    pub content: MailContent,
    /// Files attached as they are.
    pub attachments: Vec<PathBuf>,
    /// Sign the whole message with S/MIME.
    pub smime: Option<SmimeKey>,
    /// Queue it even above the size warning.
    pub allow_large: bool,
}

/// Opens the S/MIME key once everything that can be refused without it was
/// checked, so a wrong address costs no PIN try.
fn open_after_check(
    cx: &Context,
    key: Option<&SmimeKey>,
    check: impl FnOnce() -> Result<()>,
) -> Result<Option<OpenedSigner>> {
    let Some(key) = key else { return Ok(None) };
    check()?;
    open_for_signing(
        cx.store(),
        key.certificate_id,
        key.secret.as_key_secret(),
        cx.now(),
    )
    .map(Some)
}

/// Puts the message in the outbox, due now.
pub fn send_mail(cx: &Context, request: SendMailRequest) -> Result<Queued> {
    let store = cx.store();
    let now = cx.now();
    let draft = match request.content {
        MailContent::Template {
            kind,
            language,
            values,
        } => Letter {
            kind,
            language,
            values,
            to: request.to,
            cc: request.cc,
            bcc: request.bcc,
            attachments: request.attachments,
            reference: None,
        }
        .draft(store)?,
        MailContent::Written {
            subject,
            text,
            html,
        } => Draft {
            to: request.to,
            cc: request.cc,
            bcc: request.bcc,
            subject,
            text,
            html,
            attachments: request.attachments,
            reference: None,
        },
    };
    let opened = open_after_check(cx, request.smime.as_ref(), || compose::validate(&draft))?;
    letter::queue_draft(
        store,
        &draft,
        &LetterOptions {
            smime: opened.as_ref(),
            allow_large: request.allow_large,
        },
        now,
    )
}

/// The file a Send dialog is about to send.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct MessageSizeRequest {
    /// The document.
    pub path: PathBuf,
    /// Its signature, when it was signed earlier; none when it is to be
    /// signed on sending.
    #[serde(default)]
    pub signed: Option<SignedOutput>,
}

/// How large the message will be, and whether that needs the user's
/// confirmation before it is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct MessageSize {
    /// The estimated size of the encoded message in bytes.
    pub size: u64,
    /// Messages above this many bytes need the confirmation.
    pub limit: u64,
    /// The message is above the limit: sending it needs `allow_large`.
    pub needs_confirmation: bool,
}

/// Room for what the estimate of the files leaves out: the template's text
/// and, for a file signed on sending, the signature that will be added.
const TEXT_AND_SIGNATURE_BYTES: u64 = 64 * 1024;

/// The size of the signed-document message for `request`'s files, so a
/// face can ask for the confirmation before the key is asked for; the core
/// measures the composed message again when it is queued.
pub fn message_size(_cx: &Context, request: MessageSizeRequest) -> Result<MessageSize> {
    let attachments = match &request.signed {
        Some(signed) => match signed.format {
            SignatureFormat::Pades => vec![signed.output.clone()],
            SignatureFormat::Cades => vec![request.path.clone(), signed.output.clone()],
        },
        None => vec![request.path.clone()],
    };
    let size = compose::estimated_size(&Draft {
        attachments,
        ..Draft::default()
    })? + TEXT_AND_SIGNATURE_BYTES;
    Ok(MessageSize {
        size,
        limit: LARGE_MESSAGE_BYTES,
        needs_confirmation: size > LARGE_MESSAGE_BYTES,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size_of(bytes: u64, signed: Option<SignatureFormat>) -> MessageSize {
        let (dir, store) = crate::actions::test_store::empty_store();
        let path = dir.path().join("scan.pdf");
        std::fs::File::create(&path)
            .unwrap()
            .set_len(bytes)
            .unwrap();
        let signed = signed.map(|format| {
            let output = dir.path().join("scan.pdf.p7s");
            std::fs::write(&output, [0u8; 2048]).unwrap();
            SignedOutput { output, format }
        });
        let cx = Context::new(&store, crate::actions::Scope::test_administrator());
        message_size(&cx, MessageSizeRequest { path, signed }).unwrap()
    }

    #[test]
    fn a_file_near_the_limit_once_encoded_needs_the_confirmation() {
        const MIB: u64 = 1024 * 1024;
        assert!(!size_of(1_000_000, None).needs_confirmation);
        assert!(!size_of(14 * MIB, None).needs_confirmation);
        let large = size_of(16 * MIB, None);
        assert!(large.needs_confirmation);
        assert!(large.size > large.limit);
        assert_eq!(large.limit, LARGE_MESSAGE_BYTES);
        // A document signed earlier as CAdES travels with its signature; as
        // PAdES only the signed copy (here the small signature file) goes.
        assert!(size_of(16 * MIB, Some(SignatureFormat::Cades)).needs_confirmation);
        assert!(!size_of(16 * MIB, Some(SignatureFormat::Pades)).needs_confirmation);
    }

    #[test]
    fn a_missing_file_is_refused() {
        let (dir, store) = crate::actions::test_store::empty_store();
        let request = MessageSizeRequest {
            path: dir.path().join("gone.pdf"),
            signed: None,
        };
        assert!(message_size(
            &Context::new(&store, crate::actions::Scope::test_administrator()),
            request
        )
        .is_err());
    }

    #[test]
    fn the_window_names_the_signature_format_or_is_refused() {
        let parse = |format: &str| {
            serde_json::from_value::<MessageSizeRequest>(serde_json::json!({
                "path": "a.pdf", "signed": { "output": "a-signed.pdf", "format": format },
            }))
        };
        assert_eq!(
            parse("pades").unwrap().signed.unwrap().format,
            SignatureFormat::Pades
        );
        assert_eq!(
            parse("cades").unwrap().signed.unwrap().format,
            SignatureFormat::Cades
        );
        assert!(parse("xades").is_err());
        assert!(parse("PAdES").is_err());
    }

    #[test]
    fn the_dialog_s_input_becomes_the_message_s_values() {
        let mail = DocumentMail::from(DocumentMailInput {
            to: " jan@example.org ".into(),
            recipient_name: " Jan ".into(),
            language: Language::He,
            smime: true,
            allow_large: false,
        });
        assert_eq!(mail.to, ["jan@example.org"]);
        assert_eq!(mail.language, "he");
        assert!(mail.smime);
    }

    #[test]
    fn several_recipients_are_each_kept_and_a_bad_one_is_named() {
        let input = |to: &str| DocumentMailInput {
            to: to.into(),
            recipient_name: "Jan".into(),
            language: Language::Pl,
            smime: false,
            allow_large: false,
        };
        let mail = DocumentMail::from(input(
            "jan@example.org; ola@example.pl,  biuro@example.it ;",
        ));
        assert_eq!(
            mail.to,
            ["jan@example.org", "ola@example.pl", "biuro@example.it"]
        );
        let draft = crate::mail::compose::Draft {
            to: DocumentMail::from(input("jan@example.org, not-an-address")).to,
            ..crate::mail::compose::Draft::default()
        };
        let refused = crate::mail::compose::validate(&draft).unwrap_err();
        assert_eq!(refused.code(), "mail.invalid-address");
        assert!(refused.to_string().contains("not-an-address"));
    }
}
