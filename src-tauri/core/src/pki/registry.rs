//! The certificates in the store: recording them with their indexed facts
//! (subject, issuer, serial, validity, fingerprint, key, state) and listing
//! them page by page in SQL, so long lists stay fast.

use super::certificate::CertificateInfo;
use super::export::ExportFormat;
use super::holder::Holder;
use super::status::{self, Facts, Reason, Status};
use crate::keys::location::KeyLocation;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use serde_json::json;
use ts_rs::TS;

/// How a certificate came into the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "CertificateSource")]
pub enum Source {
    /// A company seal made here.
    Seal,
    /// Issued here by a seal.
    Issued,
    /// Imported from a file.
    Imported,
}

impl Source {
    fn name(self) -> &'static str {
        match self {
            Source::Seal => "seal",
            Source::Issued => "issued",
            Source::Imported => "imported",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        [Source::Seal, Source::Issued, Source::Imported]
            .into_iter()
            .find(|source| source.name() == name)
    }
}

/// A valid certificate ending within this many days is flagged as
/// expiring soon.
pub const EXPIRING_SOON_DAYS: i64 = 30;

/// A certificate to record.
pub struct NewCertificate<'a> {
    /// DER of the certificate.
    pub der: &'a [u8],
    /// How it came.
    pub source: Source,
    /// `seal`, `signing`, `portal-user` or none for imports.
    pub profile: Option<&'a str>,
    /// The registered private key, when SealDesk holds it.
    pub key_id: Option<i64>,
    /// Whether it is a trust anchor (seals, imported roots).
    pub trusted: bool,
}

impl<'a> NewCertificate<'a> {
    /// A certificate brought in from a file (no profile: it was not issued
    /// here), with the registered key it belongs to, if any.
    pub fn imported(der: &'a [u8], key_id: Option<i64>, trusted: bool) -> Self {
        Self {
            der,
            source: Source::Imported,
            profile: None,
            key_id,
            trusted,
        }
    }
}

/// A certificate as lists show it.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
#[ts(export)]
pub struct CertificateRecord {
    /// Registry id.
    pub id: i64,
    /// Subject, RFC 4514: for the details and for search; lists name the
    /// certificate by its [`Holder`].
    pub subject: String,
    /// The holder's name, organisation, identifier and e-mail, each apart.
    pub holder: Holder,
    /// Issuer, RFC 4514.
    pub issuer: String,
    /// Serial, lower-case hex.
    pub serial: String,
    /// Start of validity.
    pub not_before: DateTime<Utc>,
    /// End of validity.
    pub not_after: DateTime<Utc>,
    /// SHA-256 fingerprint, lower-case hex.
    pub sha256: String,
    /// Whether it is a CA certificate.
    pub is_ca: bool,
    /// Whether it is a trust anchor of this store.
    pub trusted: bool,
    /// How it came into the store.
    pub source: Source,
    /// Issuing profile, when issued here.
    pub profile: Option<String>,
    /// Stored state: `active`, `revoked` or `superseded`.
    pub state: String,
    /// The key: its id, when SealDesk holds it.
    pub key_id: Option<i64>,
    /// Where the key is, if SealDesk holds it.
    pub key: Option<KeyLocation>,
    /// The issuing certificate, when it is in the store.
    pub issuer_id: Option<i64>,
    /// Standing now, the issuer's included.
    pub status: Status,
    /// Why it is not valid because of its issuer.
    pub status_reason: Option<Reason>,
    /// Whole days to the end of validity (negative when expired).
    pub days_to_expiry: i64,
    /// Valid, and ending within [`EXPIRING_SOON_DAYS`]: flagged in lists.
    pub expiring_soon: bool,
    /// The files it can be exported as: PKCS#12 only with a key in a file
    /// (a token never gives its key out).
    pub export_formats: Vec<ExportFormat>,
    /// When it was revoked.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// Which certificates a list shows.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Only those still valid that expire within this many days.
    pub expiring_within_days: Option<u32>,
    /// Text that subject or issuer must contain (case-insensitive for ASCII).
    pub search: Option<String>,
    /// Only certificates SealDesk holds the key of.
    pub with_key_only: bool,
    /// Page size; 0 means no limit.
    pub limit: u32,
    /// Rows to skip.
    pub offset: u32,
}

const SELECT: &str = "SELECT c.id, c.subject, c.issuer, c.serial, c.not_before, c.not_after,
        c.sha256, c.is_ca, c.trusted, c.source, c.profile, c.state, c.key_id,
        k.location, k.file_path, k.token_label, k.object_label,
        c.issuer_id, c.revoked_at,
        i.state, i.not_before, i.not_after, c.der
    FROM certificate c
    LEFT JOIN key k ON k.id = c.key_id
    LEFT JOIN certificate i ON i.id = c.issuer_id";

/// Whether the store already holds the certificate `der`.
pub fn holds(conn: &Connection, der: &[u8]) -> Result<bool> {
    let info = CertificateInfo::from_der(der)?;
    Ok(id_by_sha256(conn, &info.sha256)?.is_some())
}

