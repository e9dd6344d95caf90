//! A letter: one of the message templates filled in for its recipient, with
//! its attachments, optionally S/MIME-signed, put in the outbox. Also the
//! whole "send a signed document" step: sign the file, then queue it.

use super::compose::Draft;
use super::outbox::{self, EnqueueOptions, Queued};
use super::settings;
use super::smime;
use super::templates::{self, Placeholder, TemplateKind, Values};
use crate::keys::unlock::KeySecret;
use crate::pki::certificate::CertificateInfo;
use crate::sign::signing::{
    self, open_for_signing, OpenedSigner, SignOptions, SignatureFormat, SignedOutput,
};
use crate::store::Store;
use crate::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// A message made from a template.
#[derive(Debug, Clone)]
pub struct Letter {
    /// Which template.
    pub kind: TemplateKind,
    /// The recipient's language (`pl`, `he-IL`, …); it picks the template.
    pub language: String,
    /// The values the template's placeholders take.
    pub values: Values,
    /// Visible recipients.
    pub to: Vec<String>,
    /// Visible copy recipients.
    pub cc: Vec<String>,
    /// Blind copy recipients (envelope only).
    pub bcc: Vec<String>,
    /// Files attached as they are.
    pub attachments: Vec<PathBuf>,
    /// The caller's own tag to find the message again (never sent).
    pub reference: Option<String>,
}

impl Letter {
    /// The message the letter becomes: its template filled in with its
    /// values, to its recipients, with its attachments.
    pub fn draft(&self, store: &Store) -> Result<Draft> {
        let rendered = templates::render(store, self.kind, &self.language, &self.values)?;
        Ok(Draft {
            to: self.to.clone(),
            cc: self.cc.clone(),
            bcc: self.bcc.clone(),
            subject: rendered.subject,
            text: rendered.text,
            html: Some(rendered.html),
            attachments: self.attachments.clone(),
            reference: self.reference.clone(),
        })
    }
}

/// How a letter is queued.
#[derive(Default)]
pub struct LetterOptions<'a> {
    /// Sign the whole message (`multipart/signed`) with this opened key.
    pub smime: Option<&'a OpenedSigner>,
    /// Queue a message above the size warning.
    pub allow_large: bool,
}

/// Renders `letter` and puts it in the outbox, due now. Nothing is written
/// when the template lacks a value, a header field is unsafe, the message is
/// too large or S/MIME signing fails.
pub fn queue(
    store: &Store,
    letter: &Letter,
    options: &LetterOptions<'_>,
    now: DateTime<Utc>,
) -> Result<Queued> {
    queue_draft(store, &letter.draft(store)?, options, now)
}

/// Puts `draft` in the outbox, due now, S/MIME-signed when `options` holds
/// an opened key: the one way a letter or a message the user wrote is queued.
pub fn queue_draft(
    store: &Store,
    draft: &Draft,
    options: &LetterOptions<'_>,
    now: DateTime<Utc>,
) -> Result<Queued> {
    let sign = |body| match options.smime {
        Some(opened) => smime::sign_with(body, opened, now),
        None => Ok(body),
    };
    outbox::enqueue(
        store,
        draft,
        &EnqueueOptions {
            allow_large: options.allow_large,
            wrap_body: Some(&sign),
        },
        now,
    )
}

/// A signed document on its way to a customer.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SentDocument {
    /// The signature written (the signed PDF, or the `.p7s`).
    pub signed: SignedOutput,
    /// The files attached to the message.
    pub attachments: Vec<PathBuf>,
    /// The queued message.
    pub queued: Queued,
}

/// What "send a signed document" needs beyond the file.
#[derive(Debug, Clone)]
pub struct DocumentMail {
    /// The customer's address(es).
    pub to: Vec<String>,
    /// Copy recipients.
    pub cc: Vec<String>,
    /// The customer's language.
    pub language: String,
    /// Values given by the user (at least the recipient's name); the
    /// document, sender and company are filled in when missing.
    pub values: Values,
    /// Also sign the whole message with S/MIME using the same key.
    pub smime: bool,
    /// Queue a message above the size warning.
    pub allow_large: bool,
}

