//! Registering a signing identity: business data checked, a new key, and a
//! certificate from the company seal or a request for an outside CA — all
//! recorded together or not at all.

use super::new_key::NewKey;
use super::records::{self, IdentityRecord};
use super::selection::activate;
use super::{AWAITING_CERTIFICATE, CERTIFIED, MIN_SIGNING_PASSWORD_CHARS};
use crate::ids::{self, BusinessId, Kind};
use crate::keys::signer::Signer;
use crate::keys::unlock::KeySecret;
use crate::keys::KeyAlgorithm;
use crate::password_strength::{self, PasswordStrength};
use crate::pki::issue::{self, IssueRequest};
use crate::pki::profile::Profile;
use crate::pki::status::Status;
use crate::pki::subject::{email_address, SubjectFields};
use crate::pki::{csr, registry, seal};
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::Serialize;
use serde_json::json;
use std::path::{Path, PathBuf};

/// Where the new identity's key is made.
pub enum KeyTarget<'a> {
    /// A new key file in the data folder, encrypted with the signing
    /// password (at least [`MIN_SIGNING_PASSWORD_CHARS`] characters).
    File {
        /// The signing password.
        password: &'a str,
    },
    /// A new key pair on a PKCS#11 token; the PIN is the signing secret.
    Token {
        /// The PKCS#11 module library.
        module: &'a Path,
        /// The token's label.
        token_label: &'a str,
        /// The token's user PIN.
        pin: &'a str,
        /// The key's label on the token (default: `sealdesk-ALG-DATE-TIME`).
        object_label: Option<&'a str>,
    },
}

/// Where the new identity's certificate comes from.
pub enum CertificateSource<'a> {
    /// Issued at once by the company seal (`signing` profile).
    Seal {
        /// The seal.
        seal_id: i64,
        /// The secret of the seal's key.
        secret: KeySecret<'a>,
        /// Days of validity (never past the seal's own end).
        days: u32,
    },
    /// A PKCS#10 request written to a new file for an outside CA; the
    /// identity waits for the answer (see [`super::attach_certificate`]).
    Csr {
        /// The new request file (PEM).
        out: &'a Path,
    },
}

/// What the user entered in the registration wizard.
pub struct Registration<'a> {
    /// Two-letter country of the business.
    pub country: &'a str,
    /// The kind of business identifier; `None` guesses it from its shape.
    pub kind: Option<Kind>,
    /// The business identifier as typed (spaces, dashes and a country
    /// prefix are accepted).
    pub business_id: &'a str,
    /// The business name (organizationName).
    pub business_name: &'a str,
    /// The signer: the business, its owner or an authorised person (commonName).
    pub signer_name: &'a str,
    /// The e-mail shown in the signature (subject alternative name).
    pub email: &'a str,
    /// Where the key is made.
    pub key: KeyTarget<'a>,
    /// The key's algorithm (EC P-256 unless the user chose otherwise).
    pub algorithm: KeyAlgorithm,
    /// Where the certificate comes from.
    pub certificate: CertificateSource<'a>,
    /// Whether to make the new identity the active one when it can sign.
    pub select: bool,
}

/// Why a newly registered identity was not made the active one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum NotSelectedReason {
    /// Its request waits for the CA's certificate.
    AwaitingCertificate,
    /// The caller asked not to select it.
    NotRequested,
    /// Its certificate is not valid now (e.g. the seal has fallen).
    CertificateNotValid,
}

/// The outcome of a registration.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Registered {
    /// The new identity.
    pub identity: IdentityRecord,
    /// Whether it is now the active signing identity.
    pub selected: bool,
    /// Why not, when it is not.
    pub not_selected_reason: Option<NotSelectedReason>,
    /// The signing password's strength (file keys only), for a warning;
    /// a weak password is never refused beyond the minimum length.
    pub password_strength: Option<PasswordStrength>,
    /// The request written for the CA, if one was.
    pub csr_path: Option<PathBuf>,
}

/// Registers a signing identity. Any failure (an invalid identifier, a
/// wrong seal password or token PIN, an existing request file) leaves no
/// identity, no certificate, no key record and no key file or token object.
pub fn register(
    store: &Store,
    registration: &Registration<'_>,
    now: DateTime<Utc>,
) -> Result<Registered> {
    let business = ids::check(
        registration.country,
        registration.kind,
        registration.business_id,
    )?;
    let subject = subject_of(registration, &business)?;
    let password_strength = match registration.key {
        KeyTarget::File { password } => Some(check_password(password, registration)?),
        KeyTarget::Token { .. } => None,
    };
    // The seal is opened before any key exists: a wrong seal secret then
    // costs nothing to undo.
    let seal_signer = match &registration.certificate {
        CertificateSource::Seal {
            seal_id, secret, ..
        } => Some(open_seal(store, *seal_id, *secret, now)?),
        CertificateSource::Csr { out } => {
            if out.exists() {
                return Err(Error::File(crate::FileError::Exists {
                    path: out.to_path_buf(),
                }));
            }
            None
        }
    };
    let key = NewKey::generate(store, &registration.key, registration.algorithm, now)?;
    let mut csr_written = None;
    let outcome = make_and_record(
        store,
        registration,
        &business,
        &subject,
        &key,
        seal_signer.as_ref(),
        &mut csr_written,
        now,
    );
    match outcome {
        Ok((identity, selected, not_selected_reason)) => Ok(Registered {
            identity,
            selected,
            not_selected_reason,
            password_strength,
            csr_path: csr_written,
        }),
        Err(err) => {
            key.discard();
            if let Some(path) = csr_written {
                let _ = std::fs::remove_file(path);
            }
            Err(err)
        }
    }
}

