//! Reading runs back, and the receipts the user notes by hand.

use super::prices::{totals, Money};
use super::ItemState;
use crate::keys::location::KeyLocation;
use crate::pki::certificate::CertificateInfo;
use crate::pki::registry;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::path::Path;
use ts_rs::TS;

/// A run and its items.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export, rename = "RenewalRun")]
pub struct RunView {
    /// The run's id.
    pub run_id: i64,
    /// When it was planned (RFC 3339).
    pub created_at: String,
    /// Term of the new certificates, in years.
    pub term_years: i64,
    /// Contact person.
    pub contact: String,
    /// Contact phone.
    pub phone: String,
    /// Folder of the new keys and requests.
    pub key_dir: String,
    /// `open`, or `done` once every item is installed or cancelled.
    pub state: String,
    /// Its items.
    pub items: Vec<ItemView>,
    /// What the items with a price cost, per currency.
    pub totals: Vec<Money>,
    /// Items without a price in the price list.
    pub unpriced: usize,
    /// How many items are in each state that has any, in the order items
    /// move through them.
    pub counts: Vec<StateCount>,
    /// Items a run would still form and send (failed ones retried).
    pub pending: usize,
    /// The certificates of the failed items, which a retry runs again.
    pub failed: Vec<i64>,
    /// What may be done with the run as a whole.
    pub actions: RunActions,
    /// How the run delivered its requests before, for the next delivery.
    pub previous_delivery: Option<Delivered>,
}

/// How many items of a run are in one state.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StateCount {
    /// The state.
    pub state: ItemState,
    /// Items in it.
    pub count: usize,
}

/// What may be done with a run as a whole.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export, rename = "RenewalRunActions")]
pub struct RunActions {
    /// Cancel every item not formed and sent yet.
    pub cancel_rest: bool,
    /// Import the certificates the CA sent: some requests are out.
    pub import_certificates: bool,
    /// Write the tax notification: some new certificate is installed.
    pub export_notification: bool,
}

/// What may be done with one item now.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export, rename = "RenewalItemActions")]
pub struct ItemActions {
    /// Note the CA's first receipt.
    pub record_receipt1: bool,
    /// Note the CA's second, final receipt.
    pub record_receipt2: bool,
    /// Import a receipt file the CA sent.
    pub import_receipt: bool,
    /// Sign the accession card: the request exists.
    pub sign_card: bool,
    /// Take the item out of the run.
    pub cancel: bool,
}

impl ItemActions {
    fn of(state: ItemState, has_request: bool) -> Self {
        let receipt_due = matches!(state, ItemState::Sent | ItemState::Receipt1);
        Self {
            record_receipt1: state == ItemState::Sent,
            record_receipt2: receipt_due,
            import_receipt: receipt_due,
            sign_card: has_request && state != ItemState::Cancelled,
            cancel: state.is_pending(),
        }
    }
}

/// Where an item's request went.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum Delivered {
    /// Written to a file in a folder.
    Export {
        /// The folder.
        dir: String,
        /// The file.
        path: String,
    },
    /// Mailed to the CA through the outbox.
    Mail {
        /// The CA's address.
        to: String,
    },
}

impl Delivered {
    /// Reads the stored `delivered_to`: a file path, or `mailto:ADDRESS`.
    fn parse(stored: &str) -> Self {
        match stored.strip_prefix("mailto:") {
            Some(to) => Delivered::Mail { to: to.to_string() },
            None => Delivered::Export {
                dir: Path::new(stored)
                    .parent()
                    .map(|dir| dir.display().to_string())
                    .unwrap_or_default(),
                path: stored.to_string(),
            },
        }
    }
}

/// One certificate's renewal.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export, rename = "RenewalItem")]
pub struct ItemView {
    /// The item's id.
    pub item_id: i64,
    /// The certificate renewed.
    pub cert_id: i64,
    /// Its holder as people call them: the common name, else the subject.
    pub holder: String,
    /// Where the renewal stands.
    pub state: ItemState,
    /// The e-mail of the new certificate.
    pub email: Option<String>,
    /// Start date of the new certificate.
    pub start_date: String,
    /// The new key's registry id, once made.
    pub key_id: Option<i64>,
    /// The new key file (or `token:LABEL/OBJECT`), once made.
    pub key: Option<String>,
    /// Where the new key is, once made.
    pub key_location: Option<KeyLocation>,
    /// Whether the old certificate's key, which signs the accession card,
    /// is on a token (a PIN opens it) rather than in a file.
    pub old_key_on_token: bool,
    /// The envelope file, once formed.
    pub request: Option<String>,
    /// The PKCS#10 request file, once formed.
    pub pkcs10: Option<String>,
    /// Where the envelope was delivered: a file, or `mailto:ADDRESS`.
    pub delivered_to: Option<String>,
    /// The same, typed.
    pub delivered: Option<Delivered>,
    /// The request's e-mail in the outbox, when it went by mail.
    pub mail: Option<RequestMail>,
    /// The new certificate, once installed.
    pub new_cert_id: Option<i64>,
    /// The CA, as the price list names it (the old certificate's issuer).
    pub ca: Option<String>,
    /// The price at plan time; `None` when the price list had none.
    pub price: Option<Money>,
    /// The signed accession card, once made.
    pub card: Option<String>,
    /// The kept copies of the CA's receipt files, receipt 1 first.
    pub receipts: Vec<String>,
    /// Code of the last failure, while failed.
    pub error_code: Option<String>,
    /// Its parameters.
    #[ts(type = "Record<string, string | number> | null")]
    pub error_params: Option<Map<String, Value>>,
    /// What may be done with it now.
    pub actions: ItemActions,
}

