//! The company seal and the certificates it issues: seal history, new
//! seals, export and revocation; the certificate list, details, issuing,
//! revocation and certificate requests (CSR).
//!
//! Work that derives a key from a password (PBKDF2), generates a key or
//! talks to a token runs on a worker thread with its own connection to the
//! store, so the window stays responsive. Passwords and PINs arrive as
//! arguments, are wiped from memory when dropped and are never logged,
//! stored or sent back.

use crate::state::{ui_error, AppState};
use chrono::Utc;
use sealdesk_core::error::ErrorPayload;
use sealdesk_core::keys::signer::Signer;
use sealdesk_core::keys::unlock::{open_signer, KeySecret};
use sealdesk_core::keys::{registry as keys, KeyAlgorithm};
use sealdesk_core::pki::certificate::CertificateInfo;
use sealdesk_core::pki::issue::{self, IssueRequest};
use sealdesk_core::pki::issue_bundle::{self, IssueKey, Pkcs12Request};
use sealdesk_core::pki::pkcs12::Pkcs12Profile;
use sealdesk_core::pki::profile::Profile;
use sealdesk_core::pki::registry::{self, CertificateRecord, ListFilter};
use sealdesk_core::pki::revocation::{self, Reason};
use sealdesk_core::pki::seal::{self, SealRecord, SealRequest};
use sealdesk_core::pki::subject::SubjectFields;
use sealdesk_core::pki::{csr, export, trust};
use sealdesk_core::{Error, Store};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use tauri::State;

/// Largest page of certificates one call returns.
const MAX_PAGE: u32 = 200;

pub use sealdesk_core::secret::Secret;

/// The secret that opens a registered key: a key file's password or the
/// PIN of the token holding the key.
#[derive(Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
pub enum KeySecretInput {
    /// Password of an encrypted key file.
    Password(Secret),
    /// User PIN of a token.
    Pin(Secret),
}

impl KeySecretInput {
    pub(super) fn as_key_secret(&self) -> KeySecret<'_> {
        match self {
            KeySecretInput::Password(p) => KeySecret::Password(p.as_str()),
            KeySecretInput::Pin(p) => KeySecret::Pin(p.as_str()),
        }
    }
}

/// The key a new seal is made with.
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum SealKeyInput {
    /// A new key of `algorithm` written encrypted to `path` (a file the
    /// user chose; an existing file is never replaced).
    NewFile {
        /// `ec-p256`, `ec-p384`, `rsa-2048`, ...
        algorithm: String,
        /// Where the key file goes.
        path: PathBuf,
        /// Password that encrypts the key file.
        password: Secret,
    },
    /// A key already in the registry.
    Existing {
        /// Registry id of the key.
        key_id: i64,
        /// Its password or PIN.
        secret: KeySecretInput,
    },
}

/// The key an issued certificate is made for.
#[derive(Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum IssueKeyInput {
    /// A new key of `algorithm`, kept encrypted in the data folder.
    New {
        /// `ec-p256`, `ec-p384`, `rsa-2048`, ...
        algorithm: String,
        /// Password that encrypts the new key file.
        password: Secret,
    },
    /// A key already in the registry.
    Existing {
        /// Registry id of the key.
        key_id: i64,
        /// Its password or PIN.
        secret: KeySecretInput,
    },
}

/// How a PKCS#12 file is protected, as the UI names it.
#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
pub enum Pkcs12ProfileInput {
    /// AES-256 and PBKDF2-SHA256, the default.
    Modern,
    /// 3DES and SHA-1 for old Windows and devices; weaker.
    LegacyWindows,
}

impl From<Pkcs12ProfileInput> for Pkcs12Profile {
    fn from(input: Pkcs12ProfileInput) -> Self {
        match input {
            Pkcs12ProfileInput::Modern => Pkcs12Profile::Modern,
            Pkcs12ProfileInput::LegacyWindows => Pkcs12Profile::LegacyWindows,
        }
    }
}

/// A PKCS#12 file to write beside a certificate being issued.
#[derive(Deserialize)]
pub struct Pkcs12Target {
    /// The new file (an existing file is never replaced).
    pub path: PathBuf,
    /// Password that protects the PKCS#12 file.
    pub password: Secret,
    /// How the file is protected.
    pub profile: Pkcs12ProfileInput,
}

