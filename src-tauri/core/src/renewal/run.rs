//! Running a planned renewal: for each item a new key, its request, the
//! envelope signed by the old certificate, and delivery, each step committed
//! on its own so that a run resumes where it stopped and does nothing twice.

use super::view::{self, RunView};
use super::{envelope, request, ItemState};
use crate::atomic_file::{self, Access};
use crate::keys::registry as key_registry;
use crate::keys::unlock::{open_signer, KeySecret};
use crate::keys::{file, GeneratedKey, KeyAlgorithm};
use crate::pki::registry;
use crate::secret::Secret;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde_json::json;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Where the envelopes go.
#[derive(Debug, Clone)]
pub enum Delivery {
    /// Written into this folder, for upload to the CA or sending by hand.
    Export(PathBuf),
    /// E-mailed to the CA through the mail outbox with the
    /// `renewal-request` template.
    Mail {
        /// The CA's address.
        to: String,
        /// The letter's language (`uk`, `pl-PL`, …); the interface
        /// language chosen in the settings when `None`.
        language: Option<String>,
    },
}

impl FromStr for Delivery {
    type Err = Error;

    /// `export:DIR` or `mail:ADDRESS` (in the interface language).
    fn from_str(value: &str) -> Result<Self> {
        match value.split_once(':') {
            Some(("export", dir)) if !dir.is_empty() => Ok(Delivery::Export(PathBuf::from(dir))),
            Some(("mail", address)) if !address.is_empty() => Ok(Delivery::Mail {
                to: address.to_string(),
                language: None,
            }),
            _ => Err(Error::Renewal(crate::RenewalError::DeliveryUnsupported {
                method: value.to_string(),
            })),
        }
    }
}

/// The secrets a run needs.
pub struct RunSecrets<'a> {
    /// Password or PIN of each old certificate's key, by certificate id.
    pub old: &'a BTreeMap<i64, Secret>,
    /// Password for the new key files, or the PIN of the token that
    /// receives the new keys.
    pub new_key_password: &'a str,
}

/// One item as the run sees it.
struct Item {
    id: i64,
    old_cert_id: i64,
    new_key_id: Option<i64>,
    state: ItemState,
    email: Option<String>,
    envelope_path: Option<PathBuf>,
    delivered_to: Option<String>,
}

/// Runs (or resumes) run `run_id`: every item not yet sent is formed and
/// delivered. An item that fails (a wrong old password, say) is marked
/// failed with its error and the others go on; running again retries it.
/// Before each item the run looks whether it or the item was cancelled
/// (from another window, say) and stops or skips it. `progress` hears of
/// each item as it is done and answers whether to go on: `false` stops the
/// run after that item, leaving the rest as they are for the next run.
pub fn run(
    store: &Store,
    run_id: i64,
    secrets: &RunSecrets<'_>,
    delivery: &Delivery,
    now: DateTime<Utc>,
    progress: &mut dyn FnMut(&view::ItemView) -> bool,
) -> Result<RunView> {
    run_items(store, run_id, None, secrets, delivery, now, progress)
}

/// Retries the failed item of certificate `cert_id` in run `run_id` alone.
pub fn retry(
    store: &Store,
    run_id: i64,
    cert_id: i64,
    secrets: &RunSecrets<'_>,
    delivery: &Delivery,
    now: DateTime<Utc>,
    progress: &mut dyn FnMut(&view::ItemView) -> bool,
) -> Result<RunView> {
    view::ensure_run(store, run_id)?;
    let item = items(store, run_id)?
        .into_iter()
        .find(|i| i.old_cert_id == cert_id)
        .ok_or(Error::Renewal(crate::RenewalError::ItemNotFound {
            run: run_id,
            id: cert_id,
        }))?;
    if item.state != ItemState::Failed {
        return Err(Error::Renewal(crate::RenewalError::WrongState {
            id: cert_id,
            state: item.state.name().into(),
        }));
    }
    run_items(
        store,
        run_id,
        Some(item.id),
        secrets,
        delivery,
        now,
        progress,
    )
}

