//! Conversion between chrono (used across SealDesk) and the `time` crate
//! (used by rcgen for validity dates).

use crate::{Error, Result};
use chrono::{DateTime, Utc};
use time::OffsetDateTime;

/// A chrono UTC time as rcgen's date type, whole seconds.
pub fn to_offset(at: DateTime<Utc>) -> Result<OffsetDateTime> {
    OffsetDateTime::from_unix_timestamp(at.timestamp()).map_err(|_| {
        Error::Pki(crate::PkiError::CertificateGeneration {
            detail: "date out of range".into(),
        })
    })
}
