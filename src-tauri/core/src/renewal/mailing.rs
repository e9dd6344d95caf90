//! Sending renewal requests to the CA through the mail outbox: the
//! `renewal-request` template with the envelope attached, handed to the
//! outbox once per item whatever stops the run in between.

use crate::mail::letter::{self, Letter, LetterOptions};
use crate::mail::outbox::{self, State};
use crate::mail::templates::{Placeholder, TemplateKind, Values};
use crate::pki::certificate::CertificateInfo;
use crate::pki::registry;
use crate::{Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::params;
use std::path::Path;

/// The outbox reference of an item's request mail; never sent.
pub fn reference(item_id: i64) -> String {
    format!("renewal-item:{item_id}")
}

/// Refuses a mail delivery that cannot work (no outgoing server, a bad
/// address) before a run makes any key.
pub(crate) fn check(store: &Store, address: &str) -> Result<()> {
    letter::check_sendable(store, &[address.to_string()], &[])
}

/// One item's request, formed and ready to mail.
pub(crate) struct Request<'a> {
    pub run_id: i64,
    pub item_id: i64,
    pub old_cert_id: i64,
    pub envelope: &'a Path,
}

/// Queues the request mail of an item unless the outbox already holds one
/// (queued, sending, sent or failed: a run stopped after queueing it), and
/// says where it went. A message the user cancelled in the outbox is
/// replaced by a new one.
pub(crate) fn queue_request(
    store: &Store,
    request: &Request<'_>,
    to: &str,
    language: Option<&str>,
    now: DateTime<Utc>,
) -> Result<String> {
    let reference = reference(request.item_id);
    let delivered_to = format!("mailto:{to}");
    if outbox::by_reference(store, &reference)?
        .iter()
        .any(|m| m.state != State::Cancelled)
    {
        return Ok(delivered_to);
    }
    let language = match language {
        Some(tag) => tag.to_string(),
        None => crate::settings::load(store)?
            .language
            .map(|l| l.tag().to_string())
            .unwrap_or_else(|| "en".into()),
    };
    let letter = Letter {
        kind: TemplateKind::RenewalRequest,
        language,
        values: values(store, request)?,
        to: vec![to.to_string()],
        cc: Vec::new(),
        bcc: Vec::new(),
        attachments: vec![request.envelope.to_path_buf()],
        reference: Some(reference),
    };
    letter::queue(store, &letter, &LetterOptions::default(), now)?;
    Ok(delivered_to)
}

/// The template's values: the old certificate's holder and organisation,
/// its expiry, and the run's contact person with the phone.
fn values(store: &Store, request: &Request<'_>) -> Result<Values> {
    let info = CertificateInfo::from_der(&registry::der(store.conn(), request.old_cert_id)?)?;
    let attribute = |name: &str| {
        info.subject_attributes
            .iter()
            .find(|a| a.name == name)
            .map(|a| a.value.clone())
    };
    let holder = attribute("CN").unwrap_or_else(|| info.subject.clone());
    let company = attribute("O").unwrap_or_else(|| holder.clone());
    let (contact, phone): (String, String) = store.conn().query_row(
        "SELECT contact, phone FROM renewal_run WHERE id = ?1 AND company_id = current_company()",
        params![request.run_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut values = Values::new();
    values
        .set(Placeholder::Certificate, holder)
        .set(Placeholder::Company, company)
        .set(
            Placeholder::ValidUntil,
            info.not_after.format("%Y-%m-%d").to_string(),
        )
        .set(Placeholder::Sender, format!("{contact}, {phone}"));
    Ok(values)
}
