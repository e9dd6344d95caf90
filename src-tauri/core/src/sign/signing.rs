//! Signing a file with a certificate SealDesk holds the key of.

use super::p7s;
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

/// Signs `input` with certificate `cert_id`, whose key `secret` opens.
/// Refuses a certificate that cannot be relied on now (expired, revoked,
/// its seal fallen) before touching the key.
pub fn sign_file(
    store: &Store,
    cert_id: i64,
    secret: KeySecret<'_>,
    input: &Path,
    options: &SignOptions<'_>,
    now: DateTime<Utc>,
) -> Result<SignedOutput> {
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
    let key_id = record
        .key_id
        .ok_or(Error::CertificateHasNoKey { id: cert_id })?;
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
    let signer = open_signer(store, key_id, secret)?;
    let chain = registry::chain(store.conn(), cert_id)?;
    p7s::sign_detached(signer.as_ref(), &chain, input, &output, now)?;
    audit::record(
        store.conn(),
        now,
        audit::ADMINISTRATOR,
        "document.signed",
        &json!({ "certificate": cert_id, "format": "cades", "file": file_name(input) }),
    )?;
    Ok(SignedOutput {
        output,
        format: SignatureFormat::Cades,
    })
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