/// The certificate subject: CN signer, O business, the identifier in
/// organizationIdentifier (or serialNumber for a person's tax number), C,
/// and the e-mail.
fn subject_of(registration: &Registration<'_>, business: &BusinessId) -> Result<SubjectFields> {
    for (field, value) in [
        ("business-name", registration.business_name),
        ("signer-name", registration.signer_name),
    ] {
        if value.trim().is_empty() {
            return Err(Error::Pki(crate::PkiError::FieldRequired {
                field: field.into(),
            }));
        }
    }
    let email = email_address(registration.email)?;
    SubjectFields {
        common_name: registration.signer_name.to_string(),
        organization: Some(registration.business_name.to_string()),
        organization_id: business.organization_identifier(),
        country: Some(business.country.clone()),
        serial_number: business.serial_number(),
        email: Some(email),
        ..Default::default()
    }
    .normalized()
}

fn check_password(password: &str, registration: &Registration<'_>) -> Result<PasswordStrength> {
    if password.chars().count() < MIN_SIGNING_PASSWORD_CHARS {
        return Err(Error::Identity(crate::IdentityError::PasswordTooShort {
            min: MIN_SIGNING_PASSWORD_CHARS,
        }));
    }
    Ok(password_strength::estimate(
        password,
        MIN_SIGNING_PASSWORD_CHARS,
        &[registration.signer_name, registration.business_name],
    ))
}

struct OpenSeal {
    id: i64,
    signer: Box<dyn Signer>,
}

fn open_seal(
    store: &Store,
    seal_id: i64,
    secret: KeySecret<'_>,
    now: DateTime<Utc>,
) -> Result<OpenSeal> {
    Ok(OpenSeal {
        id: seal_id,
        signer: seal::open_key(store, seal_id, secret, now)?,
    })
}

#[allow(clippy::too_many_arguments)]
fn make_and_record(
    store: &Store,
    registration: &Registration<'_>,
    business: &BusinessId,
    subject: &SubjectFields,
    key: &NewKey,
    seal: Option<&OpenSeal>,
    csr_written: &mut Option<PathBuf>,
    now: DateTime<Utc>,
) -> Result<(IdentityRecord, bool, Option<NotSelectedReason>)> {
    let certificate = match (seal, &registration.certificate) {
        (Some(seal), CertificateSource::Seal { days, .. }) => {
            let request = IssueRequest {
                profile: Profile::Signing,
                subject: subject.clone(),
                days: *days,
            };
            let der = issue::build(
                store,
                seal.id,
                seal.signer.as_ref(),
                key.spki_der(),
                &request,
                now,
            )?;
            Some((seal.id, der))
        }
        (_, CertificateSource::Csr { out }) => {
            let signer = key.signer()?;
            csr::create_to_file(signer.as_ref(), subject, out)?;
            *csr_written = Some(out.to_path_buf());
            None
        }
        (None, CertificateSource::Seal { seal_id, .. }) => {
            return Err(Error::Pki(crate::PkiError::SealNotFound { id: *seal_id }));
        }
    };

    let tx = store.write_transaction()?;
    let key_record = key.insert(&tx, now)?;
    let certificate_id = match &certificate {
        Some((seal_id, der)) => Some(issue::record(
            &tx,
            der,
            key_record.id,
            *seal_id,
            Profile::Signing,
            now,
        )?),
        None => None,
    };
    tx.execute(
        "INSERT INTO identity (company_id, country, id_kind, identifier, organization_identifier,
             serial_number, business_name, signer_name, email, key_id, certificate_id,
             state, created_at)
         VALUES (current_company(), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            business.country,
            business.kind.name(),
            business.normalized,
            business.organization_identifier(),
            business.serial_number(),
            subject.organization,
            subject.common_name,
            subject.email,
            key_record.id,
            certificate_id,
            if certificate_id.is_some() {
                CERTIFIED
            } else {
                AWAITING_CERTIFICATE
            },
            audit::timestamp(now),
        ],
    )?;
    let id = tx.last_insert_rowid();
    audit::record(
        &tx,
        now,
        "identity.registered",
        &json!({
            "id": id,
            "signer_name": subject.common_name,
            "business_name": subject.organization,
            "identifier": business.subject_value(),
        }),
    )?;
    let not_selected_reason = match certificate_id {
        None => Some(NotSelectedReason::AwaitingCertificate),
        Some(_) if !registration.select => Some(NotSelectedReason::NotRequested),
        Some(cert_id) if registry::get(store, cert_id, now)?.status != Status::Valid => {
            Some(NotSelectedReason::CertificateNotValid)
        }
        Some(_) => {
            activate(&tx, id, now)?;
            None
        }
    };
    tx.commit()?;
    let identity = records::get(store, id, now)?;
    Ok((identity, not_selected_reason.is_none(), not_selected_reason))
}
