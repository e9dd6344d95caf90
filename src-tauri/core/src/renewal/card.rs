//! The accession card of a renewal item: the director joins the CA's
//! data-processing agreement and asks for the renewal of one certificate.
//! The card is a PDF naming the director, the current certificate and the
//! new request (subject, key algorithm, public key hash), the term, price
//! and contact, PAdES-signed with the director's still-valid old
//! certificate, and kept beside the request.

use super::document_text::{self, CardText};
use super::prices::Money;
use super::ItemState;
use crate::document::{Direction, Document};
use crate::keys::spki_sha256;
use crate::keys::unlock::KeySecret;
use crate::locale::Language;
use crate::pki::certificate::CertificateInfo;
use crate::pki::csr_reader::read_csr;
use crate::pki::registry;
use crate::sign::signing::{sign_file, SignOptions};
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::json;
use std::path::{Path, PathBuf};

/// A card written and signed.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SignedCard {
    /// The run.
    pub run_id: i64,
    /// The old certificate, which signed the card.
    pub cert_id: i64,
    /// The signed PDF.
    pub path: PathBuf,
    /// Its language.
    pub lang: Language,
}

/// What the card of one item says, read from the store and the request.
struct CardFacts {
    item_id: i64,
    director: String,
    organization: String,
    tax_id: String,
    email: String,
    serial: String,
    valid_until: String,
    ca: String,
    subject: String,
    algorithm: String,
    spki_sha256: String,
    start: String,
    term_years: i64,
    price: Option<Money>,
    contact: String,
    phone: String,
    request_path: PathBuf,
}

/// Writes the accession card of certificate `cert_id` in run `run_id` in
/// `lang`, signed with that certificate's key opened by `secret`, to `out`
/// (default: beside the request, `NAME-card.pdf`), and records it on the
/// item. Refuses an item without a request yet or cancelled, an old
/// certificate that cannot sign now (expired, revoked), a wrong secret and
/// an existing output, leaving no file in each case.
pub fn sign_card(
    store: &Store,
    run_id: i64,
    cert_id: i64,
    secret: KeySecret<'_>,
    lang: Language,
    out: Option<&Path>,
    now: DateTime<Utc>,
) -> Result<SignedCard> {
    let facts = facts(store, run_id, cert_id)?;
    let text = document_text::card(lang);
    let output = match out {
        Some(path) => path.to_path_buf(),
        None => default_output(&facts.request_path),
    };
    if output.exists() {
        return Err(Error::File(crate::FileError::Exists { path: output }));
    }
    let pdf = render(&facts, &text, lang, now)?;
    // The unsigned card exists only in a temporary folder beside the
    // output, removed when this returns whatever happened; it has the
    // output's name, which the signing audit records.
    let folder = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let scratch = tempfile::Builder::new()
        .prefix(".card-")
        .tempdir_in(&folder)
        .map_err(|e| Error::io(&folder, e))?;
    let unsigned = scratch
        .path()
        .join(output.file_name().unwrap_or("card.pdf".as_ref()));
    // Shared, so the signed card (which takes the unsigned one's mode)
    // follows the umask like other outputs; the folder is the owner's only.
    crate::atomic_file::write_new(&unsigned, &pdf, crate::atomic_file::Access::Shared)?;
    sign_file(
        store,
        cert_id,
        secret,
        &unsigned,
        &SignOptions {
            output: Some(&output),
            detached: false,
            reason: Some(text.reason),
        },
        now,
    )?;
    if let Err(e) = record(store, facts.item_id, cert_id, &output, now) {
        // The card was written but not recorded: remove it so a retry
        // starts clean rather than meet an existing file.
        let _ = std::fs::remove_file(&output);
        return Err(e);
    }
    Ok(SignedCard {
        run_id,
        cert_id,
        path: output,
        lang,
    })
}

/// `renewal-R-C.p10` -> `renewal-R-C-card.pdf`, in the same folder.
fn default_output(request: &Path) -> PathBuf {
    let stem = super::file_name::request_stem(request);
    request.with_file_name(format!("{stem}-card.pdf"))
}

