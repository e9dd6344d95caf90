//! The states of a renewal item, in the order an item moves through them.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ValueRef};
use serde::Serialize;

/// Where the renewal of one certificate stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export, rename = "RenewalState")]
pub enum ItemState {
    /// Planned; nothing made yet (a new key may already exist).
    Planned,
    /// New key, request and envelope written.
    Formed,
    /// The envelope was delivered (exported or handed to mail).
    Sent,
    /// The CA's first receipt arrived.
    Receipt1,
    /// The CA's second, final receipt arrived.
    Receipt2,
    /// The CA issued the certificate.
    Issued,
    /// The issued certificate is in the store with its new key.
    Installed,
    /// The last attempt failed; running again retries it.
    Failed,
    /// Taken out of the run.
    Cancelled,
}

impl ItemState {
    /// Every state, in the order an item moves through them.
    pub const ALL: [ItemState; 9] = [
        ItemState::Planned,
        ItemState::Formed,
        ItemState::Sent,
        ItemState::Receipt1,
        ItemState::Receipt2,
        ItemState::Issued,
        ItemState::Installed,
        ItemState::Failed,
        ItemState::Cancelled,
    ];

    /// Whether running the run forms and sends it (a failed item is
    /// retried), and whether it can still be cancelled.
    pub fn is_pending(self) -> bool {
        matches!(
            self,
            ItemState::Planned | ItemState::Formed | ItemState::Failed
        )
    }

    /// The name stored in the database.
    pub fn name(self) -> &'static str {
        match self {
            ItemState::Planned => "planned",
            ItemState::Formed => "formed",
            ItemState::Sent => "sent",
            ItemState::Receipt1 => "receipt1",
            ItemState::Receipt2 => "receipt2",
            ItemState::Issued => "issued",
            ItemState::Installed => "installed",
            ItemState::Failed => "failed",
            ItemState::Cancelled => "cancelled",
        }
    }

    /// Whether the request went out, so an issued certificate may answer it.
    pub fn awaits_certificate(self) -> bool {
        matches!(
            self,
            ItemState::Sent | ItemState::Receipt1 | ItemState::Receipt2 | ItemState::Issued
        )
    }

    /// Whether the item is still open (neither installed nor cancelled).
    pub fn is_open(self) -> bool {
        !matches!(self, ItemState::Installed | ItemState::Cancelled)
    }
}

/// A stored state is read by its name; a name SealDesk never writes is a
/// damaged store, refused rather than read as some other state.
impl FromSql for ItemState {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let name = value.as_str()?;
        ItemState::ALL
            .into_iter()
            .find(|state| state.name() == name)
            .ok_or_else(|| FromSqlError::Other(format!("unknown renewal state {name:?}").into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(name: &str) -> rusqlite::Result<ItemState> {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.query_row("SELECT ?1", [name], |r| r.get(0))
    }

    #[test]
    fn names_read_back_and_an_unknown_one_is_refused() {
        for state in ItemState::ALL {
            assert_eq!(read(state.name()).unwrap(), state);
        }
        assert!(read("bogus").is_err());
        assert!(read("").is_err());
    }
}