fn run_items(
    store: &Store,
    run_id: i64,
    only: Option<i64>,
    secrets: &RunSecrets<'_>,
    delivery: &Delivery,
    now: DateTime<Utc>,
    progress: &mut dyn FnMut(&view::ItemView) -> bool,
) -> Result<RunView> {
    match delivery {
        Delivery::Export(dir) => std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?,
        // Checked before any key is made: a run that cannot mail stops here.
        Delivery::Mail { to, .. } => super::mailing::check(store, to)?,
    }
    let settings = run_settings(store, run_id)?;
    let _lock = lock_run(&settings.key_dir, run_id)?;
    for item in items(store, run_id)? {
        if only.is_some_and(|id| id != item.id) {
            continue;
        }
        let (run_cancelled, item_cancelled) = super::cancel::stopped(store, run_id, item.id)?;
        if run_cancelled {
            break;
        }
        if item_cancelled
            || !matches!(
                item.state,
                ItemState::Planned | ItemState::Formed | ItemState::Failed
            )
        {
            continue;
        }
        let outcome = advance(store, run_id, &item, secrets, &settings, delivery, now);
        if let Err(err) = outcome {
            record_failure(store, item.id, &err, now)?;
        }
        if let Some(view) = view::items(store, run_id)?
            .into_iter()
            .find(|v| v.item_id == item.id)
        {
            if !progress(&view) {
                break;
            }
        }
    }
    view::show_run(store, run_id)
}

fn advance(
    store: &Store,
    run_id: i64,
    item: &Item,
    secrets: &RunSecrets<'_>,
    settings: &RunSettings,
    delivery: &Delivery,
    now: DateTime<Utc>,
) -> Result<()> {
    if item.delivered_to.is_some() {
        // Delivered before a failure was noted: nothing is sent again.
        return set_state(store, item.id, ItemState::Sent, now);
    }
    let holder = registry::get(store, item.old_cert_id, now)?.holder.name;
    let name = super::file_name::item_stem(&holder, run_id, item.old_cert_id);
    let envelope_path = match &item.envelope_path {
        Some(path) => path.clone(),
        None => form(store, item, secrets, settings, &name, now)?,
    };
    let delivered_to = match delivery {
        Delivery::Export(dir) => export(item, &envelope_path, dir)?,
        Delivery::Mail { to, language } => super::mailing::queue_request(
            store,
            &super::mailing::Request {
                run_id,
                item_id: item.id,
                old_cert_id: item.old_cert_id,
                envelope: &envelope_path,
            },
            to,
            language.as_deref(),
            now,
        )?,
    };
    mark_sent(store, item, &delivered_to, now)
}

/// Makes the new key (unless the item has one), the request and the
/// envelope; the item becomes formed.
fn form(
    store: &Store,
    item: &Item,
    secrets: &RunSecrets<'_>,
    settings: &RunSettings,
    name: &str,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    let base = settings.key_dir.join(name);
    let old = registry::get(store, item.old_cert_id, now)?;
    let old_key_id = old
        .key_id
        .ok_or(Error::Pki(crate::PkiError::CertificateHasNoKey {
            id: old.id,
        }))?;
    let (old_location, old_algorithm) = key_row(store, old_key_id)?;
    let old_secret = secrets
        .old
        .get(&item.old_cert_id)
        .ok_or(Error::Key(crate::KeyError::PasswordRequired))?;
    // The old secret is checked first: a wrong one must leave no new key.
    let old_signer = open_signer(
        store,
        old_key_id,
        if old_location == "token" {
            KeySecret::Pin(old_secret.as_str())
        } else {
            KeySecret::Password(old_secret.as_str())
        },
    )?;
    let algorithm = settings.algorithm.unwrap_or(old_algorithm);
    let new_key_id = match (item.new_key_id, &settings.token) {
        (Some(id), _) => id,
        (None, None) => new_key(
            store,
            item.id,
            algorithm,
            &base.with_extension("key"),
            secrets.new_key_password,
            now,
        )?,
        (None, Some(token)) => new_token_key(
            store,
            item.id,
            algorithm,
            token,
            name,
            secrets.new_key_password,
            now,
        )?,
    };
    let new_signer = open_signer(
        store,
        new_key_id,
        if settings.token.is_some() {
            KeySecret::Pin(secrets.new_key_password)
        } else {
            KeySecret::Password(secrets.new_key_password)
        },
    )?;
    let old_der = registry::der(store.conn(), item.old_cert_id)?;
    let request_der =
        request::renewal_request(new_signer.as_ref(), &old_der, item.email.as_deref())?;
    let chain = registry::chain(store.conn(), item.old_cert_id)?;
    let envelope_der = envelope::seal_request(old_signer.as_ref(), &chain, &request_der, now)?;

    let request_path = base.with_extension("p10");
    let envelope_path = base.with_extension("p7m");
    // Files of an attempt stopped before it was recorded were never
    // delivered: they are replaced, not kept beside new ones.
    for leftover in [&request_path, &envelope_path] {
        remove_if_present(leftover)?;
    }
    atomic_file::write_new(&request_path, &request_der, Access::Shared)?;
    atomic_file::write_new(&envelope_path, &envelope_der, Access::Shared)?;

    let tx = store.write_transaction()?;
    tx.execute(
        "UPDATE renewal_item SET state = 'formed', request_path = ?2, envelope_path = ?3,
                failure_code = NULL, failure_params = NULL, updated_at = ?4
         WHERE id = ?1 AND state != 'cancelled' AND company_id = current_company()",
        params![
            item.id,
            request_path.display().to_string(),
            envelope_path.display().to_string(),
            audit::timestamp(now)
        ],
    )?;
    audit::record(
        &tx,
        now,
        "renewal.formed",
        &json!({ "item": item.id, "certificate": item.old_cert_id, "key": new_key_id }),
    )?;
    tx.commit()?;
    Ok(envelope_path)
}

