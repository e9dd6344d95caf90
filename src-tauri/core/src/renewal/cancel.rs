//! Cancelling a run, or some of its certificates: items not yet sent are
//! taken out, each in its own transaction, and a `run` going on in another
//! window notices it before its next item.

use super::view::{self, RunView};
use super::ItemState;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde_json::json;

/// Cancels the items of run `run_id` for the certificates `certificates`,
/// or every item not yet sent when it is empty (and then the run itself,
/// so that a run going on stops). A named certificate whose request
/// already went out is refused before anything changes; without names such
/// items are left as they are, since their answer may still come. Once no
/// item is open the phrase leaves the credential store.
pub fn cancel(
    store: &Store,
    run_id: i64,
    certificates: &[i64],
    now: DateTime<Utc>,
) -> Result<RunView> {
    view::ensure_run(store, run_id)?;
    let items = view::items(store, run_id)?;
    let chosen: Vec<&view::ItemView> = if certificates.is_empty() {
        items.iter().filter(|i| cancellable(i.state)).collect()
    } else {
        let mut chosen = Vec::new();
        for &id in certificates {
            let item = items
                .iter()
                .find(|i| i.cert_id == id)
                .ok_or(Error::Renewal(crate::RenewalError::ItemNotFound {
                    run: run_id,
                    id,
                }))?;
            if !cancellable(item.state) && item.state != ItemState::Cancelled {
                return Err(Error::Renewal(crate::RenewalError::WrongState {
                    id,
                    state: item.state.name().into(),
                }));
            }
            chosen.push(item);
        }
        chosen
    };
    for item in chosen {
        cancel_item(store, item.item_id, item.cert_id, now)?;
    }
    if certificates.is_empty() {
        store.conn().execute(
            "UPDATE renewal_run SET state = 'cancelled', updated_at = ?2
             WHERE id = ?1 AND state = 'open' AND company_id = current_company()",
            params![run_id, audit::timestamp(now)],
        )?;
    }
    super::phrase::forget_if_closed(store, run_id);
    view::show_run(store, run_id)
}

/// Whether an item in `state` can still be cancelled: its request has not
/// gone out.
fn cancellable(state: ItemState) -> bool {
    matches!(
        state,
        ItemState::Planned | ItemState::Formed | ItemState::Failed
    )
}

/// Cancels one item, re-reading its state under the write lock: a run may
/// have sent it since it was listed.
fn cancel_item(store: &Store, item_id: i64, cert_id: i64, now: DateTime<Utc>) -> Result<()> {
    let tx = store.write_transaction()?;
    let state: Option<ItemState> = tx
        .query_row(
            "SELECT state FROM renewal_item WHERE id = ?1 AND company_id = current_company()",
            [item_id],
            |r| r.get(0),
        )
        .optional()?;
    // Items are never deleted; one that is gone has nothing to cancel.
    let Some(state) = state else {
        return Ok(());
    };
    if state == ItemState::Cancelled {
        return Ok(());
    }
    if !cancellable(state) {
        return Err(Error::Renewal(crate::RenewalError::WrongState {
            id: cert_id,
            state: state.name().into(),
        }));
    }
    tx.execute(
        "UPDATE renewal_item SET state = 'cancelled', updated_at = ?2 WHERE id = ?1 AND company_id = current_company()",
        params![item_id, audit::timestamp(now)],
    )?;
    audit::record(
        &tx,
        now,
        "renewal.cancelled",
        &json!({ "item": item_id, "certificate": cert_id }),
    )?;
    tx.commit()?;
    Ok(())
}

/// Whether run `run_id` was cancelled as a whole, or item `item_id` alone:
/// a run checks it before each item.
pub(super) fn stopped(store: &Store, run_id: i64, item_id: i64) -> Result<(bool, bool)> {
    let run: String = store.conn().query_row(
        "SELECT state FROM renewal_run WHERE id = ?1 AND company_id = current_company()",
        [run_id],
        |r| r.get(0),
    )?;
    let item: String = store.conn().query_row(
        "SELECT state FROM renewal_item WHERE id = ?1 AND company_id = current_company()",
        [item_id],
        |r| r.get(0),
    )?;
    Ok((run == "cancelled", item == "cancelled"))
}