/// The id of the certificate whose SHA-256 fingerprint is `sha256`.
fn id_by_sha256(conn: &Connection, sha256: &str) -> Result<Option<i64>> {
    Ok(conn
        .query_row(
            "SELECT id FROM certificate WHERE sha256 = ?1 AND company_id = current_company()",
            [sha256],
            |r| r.get::<_, i64>(0),
        )
        .optional()?)
}

/// Records a certificate, or returns the id it already has (same SHA-256);
/// a key or trust learned later is added to the existing row. The issuer is
/// linked when it is in the store and its signature checks, and certificates
/// waiting for this one as their issuer are linked to it.
pub fn insert(conn: &Connection, new: &NewCertificate<'_>, now: DateTime<Utc>) -> Result<i64> {
    let info = CertificateInfo::from_der(new.der)?;
    if let Some(id) = id_by_sha256(conn, &info.sha256)? {
        conn.execute(
            "UPDATE certificate SET key_id = COALESCE(key_id, ?2),
                    trusted = MAX(trusted, ?3) WHERE id = ?1 AND company_id = current_company()",
            params![id, new.key_id, new.trusted],
        )?;
        return Ok(id);
    }
    let issuer_id = find_issuer(conn, new.der, &info)?;
    conn.execute(
        "INSERT INTO certificate (company_id, der, sha256, subject, issuer, serial, not_before,
             not_after, spki_sha256, is_ca, trusted, key_id, issuer_id, source, profile, created_at)
         VALUES (current_company(), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,
                 ?15)",
        params![
            new.der,
            info.sha256,
            info.subject,
            info.issuer,
            info.serial,
            audit::timestamp(info.not_before),
            audit::timestamp(info.not_after),
            info.spki_sha256,
            info.is_ca,
            new.trusted,
            new.key_id,
            issuer_id,
            new.source.name(),
            new.profile,
            audit::timestamp(now),
        ],
    )?;
    let id = conn.last_insert_rowid();
    if info.is_ca {
        adopt_orphans(conn, id, new.der, &info)?;
    }
    Ok(id)
}

