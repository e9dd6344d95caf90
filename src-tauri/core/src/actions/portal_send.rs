//! Generate and send portal certificates: for each chosen portal user a new
//! key, a certificate from the company's seal, a PKCS#12 file under a
//! generated password, a copy in the company's certificate folder, and two
//! messages in the outbox (the file, then its password), or the password
//! handed back once to be read out by phone.
//!
//! The key lives only in memory and the store keeps no key for these
//! certificates; the password exists only in the queued password message
//! (or the answer). The run is recorded user by user (see
//! [`crate::portal::run`]) so a run stopped or killed resumes without a
//! second certificate or a second message for anyone.

use super::key_secret::KeySecretInput;
use super::{seal, Context};
use crate::company::{self, CompanyError};
use crate::keys::signer::Signer;
use crate::keys::{GeneratedKey, KeyAlgorithm};
use crate::mail::letter::{self, Letter, LetterOptions};
use crate::mail::outbox::{self, OutboxEntry, State};
use crate::mail::templates::{Placeholder, TemplateKind, Values};
use crate::pki::certificate::CertificateInfo;
use crate::pki::issue::{self, IssueRequest, DEFAULT_DAYS};
use crate::pki::pkcs12::{self, Pkcs12Profile};
use crate::pki::profile::Profile;
use crate::pki::registry::{self, NewCertificate, Source};
use crate::pki::seal as seals;
use crate::pki::subject::SubjectFields;
use crate::portal::run::{self, RunItem};
use crate::portal::{self, password, PortalError, PortalUser, PortalUserQuery};
use crate::{atomic_file, audit, Error, Result};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use ts_rs::TS;
use zeroize::Zeroizing;

/// Which portal users get a certificate.
#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
#[ts(export)]
pub enum PortalSelection {
    /// These users (ids).
    Users(Vec<i64>),
    /// Every active user of the contractor with this code.
    Contractor(String),
    /// Every active user without a valid certificate.
    AllWithoutCertificate,
}

impl PortalSelection {
    /// The form a run records, to find the same selection again.
    fn key(&self) -> String {
        match self {
            PortalSelection::Users(ids) => {
                let mut ids = ids.clone();
                ids.sort_unstable();
                ids.dedup();
                let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
                format!("users:{}", ids.join(","))
            }
            PortalSelection::Contractor(code) => format!("contractor:{}", code.trim()),
            PortalSelection::AllWithoutCertificate => "without-certificate".into(),
        }
    }
}

/// A request to generate and send portal certificates.
#[derive(Deserialize, TS)]
#[ts(export)]
pub struct SendCertificates {
    /// Who gets one.
    pub selection: PortalSelection,
    /// The issuing seal.
    pub seal_id: i64,
    /// The password or PIN of the seal's key.
    pub seal_secret: KeySecretInput,
    /// Hand the passwords back to be read out by phone instead of mailing
    /// them.
    #[serde(default)]
    pub password_by_phone: bool,
}

/// What happened for one user.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SentItem {
    /// The portal user.
    pub user_id: i64,
    /// The user's login.
    pub login: String,
    /// The certificate issued.
    pub cert_id: Option<i64>,
    /// The copy in the company's certificate folder.
    pub p12: Option<String>,
    /// The outbox message with the PKCS#12 file.
    pub certificate_message_id: Option<i64>,
    /// The outbox message with the password.
    pub password_message_id: Option<i64>,
    /// `planned`, `issued`, `queued`, `done` (password by phone) or
    /// `failed`.
    pub state: String,
    /// Why the user failed.
    pub error_code: Option<String>,
    /// The password to read out by phone, only in the answer of the call
    /// that issued it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

/// The answer: the run and each user's outcome.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SendReport {
    /// The run (the same one again when an interrupted run resumes).
    pub run_id: i64,
    /// Every user of the run.
    pub items: Vec<SentItem>,
}

/// Progress after each user.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SendProgress {
    /// Users finished so far.
    pub done: usize,
    /// Users in the run.
    pub total: usize,
    /// The user just finished.
    pub user_id: i64,
    /// That user's state.
    pub state: String,
}

/// The outbox reference of a user's certificate message in a run.
fn certificate_reference(run: i64, user: i64) -> String {
    format!("portal-cert:{run}:{user}")
}

/// The outbox reference of a user's password message in a run.
fn password_reference(run: i64, user: i64) -> String {
    format!("{}{run}:{user}", outbox::SECRET_REFERENCE_PREFIX)
}

