//! The company seal: a small CA certificate of the business that issues
//! the signing and portal-user certificates. A new seal supersedes the
//! previous one; old seals stay in the history.

use super::registry::{self, CertificateRecord, NewCertificate, Source};
use super::serial::random_serial;
use super::signing_key::RcgenKey;
use super::status::Status;
use super::subject::SubjectFields;
use super::time::to_offset;
use crate::keys::signer::Signer;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Duration, Months, Utc};
use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyUsagePurpose};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::json;
use std::path::Path;

/// Default seal validity, as the source workflow has it.
pub const DEFAULT_SEAL_YEARS: u32 = 3;
/// Longest seal validity offered.
pub const MAX_SEAL_YEARS: u32 = 10;
/// Clock skew tolerated by starting validity a little in the past.
const BACKDATE: Duration = Duration::minutes(5);

/// The organisation a seal belongs to.
#[derive(Debug, Clone)]
pub struct SealRequest {
    /// Organisation name (also the seal's common name).
    pub organization: String,
    /// organizationIdentifier, e.g. `VATPL-5260250274`.
    pub organization_id: String,
    /// Two-letter country code.
    pub country: String,
    /// Validity in years (1 to 10).
    pub years: u32,
}

/// A seal with its certificate's facts.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SealRecord {
    /// Seal id.
    pub id: i64,
    /// Organisation name.
    pub organization: String,
    /// organizationIdentifier.
    pub organization_id: String,
    /// Country.
    pub country: String,
    /// The seal's certificate as the registry shows it.
    pub certificate: CertificateRecord,
}

impl SealRecord {
    /// Subject of the seal certificate.
    pub fn subject(&self) -> &str {
        &self.certificate.subject
    }
}

/// The seal's subject when `request` is one [`create`] accepts: validity
/// in range and the organisation named and identified, its identifier
/// checked by its country's rule and written in the ETSI form. Checked before a
/// key is generated for a seal too, so a refused request leaves no key.
pub(crate) fn checked_subject(request: &SealRequest) -> Result<SubjectFields> {
    if !(1..=MAX_SEAL_YEARS).contains(&request.years) {
        return Err(Error::Pki(crate::PkiError::ValidityOutOfRange {
            min: 1,
            max: MAX_SEAL_YEARS,
            unit: "years".into(),
        }));
    }
    if request.organization_id.trim().is_empty() {
        return Err(Error::Pki(crate::PkiError::FieldRequired {
            field: "org-id".into(),
        }));
    }
    let organization_id =
        crate::ids::organization_identifier(&request.country, &request.organization_id)?;
    seal_subject(&request.organization, &organization_id, &request.country)
}

/// Makes a new seal with the registered key `key_id` (opened as `signer`)
/// and makes it the current one; earlier seals become superseded.
pub fn create(
    store: &Store,
    key_id: i64,
    signer: &dyn Signer,
    request: &SealRequest,
    now: DateTime<Utc>,
) -> Result<SealRecord> {
    let fields = checked_subject(request)?;
    let mut params = seal_params(&fields)?;
    let not_before = now - BACKDATE;
    params.not_before = to_offset(not_before)?;
    params.not_after = to_offset(
        not_before
            .checked_add_months(Months::new(12 * request.years))
            .ok_or_else(|| {
                Error::Pki(crate::PkiError::CertificateGeneration {
                    detail: "validity end out of range".into(),
                })
            })?,
    )?;
    params.serial_number = Some(random_serial()?);
    let key = RcgenKey::new(signer)?;
    let cert = params.self_signed(&key).map_err(|e| key.error(e))?;

    let tx = store.write_transaction()?;
    let previous: Vec<i64> = {
        let mut stmt = tx.prepare(
            "SELECT c.id FROM seal s JOIN certificate c ON c.id = s.certificate_id
             WHERE c.state = 'active' AND s.company_id = current_company()",
        )?;
        let ids = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids
    };
    for id in previous {
        registry::set_state(&tx, id, "superseded", now)?;
    }
    let certificate_id = registry::insert(
        &tx,
        &NewCertificate {
            der: cert.der(),
            source: Source::Seal,
            profile: Some("seal"),
            key_id: Some(key_id),
            trusted: true,
        },
        now,
    )?;
    tx.execute(
        "INSERT INTO seal (company_id, certificate_id, organization, organization_id, country,
                           created_at)
         VALUES (current_company(), ?1, ?2, ?3, ?4, ?5)",
        params![
            certificate_id,
            fields.organization,
            fields.organization_id,
            fields.country,
            audit::timestamp(now)
        ],
    )?;
    let id = tx.last_insert_rowid();
    audit::record(
        &tx,
        now,
        "seal.created",
        &json!({ "id": id, "organization": fields.organization, "years": request.years }),
    )?;
    tx.commit()?;
    get(store, id, now)
}

