//! Composing a message: the body (text, optional HTML alternative,
//! attachments) apart from the headers, so that a signing step can wrap the
//! body before the headers go around it.

use super::settings::SmtpSettings;
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use lettre::address::Envelope;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, Message, MultiPart, SinglePart};
use lettre::Address;
use std::path::{Path, PathBuf};

/// Above this encoded size a message is only queued when the caller says so:
/// the big providers refuse messages of about 25 MB.
pub const LARGE_MESSAGE_BYTES: u64 = 20 * 1024 * 1024;

/// A message as the user or a workflow writes it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// Visible recipients.
    pub to: Vec<String>,
    /// Visible copy recipients.
    pub cc: Vec<String>,
    /// Blind copy recipients: in the SMTP envelope only, never in a header.
    pub bcc: Vec<String>,
    /// The subject (any script; encoded per RFC 2047 when needed).
    pub subject: String,
    /// The plain-text body.
    pub text: String,
    /// An HTML alternative of the body.
    pub html: Option<String>,
    /// Files attached as they are.
    pub attachments: Vec<PathBuf>,
    /// Free text the caller uses to find its message again, e.g.
    /// `renewal-item:12`; never sent.
    pub reference: Option<String>,
}

/// The recipients of a draft, checked.
#[derive(Debug, Clone)]
pub(crate) struct Recipients {
    pub to: Vec<Address>,
    pub cc: Vec<Address>,
    pub bcc: Vec<Address>,
}

impl Recipients {
    /// Every envelope recipient.
    pub fn all(&self) -> Vec<Address> {
        self.to
            .iter()
            .chain(&self.cc)
            .chain(&self.bcc)
            .cloned()
            .collect()
    }
}

/// Checks a header field's text: a CR or LF would let it add headers of
/// its own, and any other control character (C0, DEL, C1: escape, bell,
/// form feed, vertical tab, tab) would be acted on by mail programs and
/// terminals that show it.
pub(crate) fn header_text(field: &'static str, value: &str) -> Result<()> {
    if value.contains(['\r', '\n']) {
        return Err(Error::Mail(crate::MailError::HeaderInjection { field }));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::Mail(crate::MailError::HeaderControl { field }));
    }
    Ok(())
}

fn single_line(field: &'static str, value: &str) -> Result<()> {
    header_text(field, value)
}

/// Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069):
/// in a file name they show it in another order than it is.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// An attachment's name identifies a file to its recipient: one line, no
/// control characters, and no bidirectional override.
fn attachment_name(path: &Path) -> Result<()> {
    let name = file_name(path);
    header_text("attachment", &name)?;
    if name.chars().any(is_bidi_control) {
        return Err(Error::Mail(crate::MailError::AttachmentNameBidi {
            name: shown_in_order(&name),
        }));
    }
    Ok(())
}

