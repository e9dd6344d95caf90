//! The phrase that blocks a run's new certificates by phone. It lives only
//! in the OS credential store (service [`SERVICE`], account `run-<id>`):
//! never in SQLite, logs or JSON output. It is read back on explicit request
//! (the accession card shows it) and removed once no item of the run is open.

use crate::mail::credentials;
use crate::{Error, Result, Store};
use zeroize::Zeroizing;

/// The credential store's service name of renewal phrases.
pub const SERVICE: &str = "SealDesk renewal";

/// The credential store's account name of run `run_id`'s phrase.
pub fn account(run_id: i64) -> String {
    format!("run-{run_id}")
}

/// Stores (or replaces) the phrase of run `run_id`.
pub fn store(run_id: i64, phrase: &str) -> Result<()> {
    credentials::store_in(SERVICE, &account(run_id), phrase)
}

/// The phrase of run `run_id`.
pub fn load(store: &Store, run_id: i64) -> Result<Zeroizing<String>> {
    super::view::ensure_run(store, run_id)?;
    match credentials::load_from(SERVICE, &account(run_id)) {
        Err(Error::Mail(crate::MailError::CredentialMissing { .. })) => {
            Err(Error::Renewal(crate::RenewalError::PhraseMissing {
                id: run_id,
            }))
        }
        other => other,
    }
}

/// Removes the phrase of run `run_id`; a missing one is not an error.
pub fn remove(run_id: i64) -> Result<()> {
    credentials::remove_from(SERVICE, &account(run_id))
}

/// Removes the phrase once no item of the run is open any more (all
/// installed or cancelled). It never holds up nor undoes the step that
/// closed the last item (that step has committed): a credential store that
/// is locked or out of reach leaves the removal pending, to be tried again
/// by the next clean-up.
pub(crate) fn forget_if_closed(store: &Store, run_id: i64) {
    let open: rusqlite::Result<i64> = store.conn().query_row(
        "SELECT count(*) FROM renewal_item WHERE run_id = ?1 AND company_id = current_company()
         AND state NOT IN ('installed', 'cancelled')",
        [run_id],
        |r| r.get(0),
    );
    if open == Ok(0) {
        credentials::forget(store, SERVICE, &account(run_id));
    }
}

/// A phrase given to a plan; its `Debug` shows no secret.
#[derive(Clone)]
pub struct Phrase(pub Zeroizing<String>);

impl std::fmt::Debug for Phrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Phrase(..)")
    }
}
