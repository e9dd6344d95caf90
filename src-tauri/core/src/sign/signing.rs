//! Signing a file with a certificate SealDesk holds the key of: PDFs as
//! PAdES inside a signed copy, anything else (or a PDF on request) as a
//! detached CAdES `.p7s`.

use super::p7s;
use super::pdf::{self, PreparedPdf, SignatureInfo};
use crate::keys::signer::Signer;
use crate::keys::unlock::{open_signer, KeySecret};
use crate::pki::registry;
use crate::pki::status::Status;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::path::{Path, PathBuf};

/// The kinds of signature SealDesk writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum SignatureFormat {
    /// A detached CAdES signature in a `.p7s` file beside the document.
    Cades,
    /// A PAdES signature inside a signed copy of the PDF.
    Pades,
}

/// A signature written.
#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct SignedOutput {
    /// The signature file.
    pub output: PathBuf,
    /// Its format.
    pub format: SignatureFormat,
}

/// How to sign.
#[derive(Debug, Clone, Default)]
pub struct SignOptions<'a> {
    /// The output; when `None`, `NAME-signed.pdf` for a PDF signed as
    /// PAdES, `INPUT.p7s` otherwise.
    pub output: Option<&'a Path>,
    /// Sign a PDF as a detached `.p7s` beside it.
    pub detached: bool,
    /// Why the document is signed, written into a PDF signature.
    pub reason: Option<&'a str>,
}

/// A certificate's key, opened once to sign one file or many.
pub struct OpenedSigner {
    cert_id: i64,
    signer: Box<dyn Signer>,
    chain: Vec<Vec<u8>>,
}

impl OpenedSigner {
    /// The opened key.
    pub fn signer(&self) -> &dyn Signer {
        self.signer.as_ref()
    }

    /// The certificate's chain: its DER first, then its issuers.
    pub fn chain(&self) -> &[Vec<u8>] {
        &self.chain
    }
}

/// Signs `input` with certificate `cert_id`, whose key `secret` opens.
/// Refuses a certificate that cannot be relied on now (expired, revoked,
/// its seal fallen), an output that exists and a PDF that cannot be signed
/// before touching the key (whose unlock is slow, or counts PIN tries).
pub fn sign_file(
    store: &Store,
    cert_id: i64,
    secret: KeySecret<'_>,
    input: &Path,
    options: &SignOptions<'_>,
    now: DateTime<Utc>,
) -> Result<SignedOutput> {
    let key_id = usable_key(store, cert_id, now)?;
    let chain = registry::chain(store.conn(), cert_id)?;
    let plan = plan(input, options, &chain, now)?;
    let signer = open_signer(store, key_id, secret)?;
    let opened = OpenedSigner {
        cert_id,
        signer,
        chain,
    };
    finish(store, &opened, input, plan, now)
}

/// Checks that certificate `cert_id` can sign now and opens its key.
pub fn open_for_signing(
    store: &Store,
    cert_id: i64,
    secret: KeySecret<'_>,
    now: DateTime<Utc>,
) -> Result<OpenedSigner> {
    let key_id = usable_key(store, cert_id, now)?;
    let signer = open_signer(store, key_id, secret)?;
    let chain = registry::chain(store.conn(), cert_id)?;
    Ok(OpenedSigner {
        cert_id,
        signer,
        chain,
    })
}

/// Signs `input` with a key opened by [`open_for_signing`].
pub fn sign_with(
    store: &Store,
    opened: &OpenedSigner,
    input: &Path,
    options: &SignOptions<'_>,
    now: DateTime<Utc>,
) -> Result<SignedOutput> {
    let plan = plan(input, options, &opened.chain, now)?;
    finish(store, opened, input, plan, now)
}

/// Where signing `input` with the default options writes, and in which
/// format: `NAME-signed.pdf` (PAdES) for a PDF, `INPUT.p7s` otherwise.
pub fn default_signed_output(input: &Path) -> Result<SignedOutput> {
    let pades = pdf::kind::of_path(input)?.is_pdf();
    Ok(SignedOutput {
        output: default_output(input, pades),
        format: if pades {
            SignatureFormat::Pades
        } else {
            SignatureFormat::Cades
        },
    })
}