/// Generates and sends the certificates `request` asks for; resumes the
/// open run of the same selection when there is one. Refuses with
/// `quota.reached` before anything is issued when the company's quota would
/// be passed. `progress` hears of each user; `stop` set stops after the
/// current one (the run stays open and resumes on the next call).
pub fn send_certificates(
    cx: &Context,
    request: &SendCertificates,
    progress: &mut dyn FnMut(&SendProgress),
    stop: &AtomicBool,
) -> Result<SendReport> {
    let store = cx.store();
    let now = cx.now();
    // A wrong seal password stops before anything is planned.
    let seal_signer = seal::signer(cx, request.seal_id, &request.seal_secret)?;
    let selection = request.selection.key();
    let (run_id, by_phone, fresh) = match run::open_run(store, &selection, request.seal_id)? {
        Some((run, by_phone)) => (run, by_phone, false),
        None => {
            let users = chosen_users(cx, &request.selection)?;
            check_quota(cx, users.len())?;
            let ids: Vec<i64> = users.iter().map(|u| u.id).collect();
            let run = run::create(
                store,
                &selection,
                request.seal_id,
                request.password_by_phone,
                &ids,
                now,
            )?;
            (run, request.password_by_phone, true)
        }
    };
    let items = run::items(store, run_id)?;
    if !fresh {
        let remaining = items
            .iter()
            .filter(|i| i.certificate_id.is_none() && !i.finished());
        check_quota(cx, remaining.count())?;
    }

    let total = items.len();
    let mut passwords: Vec<(i64, Zeroizing<String>)> = Vec::new();
    let mut done = items.iter().filter(|i| i.finished()).count();
    for item in items.iter().filter(|i| !i.finished()) {
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let outcome = send_one(
            cx,
            run_id,
            by_phone,
            seal_signer.as_ref(),
            request.seal_id,
            item,
        );
        let state = match outcome {
            Ok(Some(password)) => {
                passwords.push((item.user_id, password));
                "done"
            }
            Ok(None) => {
                if by_phone {
                    "done"
                } else {
                    "queued"
                }
            }
            Err(err) => {
                withdraw_messages(cx, run_id, item.user_id);
                run::set_failed(store, item.id, err.code(), now)?;
                "failed"
            }
        };
        done += 1;
        progress(&SendProgress {
            done,
            total,
            user_id: item.user_id,
            state: state.into(),
        });
    }
    if done == total {
        run::finish(store, run_id, now)?;
    }
    report(cx, run_id, passwords)
}

/// The users of `selection`: active ones of an active contractor.
fn chosen_users(cx: &Context, selection: &PortalSelection) -> Result<Vec<PortalUser>> {
    let store = cx.store();
    let users = match selection {
        PortalSelection::Users(ids) => {
            let mut ids = ids.clone();
            ids.sort_unstable();
            ids.dedup();
            ids.iter()
                .map(|id| portal::user(store, *id))
                .collect::<Result<Vec<_>>>()?
        }
        PortalSelection::Contractor(code) => {
            let contractor = portal::contractor_by_code(store, code)?;
            portal::users(store, &PortalUserQuery::default(), cx.now())?
                .into_iter()
                .filter(|u| u.contractor == contractor.code)
                .collect()
        }
        PortalSelection::AllWithoutCertificate => portal::users(
            store,
            &PortalUserQuery {
                without_certificate: true,
                ..PortalUserQuery::default()
            },
            cx.now(),
        )?,
    };
    let disabled_contractors: Vec<String> = portal::contractors(store)?
        .into_iter()
        .filter(|c| c.disabled)
        .map(|c| c.code)
        .collect();
    Ok(users
        .into_iter()
        .filter(|u| !u.disabled && !disabled_contractors.contains(&u.contractor))
        .collect())
}

/// Refuses when `wanted` more certificates would pass the company's quota.
fn check_quota(cx: &Context, wanted: usize) -> Result<()> {
    let company = company::get(cx.store(), cx.company())?;
    let Some(quota) = company.quota else {
        return Ok(());
    };
    let active = company::active_certificates(cx.store(), cx.company(), cx.now())?;
    let wanted = u32::try_from(wanted).unwrap_or(u32::MAX);
    if active.saturating_add(wanted) > quota {
        return Err(Error::Company(CompanyError::QuotaReached {
            active,
            quota,
            wanted,
        }));
    }
    Ok(())
}