/// Signs `input` with certificate `cert_id` (PAdES for a PDF, a detached
/// `.p7s` otherwise), then queues the `signed-document` letter with the
/// signed file attached. The key is opened once for both signatures.
///
/// Everything that can be checked without the key (the template's values,
/// the addresses, the outgoing server) is checked first, so a wrong address
/// costs no PIN try and leaves no signed file behind. The signed copy goes
/// to `output`, by default where signing puts it.
pub fn sign_and_send(
    store: &Store,
    cert_id: i64,
    secret: KeySecret<'_>,
    input: &Path,
    output: Option<&Path>,
    mail: &DocumentMail,
    now: DateTime<Utc>,
) -> Result<SentDocument> {
    let values = document_values(store, cert_id, input, &mail.values, now)?;
    templates::render(store, TemplateKind::SignedDocument, &mail.language, &values)?;
    check_sendable(store, &mail.to, &mail.cc)?;
    // Signing refuses an existing output too, but only once the key is
    // open: a taken name must not cost a PIN try.
    let target = match output {
        Some(output) => output.to_path_buf(),
        None => signing::default_signed_output(input)?.output,
    };
    if target.exists() {
        return Err(crate::Error::File(crate::FileError::Exists {
            path: target,
        }));
    }

    let opened = open_for_signing(store, cert_id, secret, now)?;
    let options = SignOptions {
        output,
        ..SignOptions::default()
    };
    let signed = signing::sign_with(store, &opened, input, &options, now)?;
    send_signed(store, cert_id, input, &signed, mail, Some(&opened), now)
}

/// Refuses mail that cannot be queued (no outgoing server, a bad or unsafe
/// address) before any work that costs the user something, such as a PIN
/// try or a new key.
pub(crate) fn check_sendable(store: &Store, to: &[String], cc: &[String]) -> Result<()> {
    super::compose::check(&Draft {
        to: to.to_vec(),
        cc: cc.to_vec(),
        ..Draft::default()
    })?;
    settings::load(store)?.ok_or(crate::Error::Mail(crate::MailError::NotConfigured))?;
    Ok(())
}

/// Queues a document signed earlier (`signed`, made from `input` with
/// certificate `cert_id`) to the customer with the `signed-document`
/// letter, as [`sign_and_send`] does after signing. `smime` is that
/// certificate's opened key when the message itself is to be signed too.
pub fn send_signed(
    store: &Store,
    cert_id: i64,
    input: &Path,
    signed: &SignedOutput,
    mail: &DocumentMail,
    smime: Option<&OpenedSigner>,
    now: DateTime<Utc>,
) -> Result<SentDocument> {
    if mail.smime && smime.is_none() {
        // The caller asked for S/MIME but did not open the key: a bug of
        // the caller, refused rather than sent unsigned.
        return Err(crate::Error::Outbox(crate::OutboxError::ComposeFailed {
            detail: "S/MIME was asked for without the signing key".into(),
        }));
    }
    let attachments = match signed.format {
        SignatureFormat::Pades => vec![signed.output.clone()],
        SignatureFormat::Cades => vec![input.to_path_buf(), signed.output.clone()],
    };
    let letter = Letter {
        kind: TemplateKind::SignedDocument,
        language: mail.language.clone(),
        values: document_values(store, cert_id, input, &mail.values, now)?,
        to: mail.to.clone(),
        cc: mail.cc.clone(),
        bcc: Vec::new(),
        attachments,
        reference: Some(format!("document:{}", signed.output.display())),
    };
    let options = LetterOptions {
        smime: if mail.smime { smime } else { None },
        allow_large: mail.allow_large,
    };
    let queued = queue(store, &letter, &options, now)?;
    Ok(SentDocument {
        signed: signed.clone(),
        attachments: letter.attachments,
        queued,
    })
}