fn record(
    store: &Store,
    item_id: i64,
    cert_id: i64,
    path: &Path,
    now: DateTime<Utc>,
) -> Result<()> {
    let tx = store.write_transaction()?;
    tx.execute(
        "UPDATE renewal_item SET card_path = ?2, updated_at = ?3 WHERE id = ?1 AND company_id = current_company()",
        params![item_id, path.display().to_string(), audit::timestamp(now)],
    )?;
    audit::record(
        &tx,
        now,
        "renewal.card",
        &json!({ "item": item_id, "certificate": cert_id }),
    )?;
    tx.commit()?;
    Ok(())
}

fn facts(store: &Store, run_id: i64, cert_id: i64) -> Result<CardFacts> {
    super::view::ensure_run(store, run_id)?;
    type Row = (
        i64,
        ItemState,
        Option<String>,
        Option<i64>,
        Option<String>,
        String,
        Option<i64>,
        Option<String>,
        i64,
        String,
        String,
    );
    let row: Row = store
        .conn()
        .query_row(
            "SELECT i.id, i.state, i.request_path, i.new_key_id, i.email, i.start_date,
                    i.amount_minor, i.currency, r.term_years, r.contact, r.phone
             FROM renewal_item i JOIN renewal_run r ON r.id = i.run_id
             WHERE i.run_id = ?1 AND i.old_cert_id = ?2 AND i.company_id = current_company()",
            params![run_id, cert_id],
            |r| Row::try_from(r),
        )
        .optional()?
        .ok_or(Error::Renewal(crate::RenewalError::ItemNotFound {
            run: run_id,
            id: cert_id,
        }))?;
    let (item_id, state, request_path, key_id, email, start, minor, currency, term, contact, phone) =
        row;
    // The card describes the request, so it needs one; a cancelled item
    // asks the CA for nothing.
    let request_path = match request_path {
        Some(p) if state != ItemState::Cancelled => PathBuf::from(p),
        _ => {
            return Err(Error::Renewal(crate::RenewalError::WrongState {
                id: cert_id,
                state: state.name().into(),
            }))
        }
    };
    let request_der = crate::bounded_read::read_regular(
        &request_path,
        crate::bounded_read::CERTIFICATE_MAX_BYTES,
    )?;
    let request = read_csr(&request_der)?;
    let algorithm: String = match key_id {
        Some(id) => store
            .conn()
            .query_row(
                "SELECT algorithm FROM key WHERE id = ?1 AND company_id = current_company()",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or_default(),
        None => String::new(),
    };
    let old = CertificateInfo::from_der(&registry::der(store.conn(), cert_id)?)?;
    let email = email
        .or_else(|| request.email.clone())
        .or_else(|| old.emails.first().cloned())
        .or_else(|| attribute(&old, "emailAddress"))
        .unwrap_or_default();
    Ok(CardFacts {
        item_id,
        director: attribute(&old, "CN").unwrap_or_else(|| old.subject.clone()),
        organization: attribute(&old, "O").unwrap_or_default(),
        tax_id: tax_id(&old).unwrap_or_default(),
        email,
        serial: old.serial.clone(),
        valid_until: old.not_after.format("%Y-%m-%d").to_string(),
        ca: issuer_name(&old.issuer),
        subject: request.subject.clone(),
        algorithm,
        spki_sha256: spki_sha256(&request.spki_der),
        start,
        term_years: term,
        price: match (minor, currency) {
            (Some(minor), Some(currency)) => Some(Money::new(minor, &currency)),
            _ => None,
        },
        contact,
        phone,
        request_path,
    })
}

/// The first value of subject attribute `name` of a certificate.
pub(super) fn attribute(info: &CertificateInfo, name: &str) -> Option<String> {
    info.subject_attributes
        .iter()
        .find(|a| a.name == name)
        .map(|a| a.value.clone())
}

/// The national tax number in a subject: organizationIdentifier, else
/// serialNumber, without the ETSI EN 319 412-1 type prefix (`NTRUA-`,
/// `TINPL-`, `VATIT-`...) when there is one.
pub(super) fn tax_id(info: &CertificateInfo) -> Option<String> {
    let value =
        attribute(info, "organizationIdentifier").or_else(|| attribute(info, "serialNumber"))?;
    Some(without_type_prefix(&value).to_string())
}

/// `NTRUA-32855961` -> `32855961`: the three-letter type and two-letter
/// country of ETSI EN 319 412-1 semantics identifiers; other values as is.
fn without_type_prefix(value: &str) -> &str {
    let bytes = value.as_bytes();
    let prefixed =
        bytes.len() > 6 && bytes[..5].iter().all(u8::is_ascii_uppercase) && bytes[5] == b'-';
    if prefixed {
        &value[6..]
    } else {
        value
    }
}

/// The CA's name for people: the issuer's CN, else the whole name.
pub(super) fn issuer_name(issuer: &str) -> String {
    issuer
        .split(',')
        .find_map(|part| part.trim().strip_prefix("CN="))
        .map(str::to_string)
        .unwrap_or_else(|| issuer.to_string())
}

fn render(
    facts: &CardFacts,
    text: &CardText,
    lang: Language,
    now: DateTime<Utc>,
) -> Result<Vec<u8>> {
    let direction = if lang.is_rtl() {
        Direction::Rtl
    } else {
        Direction::Ltr
    };
    let price = match &facts.price {
        Some(p) => format!("{} {}", p.amount, p.currency),
        None => text.no_price.to_string(),
    };
    // A subject without an organization or tax number has no such row.
    let filled = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    };
    let mut document = Document::new(text.title, direction);
    document
        .paragraph(text.intro)
        .heading(text.signatory)
        .key_values(&filled(&[
            (text.director, facts.director.as_str()),
            (text.organization, facts.organization.as_str()),
            (text.tax_id, facts.tax_id.as_str()),
            (text.email, facts.email.as_str()),
            (text.contact, facts.contact.as_str()),
            (text.phone, facts.phone.as_str()),
        ]))
        .heading(text.current)
        .key_values(&[
            (text.serial, facts.serial.as_str()),
            (text.valid_until, facts.valid_until.as_str()),
            (text.ca, facts.ca.as_str()),
        ])
        .heading(text.request)
        .key_values(&[
            (text.subject, facts.subject.as_str()),
            (text.algorithm, facts.algorithm.as_str()),
            (text.spki, facts.spki_sha256.as_str()),
            (text.start, facts.start.as_str()),
            (
                text.term,
                document_text::term(lang, facts.term_years).as_str(),
            ),
            (text.price, price.as_str()),
            (text.date, now.format("%Y-%m-%d").to_string().as_str()),
        ])
        .space(24.0)
        .signature_line(text.signature);
    document.render()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tax_numbers_lose_only_the_etsi_type_prefix() {
        assert_eq!(without_type_prefix("NTRUA-32855961"), "32855961");
        assert_eq!(without_type_prefix("TINPL-5260250995"), "5260250995");
        assert_eq!(without_type_prefix("VATIT-01234567890"), "01234567890");
        assert_eq!(without_type_prefix("1759013776"), "1759013776");
        assert_eq!(without_type_prefix("IDCIL-"), "IDCIL-");
        assert_eq!(without_type_prefix("ab-cd-1"), "ab-cd-1");
        assert_eq!(without_type_prefix("ПАСUA-1"), "ПАСUA-1");
    }

    #[test]
    fn the_issuer_is_named_by_its_common_name() {
        assert_eq!(
            issuer_name("CN=Тестовий КНЕДП,O=Outside CA,C=UA"),
            "Тестовий КНЕДП"
        );
        assert_eq!(issuer_name("O=Outside CA,C=UA"), "O=Outside CA,C=UA");
    }

    #[test]
    fn cards_render_in_every_language() {
        let facts = CardFacts {
            item_id: 1,
            director: "Олена Коваль".into(),
            organization: String::new(),
            tax_id: "32855961".into(),
            email: "olena@romashka.ua".into(),
            serial: "01".into(),
            valid_until: "2026-12-13".into(),
            ca: "КНЕДП".into(),
            subject: "CN=Олена Коваль".into(),
            algorithm: "ec-p256".into(),
            spki_sha256: "00".repeat(32),
            start: "2026-12-10".into(),
            term_years: 1,
            price: Some(Money::new(45000, "UAH")),
            contact: "Dana Levi".into(),
            phone: "+380441234567".into(),
            request_path: PathBuf::from("renewal-1-2.p10"),
        };
        for lang in Language::ALL {
            let pdf = render(&facts, &document_text::card(lang), lang, Utc::now()).unwrap();
            assert!(pdf.starts_with(b"%PDF-"), "{lang}");
        }
        assert_eq!(
            default_output(Path::new("/k/renewal-1-2.p10")),
            Path::new("/k/renewal-1-2-card.pdf")
        );
    }
}