/// Cancels the messages a failed attempt queued for `user`, so no file
/// goes out without its password (and no password without its file).
fn withdraw_messages(cx: &Context, run_id: i64, user: i64) {
    for reference in [
        certificate_reference(run_id, user),
        password_reference(run_id, user),
    ] {
        for entry in outbox::by_reference(cx.store(), &reference).unwrap_or_default() {
            if entry.state == State::Queued {
                let _ = outbox::cancel(cx.store(), entry.id, cx.now());
            }
        }
    }
}

/// The messages with `reference` that are not withdrawn.
fn live_messages(cx: &Context, reference: &str) -> Result<Vec<OutboxEntry>> {
    Ok(outbox::by_reference(cx.store(), reference)?
        .into_iter()
        .filter(|m| m.state != State::Cancelled)
        .collect())
}

/// Does what is left for one user; answers the password when it is to be
/// read out by phone.
fn send_one(
    cx: &Context,
    run_id: i64,
    by_phone: bool,
    seal_signer: &dyn Signer,
    seal_id: i64,
    item: &RunItem,
) -> Result<Option<Zeroizing<String>>> {
    let store = cx.store();
    let now = cx.now();
    let cert_ref = certificate_reference(run_id, item.user_id);
    let password_ref = password_reference(run_id, item.user_id);
    if item.state == "issued" {
        // Interrupted after signing: finish when every message made it to
        // the outbox (the password is in its message), else withdraw what
        // is still queued and start the user again, unless the file left.
        let certificate_messages = live_messages(cx, &cert_ref)?;
        let password_messages = live_messages(cx, &password_ref)?;
        if let (Some(der), Some(cert_message), Some(password_message), false) = (
            &item.certificate_der,
            certificate_messages.first(),
            password_messages.first(),
            by_phone,
        ) {
            record(
                cx,
                run_id,
                item,
                der,
                cert_message.id,
                Some(password_message.id),
            )?;
            return Ok(None);
        }
        let left = certificate_messages
            .iter()
            .chain(&password_messages)
            .any(|m| m.state != State::Queued);
        if left {
            return Err(Error::Portal(PortalError::Interrupted { id: item.user_id }));
        }
        withdraw_messages(cx, run_id, item.user_id);
        run::set_planned(store, item.id, now)?;
    }

    let user = portal::user(store, item.user_id)?;
    let contractor = portal::contractor_by_code(store, &user.contractor)?;
    let company = company::get(store, cx.company())?;
    let seal_record = seals::get(store, seal_id, now)?;
    let key = GeneratedKey::generate(KeyAlgorithm::EcP256)?;
    let request = IssueRequest {
        profile: Profile::PortalUser,
        subject: SubjectFields {
            common_name: user.name.clone(),
            organization: Some(contractor.name.clone()),
            organizational_unit: Some(contractor.code.clone()),
            user_id: Some(user.login.clone()),
            email: Some(user.email.clone()),
            country: company
                .country
                .clone()
                .or(Some(seal_record.country.clone())),
            ..SubjectFields::default()
        },
        days: DEFAULT_DAYS,
    };
    let der = issue::build(store, seal_id, seal_signer, &key.spki_der, &request, now)?;
    let info = CertificateInfo::from_der(&der)?;
    let chain = registry::chain(store.conn(), seal_record.certificate.id)?;
    let password = password::generate();
    let bytes = Zeroizing::new(pkcs12::export(
        &key.pkcs8_der,
        &der,
        &chain,
        &password,
        Pkcs12Profile::Modern,
        &info.subject,
    )?);
    drop(key);

    // The copy in the company's folder, which the message attaches; with
    // no folder, a private temporary file serves the attachment only.
    let file_name = format!("{}-{}.p12", contractor.code, user.login);
    let scratch = tempfile::tempdir().map_err(|e| Error::io(std::env::temp_dir(), e))?;
    let (attachment, copy) = match &company.cert_folder {
        Some(folder) => {
            let mut folder = PathBuf::from(folder);
            if company.monthly_folders {
                folder.push(now.format("%Y-%m").to_string());
            }
            std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
            let path = folder.join(&file_name);
            write_replacing(&path, &bytes)?;
            (path.clone(), Some(path.display().to_string()))
        }
        None => {
            let path = scratch.path().join(&file_name);
            atomic_file::write_new(&path, &bytes, atomic_file::Access::Private)?;
            (path, None)
        }
    };
    run::set_issued(store, item.id, &der, copy.as_deref(), now)?;

    let mut values = Values::new();
    let sender = crate::mail::settings::load(store)?
        .and_then(|s| s.server.from_name)
        .unwrap_or_else(|| company.name.clone());
    values
        .set(Placeholder::Recipient, user.name.clone())
        .set(Placeholder::Company, company.name.clone())
        .set(Placeholder::Sender, sender)
        .set(Placeholder::Certificate, file_name.clone())
        .set(
            Placeholder::ValidUntil,
            info.not_after.format("%Y-%m-%d").to_string(),
        )
        .set(Placeholder::Login, user.login.clone());
    let letter_to = |kind, attachments, reference: &str, values: &Values| Letter {
        kind,
        language: user.lang.tag().to_string(),
        values: values.clone(),
        to: vec![user.email.clone()],
        cc: Vec::new(),
        bcc: Vec::new(),
        attachments,
        reference: Some(reference.to_string()),
    };
    let certificate_message = letter::queue(
        store,
        &letter_to(
            TemplateKind::PortalCertificate,
            vec![attachment],
            &cert_ref,
            &values,
        ),
        &LetterOptions::default(),
        now,
    )?;
    drop(scratch);
    let password_message = if by_phone {
        None
    } else {
        let mut with_password = values.clone();
        with_password.set(Placeholder::CertPassword, password.as_str());
        let queued = letter::queue(
            store,
            &letter_to(
                TemplateKind::PortalPassword,
                Vec::new(),
                &password_ref,
                &with_password,
            ),
            &LetterOptions::default(),
            now,
        );
        // The values held the password; they go now.
        drop(with_password);
        Some(queued?.id)
    };
    record(
        cx,
        run_id,
        item,
        &der,
        certificate_message.id,
        password_message,
    )?;
    Ok(by_phone.then_some(password))
}

