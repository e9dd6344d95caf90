//! Signing a file with a certificate SealDesk holds the key of.

use super::p7s;
use crate::keys::signer::Signer;
use crate::keys::unlock::{open_signer, KeySecret};
use crate::pki::registry;
use crate::pki::status::Status;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The kinds of signature SealDesk writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SignatureFormat {
    /// A detached CAdES signature in a `.p7s` file beside the document.
    Cades,
}

/// A signature written.
#[derive(Debug, Clone, Serialize)]
pub struct SignedOutput {
    /// The signature file.
    pub output: PathBuf,
    /// Its format.
    pub format: SignatureFormat,
}

/// How to sign.
#[derive(Debug, Clone, Default)]
pub struct SignOptions<'a> {
    /// The signature file; `INPUT.p7s` when `None`.
    pub output: Option<&'a Path>,
    /// Sign a PDF as a detached `.p7s` beside it.
    pub detached: bool,
}

/// A certificate's key, opened once to sign one file or many.
pub struct OpenedSigner {
    cert_id: i64,
    signer: Box<dyn Signer>,
    chain: Vec<Vec<u8>>,
}

impl OpenedSigner {
    /// The certificate the signatures are made with.
    pub fn certificate_id(&self) -> i64 {
        self.cert_id
    }
}

/// Signs `input` with certificate `cert_id`, whose key `secret` opens.
/// Refuses a certificate that cannot be relied on now (expired, revoked,
/// its seal fallen) and an output that exists before touching the key.
pub fn sign_file(
    store: &Store,
    cert_id: i64,
    secret: KeySecret<'_>,
    input: &Path,
    options: &SignOptions<'_>,
    now: DateTime<Utc>,
) -> Result<SignedOutput> {
    let key_id = usable_key(store, cert_id, now)?;
    plan_output(input, options)?;
    let signer = open_usable(store, cert_id, key_id, secret)?;
    sign_with(store, &signer, input, options, now)
}

/// Checks that certificate `cert_id` can sign now and opens its key.
pub fn open_for_signing(
    store: &Store,
    cert_id: i64,
    secret: KeySecret<'_>,
    now: DateTime<Utc>,
) -> Result<OpenedSigner> {
    let key_id = usable_key(store, cert_id, now)?;
    open_usable(store, cert_id, key_id, secret)
}

/// Signs `input` with a key opened by [`open_for_signing`].
pub fn sign_with(
    store: &Store,
    opened: &OpenedSigner,
    input: &Path,
    options: &SignOptions<'_>,
    now: DateTime<Utc>,
) -> Result<SignedOutput> {
    let output = plan_output(input, options)?;
    p7s::sign_detached(opened.signer.as_ref(), &opened.chain, input, &output, now)?;
    audit::record(
        store.conn(),
        now,
        audit::ADMINISTRATOR,
        "document.signed",
        &json!({ "certificate": opened.cert_id, "format": "cades", "file": file_name(input) }),
    )?;
    Ok(SignedOutput {
        output,
        format: SignatureFormat::Cades,
    })
}

/// The key of certificate `cert_id`, if the certificate may sign at `now`.
fn usable_key(store: &Store, cert_id: i64, now: DateTime<Utc>) -> Result<i64> {
    let record = registry::get(store, cert_id, now)?;
    if matches!(
        record.status,
        Status::Expired | Status::NotYetValid | Status::Revoked | Status::IssuerInvalid
    ) {
        return Err(Error::CertificateNotUsable {
            id: cert_id,
            status: status_name(record.status),
        });
    }
    record
        .key_id
        .ok_or(Error::CertificateHasNoKey { id: cert_id })
}

fn open_usable(
    store: &Store,
    cert_id: i64,
    key_id: i64,
    secret: KeySecret<'_>,
) -> Result<OpenedSigner> {
    let signer = open_signer(store, key_id, secret)?;
    let chain = registry::chain(store.conn(), cert_id)?;
    Ok(OpenedSigner {
        cert_id,
        signer,
        chain,
    })
}

/// Where the signature of `input` goes; refuses what cannot be written.
fn plan_output(input: &Path, options: &SignOptions<'_>) -> Result<PathBuf> {
    if is_pdf(input)? && !options.detached {
        return Err(Error::PdfNeedsDetached {
            path: input.to_path_buf(),
        });
    }
    let output = options
        .output
        .map(Path::to_path_buf)
        .unwrap_or_else(|| p7s::default_output(input));
    if output.exists() {
        return Err(Error::FileExists { path: output });
    }
    Ok(output)
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

/// Whether the file starts like a PDF.
fn is_pdf(path: &Path) -> Result<bool> {
    let mut head = [0u8; 5];
    let mut file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let read = file.read(&mut head).map_err(|e| Error::io(path, e))?;
    Ok(&head[..read] == b"%PDF-")
}
