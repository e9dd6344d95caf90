//! Checking signatures: detached CAdES (`.p7s`) beside any file, and the
//! signatures inside a PDF (PAdES, or the older `adbe.pkcs7.detached`).
//!
//! A signature is *intact* when the content's digest equals the signed
//! messageDigest and the signature over the signed attributes verifies with
//! the signer's key; it is *trusted* when the signer's certificate chains to
//! a certificate the store trusts (the company seal, imported root CAs) and
//! neither the signer nor a CA above it is revoked or out of its validity.
//! Everything found wrong is a [`Problem`] with a stable code the UI and CLI
//! put into words; only malformed input (not a signature at all, a missing
//! file) is an [`Error`](crate::Error).

mod algorithms;
mod chain;
mod cms;
mod pdf;

pub use algorithms::ContentDigest;
pub use cms::ParsedSignature;

use crate::{Error, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where a signature lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Signatures inside a PDF.
    Pades,
    /// A detached CMS signature file beside the document.
    Cades,
}

/// Something found wrong with a signature or a document, with a stable code
/// (`verify-problem-<code>` in the Fluent files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Problem {
    /// The signed content was changed after signing.
    DigestMismatch,
    /// The signature value does not verify with the signer's key.
    SignatureInvalid,
    /// The signer's certificate is neither in the signature nor in the store.
    SignerCertificateMissing,
    /// The signer's certificate does not lead to a certificate the store trusts.
    UntrustedChain,
    /// The signer's certificate had expired (at signing or now).
    SignerExpired,
    /// The signer's certificate was not yet valid (at signing or now).
    SignerNotYetValid,
    /// The signer's certificate is revoked.
    SignerRevoked,
    /// A CA above the signer (the company seal) is revoked or out of validity.
    SealInvalid,
    /// Bytes were added to the PDF after its last signature.
    ContentAddedAfter,
    /// No ESS signing-certificate(-v2) attribute binds the signer's
    /// certificate; CAdES baseline asks for one, but the content is intact.
    NoSigningCertificateAttribute,
    /// The signing-certificate attribute names another certificate.
    SigningCertificateMismatch,
    /// SHA-1 or another broken algorithm protects the signature.
    WeakAlgorithm,
    /// An algorithm SealDesk cannot check.
    UnsupportedAlgorithm,
    /// A PDF signature's /ByteRange does not describe the file.
    ByteRangeInvalid,
    /// A kind of PDF signature SealDesk does not check (e.g. a document
    /// timestamp).
    UnsupportedSignatureType,
    /// There is no signature to check.
    NoSignature,
}

impl Problem {
    /// Every problem, for completeness checks of the translations.
    pub const ALL: [Problem; 16] = [
        Problem::DigestMismatch,
        Problem::SignatureInvalid,
        Problem::SignerCertificateMissing,
        Problem::UntrustedChain,
        Problem::SignerExpired,
        Problem::SignerNotYetValid,
        Problem::SignerRevoked,
        Problem::SealInvalid,
        Problem::ContentAddedAfter,
        Problem::NoSigningCertificateAttribute,
        Problem::SigningCertificateMismatch,
        Problem::WeakAlgorithm,
        Problem::UnsupportedAlgorithm,
        Problem::ByteRangeInvalid,
        Problem::UnsupportedSignatureType,
        Problem::NoSignature,
    ];

    /// Whether the problem makes the verification fail. Only a missing
    /// signing-certificate attribute is a warning: ETSI EN 319 122-1 asks
    /// for it to bind the certificate, but without it the signature still
    /// proves the content and the key (many tools, OpenSSL among them, omit
    /// it unless told).
    pub fn is_blocking(self) -> bool {
        !matches!(self, Problem::NoSigningCertificateAttribute)
    }

    /// The stable code, e.g. `digest-mismatch`.
    pub fn code(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }
}

