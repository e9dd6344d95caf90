//! What a Send dialog offers for a document whose signed copy's usual
//! name is taken: to send that copy when it is this document signed with
//! the chosen certificate, or to sign again under a free name.

use super::Context;
use crate::sign::signed_copy;
use crate::sign::signing::{default_signed_output, usable_key, SignedOutput};
use crate::Result;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The document a Send dialog is opened for, and the certificate chosen.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct SendChoicesRequest {
    /// The signing certificate.
    pub certificate_id: i64,
    /// The document to send signed.
    pub path: PathBuf,
}

/// What is already where the document's signed copy goes.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum ExistingSignedCopy {
    /// Nothing: the document is signed on sending.
    Nothing,
    /// This document signed with this certificate: it can be sent as it
    /// is, or signed again under another name.
    ThisDocument {
        /// The signed copy, as [`super::mail_send::send_signed_document`] takes it.
        signed: SignedOutput,
    },
    /// Some other file (another document, another signer, a changed or
    /// damaged copy): the new signed copy needs another name.
    OtherFile,
}

/// How the document can be sent.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SendChoices {
    /// Where signing on sending writes by default.
    pub output: PathBuf,
    /// What is there now.
    pub existing: ExistingSignedCopy,
    /// A file name in the same folder that no file has, offered for a new
    /// signed copy when the usual one is taken; empty when it is free.
    pub free_name: String,
}