/// The CA certificate in the store that signed `der`, if any.
fn find_issuer(conn: &Connection, der: &[u8], info: &CertificateInfo) -> Result<Option<i64>> {
    if info.self_issued {
        return Ok(None);
    }
    let mut stmt =
        conn.prepare("SELECT id, der FROM certificate WHERE subject = ?1 AND is_ca = 1 AND company_id = current_company()")?;
    let candidates = stmt
        .query_map([&info.issuer], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(candidates
        .into_iter()
        .find(|(_, issuer_der)| signed_by(der, issuer_der))
        .map(|(id, _)| id))
}

fn adopt_orphans(conn: &Connection, ca_id: i64, ca_der: &[u8], ca: &CertificateInfo) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT id, der FROM certificate
         WHERE issuer = ?1 AND issuer_id IS NULL AND id != ?2 AND company_id = current_company()",
    )?;
    let orphans = stmt
        .query_map(params![ca.subject, ca_id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (id, der) in orphans {
        if signed_by(&der, ca_der) {
            conn.execute(
                "UPDATE certificate SET issuer_id = ?1 WHERE id = ?2 AND company_id = current_company()",
                params![ca_id, id],
            )?;
        }
    }
    Ok(())
}

/// Whether the certificate `der` carries a valid signature by `issuer_der`'s key.
pub fn signed_by(der: &[u8], issuer_der: &[u8]) -> bool {
    let (Ok(cert), Ok(issuer)) = (
        super::decode::parse_certificate(der),
        super::decode::parse_certificate(issuer_der),
    ) else {
        return false;
    };
    super::signature::verify(
        issuer
            .certificate
            .tbs_certificate()
            .subject_public_key_info(),
        cert.certificate.signature_algorithm(),
        cert.certificate.signature(),
        cert.tbs,
    )
    .is_ok()
}

/// Lists certificates, soonest expiry first.
pub fn list(
    store: &Store,
    filter: &ListFilter,
    now: DateTime<Utc>,
) -> Result<Vec<CertificateRecord>> {
    let mut sql = format!("{SELECT} WHERE c.company_id = current_company()");
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(days) = filter.expiring_within_days {
        sql.push_str(" AND c.state != 'revoked' AND c.not_after >= ? AND c.not_after <= ?");
        args.push(audit::timestamp(now).into());
        args.push(audit::timestamp(now + Duration::days(i64::from(days))).into());
    }
    if let Some(text) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        sql.push_str(" AND (c.subject LIKE ? ESCAPE '\\' OR c.issuer LIKE ? ESCAPE '\\')");
        let pattern = format!(
            "%{}%",
            text.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        args.push(pattern.clone().into());
        args.push(pattern.into());
    }
    if filter.with_key_only {
        sql.push_str(" AND c.key_id IS NOT NULL");
    }
    sql.push_str(" ORDER BY c.not_after, c.id");
    if filter.limit > 0 {
        sql.push_str(&format!(" LIMIT {} OFFSET {}", filter.limit, filter.offset));
    }
    let mut stmt = store.conn().prepare(&sql)?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(args), |r| read_row(r, now))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

/// One certificate's record.
pub fn get(store: &Store, id: i64, now: DateTime<Utc>) -> Result<CertificateRecord> {
    store
        .conn()
        .query_row(
            &format!("{SELECT} WHERE c.id = ?1 AND c.company_id = current_company()"),
            [id],
            |r| read_row(r, now),
        )
        .optional()?
        .ok_or(Error::Pki(crate::PkiError::CertificateNotFound { id }))
}

/// The DER of one certificate.
pub fn der(conn: &Connection, id: i64) -> Result<Vec<u8>> {
    conn.query_row(
        "SELECT der FROM certificate WHERE id = ?1 AND company_id = current_company()",
        [id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or(Error::Pki(crate::PkiError::CertificateNotFound { id }))
}

/// The certificate and its issuers in the store, leaf first (DER each).
pub fn chain(conn: &Connection, id: i64) -> Result<Vec<Vec<u8>>> {
    let mut out = Vec::new();
    let mut next = Some(id);
    // A chain longer than this is a loop in damaged data, not a real chain.
    while let Some(current) = next.filter(|_| out.len() < 16) {
        let (der, issuer): (Vec<u8>, Option<i64>) = conn
            .query_row(
                "SELECT der, issuer_id FROM certificate WHERE id = ?1 AND company_id = current_company()",
                [current],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(Error::Pki(crate::PkiError::CertificateNotFound {
                id: current,
            }))?;
        out.push(der);
        next = issuer;
    }
    Ok(out)
}

fn read_row(r: &Row<'_>, now: DateTime<Utc>) -> rusqlite::Result<CertificateRecord> {
    let not_before = parse_time(r.get::<_, String>(4)?);
    let not_after = parse_time(r.get::<_, String>(5)?);
    let state: String = r.get(11)?;
    let issuer_state: Option<String> = r.get(19)?;
    let issuer_facts = match (
        &issuer_state,
        r.get::<_, Option<String>>(20)?,
        r.get::<_, Option<String>>(21)?,
    ) {
        (Some(state), Some(from), Some(to)) => {
            Some((state.clone(), parse_time(from), parse_time(to)))
        }
        _ => None,
    };
    let own = Facts {
        state: &state,
        not_before,
        not_after,
    };
    let issuer = issuer_facts.as_ref().map(|(state, from, to)| Facts {
        state,
        not_before: *from,
        not_after: *to,
    });
    let (status, status_reason) = status::status(own, issuer, now);
    let source_name: String = r.get(9)?;
    let source = Source::from_name(&source_name).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            9,
            rusqlite::types::Type::Text,
            format!("unknown certificate source {source_name}").into(),
        )
    })?;
    let key = KeyLocation::from_columns(
        r.get::<_, Option<String>>(13)?.as_deref(),
        r.get(14)?,
        r.get(15)?,
        r.get(16)?,
    );
    let days_to_expiry = super::certificate::days_left(not_after, now);
    let subject: String = r.get(1)?;
    Ok(CertificateRecord {
        id: r.get(0)?,
        holder: Holder::from_der(&r.get::<_, Vec<u8>>(22)?, &subject),
        subject,
        issuer: r.get(2)?,
        serial: r.get(3)?,
        not_before,
        not_after,
        sha256: r.get(6)?,
        is_ca: r.get(7)?,
        trusted: r.get(8)?,
        source,
        profile: r.get(10)?,
        key_id: r.get(12)?,
        export_formats: ExportFormat::for_key(key.as_ref()),
        key,
        issuer_id: r.get(17)?,
        revoked_at: r.get::<_, Option<String>>(18)?.map(parse_time),
        expiring_soon: status == Status::Valid && days_to_expiry <= EXPIRING_SOON_DAYS,
        days_to_expiry,
        state,
        status,
        status_reason,
    })
}

/// Timestamps are written by [`audit::timestamp`]; an unreadable one (a
/// damaged row) reads as the epoch, which shows as expired, never as valid.
fn parse_time(text: String) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_default()
}

/// Records an audit event for a registry change in the same transaction.
pub(crate) fn audit_event(
    conn: &Connection,
    now: DateTime<Utc>,
    action: &str,
    details: serde_json::Value,
) -> Result<()> {
    audit::record(conn, now, action, &details)
}

/// Marks certificates with the given key superseded (used when a seal is
/// replaced). Kept here so every state change goes through one module.
pub(crate) fn set_state(conn: &Connection, id: i64, state: &str, now: DateTime<Utc>) -> Result<()> {
    conn.execute(
        "UPDATE certificate SET state = ?2 WHERE id = ?1 AND company_id = current_company()",
        params![id, state],
    )?;
    audit_event(
        conn,
        now,
        "cert.state-changed",
        json!({ "id": id, "state": state }),
    )
}
