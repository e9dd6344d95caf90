//! The certificate registry: listing page by page, the detail view,
//! issuing from the seal, revoking, trusting roots and certificate
//! requests.

use super::key_secret::{KeySecretInput, RegisteredKey};
use super::{seal, Context};
use crate::keys::unlock::open_signer;
use crate::keys::KeyAlgorithm;
use crate::pki::certificate::CertificateInfo;
use crate::pki::issue::IssueRequest;
use crate::pki::issue_bundle::{self, IssueKey, Pkcs12Request};
use crate::pki::pkcs12::Pkcs12Profile;
use crate::pki::profile::Profile;
use crate::pki::registry::{self, CertificateRecord, ListFilter, Source};
use crate::pki::revocation::{self, Reason};
use crate::pki::subject::SubjectFields;
use crate::pki::{csr, export, trust};
use crate::secret::Secret;
use crate::Result;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use ts_rs::TS;

/// Largest page of certificates one call returns.
pub const MAX_PAGE: u32 = 200;

/// Which certificates a list shows.
#[derive(Debug, Clone, Default, Deserialize, TS)]
#[ts(export)]
pub struct CertificateQuery {
    /// Only valid certificates ending within this many days.
    #[serde(default)]
    pub expiring_within_days: Option<u32>,
    /// Text the subject or issuer contains.
    #[serde(default)]
    pub search: Option<String>,
    /// Page size, at most [`MAX_PAGE`]; none asks for every row at once
    /// (the command line prints them all).
    #[serde(default)]
    pub limit: Option<u32>,
    /// Rows to skip.
    #[serde(default)]
    pub offset: u32,
}

/// One page of the certificate list.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CertificatePage {
    /// The rows, soonest expiry first.
    pub rows: Vec<CertificateRecord>,
    /// Whether a further page exists.
    pub has_more: bool,
}

/// Everything the detail view shows of one certificate.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CertificateDetail {
    /// The registry's facts and status.
    pub record: CertificateRecord,
    /// The fields read from the certificate itself.
    pub info: CertificateInfo,
    /// Subjects of the chain in the store, the certificate first.
    pub chain: Vec<String>,
    /// Whether its issuer is missing from the store (it is not a root).
    pub issuer_unknown: bool,
    /// What the user may do with it now.
    pub actions: CertificateActions,
    /// The certificate as PEM text.
    pub pem: String,
}

/// What the detail view offers for one certificate; the core refuses
/// anything else.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct CertificateActions {
    /// The reasons it can be revoked for; empty when it cannot be (not
    /// issued by a seal here, or already revoked).
    pub revoke_reasons: Vec<Reason>,
    /// Whether it can be trusted as a root: a CA certificate from outside,
    /// not trusted yet.
    pub trust: bool,
    /// Whether it can stop being trusted: an outside root now trusted (a
    /// company seal always stays trusted).
    pub untrust: bool,
}

/// The key an issued certificate is made for.
#[derive(Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum IssueKeyInput {
    /// A new key of `algorithm`, kept encrypted in the data folder.
    New {
        /// The algorithm.
        algorithm: KeyAlgorithm,
        /// Password that encrypts the new key file.
        password: Secret,
    },
    /// A key already in the registry.
    Existing(RegisteredKey),
}

/// A PKCS#12 file to write: where, its password and its protection.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct Pkcs12Target {
    /// The new file (an existing file is never replaced).
    pub path: PathBuf,
    /// Password that protects the PKCS#12 file.
    pub password: Secret,
    /// How the file is protected.
    pub profile: Pkcs12Profile,
}

/// A certificate to issue from a seal.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct IssueCertificate {
    /// The issuing seal.
    pub seal_id: i64,
    /// The password or PIN of the seal's key.
    pub seal_secret: KeySecretInput,
    /// What the certificate is for.
    pub profile: Profile,
    /// The holder.
    pub subject: SubjectFields,
    /// Validity in days.
    pub days: u32,
    /// The holder's key.
    pub key: IssueKeyInput,
    /// A PKCS#12 file to write with it, when asked for.
    #[serde(default)]
    pub pkcs12: Option<Pkcs12Target>,
}

/// A certificate just issued.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct IssuedCertificate {
    /// Its record.
    pub certificate: CertificateRecord,
    /// Where the new key file was written, when a key was generated.
    pub key_path: Option<String>,
    /// The PKCS#12 file written with it, when one was asked for.
    pub pkcs12_path: Option<String>,
}

/// A certificate request (PKCS#10) to sign with a registered key.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct CsrRequest {
    /// The key that signs the request.
    pub key_id: i64,
    /// Its password or PIN.
    pub secret: KeySecretInput,
    /// The subject asked for.
    pub subject: SubjectFields,
    /// The new PEM file.
    pub path: PathBuf,
}