/// Which certificates a list page shows.
#[derive(Deserialize)]
pub struct CertificateQuery {
    /// Only valid certificates ending within this many days.
    #[serde(default)]
    pub expiring_within_days: Option<u32>,
    /// Text the subject or issuer contains.
    #[serde(default)]
    pub search: Option<String>,
    /// Page size (at most 200).
    pub limit: u32,
    /// Rows to skip.
    #[serde(default)]
    pub offset: u32,
}

/// One page of the certificate list.
#[derive(Serialize)]
pub struct CertificatePage {
    /// The rows, soonest expiry first.
    pub rows: Vec<CertificateRecord>,
    /// Whether a further page exists.
    pub has_more: bool,
}

/// Everything the detail view shows of one certificate.
#[derive(Serialize)]
pub struct CertificateDetail {
    /// The registry's facts and status.
    pub record: CertificateRecord,
    /// The fields read from the certificate itself.
    pub info: CertificateInfo,
    /// Subjects of the chain in the store, the certificate first.
    pub chain: Vec<String>,
    /// The certificate as PEM text.
    pub pem: String,
}

/// A certificate just issued.
#[derive(Serialize)]
pub struct IssuedCertificate {
    /// Its record.
    pub certificate: CertificateRecord,
    /// Where the new key file was written, when a key was generated.
    pub key_path: Option<String>,
    /// The PKCS#12 file written with it, when one was asked for.
    pub pkcs12_path: Option<String>,
    /// Why the PKCS#12 file asked for was not written. Issuing is all or
    /// nothing now, so this stays empty; kept for the window's contract.
    pub pkcs12_error: Option<ErrorPayload>,
}

/// A certificate request written to a file.
#[derive(Serialize)]
pub struct WrittenRequest {
    /// The file.
    pub path: String,
    /// The request as PEM text.
    pub pem: String,
}

/// The core's limits and choices the forms offer, so the UI never keeps
/// its own copy of them.
#[derive(Serialize)]
pub struct PkiLimits {
    /// Key algorithms in the order offered; the first is the default.
    pub algorithms: Vec<KeyAlgorithm>,
    /// Seal validity offered by default, in years.
    pub seal_default_years: u32,
    /// Longest seal validity, in years.
    pub seal_max_years: u32,
    /// Default validity of an issued certificate, in days.
    pub issue_default_days: u32,
    /// Longest validity of an issued certificate, in days.
    pub issue_max_days: u32,
}

#[tauri::command]
pub fn pki_limits() -> PkiLimits {
    PkiLimits {
        algorithms: KeyAlgorithm::ALL.to_vec(),
        seal_default_years: seal::DEFAULT_SEAL_YEARS,
        seal_max_years: seal::MAX_SEAL_YEARS,
        issue_default_days: issue::DEFAULT_DAYS,
        issue_max_days: issue::MAX_DAYS,
    }
}

#[tauri::command]
pub fn list_seals(state: State<'_, AppState>) -> Result<Vec<SealRecord>, ErrorPayload> {
    seal::history(&*state.unlocked_store()?, Utc::now()).map_err(ui_error)
}

/// Makes a new seal, with a new key file or a registered key.
#[tauri::command]
pub async fn create_seal(
    state: State<'_, AppState>,
    key: SealKeyInput,
    organization: String,
    organization_id: String,
    country: String,
    years: u32,
) -> Result<SealRecord, ErrorPayload> {
    let request = SealRequest {
        organization,
        organization_id,
        country,
        years,
    };
    on_worker(&state, move |store| {
        let now = Utc::now();
        let (key_id, signer) = match &key {
            SealKeyInput::NewFile {
                algorithm,
                path,
                password,
            } => {
                let algorithm: KeyAlgorithm = algorithm.parse()?;
                check_before_new_key(&request)?;
                let record =
                    keys::generate_file_key(store, algorithm, path, password.as_str(), now)?;
                let signer = open_signer(store, record.id, KeySecret::Password(password.as_str()))?;
                (record.id, signer)
            }
            SealKeyInput::Existing { key_id, secret } => (
                *key_id,
                open_signer(store, *key_id, secret.as_key_secret())?,
            ),
        };
        seal::create(store, key_id, signer.as_ref(), &request, now)
    })
    .await
}

