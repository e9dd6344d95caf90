//! Revoking certificates the seal issued and publishing the revocation
//! list (CRL) the seal signs.

use super::registry::{self, CertificateRecord, Source};
use super::seal;
use super::signing_key::RcgenKey;
use super::time::to_offset;
use crate::keys::signer::Signer;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Duration, Utc};
use rcgen::{
    CertificateRevocationListParams, KeyIdMethod, RevocationReason, RevokedCertParams, SerialNumber,
};
use rusqlite::{params, OptionalExtension};
use serde_json::json;

/// How long a CRL is current: a month, so relying parties fetch a new one
/// in time even when the office publishes by hand.
pub const CRL_VALIDITY_DAYS: i64 = 30;

/// Why a certificate is revoked (RFC 5280 reason codes SealDesk offers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "RevocationReason")]
pub enum Reason {
    /// No reason given.
    Unspecified,
    /// The private key was lost or stolen.
    KeyCompromise,
    /// The holder's details changed (name, company, e-mail).
    AffiliationChanged,
    /// Replaced by a new certificate.
    Superseded,
    /// The holder left or the service ended.
    CessationOfOperation,
}

impl Reason {
    /// Every reason, in the order offered.
    pub const ALL: [Reason; 5] = [
        Reason::Unspecified,
        Reason::KeyCompromise,
        Reason::AffiliationChanged,
        Reason::Superseded,
        Reason::CessationOfOperation,
    ];

    /// The stable name (`unspecified`, `key-compromise`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Reason::Unspecified => "unspecified",
            Reason::KeyCompromise => "key-compromise",
            Reason::AffiliationChanged => "affiliation-changed",
            Reason::Superseded => "superseded",
            Reason::CessationOfOperation => "cessation-of-operation",
        }
    }

    fn code(self) -> RevocationReason {
        match self {
            Reason::Unspecified => RevocationReason::Unspecified,
            Reason::KeyCompromise => RevocationReason::KeyCompromise,
            Reason::AffiliationChanged => RevocationReason::AffiliationChanged,
            Reason::Superseded => RevocationReason::Superseded,
            Reason::CessationOfOperation => RevocationReason::CessationOfOperation,
        }
    }
}

crate::parse_by_name!(Reason, name, eq, |name| {
    Error::Pki(crate::PkiError::CertificateGeneration {
        detail: format!("unknown revocation reason {name}"),
    })
});

/// Whether one of the seals here issued `record`: only such a
/// certificate can be revoked.
pub(crate) fn issued_by_a_seal(store: &Store, record: &CertificateRecord) -> Result<bool> {
    if record.source != Source::Issued {
        return Ok(false);
    }
    Ok(match record.issuer_id {
        Some(issuer) => seal::of_certificate(store, issuer)?.is_some(),
        None => false,
    })
}

/// Revokes certificate `id`, which one of the seals must have issued.
pub fn revoke(
    store: &Store,
    id: i64,
    reason: Reason,
    now: DateTime<Utc>,
) -> Result<CertificateRecord> {
    let record = registry::get(store, id, now)?;
    if record.state == "revoked" {
        return Err(Error::Pki(crate::PkiError::CertificateRevoked { id }));
    }
    if !issued_by_a_seal(store, &record)? {
        return Err(Error::Pki(crate::PkiError::NotIssuedBySeal { id }));
    }
    let tx = store.write_transaction()?;
    tx.execute(
        "UPDATE certificate SET state = 'revoked', revoked_at = ?2, revocation_reason = ?3
         WHERE id = ?1 AND company_id = current_company()",
        params![id, audit::timestamp(now), reason.name()],
    )?;
    audit::record(
        &tx,
        now,
        "cert.revoked",
        &json!({ "id": id, "reason": reason.name() }),
    )?;
    tx.commit()?;
    registry::get(store, id, now)
}