/// Where the e-mail carrying an item's request stands in the outbox.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RequestMail {
    /// Its outbox id.
    pub outbox_id: i64,
    /// queued, sending, sent, failed or cancelled.
    pub state: String,
    /// Code of the last delivery error, if any.
    pub last_error_code: Option<String>,
}

/// Every run, newest first, with its items.
pub fn list_runs(store: &Store) -> Result<Vec<RunView>> {
    let ids = store
        .conn()
        .prepare(
            "SELECT id FROM renewal_run WHERE company_id = current_company() ORDER BY id DESC",
        )?
        .query_map([], |r| r.get::<_, i64>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    ids.into_iter().map(|id| show_run(store, id)).collect()
}

/// Run `run_id` and its items.
pub fn show_run(store: &Store, run_id: i64) -> Result<RunView> {
    let mut run = store
        .conn()
        .query_row(
            "SELECT created_at, term_years, contact, phone, key_dir, state
             FROM renewal_run WHERE id = ?1 AND company_id = current_company()",
            [run_id],
            |r| {
                Ok(RunView {
                    run_id,
                    created_at: r.get(0)?,
                    term_years: r.get(1)?,
                    contact: r.get(2)?,
                    phone: r.get(3)?,
                    key_dir: r.get(4)?,
                    state: r.get(5)?,
                    items: Vec::new(),
                    totals: Vec::new(),
                    unpriced: 0,
                    counts: Vec::new(),
                    pending: 0,
                    failed: Vec::new(),
                    actions: RunActions {
                        cancel_rest: false,
                        import_certificates: false,
                        export_notification: false,
                    },
                    previous_delivery: None,
                })
            },
        )
        .optional()?
        .ok_or(Error::Renewal(crate::RenewalError::RunNotFound {
            id: run_id,
        }))?;
    run.items = items(store, run_id)?;
    run.totals = totals(run.items.iter().filter_map(|i| i.price.as_ref()));
    run.unpriced = run.items.iter().filter(|i| i.price.is_none()).count();
    let in_state = |state: ItemState| run.items.iter().filter(|i| i.state == state).count();
    run.counts = ItemState::ALL
        .into_iter()
        .map(|state| StateCount {
            state,
            count: in_state(state),
        })
        .filter(|c| c.count > 0)
        .collect();
    run.pending = run.items.iter().filter(|i| i.state.is_pending()).count();
    run.failed = run
        .items
        .iter()
        .filter(|i| i.state == ItemState::Failed)
        .map(|i| i.cert_id)
        .collect();
    run.actions = RunActions {
        cancel_rest: run.pending > 0,
        import_certificates: run.items.iter().any(|i| i.state.awaits_certificate()),
        export_notification: in_state(ItemState::Installed) > 0,
    };
    run.previous_delivery = run.items.iter().find_map(|i| i.delivered.clone());
    Ok(run)
}

/// Fails with [`RenewalError::RunNotFound`] unless run `run_id` exists.
pub(super) fn ensure_run(store: &Store, run_id: i64) -> Result<()> {
    store
        .conn()
        .query_row(
            "SELECT 1 FROM renewal_run WHERE id = ?1 AND company_id = current_company()",
            [run_id],
            |_| Ok(()),
        )
        .optional()?
        .ok_or(Error::Renewal(crate::RenewalError::RunNotFound {
            id: run_id,
        }))
}

/// The items of run `run_id`, in plan order.
pub fn items(store: &Store, run_id: i64) -> Result<Vec<ItemView>> {
    let mut stmt = store.conn().prepare(
        "SELECT i.id, i.old_cert_id, i.state, i.email, i.start_date, i.new_key_id,
                k.location, i.envelope_path, i.request_path,
                i.delivered_to, i.new_cert_id, i.failure_code, i.failure_params,
                i.ca, i.amount_minor, i.currency, o.id, o.state, o.last_error_code,
                i.card_path, k.file_path, k.token_label, k.object_label, ok.location
         FROM renewal_item i LEFT JOIN key k ON k.id = i.new_key_id
         LEFT JOIN certificate oc ON oc.id = i.old_cert_id
         LEFT JOIN key ok ON ok.id = oc.key_id
         LEFT JOIN outbox_message o ON o.id = (
             SELECT max(id) FROM outbox_message
             WHERE reference = 'renewal-item:' || i.id AND company_id = i.company_id)
         WHERE i.run_id = ?1 AND i.company_id = current_company() ORDER BY i.id",
    )?;
    let rows = stmt
        .query_map([run_id], |r| {
            let state: ItemState = r.get(2)?;
            let key_location = KeyLocation::from_columns(
                r.get::<_, Option<String>>(6)?.as_deref(),
                r.get(20)?,
                r.get(21)?,
                r.get(22)?,
            );
            let delivered_to: Option<String> = r.get(9)?;
            let pkcs10: Option<String> = r.get(8)?;
            Ok(ItemView {
                item_id: r.get(0)?,
                cert_id: r.get(1)?,
                holder: String::new(),
                state,
                email: r.get(3)?,
                start_date: r.get(4)?,
                key_id: r.get(5)?,
                key: key_location.as_ref().map(ToString::to_string),
                key_location,
                old_key_on_token: r.get::<_, Option<String>>(23)?.as_deref() == Some("token"),
                request: r.get(7)?,
                actions: ItemActions::of(state, pkcs10.is_some()),
                pkcs10,
                delivered: delivered_to.as_deref().map(Delivered::parse),
                delivered_to,
                mail: match r.get::<_, Option<i64>>(16)? {
                    Some(outbox_id) => Some(RequestMail {
                        outbox_id,
                        state: r.get(17)?,
                        last_error_code: r.get(18)?,
                    }),
                    None => None,
                },
                new_cert_id: r.get(10)?,
                error_code: r.get(11)?,
                error_params: r
                    .get::<_, Option<String>>(12)?
                    .and_then(|p| serde_json::from_str(&p).ok()),
                ca: r.get(13)?,
                card: r.get(19)?,
                receipts: Vec::new(),
                price: match (
                    r.get::<_, Option<i64>>(14)?,
                    r.get::<_, Option<String>>(15)?,
                ) {
                    (Some(minor), Some(currency)) => Some(Money::new(minor, &currency)),
                    _ => None,
                },
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut rows = rows;
    let mut receipts = store
        .conn()
        .prepare(
            "SELECT path FROM renewal_receipt WHERE item_id = ?1 AND company_id = current_company() ORDER BY number",
        )?;
    for row in &mut rows {
        let old = CertificateInfo::from_der(&registry::der(store.conn(), row.cert_id)?)?;
        row.holder = super::candidates::holder_name(&old);
        row.receipts = receipts
            .query_map([row.item_id], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
    }
    Ok(rows)
}

/// Notes receipt `number` (1, or 2 for the final one) of the CA for the
/// renewal of certificate `cert_id` in run `run_id`.
pub fn receipt(
    store: &Store,
    run_id: i64,
    cert_id: i64,
    number: u8,
    now: DateTime<Utc>,
) -> Result<ItemView> {
    let tx = store.write_transaction()?;
    let (item_id, state): (i64, ItemState) = tx
        .query_row(
            "SELECT id, state FROM renewal_item WHERE run_id = ?1 AND old_cert_id = ?2 AND company_id = current_company()",
            params![run_id, cert_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or(Error::Renewal(crate::RenewalError::RunNotFound {
            id: run_id,
        }))?;
    let next = match (state, number) {
        (ItemState::Sent, 1) => ItemState::Receipt1,
        (ItemState::Sent | ItemState::Receipt1, 2) => ItemState::Receipt2,
        _ => {
            return Err(Error::Renewal(crate::RenewalError::WrongState {
                id: cert_id,
                state: state.name().into(),
            }))
        }
    };
    tx.execute(
        "UPDATE renewal_item SET state = ?2, updated_at = ?3 WHERE id = ?1 AND company_id = current_company()",
        params![item_id, next.name(), audit::timestamp(now)],
    )?;
    audit::record(
        &tx,
        now,
        "renewal.receipt",
        &json!({ "item": item_id, "certificate": cert_id, "receipt": number }),
    )?;
    tx.commit()?;
    items(store, run_id)?
        .into_iter()
        .find(|i| i.item_id == item_id)
        .ok_or(Error::Renewal(crate::RenewalError::RunNotFound {
            id: run_id,
        }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_delivery_reads_as_a_file_in_a_folder_or_a_mail() {
        assert_eq!(
            Delivered::parse("mailto:cert@acsk.example.ua"),
            Delivered::Mail {
                to: "cert@acsk.example.ua".into()
            }
        );
        assert_eq!(
            Delivered::parse("/home/o/to-ca/renewal-1-2.p7m"),
            Delivered::Export {
                dir: "/home/o/to-ca".into(),
                path: "/home/o/to-ca/renewal-1-2.p7m".into()
            }
        );
    }

    #[test]
    fn an_item_offers_what_its_state_allows() {
        let receipt2 = ItemActions::of(ItemState::Receipt1, true);
        assert!(!receipt2.record_receipt1 && receipt2.record_receipt2 && receipt2.import_receipt);
        let planned = ItemActions::of(ItemState::Planned, false);
        assert!(planned.cancel && !planned.sign_card, "no request, no card");
        let cancelled = ItemActions::of(ItemState::Cancelled, true);
        assert!(!cancelled.sign_card && !cancelled.cancel);
        let installed = ItemActions::of(ItemState::Installed, true);
        assert!(!installed.cancel && !installed.record_receipt2 && installed.sign_card);
    }
}