fn default_output(input: &Path, pades: bool) -> PathBuf {
    if pades {
        pdf::default_output(input)
    } else {
        p7s::default_output(input)
    }
}

/// The key of certificate `cert_id`, if the certificate may sign at `now`.
pub(crate) fn usable_key(store: &Store, cert_id: i64, now: DateTime<Utc>) -> Result<i64> {
    let record = registry::get(store, cert_id, now)?;
    if matches!(
        record.status,
        Status::Expired | Status::NotYetValid | Status::Revoked | Status::IssuerInvalid
    ) {
        return Err(Error::Sign(crate::SignError::CertificateNotUsable {
            id: cert_id,
            status: status_name(record.status),
        }));
    }
    record
        .key_id
        .ok_or(Error::Pki(crate::PkiError::CertificateHasNoKey {
            id: cert_id,
        }))
}

/// What signing one file will write.
struct Plan {
    output: PathBuf,
    target: Target,
}

enum Target {
    /// A signed copy of the PDF, read and prepared already.
    Pades(PreparedPdf),
    /// A detached `.p7s`.
    Cades,
}

/// Where the signature of `input` goes and in which form; refuses an
/// existing output, a PDF that cannot be signed inside, and a detached
/// signature (a CMS, no PDF) named like a PDF.
fn plan(
    input: &Path,
    options: &SignOptions<'_>,
    chain: &[Vec<u8>],
    now: DateTime<Utc>,
) -> Result<Plan> {
    let kind = pdf::kind::of_path(input)?;
    let pades = kind.is_pdf() && !options.detached;
    let output = match options.output {
        Some(path) => path.to_path_buf(),
        None => default_output(input, pades),
    };
    if !pades && pdf::kind::has_pdf_extension(&output) {
        return Err(Error::Sign(crate::SignError::PdfDetachedOutputNamedPdf {
            path: output,
        }));
    }
    if output.exists() {
        return Err(Error::File(crate::FileError::Exists { path: output }));
    }
    let target = if pades {
        let info = SignatureInfo {
            name: chain.first().and_then(|der| common_name(der)),
            reason: options.reason.map(str::to_string),
            time: now,
        };
        // A PDF whose header is not at its start is refused here, before
        // the key is opened.
        Target::Pades(PreparedPdf::open(
            input,
            &info,
            chain.iter().map(Vec::len).sum(),
        )?)
    } else {
        Target::Cades
    };
    Ok(Plan { output, target })
}

fn finish(
    store: &Store,
    opened: &OpenedSigner,
    input: &Path,
    plan: Plan,
    now: DateTime<Utc>,
) -> Result<SignedOutput> {
    let signer = opened.signer.as_ref();
    let format = match plan.target {
        Target::Pades(prepared) => {
            prepared.sign(signer, &opened.chain, &plan.output)?;
            SignatureFormat::Pades
        }
        Target::Cades => {
            p7s::sign_detached(signer, &opened.chain, input, &plan.output, now)?;
            SignatureFormat::Cades
        }
    };
    audit::record(
        store.conn(),
        now,
        "document.signed",
        &json!({ "certificate": opened.cert_id, "format": format, "file": file_name(input) }),
    )?;
    Ok(SignedOutput {
        output: plan.output,
        format,
    })
}

/// The subject's common name, for the PDF's `/Name`.
fn common_name(der: &[u8]) -> Option<String> {
    let parsed = crate::pki::decode::parse_certificate(der).ok()?;
    let subject = parsed.subject_name().ok()?;
    // Only the first common name, and only when it is plain text.
    let cn = crate::pki::name::attributes_of(&subject, crate::pki::name::COMMON_NAME).next()?;
    crate::pki::name::plain_text(cn).map(str::to_string)
}

fn status_name(status: Status) -> String {
    serde_json::to_value(status)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
