//! Receipt files of the CA. Each request gets two receipts, the second
//! final; CAs send them as a signed CMS message carrying the receipt text,
//! or as a plain text answer. A file is taken as a receipt for an item
//! only when its content names that item's request: the SHA-256 of the
//! envelope or of the PKCS#10 request (hex, any case), or the envelope's
//! file name (`renewal-RUN-CERT.p7m`, unique within the store; a receipt
//! in a compressed PDF is found only if that text is in its bytes). A signed receipt must also be intact. The file's
//! copy is kept beside the request, and the receipts are recorded in the
//! order they come: the first is receipt 1, the next receipt 2.

use super::view::{ensure_run, items, ItemView};
use super::ItemState;
use crate::atomic_file::{self, Access};
use crate::sign::verify::{ParsedSignature, Problem};
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Receipts larger than this are not receipts (they are a few kilobytes);
/// the limit keeps a wrong choice of file from being read whole.
const MAX_RECEIPT_BYTES: u64 = 4 * 1024 * 1024;

/// Imports `file` as the next receipt of the CA for certificate `cert_id`
/// in run `run_id`: checks it names the item's request, keeps its copy
/// beside the request and records it (receipt 1, then the final receipt 2).
pub fn import_receipt(
    store: &Store,
    run_id: i64,
    cert_id: i64,
    file: &Path,
    now: DateTime<Utc>,
) -> Result<ItemView> {
    ensure_run(store, run_id)?;
    let item = item(store, run_id, cert_id)?;
    let number: u8 = match item.state {
        ItemState::Sent => 1,
        ItemState::Receipt1 => 2,
        state => {
            return Err(Error::Renewal(crate::RenewalError::WrongState {
                id: cert_id,
                state: state.name().into(),
            }))
        }
    };
    let bytes = read_limited(file, cert_id)?;
    let content = receipt_content(store, file, &bytes, now)?;
    if !names_request(&content, &item.identifiers) {
        return Err(Error::Renewal(crate::RenewalError::NotAReceipt {
            path: file.to_path_buf(),
            id: cert_id,
        }));
    }
    let sha256 = hex::encode(Sha256::digest(&bytes));
    let seen: Option<i64> = store
        .conn()
        .query_row(
            "SELECT number FROM renewal_receipt WHERE item_id = ?1 AND sha256 = ?2 AND company_id = current_company()",
            params![item.id, sha256],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(number) = seen {
        return Err(Error::Renewal(crate::RenewalError::ReceiptDuplicate {
            path: file.to_path_buf(),
            number,
        }));
    }
    let copy = copy_path(&item.request_path, number, file);
    // The copy of the user's receipt is no more readable than the receipt.
    let metadata = std::fs::metadata(file).map_err(|e| Error::io(file, e))?;
    atomic_file::write_new(&copy, &bytes, Access::like(&metadata))?;
    if let Err(e) = record(store, item.id, cert_id, number, &copy, &sha256, now) {
        // Not recorded: the copy goes too, so a retry is not refused by it.
        let _ = std::fs::remove_file(&copy);
        return Err(e);
    }
    items(store, run_id)?
        .into_iter()
        .find(|i| i.item_id == item.id)
        .ok_or(Error::Renewal(crate::RenewalError::RunNotFound {
            id: run_id,
        }))
}

/// What identifies an item's request, and where its files are.
struct ReceiptItem {
    id: i64,
    state: ItemState,
    request_path: PathBuf,
    identifiers: Vec<String>,
}

fn item(store: &Store, run_id: i64, cert_id: i64) -> Result<ReceiptItem> {
    let (id, state, request, envelope): (i64, ItemState, Option<String>, Option<String>) = store
        .conn()
        .query_row(
            "SELECT id, state, request_path, envelope_path FROM renewal_item
             WHERE run_id = ?1 AND old_cert_id = ?2 AND company_id = current_company()",
            params![run_id, cert_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?
        .ok_or(Error::Renewal(crate::RenewalError::ItemNotFound {
            run: run_id,
            id: cert_id,
        }))?;
    let (Some(request), Some(envelope)) = (request, envelope) else {
        return Err(Error::Renewal(crate::RenewalError::WrongState {
            id: cert_id,
            state: state.name().into(),
        }));
    };
    let mut identifiers = Vec::new();
    for path in [&request, &envelope] {
        // A request file gone from the folder only narrows what matches.
        if let Ok(bytes) = crate::bounded_read::read_regular(
            Path::new(path),
            crate::bounded_read::CERTIFICATE_MAX_BYTES,
        ) {
            identifiers.push(hex::encode(Sha256::digest(&bytes)));
        }
    }
    // The envelope's name as the CA received it: exported files keep it,
    // a mailed envelope is attached under it. (Where it was delivered, an
    // export folder or the CA's address, names no single request.)
    if let Some(name) = Path::new(&envelope).file_name() {
        identifiers.push(name.to_string_lossy().to_lowercase());
    }
    Ok(ReceiptItem {
        id,
        state,
        request_path: PathBuf::from(request),
        identifiers,
    })
}

fn read_limited(file: &Path, cert_id: i64) -> Result<Vec<u8>> {
    crate::bounded_read::read_regular(file, MAX_RECEIPT_BYTES).map_err(|err| match err {
        Error::File(crate::FileError::TooLarge { .. }) => {
            Error::Renewal(crate::RenewalError::NotAReceipt {
                path: file.to_path_buf(),
                id: cert_id,
            })
        }
        other => other,
    })
}

/// The receipt's text: the content of a signed CMS message (DER or PEM),
/// whose signatures must be intact, else the file itself.
fn receipt_content(store: &Store, file: &Path, bytes: &[u8], now: DateTime<Utc>) -> Result<String> {
    let der = match pem::parse(bytes) {
        Ok(block) => block.into_contents(),
        Err(_) => bytes.to_vec(),
    };
    let Some(signed) = ParsedSignature::from_der(&der) else {
        return Ok(String::from_utf8_lossy(bytes).to_lowercase());
    };
    let Some(content) = signed.encapsulated_content() else {
        // A detached signature carries no receipt text.
        return Ok(String::new());
    };
    // Intact is enough: the CA's certificate is rarely in the store, so
    // trust in it is not asked here, only that nothing was altered.
    for index in 0..signed.signer_count() {
        let report = signed.check_signer(store, index, |d| Ok(d.digest(&content)), None, now)?;
        let broken = report.problems.iter().any(|p| {
            matches!(
                p,
                Problem::DigestMismatch
                    | Problem::SignatureInvalid
                    | Problem::SignerCertificateMissing
                    | Problem::NoSignature
            )
        });
        if broken {
            return Err(Error::Sign(crate::SignError::SignatureNotValid {
                path: file.to_path_buf(),
            }));
        }
    }
    Ok(String::from_utf8_lossy(&content).to_lowercase())
}

fn names_request(content: &str, identifiers: &[String]) -> bool {
    identifiers.iter().any(|id| content.contains(id.as_str()))
}

/// `renewal-R-C.p10` and `answer.p7s` -> `renewal-R-C-receipt1.p7s`.
fn copy_path(request: &Path, number: u8, original: &Path) -> PathBuf {
    let stem = super::file_name::request_stem(request);
    let extension = original
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_else(|| "txt".into());
    request.with_file_name(format!("{stem}-receipt{number}.{extension}"))
}

fn record(
    store: &Store,
    item_id: i64,
    cert_id: i64,
    number: u8,
    copy: &Path,
    sha256: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let next = if number == 1 {
        ItemState::Receipt1
    } else {
        ItemState::Receipt2
    };
    let tx = store.write_transaction()?;
    // Checked again under the write lock: another window may have moved
    // the item since it was read.
    let state: ItemState = tx.query_row(
        "SELECT state FROM renewal_item WHERE id = ?1 AND company_id = current_company()",
        [item_id],
        |r| r.get(0),
    )?;
    let expected = if number == 1 {
        ItemState::Sent
    } else {
        ItemState::Receipt1
    };
    if state != expected {
        return Err(Error::Renewal(crate::RenewalError::WrongState {
            id: cert_id,
            state: state.name().into(),
        }));
    }
    let stamp = audit::timestamp(now);
    tx.execute(
        "INSERT INTO renewal_receipt (company_id, item_id, number, path, sha256, received_at)
         VALUES (current_company(), ?1, ?2, ?3, ?4, ?5)",
        params![item_id, number, copy.display().to_string(), sha256, stamp],
    )?;
    tx.execute(
        "UPDATE renewal_item SET state = ?2, updated_at = ?3 WHERE id = ?1 AND company_id = current_company()",
        params![item_id, next.name(), stamp],
    )?;
    audit::record(
        &tx,
        now,
        "renewal.receipt",
        &json!({ "item": item_id, "certificate": cert_id, "receipt": number, "file": true }),
    )?;
    tx.commit()?;
    Ok(())
}
