//! The notification for the tax authority that follows a renewal: the new
//! certificates a run installed, with the director, the national tax
//! number from the subject where it has one, serial, validity and issuer.
//! Written as a localized PDF to print or attach, or as a UTF-8 CSV to
//! load into the tax office's own software.

use super::card::{attribute, issuer_name, tax_id};
use super::document_text;
use crate::atomic_file::{self, Access};
use crate::document::{Direction, Document, Table};
use crate::locale::Language;
use crate::pki::certificate::CertificateInfo;
use crate::pki::registry;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The forms of the notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum NotificationFormat {
    /// A PDF in the chosen language.
    Pdf,
    /// Comma-separated values, UTF-8, with a header row.
    Csv,
}

impl FromStr for NotificationFormat {
    type Err = Error;

    fn from_str(value: &str) -> Result<Self> {
        match value.to_ascii_lowercase().as_str() {
            "pdf" => Ok(NotificationFormat::Pdf),
            "csv" => Ok(NotificationFormat::Csv),
            _ => Err(Error::Renewal(crate::RenewalError::NotificationFormat {
                value: value.to_string(),
            })),
        }
    }
}

/// One new certificate in the notification.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct NotifiedCertificate {
    /// The old certificate it renews.
    pub old_cert_id: i64,
    /// The new certificate.
    pub cert_id: i64,
    /// The director (the subject's common name).
    pub director: String,
    /// The national tax number, empty when the subject has none.
    pub tax_id: String,
    /// Serial number, hex.
    pub serial: String,
    /// Start of validity, `YYYY-MM-DD`.
    pub valid_from: String,
    /// End of validity, `YYYY-MM-DD`.
    pub valid_until: String,
    /// The issuing CA.
    pub issuer: String,
}

/// A notification written.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export, rename = "RenewalNotification")]
pub struct Notification {
    /// The run.
    pub run_id: i64,
    /// The file.
    pub path: PathBuf,
    /// Its form.
    pub format: NotificationFormat,
    /// What it lists.
    pub certificates: Vec<NotifiedCertificate>,
}

/// The column names of the CSV: fixed and in English whatever the
/// language, because the file is read by programs, not people.
pub const CSV_HEADER: [&str; 7] = [
    "director",
    "tax_id",
    "serial",
    "valid_from",
    "valid_until",
    "issuer",
    "old_certificate_id",
];