/// Checks the organisation as `seal::create` will, before a key file is
/// generated for it: a request the core refuses must not leave behind a
/// new, unused key file that blocks the same file name on the next try.
fn check_before_new_key(request: &SealRequest) -> Result<(), Error> {
    if !(1..=seal::MAX_SEAL_YEARS).contains(&request.years) {
        return Err(Error::Pki(sealdesk_core::PkiError::ValidityOutOfRange {
            min: 1,
            max: seal::MAX_SEAL_YEARS,
            unit: "years".into(),
        }));
    }
    let fields = SubjectFields {
        common_name: request.organization.clone(),
        organization: Some(request.organization.clone()),
        organization_id: Some(request.organization_id.clone()),
        country: Some(request.country.clone()),
        ..Default::default()
    }
    .normalized()?;
    if fields.organization_id.is_none() {
        return Err(Error::Pki(sealdesk_core::PkiError::FieldRequired {
            field: "org-id".into(),
        }));
    }
    Ok(())
}

/// Writes a seal's certificate to a file the user chose (PEM or DER by the
/// file name's extension).
#[tauri::command]
pub fn export_seal(state: State<'_, AppState>, id: i64, path: PathBuf) -> Result<(), ErrorPayload> {
    seal::export(&*state.unlocked_store()?, id, &path, Utc::now()).map_err(ui_error)
}

#[tauri::command]
pub fn revoke_seal(state: State<'_, AppState>, id: i64) -> Result<SealRecord, ErrorPayload> {
    seal::revoke(&*state.unlocked_store()?, id, Utc::now()).map_err(ui_error)
}

/// One page of certificates; the paging is done in SQL.
#[tauri::command]
pub fn list_certificates(
    state: State<'_, AppState>,
    query: CertificateQuery,
) -> Result<CertificatePage, ErrorPayload> {
    let limit = query.limit.clamp(1, MAX_PAGE);
    // One row more than asked for tells whether another page follows.
    let filter = ListFilter {
        expiring_within_days: query.expiring_within_days,
        search: query.search,
        with_key_only: false,
        limit: limit + 1,
        offset: query.offset,
    };
    let mut rows =
        registry::list(&*state.unlocked_store()?, &filter, Utc::now()).map_err(ui_error)?;
    let has_more = rows.len() > limit as usize;
    rows.truncate(limit as usize);
    Ok(CertificatePage { rows, has_more })
}

#[tauri::command]
pub fn certificate_detail(
    state: State<'_, AppState>,
    id: i64,
) -> Result<CertificateDetail, ErrorPayload> {
    let store = state.unlocked_store()?;
    let detail = || -> Result<CertificateDetail, Error> {
        let record = registry::get(&store, id, Utc::now())?;
        let der = registry::der(store.conn(), id)?;
        let chain = registry::chain(store.conn(), id)?
            .iter()
            .map(|der| CertificateInfo::from_der(der).map(|info| info.subject))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(CertificateDetail {
            record,
            info: CertificateInfo::from_der(&der)?,
            chain,
            pem: export::pem_text("CERTIFICATE", &der),
        })
    };
    detail().map_err(ui_error)
}