/// The user's values, with the document's name and the signer's name and
/// organisation filled in where the user gave none.
fn document_values(
    store: &Store,
    cert_id: i64,
    input: &Path,
    given: &Values,
    now: DateTime<Utc>,
) -> Result<Values> {
    let record = crate::pki::registry::get(store, cert_id, now)?;
    let info = CertificateInfo::from_der(&crate::pki::registry::der(store.conn(), cert_id)?)?;
    let attribute = |name: &str| {
        info.subject_attributes
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.value.clone())
    };
    let sender_name = settings::load(store)?.and_then(|s| s.server.from_name);
    let sender = attribute("CN")
        .or(sender_name.clone())
        .unwrap_or_else(|| record.subject.clone());
    let company = attribute("O")
        .or(sender_name)
        .unwrap_or_else(|| sender.clone());
    let mut values = Values::new();
    let document = input
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    values
        .set(Placeholder::Document, document)
        .set(Placeholder::Sender, sender)
        .set(Placeholder::Company, company);
    values.extend(given);
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mail::outbox::{self, State};

    fn office(dir: &Path, now: DateTime<Utc>) -> (Store, i64) {
        let (sealed, cert) = crate::test_support::signing_office_with_mail(dir, now);
        (sealed.store, cert)
    }

    fn mail(smime: bool) -> DocumentMail {
        crate::test_support::document_mail(smime)
    }

    #[test]
    fn a_document_signed_earlier_is_queued_with_the_file_and_its_signature() {
        let dir = tempfile::tempdir().unwrap();
        let now = Utc::now();
        let (store, cert) = office(dir.path(), now);
        let input = dir.path().join("umowa.txt");
        std::fs::write(&input, "umowa").unwrap();
        let opened = open_for_signing(&store, cert, KeySecret::Password("signer-pw"), now).unwrap();
        let signed =
            signing::sign_with(&store, &opened, &input, &SignOptions::default(), now).unwrap();
        assert_eq!(signed.format, SignatureFormat::Cades);

        let sent = send_signed(&store, cert, &input, &signed, &mail(false), None, now).unwrap();
        assert_eq!(sent.attachments, vec![input.clone(), signed.output.clone()]);
        let queued = outbox::get(&store, sent.queued.id).unwrap();
        assert_eq!(queued.state, State::Queued);
        assert_eq!(queued.to, vec!["jan@example.org".to_string()]);
        assert!(queued.subject.contains("umowa.txt"), "{}", queued.subject);

        // S/MIME asked for without the key is refused, nothing queued.
        let refused =
            send_signed(&store, cert, &input, &signed, &mail(true), None, now).unwrap_err();
        assert_eq!(refused.code(), "mail.compose-failed");
        assert_eq!(outbox::list(&store).unwrap().len(), 1);

        let smime = send_signed(
            &store,
            cert,
            &input,
            &signed,
            &mail(true),
            Some(&opened),
            now,
        );
        assert!(smime.unwrap().queued.size > sent.queued.size);
        // A signature file that is gone is refused before anything is queued.
        std::fs::remove_file(&signed.output).unwrap();
        assert!(send_signed(&store, cert, &input, &signed, &mail(false), None, now).is_err());
        assert_eq!(outbox::list(&store).unwrap().len(), 2);
    }

    #[test]
    fn a_pdf_whose_header_is_not_at_its_start_is_neither_signed_nor_sent() {
        let dir = tempfile::tempdir().unwrap();
        let now = Utc::now();
        let (store, cert) = office(dir.path(), now);
        let fixture =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/pdf/pdfkit.pdf");
        let input = dir.path().join("umowa.pdf");
        let bytes = [vec![b'#'; 100], std::fs::read(fixture).unwrap()].concat();
        std::fs::write(&input, bytes).unwrap();
        let err = sign_and_send(
            &store,
            cert,
            KeySecret::Password("signer-pw"),
            &input,
            None,
            &mail(false),
            now,
        )
        .unwrap_err();
        assert_eq!(err.code(), "pdf.header-not-at-start");
        assert!(outbox::list(&store).unwrap().is_empty());
        assert!(!dir.path().join("umowa-signed.pdf").exists());
        assert!(!dir.path().join("umowa.pdf.p7s").exists());
    }
}
