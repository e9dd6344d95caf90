//! Signing many files with one certificate: the key is opened once (one
//! password or PIN for the whole batch), then each file is signed on its
//! own, so one unreadable file does not stop the others. Each signature
//! written is verified at once, so the user sees it checked, not assumed.

use super::signing::{open_for_signing, sign_with, SignOptions, SignatureFormat, SignedOutput};
use super::verify::{self, Verification};
use crate::error::ErrorPayload;
use crate::keys::unlock::KeySecret;
use crate::{Error, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What became of one file of a batch.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export, rename = "SignedItem")]
pub struct BatchItem {
    /// The file that was to be signed.
    pub input: PathBuf,
    /// The signature written, when it worked.
    pub signed: Option<SignedOutput>,
    /// The check of the signature written.
    pub verification: Option<Verification>,
    /// Why signing (or checking) did not work, when it did not.
    pub error: Option<ErrorPayload>,
}

/// Signs every file of `inputs` with certificate `cert_id`. `progress` is
/// told after each file how many are done; when it returns `false` the
/// batch stops before the next file and the rest are reported cancelled.
///
/// Fails as a whole only when the certificate cannot sign or its key does
/// not open (wrong password or PIN): then no file was touched.
pub fn sign_batch(
    store: &Store,
    cert_id: i64,
    secret: KeySecret<'_>,
    inputs: &[PathBuf],
    now: DateTime<Utc>,
    mut progress: impl FnMut(usize, usize) -> bool,
) -> Result<Vec<BatchItem>> {
    let opened = open_for_signing(store, cert_id, secret, now)?;
    let mut items = Vec::with_capacity(inputs.len());
    let mut go_on = true;
    for (done, input) in inputs.iter().enumerate() {
        let outcome = if go_on {
            sign_with(store, &opened, input, &SignOptions::default(), now)
        } else {
            Err(Error::General(crate::GeneralError::Cancelled))
        };
        items.push(item(store, input, outcome, now));
        if go_on {
            go_on = progress(done + 1, inputs.len());
        }
    }
    Ok(items)
}

fn item(
    store: &Store,
    input: &Path,
    outcome: Result<SignedOutput>,
    now: DateTime<Utc>,
) -> BatchItem {
    let mut item = BatchItem {
        input: input.to_path_buf(),
        signed: None,
        verification: None,
        error: None,
    };
    match outcome {
        Ok(signed) => {
            let checked = match signed.format {
                SignatureFormat::Pades => verify::verify_file(store, &signed.output, None, now),
                SignatureFormat::Cades => {
                    verify::verify_file(store, input, Some(&signed.output), now)
                }
            };
            match checked {
                Ok(verification) => item.verification = Some(verification),
                Err(error) => item.error = Some(error.to_payload()),
            }
            item.signed = Some(signed);
        }
        Err(error) => item.error = Some(error.to_payload()),
    }
    item
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store with a seal and one signing certificate whose key file
    /// opens with "signer-pw"; returns the certificate id.
    fn office(dir: &Path) -> (Store, i64) {
        let (sealed, cert) = crate::test_support::signing_office(dir, Utc::now());
        (sealed.store, cert)
    }

    /// Signs `inputs` now with certificate `cert`, its key opened with
    /// `password`.
    fn sign(
        store: &Store,
        cert: i64,
        password: &str,
        inputs: &[PathBuf],
        progress: impl FnMut(usize, usize) -> bool,
    ) -> Result<Vec<BatchItem>> {
        let secret = KeySecret::Password(password);
        sign_batch(store, cert, secret, inputs, Utc::now(), progress)
    }

    fn files(dir: &Path, names: &[&str]) -> Vec<PathBuf> {
        names
            .iter()
            .map(|name| {
                let path = dir.join(name);
                std::fs::write(&path, name.as_bytes()).unwrap();
                path
            })
            .collect()
    }

    #[test]
    fn a_batch_signs_each_file_and_reports_the_one_that_failed() {
        let dir = tempfile::tempdir().unwrap();
        let (store, cert) = office(dir.path());
        let mut inputs = files(dir.path(), &["faktura 1.txt", "umowa.xml"]);
        inputs.insert(1, dir.path().join("missing.txt"));
        let mut seen = Vec::new();
        let items = sign(&store, cert, "signer-pw", &inputs, |done, total| {
            seen.push((done, total));
            true
        })
        .unwrap();
        assert_eq!(seen, vec![(1, 3), (2, 3), (3, 3)]);
        assert!(items[0].signed.is_some() && items[2].signed.is_some());
        for signed in [&items[0], &items[2]] {
            let verification = signed.verification.as_ref().expect("checked");
            assert!(verification.valid, "{verification:?}");
        }
        assert!(dir.path().join("faktura 1.txt.p7s").exists());
        assert!(dir.path().join("umowa.xml.p7s").exists());
        assert_eq!(items[1].error.as_ref().unwrap().code, "io.not-found");
    }

    #[test]
    fn a_wrong_password_fails_the_batch_before_any_file() {
        let dir = tempfile::tempdir().unwrap();
        let (store, cert) = office(dir.path());
        let inputs = files(dir.path(), &["a.txt", "b.txt"]);
        let err = sign(&store, cert, "wrong", &inputs, |_, _| true).unwrap_err();
        assert_eq!(err.code(), "key.wrong-password");
        assert!(!dir.path().join("a.txt.p7s").exists());
    }

    #[test]
    fn a_cancelled_batch_leaves_the_rest_unsigned() {
        let dir = tempfile::tempdir().unwrap();
        let (store, cert) = office(dir.path());
        let inputs = files(dir.path(), &["a.txt", "b.txt", "c.txt"]);
        let items = sign(&store, cert, "signer-pw", &inputs, |done, _| done < 1).unwrap();
        assert!(items[0].signed.is_some());
        assert_eq!(items[1].error.as_ref().unwrap().code, "cancelled");
        assert_eq!(items[2].error.as_ref().unwrap().code, "cancelled");
        assert!(!dir.path().join("b.txt.p7s").exists());
    }

    #[test]
    fn a_pdf_whose_header_is_not_at_its_start_is_reported_not_signed_as_a_cms() {
        let dir = tempfile::tempdir().unwrap();
        let (store, cert) = office(dir.path());
        let fixture =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/pdf/pdfkit.pdf");
        let input = dir.path().join("skan.pdf");
        let bytes = [vec![b'#'; 100], std::fs::read(fixture).unwrap()].concat();
        std::fs::write(&input, bytes).unwrap();
        let items = sign(&store, cert, "signer-pw", &[input], |_, _| true).unwrap();
        assert!(items[0].signed.is_none());
        assert_eq!(
            items[0].error.as_ref().unwrap().code,
            "pdf.header-not-at-start"
        );
        assert!(!dir.path().join("skan-signed.pdf").exists());
        assert!(!dir.path().join("skan.pdf.p7s").exists());
    }
}