/// Generates and records the item's new key: the key file is complete on
/// disk before the transaction that records it and links it to the item.
fn new_key(
    store: &Store,
    item_id: i64,
    algorithm: KeyAlgorithm,
    path: &Path,
    password: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    // A key file the store does not know was left by a run stopped between
    // writing and recording it; it was never used, so it is replaced.
    remove_if_present(path)?;
    let key = GeneratedKey::generate(algorithm)?;
    file::write_encrypted(path, &key.pkcs8_der, password)?;
    let recorded = (|| {
        let tx = store.write_transaction()?;
        let record = key_registry::insert_file_key(&tx, &key, path, now)?;
        tx.execute(
            "UPDATE renewal_item SET new_key_id = ?2, updated_at = ?3 WHERE id = ?1 AND company_id = current_company()",
            params![item_id, record.id, audit::timestamp(now)],
        )?;
        tx.commit()?;
        Ok::<_, Error>(record.id)
    })();
    if recorded.is_err() {
        let _ = std::fs::remove_file(path);
    }
    recorded
}

/// Generates the item's new key on the token `token` as object `label` and
/// links it to the item. The key is recorded as it is made; a run stopped
/// before the link finds it again by its label rather than make another.
fn new_token_key(
    store: &Store,
    item_id: i64,
    algorithm: KeyAlgorithm,
    token: &str,
    label: &str,
    pin: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    let recorded: Option<i64> = store
        .conn()
        .query_row(
            "SELECT id FROM key WHERE location = 'token' AND token_label = ?1 AND object_label = ?2
               AND company_id = current_company()",
            params![token, label],
            |r| r.get(0),
        )
        .optional()?;
    let key_id = match recorded {
        Some(id) => id,
        None => {
            let module = crate::settings::pkcs11_module(store)?
                .ok_or(Error::Token(crate::TokenError::ModuleNotSet))?;
            key_registry::generate_token_key(store, &module, token, pin, algorithm, label, now)?.id
        }
    };
    store.conn().execute(
        "UPDATE renewal_item SET new_key_id = ?2, updated_at = ?3 WHERE id = ?1 AND company_id = current_company()",
        params![item_id, key_id, audit::timestamp(now)],
    )?;
    Ok(key_id)
}

/// Copies the envelope into the export folder and says where it went. An
/// identical file already there is an export made before a stop.
fn export(item: &Item, envelope_path: &Path, export_dir: &Path) -> Result<String> {
    let bytes = crate::bounded_read::read_regular(
        envelope_path,
        crate::bounded_read::CERTIFICATE_MAX_BYTES,
    )?;
    let name = envelope_path
        .file_name()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(format!("renewal-{}.p7m", item.id)));
    let target =
        std::path::absolute(export_dir.join(name)).map_err(|e| Error::io(export_dir, e))?;
    match atomic_file::write_new(&target, &bytes, Access::Shared) {
        Ok(()) => {}
        Err(Error::File(crate::FileError::Exists { .. }))
            if crate::bounded_read::read_regular(&target, bytes.len() as u64)
                .is_ok_and(|b| b == bytes) => {}
        Err(err) => return Err(err),
    }
    Ok(target.display().to_string())
}

