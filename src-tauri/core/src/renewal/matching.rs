//! Installing issued certificates: each is matched to the renewal item whose
//! new key has its public key, stored with that key, and the old
//! certificate it replaces is marked superseded.

use super::ItemState;
use crate::pki::certificate::CertificateInfo;
use crate::pki::decode::read_certificates;
use crate::pki::registry::{self, NewCertificate, Source};
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::json;
use std::path::PathBuf;

/// An item whose certificate was installed.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export, rename = "RenewalInstalled")]
pub struct Installed {
    /// The old certificate renewed.
    pub cert_id: i64,
    /// The run.
    pub run_id: i64,
    /// The new certificate's id.
    pub new_cert_id: i64,
    /// The item's state now (`installed`).
    pub state: ItemState,
}

/// Imports the certificates in `files` (PEM or DER, a chain allowed). Each
/// file is one transaction: its CA certificates are added, and its other
/// certificates must each answer a sent request of a run (of `run_id`
/// when given), or nothing from the file is kept.
pub fn import(
    store: &Store,
    run_id: Option<i64>,
    files: &[PathBuf],
    now: DateTime<Utc>,
) -> Result<Vec<Installed>> {
    let mut installed = Vec::new();
    for path in files {
        let data =
            crate::bounded_read::read_regular(path, crate::bounded_read::CERTIFICATE_MAX_BYTES)?;
        let ders = read_certificates(&data)?;
        let mut parsed = ders
            .iter()
            .map(|der| Ok((der, CertificateInfo::from_der(der)?)))
            .collect::<Result<Vec<_>>>()?;
        // Issuers first, so the new certificate finds its issuer.
        parsed.sort_by_key(|(_, info)| !info.is_ca);
        let tx = store.write_transaction()?;
        let mut from_file = Vec::new();
        for (der, info) in parsed {
            if info.is_ca {
                registry::insert(
                    &tx,
                    &NewCertificate {
                        der,
                        source: Source::Imported,
                        profile: None,
                        key_id: None,
                        trusted: false,
                    },
                    now,
                )?;
                continue;
            }
            let found: Option<(i64, i64, i64, i64, ItemState)> = tx
                .query_row(
                    "SELECT i.id, i.run_id, i.old_cert_id, i.new_key_id, i.state
                     FROM renewal_item i JOIN key k ON k.id = i.new_key_id
                     WHERE k.spki_sha256 = ?1 AND (?2 IS NULL OR i.run_id = ?2) AND i.company_id = current_company()
                     ORDER BY i.id DESC LIMIT 1",
                    params![info.spki_sha256, run_id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .optional()?;
            let Some((item_id, item_run, old_cert_id, key_id, state)) = found else {
                return Err(Error::Renewal(crate::RenewalError::NoMatch {
                    path: path.clone(),
                }));
            };
            if !state.awaits_certificate() {
                return Err(Error::Renewal(crate::RenewalError::WrongState {
                    id: old_cert_id,
                    state: state.name().into(),
                }));
            }
            let new_cert_id = registry::insert(
                &tx,
                &NewCertificate {
                    der,
                    source: Source::Imported,
                    profile: None,
                    key_id: Some(key_id),
                    trusted: false,
                },
                now,
            )?;
            tx.execute(
                "UPDATE certificate SET state = 'superseded'
                 WHERE id = ?1 AND state = 'active' AND company_id = current_company()",
                [old_cert_id],
            )?;
            tx.execute(
                "UPDATE renewal_item SET state = 'installed', new_cert_id = ?2,
                        failure_code = NULL, failure_params = NULL, updated_at = ?3
                 WHERE id = ?1 AND company_id = current_company()",
                params![item_id, new_cert_id, audit::timestamp(now)],
            )?;
            audit::record(
                &tx,
                now,
                "renewal.installed",
                &json!({ "item": item_id, "certificate": old_cert_id, "new_certificate": new_cert_id }),
            )?;
            // A run whose every item is installed or cancelled is done.
            tx.execute(
                "UPDATE renewal_run SET state = 'done', updated_at = ?2 WHERE id = ?1 AND company_id = current_company()
                   AND NOT EXISTS (SELECT 1 FROM renewal_item WHERE run_id = ?1
                                   AND state NOT IN ('installed', 'cancelled'))",
                params![item_run, audit::timestamp(now)],
            )?;
            from_file.push(Installed {
                cert_id: old_cert_id,
                run_id: item_run,
                new_cert_id,
                state: ItemState::Installed,
            });
        }
        if from_file.is_empty() {
            return Err(Error::Renewal(crate::RenewalError::NoMatch {
                path: path.clone(),
            }));
        }
        tx.commit()?;
        // The phrase is kept until the last new certificate is installed.
        for run in from_file.iter().map(|i| i.run_id) {
            super::phrase::forget_if_closed(store, run);
        }
        installed.extend(from_file);
    }
    Ok(installed)
}