/// The subject fields of a seal: the organisation as CN and O.
fn seal_subject(organization: &str, organization_id: &str, country: &str) -> Result<SubjectFields> {
    SubjectFields {
        common_name: organization.to_string(),
        organization: Some(organization.to_string()),
        organization_id: Some(organization_id.to_string()),
        country: Some(country.to_string()),
        ..Default::default()
    }
    .normalized()
}

/// Certificate parameters of a seal (name, CA constraints, usages), the same
/// when it is made and when it issues, so issued certificates name their
/// issuer exactly as the seal names itself.
fn seal_params(fields: &SubjectFields) -> Result<CertificateParams> {
    let mut params = CertificateParams::default();
    params.distinguished_name = fields.distinguished_name()?;
    // Path length 0: the seal issues end-entity certificates only.
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    Ok(params)
}

/// The seal `seal_id` as an rcgen issuer signing with `signer`, after
/// checking the seal may issue now and that `signer` is its key.
pub(crate) fn issuer<'k>(
    store: &Store,
    seal_id: i64,
    key: RcgenKey<'k>,
    now: DateTime<Utc>,
) -> Result<(SealRecord, Issuer<'static, RcgenKey<'k>>)> {
    let seal = get(store, seal_id, now)?;
    let reason = match seal.certificate.status {
        Status::Valid => None,
        Status::Expired => Some("expired"),
        Status::Revoked => Some("revoked"),
        Status::Superseded => Some("superseded"),
        Status::NotYetValid | Status::IssuerInvalid => Some("not-yet-valid"),
    };
    if let Some(reason) = reason {
        return Err(Error::Pki(crate::PkiError::SealNotUsable {
            id: seal_id,
            reason: reason.into(),
        }));
    }
    let fields = seal_subject(&seal.organization, &seal.organization_id, &seal.country)?;
    let params = seal_params(&fields)?;
    Ok((seal, Issuer::new(params, key)))
}