/// A certificate request written to a file.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct WrittenRequest {
    /// The file.
    pub path: String,
    /// The subject as written, RFC 4514 style.
    pub subject: String,
    /// The request as PEM text.
    pub pem: String,
}

/// One page of certificates, soonest expiry first; the paging is done in
/// SQL, so a long registry stays fast.
pub fn list(cx: &Context, query: &CertificateQuery) -> Result<CertificatePage> {
    let limit = query.limit.map(|limit| limit.clamp(1, MAX_PAGE));
    // One row more than asked for tells whether another page follows.
    let filter = ListFilter {
        expiring_within_days: query.expiring_within_days,
        search: query.search.clone(),
        with_key_only: false,
        limit: limit.map_or(0, |limit| limit + 1),
        offset: query.offset,
    };
    let mut rows = registry::list(cx.store(), &filter, cx.now())?;
    let has_more = limit.is_some_and(|limit| rows.len() > limit as usize);
    if let Some(limit) = limit {
        rows.truncate(limit as usize);
    }
    Ok(CertificatePage { rows, has_more })
}

/// The record, the certificate's own fields, its chain in the store and
/// its PEM text.
pub fn detail(cx: &Context, id: i64) -> Result<CertificateDetail> {
    let record = registry::get(cx.store(), id, cx.now())?;
    let conn = cx.store().conn();
    let der = registry::der(conn, id)?;
    let chain = registry::chain(conn, id)?
        .iter()
        .map(|der| CertificateInfo::from_der(der).map(|info| info.subject))
        .collect::<Result<Vec<_>>>()?;
    let info = CertificateInfo::from_der(&der)?;
    let revocable = record.state != "revoked" && revocation::issued_by_a_seal(cx.store(), &record)?;
    let outside_ca = record.is_ca && record.source != Source::Seal;
    Ok(CertificateDetail {
        issuer_unknown: record.issuer_id.is_none() && !info.self_issued,
        actions: CertificateActions {
            revoke_reasons: if revocable {
                Reason::ALL.to_vec()
            } else {
                Vec::new()
            },
            trust: outside_ca && !record.trusted,
            untrust: outside_ca && record.trusted,
        },
        record,
        info,
        chain,
        pem: export::pem_text("CERTIFICATE", &der),
    })
}

/// Issues a certificate from the seal for a new or a registered key and,
/// when asked, writes it with its key and chain as PKCS#12: all of it or
/// nothing. The seal's key is opened first, so a wrong seal password or PIN
/// stops before any key is generated; a key on a token is refused for a
/// PKCS#12, which would need the key itself.
pub fn issue(cx: &Context, request: &IssueCertificate) -> Result<IssuedCertificate> {
    let seal_signer = seal::signer(cx, request.seal_id, &request.seal_secret)?;
    let key = match &request.key {
        IssueKeyInput::New {
            algorithm,
            password,
        } => IssueKey::New {
            algorithm: *algorithm,
            password: password.as_str(),
        },
        IssueKeyInput::Existing(key) => IssueKey::Existing {
            key_id: key.key_id,
            secret: key.secret.as_key_secret(),
        },
    };
    let target = request.pkcs12.as_ref().map(|target| Pkcs12Request {
        path: &target.path,
        password: target.password.as_str(),
        profile: target.profile,
    });
    let issued = issue_bundle::issue_with_pkcs12(
        cx.store(),
        request.seal_id,
        seal_signer.as_ref(),
        key,
        &IssueRequest {
            profile: request.profile,
            subject: request.subject.clone(),
            days: request.days,
        },
        target.as_ref(),
        cx.now(),
    )?;
    Ok(IssuedCertificate {
        certificate: issued.certificate,
        key_path: issued.key_path.map(|p| p.display().to_string()),
        pkcs12_path: issued.pkcs12_path.map(|p| p.display().to_string()),
    })
}

/// Revokes a certificate one of the seals issued.
pub fn revoke(cx: &Context, id: i64, reason: Reason) -> Result<CertificateRecord> {
    revocation::revoke(cx.store(), id, reason, cx.now())
}

/// Trusts a CA certificate as a root once the user confirmed its SHA-256
/// `fingerprint` (compared with the certificate's here).
pub fn trust(cx: &Context, id: i64, fingerprint: &str) -> Result<CertificateRecord> {
    trust::trust(cx.store(), id, fingerprint, cx.now())
}

/// Stops trusting a root (a company seal stays trusted).
pub fn untrust(cx: &Context, id: i64) -> Result<CertificateRecord> {
    trust::untrust(cx.store(), id, cx.now())
}

/// Makes a certificate request signed by a registered key and writes it as
/// PEM to a new file.
pub fn create_csr(cx: &Context, request: &CsrRequest) -> Result<WrittenRequest> {
    let signer = open_signer(cx.store(), request.key_id, request.secret.as_key_secret())?;
    let written = csr::create_to_file(signer.as_ref(), &request.subject, &request.path)?;
    Ok(WrittenRequest {
        path: request.path.display().to_string(),
        subject: subject_line(&written.subject),
        pem: written.pem(),
    })
}