/// The item becomes sent, delivered to `delivered_to` (a file or `mailto:`).
fn mark_sent(store: &Store, item: &Item, delivered_to: &str, now: DateTime<Utc>) -> Result<()> {
    let tx = store.write_transaction()?;
    // Cancelled while it was being formed: it is not marked sent.
    if tx.execute(
        "UPDATE renewal_item SET state = 'sent', delivered_to = ?2,
                failure_code = NULL, failure_params = NULL, updated_at = ?3
         WHERE id = ?1 AND state != 'cancelled' AND company_id = current_company()",
        params![item.id, delivered_to, audit::timestamp(now)],
    )? == 0
    {
        return Ok(());
    }
    audit::record(
        &tx,
        now,
        "renewal.sent",
        &json!({ "item": item.id, "certificate": item.old_cert_id, "to": delivered_to }),
    )?;
    tx.commit()?;
    Ok(())
}

fn set_state(store: &Store, item_id: i64, state: ItemState, now: DateTime<Utc>) -> Result<()> {
    store.conn().execute(
        "UPDATE renewal_item SET state = ?2, failure_code = NULL, failure_params = NULL,
                updated_at = ?3 WHERE id = ?1 AND state != 'cancelled' AND company_id = current_company()",
        params![item_id, state.name(), audit::timestamp(now)],
    )?;
    Ok(())
}

fn record_failure(store: &Store, item_id: i64, err: &Error, now: DateTime<Utc>) -> Result<()> {
    store.conn().execute(
        "UPDATE renewal_item SET state = 'failed', failure_code = ?2, failure_params = ?3,
                updated_at = ?4 WHERE id = ?1 AND state != 'cancelled' AND company_id = current_company()",
        params![
            item_id,
            err.code(),
            serde_json::Value::Object(err.params()).to_string(),
            audit::timestamp(now)
        ],
    )?;
    Ok(())
}

/// Holds the run's lock in its key folder for as long as the returned
/// connection lives. Two processes running one run could both take an item
/// for unfinished and remove each other's new files. The lock is an
/// exclusive transaction on a small SQLite file: SQLite's file locks are
/// released by the OS when a process dies, so a killed run never blocks the
/// next one, and no locking crate or newer toolchain is needed for it.
pub(super) fn lock_run(key_dir: &Path, run_id: i64) -> Result<crate::process_lock::ProcessLock> {
    crate::process_lock::try_lock(&key_dir.join(format!(".renewal-{run_id}.lock")))?
        .ok_or(Error::Renewal(crate::RenewalError::RunBusy { id: run_id }))
}

fn remove_if_present(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// What the plan fixed for the new keys of a run.
struct RunSettings {
    key_dir: PathBuf,
    algorithm: Option<KeyAlgorithm>,
    token: Option<String>,
}

fn run_settings(store: &Store, run_id: i64) -> Result<RunSettings> {
    let (dir, algorithm, token): (String, Option<String>, Option<String>) = store
        .conn()
        .query_row(
            "SELECT key_dir, key_algorithm, key_token FROM renewal_run WHERE id = ?1 AND company_id = current_company()",
            [run_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?
        .ok_or(Error::Renewal(crate::RenewalError::RunNotFound {
            id: run_id,
        }))?;
    Ok(RunSettings {
        key_dir: PathBuf::from(dir),
        algorithm: algorithm.map(|a| KeyAlgorithm::from_str(&a)).transpose()?,
        token,
    })
}

fn key_row(store: &Store, key_id: i64) -> Result<(String, KeyAlgorithm)> {
    let (location, algorithm): (String, String) = store
        .conn()
        .query_row(
            "SELECT location, algorithm FROM key WHERE id = ?1 AND company_id = current_company()",
            [key_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or(Error::Key(crate::KeyError::NotFound { id: key_id }))?;
    Ok((location, KeyAlgorithm::from_str(&algorithm)?))
}

fn items(store: &Store, run_id: i64) -> Result<Vec<Item>> {
    let mut stmt = store.conn().prepare(
        "SELECT id, old_cert_id, new_key_id, state, email, envelope_path, delivered_to
         FROM renewal_item WHERE run_id = ?1 AND company_id = current_company() ORDER BY id",
    )?;
    let rows = stmt
        .query_map([run_id], |r| {
            Ok(Item {
                id: r.get(0)?,
                old_cert_id: r.get(1)?,
                new_key_id: r.get(2)?,
                state: r.get(3)?,
                email: r.get(4)?,
                envelope_path: r.get::<_, Option<String>>(5)?.map(PathBuf::from),
                delivered_to: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}