/// One signature's findings.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SignatureReport {
    /// The signer's certificate subject, RFC 4514, when the certificate is known.
    pub signer: Option<String>,
    /// The signer's certificate in the store, if it is there.
    pub signer_certificate_id: Option<i64>,
    /// The claimed signing time (signingTime, or the PDF's /M).
    pub signed_at: Option<DateTime<Utc>>,
    /// Whether the signature covers every byte of the document.
    pub covers_whole_document: bool,
    /// What is wrong, most serious first; empty when all is well.
    pub problems: Vec<Problem>,
}

/// The outcome of checking a document.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Verification {
    /// Intact, trusted and without any blocking problem.
    pub valid: bool,
    /// PDF signatures or a detached signature.
    pub format: Format,
    /// Every signature found, in file order.
    pub signatures: Vec<SignatureReport>,
    /// Problems of the document as a whole (no signature, content added
    /// after the last signature).
    pub problems: Vec<Problem>,
}

impl Verification {
    fn new(format: Format, signatures: Vec<SignatureReport>, mut problems: Vec<Problem>) -> Self {
        if signatures.is_empty() && !problems.contains(&Problem::NoSignature) {
            problems.push(Problem::NoSignature);
        }
        problems.sort();
        problems.dedup();
        let blocking = |p: &Problem| p.is_blocking();
        let valid = !problems.iter().any(blocking)
            && signatures.iter().all(|s| !s.problems.iter().any(blocking));
        Self {
            valid,
            format,
            signatures,
            problems,
        }
    }

    /// Every problem found, the document's then each signature's, without
    /// repeats, for a one-line-per-problem summary.
    pub fn all_problems(&self) -> Vec<Problem> {
        let mut all: Vec<Problem> = self
            .problems
            .iter()
            .chain(self.signatures.iter().flat_map(|s| s.problems.iter()))
            .copied()
            .collect();
        all.sort();
        all.dedup();
        all
    }
}

/// Checks the signatures of `input`: the ones inside it when it is a PDF
/// (it starts with `%PDF-`), else the detached signature `signature`, by
/// default `INPUT.p7s` beside it. `now` decides validity and revocation.
pub fn verify_file(
    store: &Store,
    input: &Path,
    signature: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<Verification> {
    let mut file = std::fs::File::open(input).map_err(|e| Error::io(input, e))?;
    if signature.is_none() && starts_like_pdf(&mut file, input)? {
        return pdf::verify_pdf(store, input, file, now);
    }
    drop(file);
    let signature_path = signature
        .map(Path::to_path_buf)
        .unwrap_or_else(|| super::p7s::default_output(input));
    verify_detached(store, input, &signature_path, now)
}

fn starts_like_pdf(file: &mut std::fs::File, path: &Path) -> Result<bool> {
    let mut head = [0u8; 5];
    let mut read = 0;
    while read < head.len() {
        let n = file
            .read(&mut head[read..])
            .map_err(|e| Error::io(path, e))?;
        if n == 0 {
            break;
        }
        read += n;
    }
    Ok(&head[..read] == b"%PDF-")
}

/// A detached signature file over `input`.
fn verify_detached(
    store: &Store,
    input: &Path,
    signature_path: &Path,
    now: DateTime<Utc>,
) -> Result<Verification> {
    let der = match std::fs::read(signature_path) {
        Ok(der) => der,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::SignatureFileMissing {
                path: PathBuf::from(signature_path),
            })
        }
        Err(e) => return Err(Error::io(signature_path, e)),
    };
    let parsed = ParsedSignature::from_der(&der).ok_or_else(|| Error::SignatureNotCms {
        path: PathBuf::from(signature_path),
    })?;
    let mut reports = Vec::new();
    for index in 0..parsed.signer_count() {
        let report = parsed.check_signer(
            store,
            index,
            |digest| {
                let file = std::fs::File::open(input).map_err(|e| Error::io(input, e))?;
                digest
                    .digest_reader(std::io::BufReader::new(file))
                    .map_err(|e| Error::io(input, e))
            },
            None,
            now,
        )?;
        reports.push(SignatureReport {
            covers_whole_document: true,
            ..report
        });
    }
    Ok(Verification::new(Format::Cades, reports, Vec::new()))
}