/// The subject of a request as one RFC 4514-style line, for messages.
fn subject_line(fields: &SubjectFields) -> String {
    let mut parts = vec![format!("CN={}", fields.common_name)];
    for (name, value) in [
        ("serialNumber", &fields.serial_number),
        ("organizationIdentifier", &fields.organization_id),
        ("O", &fields.organization),
        ("C", &fields.country),
    ] {
        if let Some(value) = value {
            parts.push(format!("{name}={value}"));
        }
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support;
    use chrono::Utc;

    fn issue_request(
        seal_id: i64,
        seal_password: &str,
        pkcs12: Option<Pkcs12Target>,
    ) -> IssueCertificate {
        IssueCertificate {
            seal_id,
            seal_secret: KeySecretInput::Password(seal_password.into()),
            profile: Profile::Signing,
            subject: SubjectFields {
                common_name: "Anna Nowak".into(),
                ..SubjectFields::default()
            },
            days: 365,
            key: IssueKeyInput::New {
                algorithm: KeyAlgorithm::EcP256,
                password: "anna-pw".into(),
            },
            pkcs12,
        }
    }

    #[test]
    fn a_wrong_seal_password_issues_nothing_and_the_right_one_issues_with_its_pkcs12() {
        let dir = tempfile::tempdir().unwrap();
        let now = Utc::now();
        let office = test_support::office(dir.path(), now);
        let cx = Context::at(
            &office.store,
            crate::actions::Scope::test_administrator(),
            now,
        );
        let p12 = dir.path().join("anna.p12");
        let target = || Pkcs12Target {
            path: p12.clone(),
            password: "p12-pw".into(),
            profile: Pkcs12Profile::Modern,
        };

        let err = issue(&cx, &issue_request(office.seal_id, "wrong", Some(target()))).unwrap_err();
        assert_eq!(err.code(), "key.wrong-password");
        assert!(!p12.exists());
        let before = list(&cx, &CertificateQuery::default()).unwrap().rows.len();
        assert_eq!(before, 1, "only the seal");

        let issued = issue(
            &cx,
            &issue_request(office.seal_id, "seal-pw", Some(target())),
        )
        .unwrap();
        assert_eq!(
            issued.pkcs12_path.as_deref(),
            Some(p12.display().to_string().as_str())
        );
        assert!(issued.key_path.is_some());
        let record = &issued.certificate;
        assert_eq!(
            record.export_formats,
            vec![
                export::ExportFormat::Pem,
                export::ExportFormat::Der,
                export::ExportFormat::Pkcs12
            ]
        );
        assert!(!record.expiring_soon, "a year is not soon");

        let shown = detail(&cx, record.id).unwrap();
        assert_eq!(shown.chain.len(), 2, "{:?}", shown.chain);
        assert!(!shown.issuer_unknown);
        assert_eq!(shown.actions.revoke_reasons, Reason::ALL.to_vec());
        assert!(!shown.actions.trust && !shown.actions.untrust);
        let seal = detail(&cx, shown.record.issuer_id.unwrap()).unwrap();
        assert!(
            seal.actions.revoke_reasons.is_empty(),
            "a seal is revoked as a seal"
        );
        assert!(
            !seal.actions.trust && !seal.actions.untrust,
            "a seal stays trusted"
        );
        revoke(&cx, record.id, Reason::KeyCompromise).unwrap();
        assert!(detail(&cx, record.id)
            .unwrap()
            .actions
            .revoke_reasons
            .is_empty());
        assert!(shown.pem.starts_with("-----BEGIN CERTIFICATE-----"));
        assert_eq!(detail(&cx, 999).unwrap_err().code(), "cert.not-found");
    }

    #[test]
    fn pages_are_cut_at_the_limit_and_say_whether_more_follow() {
        let dir = tempfile::tempdir().unwrap();
        let now = Utc::now();
        let office = test_support::office(dir.path(), now);
        for name in ["A", "B"] {
            test_support::issue_signing(&office, name, KeyAlgorithm::EcP256, "pw", now);
        }
        let cx = Context::at(
            &office.store,
            crate::actions::Scope::test_administrator(),
            now,
        );
        let page = |limit, offset| {
            list(
                &cx,
                &CertificateQuery {
                    limit,
                    offset,
                    ..CertificateQuery::default()
                },
            )
            .unwrap()
        };
        let first = page(Some(2), 0);
        assert_eq!((first.rows.len(), first.has_more), (2, true));
        let last = page(Some(2), 2);
        assert_eq!((last.rows.len(), last.has_more), (1, false));
        let all = page(None, 0);
        assert_eq!((all.rows.len(), all.has_more), (3, false));
        assert_eq!(
            page(Some(0), 0).rows.len(),
            1,
            "a page has at least one row"
        );
    }
}