/// Looks at where the document's signed copy goes, so the dialog offers
/// to send a copy signed earlier with the same certificate, or to sign
/// under another name, instead of failing on an existing file. The
/// certificate must be able to sign now either way.
pub fn send_choices(cx: &Context, request: SendChoicesRequest) -> Result<SendChoices> {
    let store = cx.store();
    usable_key(store, request.certificate_id, cx.now())?;
    let usual = default_signed_output(&request.path)?;
    if !usual.output.exists() {
        return Ok(SendChoices {
            output: usual.output,
            existing: ExistingSignedCopy::Nothing,
            free_name: String::new(),
        });
    }
    let existing = if signed_copy::is_signature_of(
        store,
        request.certificate_id,
        &request.path,
        &usual,
        cx.now(),
    )? {
        ExistingSignedCopy::ThisDocument {
            signed: usual.clone(),
        }
    } else {
        ExistingSignedCopy::OtherFile
    };
    Ok(SendChoices {
        free_name: signed_copy::free_name(&usual.output)?,
        output: usual.output,
        existing,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::key_secret::KeySecretInput;
    use crate::actions::mail_send::{
        send_document, send_signed_document, SendDocumentRequest, SendSignedRequest,
    };
    use crate::keys::unlock::KeySecret;
    use crate::keys::KeyAlgorithm;
    use crate::mail::letter::DocumentMail;
    use crate::mail::outbox;
    use crate::sign::signing::{self, SignOptions, SignatureFormat};
    use crate::test_support::{issue_signing, signing_office_with_mail, SealedStore};
    use crate::Store;
    use chrono::{DateTime, Utc};
    use std::path::Path;

    struct Office {
        _dir: tempfile::TempDir,
        sealed: SealedStore,
        cert: i64,
        now: DateTime<Utc>,
        folder: PathBuf,
    }

    impl Office {
        fn new() -> Self {
            let dir = tempfile::tempdir().unwrap();
            let now = Utc::now();
            let (sealed, cert) = signing_office_with_mail(dir.path(), now);
            let folder = dir.path().join("docs");
            std::fs::create_dir(&folder).unwrap();
            Office {
                _dir: dir,
                sealed,
                cert,
                now,
                folder,
            }
        }

        fn store(&self) -> &Store {
            &self.sealed.store
        }

        fn cx(&self) -> Context<'_> {
            Context::at(
                self.store(),
                crate::actions::Scope::test_administrator(),
                self.now,
            )
        }

        /// A copy of a real PDF in the documents folder.
        fn pdf(&self, name: &str) -> PathBuf {
            self.pdf_from("minimal-document.pdf", name)
        }

        /// A copy of the PDF fixture `fixture` named `name`.
        fn pdf_from(&self, fixture: &str, name: &str) -> PathBuf {
            let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/fixtures/pdf")
                .join(fixture);
            let path = self.folder.join(name);
            std::fs::copy(fixture, &path).unwrap();
            path
        }

        fn sign(&self, cert: i64, input: &Path) -> SignedOutput {
            signing::sign_file(
                self.store(),
                cert,
                KeySecret::Password("signer-pw"),
                input,
                &SignOptions::default(),
                self.now,
            )
            .unwrap()
        }

        fn choices(&self, cert: i64, path: &Path) -> SendChoices {
            send_choices(
                &self.cx(),
                SendChoicesRequest {
                    certificate_id: cert,
                    path: path.to_path_buf(),
                },
            )
            .unwrap()
        }

        fn send_signed(&self, input: &Path, signed: SignedOutput) -> crate::Result<()> {
            send_signed_document(
                &self.cx(),
                SendSignedRequest {
                    certificate_id: self.cert,
                    secret: None,
                    input: input.to_path_buf(),
                    signed,
                    mail: mail(),
                },
            )
            .map(drop)
        }

        fn send_as(&self, input: &Path, output_name: Option<&str>) -> crate::Result<SignedOutput> {
            send_document(
                &self.cx(),
                SendDocumentRequest {
                    certificate_id: self.cert,
                    secret: KeySecretInput::Password("signer-pw".into()),
                    path: input.to_path_buf(),
                    output_name: output_name.map(str::to_string),
                    mail: mail(),
                },
            )
            .map(|sent| sent.signed)
        }

        fn queued(&self) -> usize {
            outbox::list(self.store()).unwrap().len()
        }
    }

    fn mail() -> DocumentMail {
        crate::test_support::document_mail(false)
    }

    fn is_this_document(choices: &SendChoices) -> bool {
        matches!(choices.existing, ExistingSignedCopy::ThisDocument { .. })
    }

    #[test]
    fn a_document_not_signed_yet_is_signed_on_sending_to_the_usual_name() {
        let office = Office::new();
        let input = office.pdf("umowa.pdf");
        let choices = office.choices(office.cert, &input);
        assert!(matches!(choices.existing, ExistingSignedCopy::Nothing));
        assert_eq!(choices.output, office.folder.join("umowa-signed.pdf"));
        assert_eq!(choices.free_name, "");
    }

    #[test]
    fn a_copy_signed_earlier_with_the_same_certificate_is_offered_and_sent_as_it_is() {
        let office = Office::new();
        let input = office.pdf("umowa.pdf");
        let signed = office.sign(office.cert, &input);
        let before = std::fs::read(&signed.output).unwrap();

        let choices = office.choices(office.cert, &input);
        let ExistingSignedCopy::ThisDocument { signed: offered } = &choices.existing else {
            panic!(
                "expected the signed copy to be offered, got {:?}",
                choices.existing
            );
        };
        assert_eq!(offered.output, signed.output);
        assert_eq!(offered.format, SignatureFormat::Pades);
        assert_eq!(choices.free_name, "umowa-signed-2.pdf");

        office.send_signed(&input, offered.clone()).unwrap();
        assert_eq!(office.queued(), 1);
        assert_eq!(std::fs::read(&signed.output).unwrap(), before);
    }

    #[test]
    fn a_detached_signature_made_earlier_is_recognised_and_a_changed_document_is_not() {
        let office = Office::new();
        let input = office.folder.join("oferta.txt");
        std::fs::write(&input, "oferta 2026").unwrap();
        office.sign(office.cert, &input);
        let choices = office.choices(office.cert, &input);
        assert!(is_this_document(&choices), "{:?}", choices.existing);
        assert_eq!(choices.free_name, "oferta.txt-2.p7s");

        std::fs::write(&input, "oferta 2027").unwrap();
        let changed = office.choices(office.cert, &input);
        assert!(matches!(changed.existing, ExistingSignedCopy::OtherFile));
    }

    #[test]
    fn a_copy_changed_after_signing_is_another_file_and_cannot_be_sent() {
        let office = Office::new();
        let input = office.pdf("umowa.pdf");
        let signed = office.sign(office.cert, &input);
        let mut bytes = std::fs::read(&signed.output).unwrap();
        bytes.extend_from_slice(b"\n% added later\n");
        std::fs::write(&signed.output, bytes).unwrap();

        let choices = office.choices(office.cert, &input);
        assert!(matches!(choices.existing, ExistingSignedCopy::OtherFile));
        let refused = office.send_signed(&input, signed).unwrap_err();
        assert_eq!(refused.code(), "sign.not-this-signed-copy");
        assert_eq!(office.queued(), 0);
    }

    #[test]
    fn a_copy_signed_by_another_certificate_or_of_another_document_is_another_file() {
        let office = Office::new();
        let colleague = issue_signing(
            &office.sealed,
            "Jan Kowalski",
            KeyAlgorithm::EcP256,
            "signer-pw",
            office.now,
        )
        .certificate
        .id;
        let input = office.pdf("umowa.pdf");
        let by_colleague = office.sign(colleague, &input);
        assert!(matches!(
            office.choices(office.cert, &input).existing,
            ExistingSignedCopy::OtherFile
        ));
        assert!(is_this_document(&office.choices(colleague, &input)));
        let refused = office
            .send_signed(&input, by_colleague.clone())
            .unwrap_err();
        assert_eq!(refused.code(), "sign.not-this-signed-copy");

        // Another document's signed copy put under this one's name.
        let other = office.pdf_from("pdfkit.pdf", "faktura.pdf");
        let other_signed = office.sign(office.cert, &other);
        std::fs::rename(&other_signed.output, &by_colleague.output).unwrap();
        assert!(matches!(
            office.choices(office.cert, &input).existing,
            ExistingSignedCopy::OtherFile
        ));

        // This document with a revision of its own (here the colleague's
        // signature) before the signature: not this document as it is.
        std::fs::remove_file(&by_colleague.output).unwrap();
        let revised = office.folder.join("umowa-revised.pdf");
        std::fs::rename(office.sign(colleague, &input).output, &revised).unwrap();
        let revised_signed = office.sign(office.cert, &revised);
        std::fs::rename(&revised_signed.output, &by_colleague.output).unwrap();
        assert!(matches!(
            office.choices(office.cert, &input).existing,
            ExistingSignedCopy::OtherFile
        ));
        assert_eq!(office.queued(), 0);
    }

    #[test]
    fn signing_again_goes_to_the_name_chosen_and_leaves_the_earlier_copy_alone() {
        let office = Office::new();
        let input = office.pdf("umowa.pdf");
        let first = office.sign(office.cert, &input);
        let before = std::fs::read(&first.output).unwrap();

        let refused = office.send_as(&input, None).unwrap_err();
        assert_eq!(refused.code(), "io.file-exists");
        // Refused before the key is opened: a wrong password is not tried.
        let refused = send_document(
            &office.cx(),
            SendDocumentRequest {
                certificate_id: office.cert,
                secret: KeySecretInput::Password("not-the-password".into()),
                path: input.clone(),
                output_name: None,
                mail: mail(),
            },
        )
        .unwrap_err();
        assert_eq!(refused.code(), "io.file-exists");
        let refused = office
            .send_as(&input, Some("umowa-signed.pdf"))
            .unwrap_err();
        assert_eq!(refused.code(), "io.file-exists");
        assert_eq!(office.queued(), 0);

        let free = office.choices(office.cert, &input).free_name;
        let again = office.send_as(&input, Some(&free)).unwrap();
        assert_eq!(again.output, office.folder.join("umowa-signed-2.pdf"));
        assert_eq!(office.queued(), 1);
        assert_eq!(std::fs::read(&first.output).unwrap(), before);
        assert_eq!(
            office.choices(office.cert, &input).free_name,
            "umowa-signed-3.pdf"
        );
    }

    #[test]
    fn a_name_that_is_no_file_name_or_wrong_for_the_format_is_refused_before_signing() {
        let office = Office::new();
        let input = office.pdf("umowa.pdf");
        for name in ["", "  ", "../umowa-signed.pdf", "sub/umowa.pdf", "..", "."] {
            let refused = office.send_as(&input, Some(name)).unwrap_err();
            assert_eq!(refused.code(), "sign.output-name-invalid", "{name:?}");
        }
        let refused = office
            .send_as(&input, Some("umowa-signed.txt"))
            .unwrap_err();
        assert_eq!(refused.code(), "pdf.signed-output-not-named-pdf");
        let text = office.folder.join("oferta.txt");
        std::fs::write(&text, "oferta").unwrap();
        let refused = office.send_as(&text, Some("oferta.pdf")).unwrap_err();
        assert_eq!(refused.code(), "pdf.detached-output-named-pdf");
        assert_eq!(office.queued(), 0);
        assert_eq!(std::fs::read_dir(&office.folder).unwrap().count(), 2);
    }

    #[test]
    fn a_certificate_that_cannot_sign_now_is_refused_before_anything_is_offered() {
        let office = Office::new();
        let input = office.pdf("umowa.pdf");
        let later = office.now + chrono::Duration::days(400);
        let refused = send_choices(
            &Context::at(
                office.store(),
                crate::actions::Scope::test_administrator(),
                later,
            ),
            SendChoicesRequest {
                certificate_id: office.cert,
                path: input,
            },
        )
        .unwrap_err();
        assert_eq!(refused.code(), "sign.certificate-not-usable");
    }
}
