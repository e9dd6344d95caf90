//! What a store is: its version and whether it was set up.

use super::Context;
use crate::{admin, Result};
use serde::Serialize;
use ts_rs::TS;

/// The state of the store, as the start screen and `sealdesk status` show it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct StoreStatus {
    /// The data folder.
    pub data_dir: String,
    /// The schema version the store is at.
    pub schema_version: i64,
    /// Whether the administrator was set up.
    pub initialized: bool,
    /// The administrator's name, once set up.
    pub administrator: Option<String>,
}

/// Reads the store's state.
pub fn store_status(cx: &Context) -> Result<StoreStatus> {
    let store = cx.store();
    let admin = admin::status(store)?;
    Ok(StoreStatus {
        data_dir: store.data_dir().display().to_string(),
        schema_version: store.schema_version()?,
        initialized: admin.initialized,
        administrator: admin.name,
    })
}