/// Replaces `path` with `bytes` in one step: a copy left by an interrupted
/// attempt gives way to the one whose certificate is recorded.
fn write_replacing(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut temp = atomic_file::new_temp(path, atomic_file::Access::Private)?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .map_err(|e| Error::io(path, e))?;
    temp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Records the certificate (with no key: the store never had it), makes it
/// the user's, and finishes the item, all in one transaction.
fn record(
    cx: &Context,
    run_id: i64,
    item: &RunItem,
    der: &[u8],
    certificate_message: i64,
    password_message: Option<i64>,
) -> Result<i64> {
    let now = cx.now();
    let seal_id: i64 = cx.store().conn().query_row(
        "SELECT seal_id FROM portal_run WHERE id = ?1 AND company_id = current_company()",
        [run_id],
        |row| row.get(0),
    )?;
    cx.store().in_write_transaction(|tx| {
        let id = registry::insert(
            tx,
            &NewCertificate {
                der,
                source: Source::Issued,
                profile: Some(Profile::PortalUser.name()),
                key_id: None,
                trusted: false,
            },
            now,
        )?;
        audit::record(
            tx,
            now,
            "cert.issued",
            &json!({ "id": id, "seal": seal_id, "profile": Profile::PortalUser.name() }),
        )?;
        tx.execute(
            "UPDATE portal_user SET certificate_id = ?2, updated_at = ?3
             WHERE id = ?1 AND company_id = current_company()",
            rusqlite::params![item.user_id, id, audit::timestamp(now)],
        )?;
        let state = if password_message.is_some() {
            "queued"
        } else {
            "done"
        };
        run::set_sent(
            tx,
            item.id,
            state,
            id,
            certificate_message,
            password_message,
            now,
        )?;
        audit::record(
            tx,
            now,
            "portal.certificate-sent",
            &json!({
                "user": item.user_id,
                "certificate": id,
                "run": run_id,
                "by_phone": password_message.is_none(),
            }),
        )?;
        Ok(id)
    })
}

/// The run's items as the answer shows them, with the passwords handed
/// out by this call.
fn report(
    cx: &Context,
    run_id: i64,
    mut passwords: Vec<(i64, Zeroizing<String>)>,
) -> Result<SendReport> {
    let items = run::items(cx.store(), run_id)?
        .into_iter()
        .map(|item| {
            let login = portal::user(cx.store(), item.user_id)
                .map(|u| u.login)
                .unwrap_or_default();
            let password = passwords
                .iter_mut()
                .find(|(user, _)| *user == item.user_id)
                .map(|(_, p)| p.to_string());
            SentItem {
                user_id: item.user_id,
                login,
                cert_id: item.certificate_id,
                p12: item.p12,
                certificate_message_id: item.certificate_message_id,
                password_message_id: item.password_message_id,
                state: item.state,
                error_code: item.error_code,
                password,
            }
        })
        .collect();
    Ok(SendReport { run_id, items })
}

#[cfg(test)]
#[path = "portal_send_tests.rs"]
mod tests;