/// Issues a certificate from seal `seal_id`, for a new key or a registered
/// one, and when asked writes it with its key and chain as PKCS#12. The
/// seal's key is opened first, so a wrong seal password or PIN stops before
/// any key is generated.
// The UI passes each argument by name, as every command here does.
#[allow(clippy::too_many_arguments)]
#[tauri::command]
pub async fn issue_certificate(
    state: State<'_, AppState>,
    seal_id: i64,
    seal_secret: KeySecretInput,
    profile: String,
    subject: SubjectFields,
    days: u32,
    key: IssueKeyInput,
    pkcs12: Option<Pkcs12Target>,
) -> Result<IssuedCertificate, ErrorPayload> {
    on_worker(&state, move |store| {
        let now = Utc::now();
        let request = IssueRequest {
            profile: profile.parse::<Profile>()?,
            subject,
            days,
        };
        let seal_signer = seal_signer(store, seal_id, &seal_secret)?;
        let key = match &key {
            IssueKeyInput::New {
                algorithm,
                password,
            } => IssueKey::New {
                algorithm: algorithm.parse()?,
                password: password.as_str(),
            },
            IssueKeyInput::Existing { key_id, secret } => IssueKey::Existing {
                key_id: *key_id,
                secret: secret.as_key_secret(),
            },
        };
        let target = pkcs12.as_ref().map(|target| Pkcs12Request {
            path: &target.path,
            password: target.password.as_str(),
            profile: target.profile.into(),
        });
        let issued = issue_bundle::issue_with_pkcs12(
            store,
            seal_id,
            seal_signer.as_ref(),
            key,
            &request,
            target.as_ref(),
            now,
        )?;
        Ok(IssuedCertificate {
            certificate: issued.certificate,
            key_path: issued.key_path.map(|p| p.display().to_string()),
            pkcs12_path: issued.pkcs12_path.map(|p| p.display().to_string()),
            pkcs12_error: None,
        })
    })
    .await
}

/// Opens the key of seal `seal_id` with the secret the user gave.
fn seal_signer(
    store: &Store,
    seal_id: i64,
    secret: &KeySecretInput,
) -> Result<Box<dyn Signer>, Error> {
    let record = seal::get(store, seal_id, Utc::now())?;
    let key_id = record.certificate.key_id.ok_or(Error::Pki(
        sealdesk_core::PkiError::CertificateHasNoKey {
            id: record.certificate.id,
        },
    ))?;
    open_signer(store, key_id, secret.as_key_secret())
}

/// Revokes a certificate a seal issued; `reason` is a stable reason name
/// (`unspecified`, `key-compromise`, ...).
#[tauri::command]
pub fn revoke_certificate(
    state: State<'_, AppState>,
    id: i64,
    reason: String,
) -> Result<CertificateRecord, ErrorPayload> {
    let reason: Reason = reason.parse().map_err(ui_error)?;
    revocation::revoke(&*state.unlocked_store()?, id, reason, Utc::now()).map_err(ui_error)
}

/// Trusts a CA certificate as a root once the user confirmed its SHA-256
/// `fingerprint` (the core compares it with the certificate's).
#[tauri::command]
pub fn trust_certificate(
    state: State<'_, AppState>,
    id: i64,
    fingerprint: String,
) -> Result<CertificateRecord, ErrorPayload> {
    trust::trust(&*state.unlocked_store()?, id, &fingerprint, Utc::now()).map_err(ui_error)
}

/// Stops trusting a root (a company seal stays trusted).
#[tauri::command]
pub fn untrust_certificate(
    state: State<'_, AppState>,
    id: i64,
) -> Result<CertificateRecord, ErrorPayload> {
    trust::untrust(&*state.unlocked_store()?, id, Utc::now()).map_err(ui_error)
}

/// Makes a certificate request (PKCS#10) signed by a registered key and
/// writes it as PEM to a new file the user chose.
#[tauri::command]
pub async fn create_csr(
    state: State<'_, AppState>,
    key_id: i64,
    secret: KeySecretInput,
    subject: SubjectFields,
    path: PathBuf,
) -> Result<WrittenRequest, ErrorPayload> {
    on_worker(&state, move |store| {
        let signer = open_signer(store, key_id, secret.as_key_secret())?;
        let request = csr::create_to_file(signer.as_ref(), &subject, &path)?;
        Ok(WrittenRequest {
            path: path.display().to_string(),
            pem: request.pem(),
        })
    })
    .await
}

/// Runs `work` on a worker thread with a connection of its own, after
/// checking that the session is unlocked.
pub(super) async fn on_worker<T, F>(state: &AppState, work: F) -> Result<T, ErrorPayload>
where
    T: Send + 'static,
    F: FnOnce(&Store) -> Result<T, Error> + Send + 'static,
{
    crate::state::on_worker(state, move |cx| work(cx.store())).await
}
