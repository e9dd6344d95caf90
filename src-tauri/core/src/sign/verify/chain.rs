//! Whether the store vouches for a signer: the chain from the signer's
//! certificate up to a certificate the store trusts (the company seal, an
//! imported root), each link's signature checked, with the revocation
//! state the store records and the validity of every certificate at the
//! signing time and now.

use super::{Problem, TrustAnchor};
use crate::pki::certificate::CertificateInfo;
use crate::pki::holder::Holder;
use crate::pki::registry;
use crate::pki::status::{own_status, Facts, Status};
use crate::{Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension};

/// Longer chains are loops or nonsense, not real hierarchies.
const MAX_DEPTH: usize = 8;

/// What the store says about a signer.
pub struct Trust {
    /// The signer's certificate in the store, if it is there.
    pub signer_certificate_id: Option<i64>,
    /// Chain, validity and revocation problems.
    pub problems: Vec<Problem>,
    /// The trusted certificate the chain ends in, when it reaches one.
    pub anchor: Option<TrustAnchor>,
}

/// A certificate of the chain with what the store records about it.
struct Link {
    der: Vec<u8>,
    info: CertificateInfo,
    id: Option<i64>,
    trusted: bool,
    state: String,
}

impl Link {
    fn new(conn: &Connection, der: Vec<u8>) -> Result<Option<Self>> {
        let Ok(info) = CertificateInfo::from_der(&der) else {
            return Ok(None);
        };
        let row: Option<(i64, bool, String)> = conn
            .query_row(
                "SELECT id, trusted, state FROM certificate WHERE sha256 = ?1 AND company_id = current_company()",
                [&info.sha256],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let (id, trusted, state) = match row {
            Some((id, trusted, state)) => (Some(id), trusted, state),
            None => (None, false, "active".to_string()),
        };
        Ok(Some(Self {
            der,
            info,
            id,
            trusted,
            state,
        }))
    }

    /// Its status at each moment that matters: now and, when known, the
    /// claimed signing time (without a trusted timestamp that claim cannot
    /// save a certificate that is invalid now).
    fn statuses(&self, signed_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> Vec<Status> {
        let facts = Facts {
            state: &self.state,
            not_before: self.info.not_before,
            not_after: self.info.not_after,
        };
        std::iter::once(now)
            .chain(signed_at)
            .map(|at| own_status(facts, at))
            .collect()
    }
}

/// Evaluates the signer certificate `signer_der`; `carried` are the
/// certificates the signature brings, which may supply intermediate CAs
/// (they are never trusted for coming along).
pub fn evaluate(
    store: &Store,
    signer_der: &[u8],
    carried: &[Vec<u8>],
    signed_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<Trust> {
    let conn = store.conn();
    let mut problems = Vec::new();
    let Some(signer) = Link::new(conn, signer_der.to_vec())? else {
        return Ok(Trust {
            signer_certificate_id: None,
            problems: vec![Problem::UntrustedChain],
            anchor: None,
        });
    };
    for status in signer.statuses(signed_at, now) {
        match status {
            Status::Revoked => problems.push(Problem::SignerRevoked),
            Status::Expired => problems.push(Problem::SignerExpired),
            Status::NotYetValid => problems.push(Problem::SignerNotYetValid),
            Status::Valid | Status::Superseded | Status::IssuerInvalid => {}
        }
    }
    let signer_certificate_id = signer.id;

    let mut anchor = None;
    let mut current = signer;
    for depth in 0..MAX_DEPTH {
        if depth > 0
            && current
                .statuses(signed_at, now)
                .iter()
                .any(|s| matches!(s, Status::Revoked | Status::Expired | Status::NotYetValid))
        {
            problems.push(Problem::SealInvalid);
        }
        if current.trusted {
            anchor = Some(TrustAnchor {
                subject: current.info.subject.clone(),
                holder: Holder::of(&current.info),
                fingerprint_sha256: current.info.sha256.clone(),
            });
            break;
        }
        if current.info.self_issued {
            break;
        }
        match issuer_of(conn, &current, carried)? {
            Some(issuer) => current = issuer,
            None => break,
        }
    }
    if anchor.is_none() {
        problems.push(Problem::UntrustedChain);
    }
    Ok(Trust {
        signer_certificate_id,
        problems,
        anchor,
    })
}

/// The certificate whose key signed `link`: a CA in the store first, then
/// one the signature carries. Candidates are found by name but chosen by
/// key: two CAs may share a subject (a forged root named like the seal),
/// and only the one whose key verifies the signature is the issuer.
fn issuer_of(conn: &Connection, link: &Link, carried: &[Vec<u8>]) -> Result<Option<Link>> {
    let mut stmt = conn.prepare(
        "SELECT der FROM certificate WHERE subject = ?1 AND is_ca = 1 AND company_id = current_company()",
    )?;
    let stored = stmt
        .query_map([&link.info.issuer], |r| r.get::<_, Vec<u8>>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    // Only CA certificates may issue: a carried end-entity certificate of a
    // trusted CA must not vouch for certificates its holder made up.
    let carried = carried.iter().filter(|der| {
        CertificateInfo::from_der(der)
            .is_ok_and(|info| info.is_ca && info.subject == link.info.issuer)
    });
    for candidate in stored.iter().chain(carried) {
        if *candidate != link.der && registry::signed_by(&link.der, candidate) {
            return Link::new(conn, candidate.clone());
        }
    }
    Ok(None)
}

/// Every certificate in the store (DER), to find a signer that a
/// signature names but does not carry.
pub fn all_certificates(store: &Store) -> Result<Vec<Vec<u8>>> {
    let mut stmt = store
        .conn()
        .prepare("SELECT der FROM certificate WHERE company_id = current_company()")?;
    let all = stmt
        .query_map([], |r| r.get::<_, Vec<u8>>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(all)
}