/// One seal.
pub fn get(store: &Store, id: i64, now: DateTime<Utc>) -> Result<SealRecord> {
    let row = store
        .conn()
        .query_row(
            "SELECT certificate_id, organization, organization_id, country FROM seal
             WHERE id = ?1 AND company_id = current_company()",
            [id],
            |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?
        .ok_or(Error::Pki(crate::PkiError::SealNotFound { id }))?;
    Ok(SealRecord {
        id,
        certificate: registry::get(store, row.0, now)?,
        organization: row.1,
        organization_id: row.2,
        country: row.3,
    })
}

/// Opens the key of seal `seal_id` with `secret`.
pub fn open_key(
    store: &Store,
    seal_id: i64,
    secret: crate::keys::unlock::KeySecret<'_>,
    now: DateTime<Utc>,
) -> Result<Box<dyn Signer>> {
    let record = get(store, seal_id, now)?;
    let key_id =
        record
            .certificate
            .key_id
            .ok_or(Error::Pki(crate::PkiError::CertificateHasNoKey {
                id: record.certificate.id,
            }))?;
    crate::keys::unlock::open_signer(store, key_id, secret)
}

/// Every seal, newest first: the history.
pub fn history(store: &Store, now: DateTime<Utc>) -> Result<Vec<SealRecord>> {
    let ids: Vec<i64> = {
        let mut stmt = store
            .conn()
            .prepare("SELECT id FROM seal WHERE company_id = current_company() ORDER BY id DESC")?;
        let ids = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids
    };
    ids.into_iter().map(|id| get(store, id, now)).collect()
}

/// The seal of a certificate id, if that certificate is a seal.
pub fn of_certificate(store: &Store, certificate_id: i64) -> Result<Option<i64>> {
    Ok(store
        .conn()
        .query_row(
            "SELECT id FROM seal WHERE certificate_id = ?1 AND company_id = current_company()",
            [certificate_id],
            |r| r.get(0),
        )
        .optional()?)
}

/// Revokes a seal: every certificate it issued becomes invalid at once.
pub fn revoke(store: &Store, seal_id: i64, now: DateTime<Utc>) -> Result<SealRecord> {
    let seal = get(store, seal_id, now)?;
    if seal.certificate.state == "revoked" {
        return Err(Error::Pki(crate::PkiError::CertificateRevoked {
            id: seal.certificate.id,
        }));
    }
    let tx = store.write_transaction()?;
    tx.execute(
        "UPDATE certificate SET state = 'revoked', revoked_at = ?2 WHERE id = ?1 AND company_id = current_company()",
        params![seal.certificate.id, audit::timestamp(now)],
    )?;
    audit::record(&tx, now, "seal.revoked", &json!({ "id": seal_id }))?;
    tx.commit()?;
    get(store, seal_id, now)
}

/// Writes the seal certificate to `path`: PEM for `.pem`, DER for `.cer`,
/// `.der` or `.crt`. An existing file is not replaced.
pub fn export(store: &Store, seal_id: i64, path: &Path, now: DateTime<Utc>) -> Result<()> {
    let seal = get(store, seal_id, now)?;
    let der = registry::der(store.conn(), seal.certificate.id)?;
    super::export::write_certificate(path, &der)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::file_signer::FileSigner;
    use crate::keys::{registry as keys, KeyAlgorithm};
    use crate::pki::issue::{self, IssueRequest};
    use crate::pki::profile::Profile;
    use crate::pki::registry::ListFilter;
    use crate::pki::status::Reason;

    #[test]
    fn an_expired_seal_invalidates_what_it_issued_and_issues_no_more() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(&dir.path().join("data")).unwrap();
        let then = Utc::now() - Duration::days(3 * 366 + 30);
        let key_path = dir.path().join("seal.key");
        let key =
            keys::generate_file_key(&store, KeyAlgorithm::EcP256, &key_path, "pw", then).unwrap();
        let der = crate::keys::file::read_encrypted(&key_path, "pw").unwrap();
        let signer = FileSigner::from_pkcs8(&der).unwrap();
        let request = SealRequest {
            organization: "Biuro Rachunkowe Łódź".into(),
            organization_id: "VATPL-5260250274".into(),
            country: "PL".into(),
            years: 3,
        };
        let seal = create(&store, key.id, &signer, &request, then).unwrap();
        let issue_request = IssueRequest {
            profile: Profile::Signing,
            subject: SubjectFields {
                common_name: "Anna Nowak".into(),
                ..Default::default()
            },
            days: 365,
        };
        let issued = issue::issue_with_new_key(
            &store,
            seal.id,
            &signer,
            KeyAlgorithm::EcP256,
            "pw2",
            &issue_request,
            then + Duration::days(3 * 365 - 100),
        )
        .unwrap();
        let now = Utc::now();
        let list = registry::list(&store, &ListFilter::default(), now).unwrap();
        let row = list.iter().find(|r| r.id == issued.certificate.id).unwrap();
        assert_eq!(row.status, Status::IssuerInvalid);
        assert_eq!(row.status_reason, Some(Reason::SealExpired));
        assert!(
            row.not_after <= seal.certificate.not_after,
            "never outlives the seal"
        );
        let err = issue::issue_with_new_key(
            &store,
            seal.id,
            &signer,
            KeyAlgorithm::EcP256,
            "pw3",
            &issue_request,
            now,
        )
        .err()
        .unwrap();
        assert_eq!(err.code(), "seal.not-usable");
        assert_eq!(err.params()["reason"], "expired");
    }
}