/// The name with each bidirectional control shown as `<U+202E>`, so the
/// error message itself reads in order.
fn shown_in_order(name: &str) -> String {
    name.chars()
        .map(|c| {
            if is_bidi_control(c) {
                format!("<U+{:04X}>", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn addresses(field: &'static str, values: &[String]) -> Result<Vec<Address>> {
    values
        .iter()
        .map(|value| {
            single_line(field, value)?;
            value.trim().parse::<Address>().map_err(|_| {
                Error::Mail(crate::MailError::InvalidAddress {
                    field,
                    value: value.clone(),
                })
            })
        })
        .collect()
}

/// Checks every header field of the draft (no line breaks, valid addresses,
/// at least one recipient), so that a caller can refuse it before asking
/// for a key's PIN or password.
pub fn validate(draft: &Draft) -> Result<()> {
    check(draft).map(drop)
}

/// Checks every header field of the draft (no line breaks, valid addresses,
/// at least one recipient) without touching any file.
pub(crate) fn check(draft: &Draft) -> Result<Recipients> {
    single_line("subject", &draft.subject)?;
    if let Some(reference) = &draft.reference {
        single_line("reference", reference)?;
    }
    for path in &draft.attachments {
        attachment_name(path)?;
    }
    let recipients = Recipients {
        to: addresses("to", &draft.to)?,
        cc: addresses("cc", &draft.cc)?,
        bcc: addresses("bcc", &draft.bcc)?,
    };
    if recipients.to.is_empty() && recipients.cc.is_empty() && recipients.bcc.is_empty() {
        return Err(Error::Outbox(crate::OutboxError::NoRecipients));
    }
    Ok(recipients)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "attachment".to_owned())
}

/// The content type of an attachment from its extension. A small table
/// rather than a MIME database: these are the files SealDesk sends, and an
/// unknown one is sent as plain bytes.
pub fn content_type(path: &Path) -> &'static str {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "pdf" => "application/pdf",
        "p7s" => "application/pkcs7-signature",
        "p7m" => "application/pkcs7-mime",
        "p7c" => "application/pkcs7-mime",
        "p12" | "pfx" => "application/x-pkcs12",
        "csr" | "p10" => "application/pkcs10",
        "cer" | "crt" | "der" => "application/pkix-cert",
        "crl" => "application/pkix-crl",
        "zip" => "application/zip",
        "txt" => "text/plain",
        "xml" => "application/xml",
        // A saved message is attached as bytes: message/rfc822 would forbid
        // the base64 encoding lettre uses for attachments.
        _ => "application/octet-stream",
    }
}

/// Base64 grows 3 bytes to 4 and breaks lines every 76 characters.
fn base64_size(bytes: u64) -> u64 {
    let encoded = bytes.div_ceil(3) * 4;
    encoded + encoded.div_ceil(76) * 2
}

/// The encoded size of the message estimated from the attachments' sizes on
/// disk, without reading them: a too large message is refused before its
/// files are read into memory.
pub fn estimated_size(draft: &Draft) -> Result<u64> {
    // Headers, MIME boundaries and part headers stay well under this.
    let mut size = 4096 + base64_size(draft.text.len() as u64);
    if let Some(html) = &draft.html {
        size += base64_size(html.len() as u64);
    }
    for path in &draft.attachments {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        size += 512 + base64_size(meta.len());
    }
    Ok(size)
}

/// The body: the text (with the HTML as an alternative when given), then
/// each attachment with its content type. Reads the attachments.
pub fn build_body(draft: &Draft) -> Result<MultiPart> {
    let text = SinglePart::plain(draft.text.clone());
    let mut body = match &draft.html {
        Some(html) => MultiPart::mixed().multipart(
            MultiPart::alternative()
                .singlepart(text)
                .singlepart(SinglePart::html(html.clone())),
        ),
        None => MultiPart::mixed().singlepart(text),
    };
    for path in &draft.attachments {
        let bytes =
            crate::bounded_read::read_regular(path, crate::bounded_read::ATTACHMENT_MAX_BYTES)?;
        let kind = ContentType::parse(content_type(path)).map_err(|e| {
            Error::Outbox(crate::OutboxError::ComposeFailed {
                detail: e.to_string(),
            })
        })?;
        body = body.singlepart(Attachment::new(file_name(path)).body(bytes, kind));
    }
    Ok(body)
}

/// A new `Message-ID` in the sender's domain: `<uuid@domain>`.
pub fn new_message_id(sender: &str) -> String {
    let domain = sender.rsplit_once('@').map_or("localhost", |(_, d)| d);
    format!("<{}@{}>", uuid::Uuid::new_v4(), domain)
}

/// The whole message: headers from the settings and the draft around
/// `body`, with the given `Message-ID` and date. Bcc and the settings'
/// copy-to-self are in the envelope only.
pub(crate) fn build_message(
    settings: &SmtpSettings,
    recipients: &Recipients,
    subject: &str,
    message_id: &str,
    date: DateTime<Utc>,
    body: MultiPart,
) -> Result<Message> {
    let sender: Address = settings.server.from_address.parse().map_err(|_| {
        Error::Mail(crate::MailError::InvalidAddress {
            field: "from",
            value: settings.server.from_address.clone(),
        })
    })?;
    if let Some(name) = &settings.server.from_name {
        single_line("name", name)?;
    }
    let mut envelope_to = recipients.all();
    if let Some(copy) = &settings.server.bcc_self {
        envelope_to.extend(addresses("bcc", std::slice::from_ref(copy))?);
    }
    let envelope = Envelope::new(Some(sender.clone()), envelope_to).map_err(compose_failed)?;
    let mut builder = Message::builder()
        .from(Mailbox::new(settings.server.from_name.clone(), sender))
        .subject(subject)
        .message_id(Some(message_id.to_owned()))
        .date(date.into())
        .envelope(envelope);
    for to in &recipients.to {
        builder = builder.to(Mailbox::new(None, to.clone()));
    }
    for cc in &recipients.cc {
        builder = builder.cc(Mailbox::new(None, cc.clone()));
    }
    builder.multipart(body).map_err(compose_failed)
}

fn compose_failed(err: impl std::fmt::Display) -> Error {
    Error::Outbox(crate::OutboxError::ComposeFailed {
        detail: err.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> Draft {
        Draft {
            to: vec!["olena@example.com".into()],
            subject: "Zażółć gęślą jaźń".into(),
            text: "Dzień dobry".into(),
            ..Draft::default()
        }
    }

    #[test]
    fn a_line_break_in_any_header_field_is_refused() {
        let mut d = draft();
        d.subject = "Hello\r\nBcc: evil@example.com".into();
        assert_eq!(check(&d).unwrap_err().code(), "mail.header-injection");
        let mut d = draft();
        d.to = vec!["olena@example.com\nBcc: evil@example.com".into()];
        assert_eq!(check(&d).unwrap_err().code(), "mail.header-injection");
        let mut d = draft();
        d.attachments = vec![PathBuf::from("a\rb.pdf")];
        assert_eq!(check(&d).unwrap_err().code(), "mail.header-injection");
    }

    #[test]
    fn control_characters_in_header_fields_and_bidi_overrides_in_attachment_names_are_refused() {
        for bad in [
            "Faktura\u{0b}1",
            "Faktura\u{0c}1",
            "Faktura\u{1b}[8m",
            "Faktura\u{07}",
            "a\tb",
            "x\u{7f}",
            "x\u{9b}",
        ] {
            let mut d = draft();
            d.subject = bad.into();
            assert_eq!(
                check(&d).unwrap_err().code(),
                "mail.header-control",
                "{bad:?}"
            );
            let mut d = draft();
            d.attachments = vec![PathBuf::from(format!("{bad}.pdf"))];
            assert_eq!(
                check(&d).unwrap_err().code(),
                "mail.header-control",
                "{bad:?}"
            );
        }
        for bidi in ['\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}'] {
            let mut d = draft();
            d.attachments = vec![PathBuf::from(format!("faktura{bidi}fdp.exe"))];
            let err = check(&d).unwrap_err();
            assert_eq!(err.code(), "mail.attachment-name-bidi");
            assert!(!err.to_string().contains(bidi), "{err}");
        }
        // Hebrew and Ukrainian names are fine; so is a Hebrew subject.
        let mut d = draft();
        d.subject = "חשבונית 118".into();
        d.attachments = vec![PathBuf::from("חשבונית.pdf"), PathBuf::from("рахунок.pdf")];
        check(&d).unwrap();
    }

    #[test]
    fn a_draft_needs_a_valid_recipient() {
        let mut d = draft();
        d.to.clear();
        assert_eq!(check(&d).unwrap_err().code(), "mail.no-recipients");
        d.bcc = vec!["not an address".into()];
        assert_eq!(check(&d).unwrap_err().code(), "mail.invalid-address");
        d.bcc = vec!["hidden@example.com".into()];
        assert_eq!(check(&d).unwrap().all().len(), 1);
    }

    #[test]
    fn content_types_come_from_the_extension() {
        assert_eq!(content_type(Path::new("a.PDF")), "application/pdf");
        assert_eq!(
            content_type(Path::new("a.pdf.p7s")),
            "application/pkcs7-signature"
        );
        assert_eq!(content_type(Path::new("noext")), "application/octet-stream");
    }

    #[test]
    fn the_estimate_covers_the_encoded_attachment() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("big.bin");
        std::fs::write(&file, vec![7u8; 300_000]).unwrap();
        let mut d = draft();
        d.attachments = vec![file];
        let estimate = estimated_size(&d).unwrap();
        let settings = crate::mail::outbox::tests_settings();
        let recipients = check(&d).unwrap();
        let message = build_message(
            &settings,
            &recipients,
            &d.subject,
            &new_message_id(&settings.server.from_address),
            Utc::now(),
            build_body(&d).unwrap(),
        )
        .unwrap();
        let actual = message.formatted().len() as u64;
        assert!(estimate >= actual, "{estimate} < {actual}");
        assert!(estimate < actual + 10_000, "{estimate} vs {actual}");
    }

    #[test]
    fn unicode_subject_and_name_are_encoded_and_bcc_is_not_a_header() {
        let mut settings = crate::mail::outbox::tests_settings();
        settings.server.from_name = Some("Олена Коваль".into());
        settings.server.bcc_self = Some("archive@example.com".into());
        let mut d = draft();
        d.bcc = vec!["hidden@example.com".into()];
        let recipients = check(&d).unwrap();
        let id = new_message_id(&settings.server.from_address);
        let message = build_message(
            &settings,
            &recipients,
            &d.subject,
            &id,
            Utc::now(),
            build_body(&d).unwrap(),
        )
        .unwrap();
        let text = String::from_utf8(message.formatted()).unwrap();
        assert!(text.contains("Subject: =?utf-8?"), "{text}");
        assert!(text.contains("From: =?utf-8?"), "{text}");
        assert!(!text.contains("hidden@example.com"));
        assert!(!text.contains("archive@example.com"));
        assert!(text.contains(&format!("Message-ID: {id}")));
        assert!(text.contains("Date: "));
        let envelope: Vec<String> = message
            .envelope()
            .to()
            .iter()
            .map(|a| a.to_string())
            .collect();
        assert_eq!(
            envelope,
            [
                "olena@example.com",
                "hidden@example.com",
                "archive@example.com"
            ]
        );
    }
}