/// The installed new certificates of run `run_id`, in plan order.
pub fn installed(store: &Store, run_id: i64) -> Result<Vec<NotifiedCertificate>> {
    super::view::ensure_run(store, run_id)?;
    let pairs = store
        .conn()
        .prepare(
            "SELECT old_cert_id, new_cert_id FROM renewal_item
             WHERE run_id = ?1 AND state = 'installed' AND new_cert_id IS NOT NULL AND company_id = current_company()
             ORDER BY id",
        )?
        .query_map([run_id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    pairs
        .into_iter()
        .map(|(old, new)| {
            let info = CertificateInfo::from_der(&registry::der(store.conn(), new)?)?;
            Ok(NotifiedCertificate {
                old_cert_id: old,
                cert_id: new,
                director: attribute(&info, "CN").unwrap_or_else(|| info.subject.clone()),
                tax_id: tax_id(&info).unwrap_or_default(),
                serial: info.serial.clone(),
                valid_from: info.not_before.format("%Y-%m-%d").to_string(),
                valid_until: info.not_after.format("%Y-%m-%d").to_string(),
                issuer: issuer_name(&info.issuer),
            })
        })
        .collect()
}

/// Writes the notification of run `run_id` to the new file `out`. Refuses
/// with [`RenewalError::NothingInstalled`] while no new certificate of the
/// run is installed, and an existing `out`.
pub fn write(
    store: &Store,
    run_id: i64,
    format: NotificationFormat,
    lang: Language,
    out: &Path,
    now: DateTime<Utc>,
) -> Result<Notification> {
    let certificates = installed(store, run_id)?;
    if certificates.is_empty() {
        return Err(Error::Renewal(crate::RenewalError::NothingInstalled {
            id: run_id,
        }));
    }
    if out.exists() {
        return Err(Error::File(crate::FileError::Exists {
            path: out.to_path_buf(),
        }));
    }
    // Personal data (names, tax numbers): readable by the owner only.
    match format {
        NotificationFormat::Csv => {
            atomic_file::write_new(out, &csv_bytes(&certificates, out)?, Access::Private)?
        }
        NotificationFormat::Pdf => pdf(run_id, &certificates, lang, now).write(out)?,
    }
    audit::record(
        store.conn(),
        now,
        "renewal.notification",
        &json!({ "run": run_id, "format": format, "certificates": certificates.len() }),
    )?;
    Ok(Notification {
        run_id,
        path: out.to_path_buf(),
        format,
        certificates,
    })
}

fn csv_bytes(certificates: &[NotifiedCertificate], out: &Path) -> Result<Vec<u8>> {
    // Writing into memory fails only if memory does; reported on the file.
    let failed = |e: csv::Error| Error::io(out, std::io::Error::other(e));
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER).map_err(failed)?;
    for c in certificates {
        writer
            .write_record([
                c.director.as_str(),
                c.tax_id.as_str(),
                c.serial.as_str(),
                c.valid_from.as_str(),
                c.valid_until.as_str(),
                c.issuer.as_str(),
                c.old_cert_id.to_string().as_str(),
            ])
            .map_err(failed)?;
    }
    writer
        .into_inner()
        .map_err(|e| Error::io(out, std::io::Error::other(e.to_string())))
}

fn pdf(
    run_id: i64,
    certificates: &[NotifiedCertificate],
    lang: Language,
    now: DateTime<Utc>,
) -> Document {
    let text = document_text::notification(lang);
    let direction = if lang.is_rtl() {
        Direction::Rtl
    } else {
        Direction::Ltr
    };
    let mut table = Table::new(&[
        (text.director, 3.0),
        (text.tax_id, 2.0),
        (text.serial, 3.0),
        (text.valid_from, 1.6),
        (text.valid_until, 1.6),
        (text.issuer, 2.4),
    ]);
    for c in certificates {
        table.row(&[
            &c.director,
            &c.tax_id,
            &c.serial,
            &c.valid_from,
            &c.valid_until,
            &c.issuer,
        ]);
    }
    let mut document = Document::new(text.title, direction);
    document
        .paragraph(text.intro)
        .key_values(&[
            (text.run, run_id.to_string()),
            (text.date, now.format("%Y-%m-%d").to_string()),
        ])
        .table(table)
        .space(24.0)
        .signature_line(text.signature);
    document
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_pdf_or_csv() {
        assert_eq!(
            "PDF".parse::<NotificationFormat>().unwrap(),
            NotificationFormat::Pdf
        );
        assert_eq!(
            "csv".parse::<NotificationFormat>().unwrap(),
            NotificationFormat::Csv
        );
        let err = "xls".parse::<NotificationFormat>().unwrap_err();
        assert_eq!(err.code(), "renewal.notification-format");
        assert_eq!(err.params()["value"], "xls");
    }

    #[test]
    fn csv_quotes_what_needs_it_and_reads_back() {
        let rows = [NotifiedCertificate {
            old_cert_id: 3,
            cert_id: 9,
            director: "Коваль, Олена \"Ромашка\"".into(),
            tax_id: "32855961".into(),
            serial: "0a1b".into(),
            valid_from: "2026-12-10".into(),
            valid_until: "2028-12-09".into(),
            issuer: "КНЕДП".into(),
        }];
        let bytes = csv_bytes(&rows, Path::new("n.csv")).unwrap();
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        assert_eq!(reader.headers().unwrap(), CSV_HEADER.as_slice());
        let record = reader.records().next().unwrap().unwrap();
        assert_eq!(&record[0], "Коваль, Олена \"Ромашка\"");
        assert_eq!(&record[6], "3");
    }
}
