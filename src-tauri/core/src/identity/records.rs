//! Reading identities back, with their certificate's standing now.

use super::AWAITING_CERTIFICATE;
use crate::keys::location::KeyLocation;
use crate::pki::registry;
use crate::pki::status::Status;
use crate::{Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row};
use serde::Serialize;

/// A signing identity as lists show it.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct IdentityRecord {
    /// Identity id.
    pub id: i64,
    /// Two-letter country of the business.
    pub country: String,
    /// The identifier's kind (`pl-nip`, ...).
    pub kind: String,
    /// The identifier, normalized.
    pub identifier: String,
    /// organizationIdentifier in the certificate, e.g. `VATPL-8567346215`.
    pub organization_identifier: Option<String>,
    /// serialNumber in the certificate, for a person's tax number.
    pub serial_number: Option<String>,
    /// Business name.
    pub business_name: String,
    /// Signer name.
    pub signer_name: String,
    /// E-mail shown in the signature.
    pub email: String,
    /// The signing key.
    pub key_id: i64,
    /// Where the key is: its file, or its token and object.
    pub key_location: Option<KeyLocation>,
    /// The certificate, once there is one.
    pub certificate_id: Option<i64>,
    /// Waiting for the CA, or its certificate's standing now.
    pub state: IdentityState,
    /// Whether it is the active signing identity.
    pub active: bool,
    /// Whether it can be selected for signing now.
    pub selectable: bool,
    /// End of the certificate's validity.
    pub not_after: Option<DateTime<Utc>>,
    /// Whole days to that end (negative when expired).
    pub days_to_expiry: Option<i64>,
    /// Whether its certificate is valid and ends soon.
    pub expiring_soon: bool,
    /// When it was registered (RFC 3339).
    pub created_at: String,
}

const SELECT: &str = "SELECT i.id, i.country, i.id_kind, i.identifier, i.organization_identifier,
        i.serial_number, i.business_name, i.signer_name, i.email, i.key_id,
        i.certificate_id, i.active, i.created_at,
        k.location, k.file_path, k.token_label, k.object_label
    FROM identity i JOIN key k ON k.id = i.key_id";

/// Every identity, oldest first.
pub fn list(store: &Store, now: DateTime<Utc>) -> Result<Vec<IdentityRecord>> {
    let mut stmt = store.conn().prepare(&format!(
        "{SELECT} WHERE i.company_id = current_company() ORDER BY i.id"
    ))?;
    let rows = stmt
        .query_map([], read_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|row| with_certificate(store, row, now))
        .collect()
}

/// One identity.
pub fn get(store: &Store, id: i64, now: DateTime<Utc>) -> Result<IdentityRecord> {
    let row = store
        .conn()
        .query_row(
            &format!("{SELECT} WHERE i.id = ?1 AND i.company_id = current_company()"),
            [id],
            read_row,
        )
        .optional()?
        .ok_or(Error::Identity(crate::IdentityError::NotFound { id }))?;
    with_certificate(store, row, now)
}

/// The active identity's id, if one is active.
pub(super) fn active_id(conn: &rusqlite::Connection) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM identity WHERE active = 1 AND company_id = current_company()",
            [],
            |r| r.get(0),
        )
        .optional()?)
}

fn read_row(r: &Row<'_>) -> rusqlite::Result<IdentityRecord> {
    Ok(IdentityRecord {
        id: r.get(0)?,
        country: r.get(1)?,
        kind: r.get(2)?,
        identifier: r.get(3)?,
        organization_identifier: r.get(4)?,
        serial_number: r.get(5)?,
        business_name: r.get(6)?,
        signer_name: r.get(7)?,
        email: r.get(8)?,
        key_id: r.get(9)?,
        key_location: KeyLocation::from_columns(
            r.get::<_, Option<String>>(13)?.as_deref(),
            r.get(14)?,
            r.get(15)?,
            r.get(16)?,
        ),
        certificate_id: r.get(10)?,
        active: r.get(11)?,
        created_at: r.get(12)?,
        state: IdentityState::AwaitingCertificate,
        selectable: false,
        not_after: None,
        days_to_expiry: None,
        expiring_soon: false,
    })
}

fn with_certificate(
    store: &Store,
    mut record: IdentityRecord,
    now: DateTime<Utc>,
) -> Result<IdentityRecord> {
    if let Some(cert_id) = record.certificate_id {
        let cert = registry::get(store, cert_id, now)?;
        record.state = cert.status.into();
        record.selectable = cert.status == Status::Valid;
        record.not_after = Some(cert.not_after);
        record.days_to_expiry = Some(cert.days_to_expiry);
        record.expiring_soon = cert.expiring_soon;
    }
    Ok(record)
}

/// Where an identity stands: waiting for the CA, or its certificate's
/// standing now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum IdentityState {
    /// Its request waits for the CA's certificate.
    AwaitingCertificate,
    /// Its certificate's standing, named as a certificate's is.
    #[serde(untagged)]
    Certificate(Status),
}

impl IdentityState {
    /// The stable name, as the lists show it.
    pub fn name(self) -> &'static str {
        match self {
            IdentityState::AwaitingCertificate => AWAITING_CERTIFICATE,
            IdentityState::Certificate(status) => status.name(),
        }
    }
}

impl From<Status> for IdentityState {
    fn from(status: Status) -> Self {
        IdentityState::Certificate(status)
    }
}

impl std::fmt::Display for IdentityState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_identity_state_is_named_as_its_certificate_status_or_as_awaiting() {
        let awaiting = IdentityState::AwaitingCertificate;
        assert_eq!(
            serde_json::to_value(awaiting).unwrap(),
            "awaiting-certificate"
        );
        assert_eq!(awaiting.name(), "awaiting-certificate");
        let revoked = IdentityState::from(Status::Revoked);
        assert_eq!(serde_json::to_value(revoked).unwrap(), "revoked");
        assert_eq!(revoked.to_string(), "revoked");
    }
}