/// Makes the seal's next CRL (DER) listing every certificate it issued that
/// is revoked. Each CRL gets the next number.
pub fn crl(
    store: &Store,
    seal_id: i64,
    seal_signer: &dyn Signer,
    now: DateTime<Utc>,
) -> Result<Vec<u8>> {
    let key = RcgenKey::new(seal_signer)?;
    let record = seal::get(store, seal_id, now)?;
    // A revoked or expired seal's list would vouch for nothing; superseded
    // seals still publish, since what they issued is still in use.
    if record.certificate.state == "revoked" || record.certificate.days_to_expiry < 0 {
        return Err(Error::Pki(crate::PkiError::SealNotUsable {
            id: seal_id,
            reason: if record.certificate.state == "revoked" {
                "revoked"
            } else {
                "expired"
            }
            .into(),
        }));
    }
    let seal_der = registry::der(store.conn(), record.certificate.id)?;
    if super::certificate::spki_of(&seal_der)? != seal_signer.spki_der() {
        return Err(Error::Pki(crate::PkiError::KeyDoesNotMatchCertificate));
    }
    let issuer =
        rcgen::Issuer::from_ca_cert_der(&seal_der.as_slice().into(), key).map_err(|e| {
            Error::Pki(crate::PkiError::CertificateGeneration {
                detail: e.to_string(),
            })
        })?;
    let revoked = revoked_under(store, record.certificate.id)?;
    let tx = store.write_transaction()?;
    let number: i64 = tx.query_row(
        "UPDATE seal SET crl_number = crl_number + 1 WHERE id = ?1 AND company_id = current_company()
         RETURNING crl_number",
        [seal_id],
        |r| r.get(0),
    )?;
    let params = CertificateRevocationListParams {
        this_update: to_offset(now)?,
        next_update: to_offset(now + Duration::days(CRL_VALIDITY_DAYS))?,
        crl_number: SerialNumber::from(number.to_be_bytes().to_vec()),
        issuing_distribution_point: None,
        revoked_certs: revoked,
        key_identifier_method: KeyIdMethod::Sha256,
    };
    let crl = params
        .signed_by(&issuer)
        .map_err(|e| issuer.key().error(e))?;
    audit::record(
        &tx,
        now,
        "seal.crl-published",
        &json!({ "id": seal_id, "number": number }),
    )?;
    tx.commit()?;
    Ok(crl.der().to_vec())
}

fn revoked_under(store: &Store, seal_certificate_id: i64) -> Result<Vec<RevokedCertParams>> {
    let mut stmt = store.conn().prepare(
        "SELECT serial, revoked_at, revocation_reason FROM certificate
         WHERE issuer_id = ?1 AND state = 'revoked' AND company_id = current_company() ORDER BY id",
    )?;
    let rows = stmt
        .query_map([seal_certificate_id], |r| {
            <(String, Option<String>, Option<String>)>::try_from(r)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(serial, at, reason)| {
            let serial = hex::decode(&serial).map_err(|e| {
                Error::Store(crate::StoreError::Database {
                    detail: e.to_string(),
                })
            })?;
            let at = at
                .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
                .map(|t| t.with_timezone(&Utc))
                .unwrap_or_default();
            let reason = reason
                .and_then(|r| r.parse::<Reason>().ok())
                .unwrap_or(Reason::Unspecified);
            Ok(RevokedCertParams {
                serial_number: SerialNumber::from_slice(&serial),
                revocation_time: to_offset(at)?,
                reason_code: Some(reason.code()),
                invalidity_date: None,
            })
        })
        .collect()
}

/// The revocation reason recorded for a certificate, if revoked.
pub fn reason_of(store: &Store, id: i64) -> Result<Option<String>> {
    Ok(store
        .conn()
        .query_row(
            "SELECT revocation_reason FROM certificate WHERE id = ?1 AND company_id = current_company()",
            [id],
            |r| r.get(0),
        )
        .optional()?
        .flatten())
}
