//! The signed copy of a document: where it goes, whether a file already
//! there is that document signed with a given certificate (so it can be
//! sent as it is instead of signed a second time), and a free name for a
//! new one when the usual name is taken.

use super::digest::DigestAlgorithm;
use super::pdf::kind::has_pdf_extension;
use super::signing::{default_signed_output, SignatureFormat, SignedOutput};
use super::verify::{self, Coverage, Problem, SignatureReport};
use crate::{Error, Result, Store};
use chrono::{DateTime, Utc};
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

/// Whether `signed` is `input` signed with certificate `cert_id`: a PDF
/// signed copy must be `input`'s bytes followed by one update that adds
/// only a signature, which covers the whole file; a `.p7s` must sign
/// `input` as it is.
/// The signature must be intact and made by that certificate; whether its
/// chain is trusted here is not asked, as a certificate from an outside CA
/// signs intact documents too. A file that cannot be read as a signature
/// is simply not one.
pub fn is_signature_of(
    store: &Store,
    cert_id: i64,
    input: &Path,
    signed: &SignedOutput,
    now: DateTime<Utc>,
) -> Result<bool> {
    let verification = match signed.format {
        SignatureFormat::Pades => {
            let one_signing_update =
                || match verify::adds_one_signing_revision(input, &signed.output) {
                    Err(Error::Sign(_)) => Ok(false),
                    other => other,
                };
            if !extends(&signed.output, input)? || !one_signing_update()? {
                return Ok(false);
            }
            verify::verify_file(store, &signed.output, None, now)
        }
        SignatureFormat::Cades => verify::verify_file(store, input, Some(&signed.output), now),
    };
    let verification = match verification {
        Ok(verification) => verification,
        Err(Error::Sign(_)) => return Ok(false),
        Err(other) => return Err(other),
    };
    if verification.format != signed.format || !verification.problems.is_empty() {
        return Ok(false);
    }
    let by_this_certificate = |report: &SignatureReport| {
        report.signer_certificate_id == Some(cert_id)
            && report
                .problems
                .iter()
                .all(|p| says_nothing_of_integrity(*p))
    };
    Ok(match signed.format {
        SignatureFormat::Pades => verification
            .signatures
            .last()
            .is_some_and(|last| last.coverage == Coverage::WholeFile && by_this_certificate(last)),
        SignatureFormat::Cades => verification.signatures.iter().any(by_this_certificate),
    })
}

/// The problems about the signer's standing, not about whether the file is
/// what was signed; any other problem (a new one too) means it is not.
fn says_nothing_of_integrity(problem: Problem) -> bool {
    matches!(
        problem,
        Problem::UntrustedChain
            | Problem::SignerExpired
            | Problem::SignerNotYetValid
            | Problem::SignerRevoked
            | Problem::SealInvalid
            | Problem::NoSigningCertificateAttribute
            | Problem::KeyUsageNotForSigning
    )
}

/// Whether `longer` starts with every byte of `prefix` and goes on after it.
fn extends(longer: &Path, prefix: &Path) -> Result<bool> {
    let longer_file = crate::bounded_read::open_regular(longer)?;
    let prefix_file = crate::bounded_read::open_regular(prefix)?;
    let length = |file: &std::fs::File, path: &Path| {
        file.metadata()
            .map(|m| m.len())
            .map_err(|e| Error::io(path, e))
    };
    let prefix_len = length(&prefix_file, prefix)?;
    if length(&longer_file, longer)? <= prefix_len {
        return Ok(false);
    }
    let sha256 = DigestAlgorithm::Sha256;
    let expected = sha256
        .digest_reader(BufReader::new(prefix_file))
        .map_err(|e| Error::io(prefix, e))?;
    let found = sha256
        .digest_reader(BufReader::new(longer_file).take(prefix_len))
        .map_err(|e| Error::io(longer, e))?;
    Ok(expected == found)
}

/// The signed copy of `input` named `name` in `input`'s folder. Refuses a
/// name that is not a plain file name, and for a PDF signed inside a name
/// not ending in `.pdf`; an existing file is refused when signing.
pub fn output_named(input: &Path, name: &str) -> Result<SignedOutput> {
    let trimmed = name.trim();
    let plain = !trimmed.is_empty()
        && Path::new(trimmed).file_name() == Some(std::ffi::OsStr::new(trimmed))
        && !trimmed.contains(['/', '\\']);
    if !plain {
        return Err(Error::Sign(crate::SignError::OutputNameInvalid {
            name: name.to_string(),
        }));
    }
    let format = default_signed_output(input)?.format;
    let output = input.with_file_name(trimmed);
    match format {
        SignatureFormat::Pades if !has_pdf_extension(&output) => {
            Err(Error::Sign(crate::SignError::PdfSignedOutputNotNamedPdf {
                path: output,
            }))
        }
        SignatureFormat::Cades if has_pdf_extension(&output) => {
            Err(Error::Sign(crate::SignError::PdfDetachedOutputNamedPdf {
                path: output,
            }))
        }
        _ => Ok(SignedOutput { output, format }),
    }
}

/// The first of `NAME-2.EXT`, `NAME-3.EXT`, ... beside `taken` that no
/// file has (`scan-signed-2.pdf`, `offer.docx-2.p7s`), as a file name.
pub fn free_name(taken: &Path) -> Result<String> {
    let name = taken
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) if !stem.is_empty() => (stem.to_string(), format!(".{extension}")),
        _ => (name.clone(), String::new()),
    };
    (2..1000)
        .map(|n| format!("{stem}-{n}{extension}"))
        .find(|candidate| !taken.with_file_name(candidate).exists())
        .ok_or_else(|| {
            Error::File(crate::FileError::Exists {
                path: PathBuf::from(taken),
            })
        })
}
