//! Whether a certificate can be relied on now, and if not, why: the rule
//! "when the seal expires or is revoked, every certificate it issued is
//! invalid" lives here.

use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

/// A certificate's standing at a moment.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "CertificateStatus")]
pub enum Status {
    /// In its validity period, not revoked, its issuer (if a seal) fine.
    Valid,
    /// Past its end of validity.
    Expired,
    /// Before its start of validity.
    NotYetValid,
    /// Revoked.
    Revoked,
    /// A seal replaced by a newer one; it stays valid for what it issued.
    Superseded,
    /// Itself fine, but the seal that issued it expired or was revoked.
    IssuerInvalid,
}

impl Status {
    /// The stable name, as lists and the command line show it.
    pub fn name(self) -> &'static str {
        match self {
            Status::Valid => "valid",
            Status::Expired => "expired",
            Status::NotYetValid => "not-yet-valid",
            Status::Revoked => "revoked",
            Status::Superseded => "superseded",
            Status::IssuerInvalid => "issuer-invalid",
        }
    }
}

/// Why a certificate is not valid, for the sentence shown beside it.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "StatusReason")]
pub enum Reason {
    /// The issuing seal expired.
    SealExpired,
    /// The issuing seal was revoked.
    SealRevoked,
    /// The issuing seal is not valid yet.
    SealNotYetValid,
}

/// The stored facts the status is computed from.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    /// `active`, `revoked` or `superseded`, as stored.
    pub state: &'a str,
    /// Start of validity.
    pub not_before: DateTime<Utc>,
    /// End of validity.
    pub not_after: DateTime<Utc>,
}

/// The status of one certificate on its own.
pub fn own_status(facts: Facts<'_>, now: DateTime<Utc>) -> Status {
    if facts.state == "revoked" {
        Status::Revoked
    } else if now > facts.not_after {
        Status::Expired
    } else if now < facts.not_before {
        Status::NotYetValid
    } else if facts.state == "superseded" {
        Status::Superseded
    } else {
        Status::Valid
    }
}

/// The status of a certificate given its issuer's facts (when the issuer is
/// in the store), with the reason when the issuer makes it invalid.
pub fn status(
    facts: Facts<'_>,
    issuer: Option<Facts<'_>>,
    now: DateTime<Utc>,
) -> (Status, Option<Reason>) {
    let own = own_status(facts, now);
    // The certificate's own revocation is the more specific fact; otherwise
    // a fallen seal explains the problem better than a coinciding expiry
    // (issued certificates never outlive their seal, so they end together).
    if matches!(own, Status::Revoked | Status::NotYetValid) {
        return (own, None);
    }
    let reason = match issuer.map(|i| own_status(i, now)) {
        Some(Status::Expired) => Some(Reason::SealExpired),
        Some(Status::Revoked) => Some(Reason::SealRevoked),
        Some(Status::NotYetValid) => Some(Reason::SealNotYetValid),
        _ => None,
    };
    match reason {
        Some(reason) => (Status::IssuerInvalid, Some(reason)),
        None => (own, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn facts(state: &str, from_days: i64, to_days: i64) -> Facts<'_> {
        let now = Utc::now();
        Facts {
            state,
            not_before: now + Duration::days(from_days),
            not_after: now + Duration::days(to_days),
        }
    }

    #[test]
    fn a_certificate_falls_with_its_seal() {
        let now = Utc::now();
        let cert = facts("active", -10, 300);
        assert_eq!(
            status(cert, Some(facts("active", -20, 900)), now),
            (Status::Valid, None)
        );
        assert_eq!(
            status(cert, Some(facts("active", -900, -1)), now),
            (Status::IssuerInvalid, Some(Reason::SealExpired))
        );
        assert_eq!(
            status(cert, Some(facts("revoked", -20, 900)), now),
            (Status::IssuerInvalid, Some(Reason::SealRevoked))
        );
        // A superseded seal still vouches for what it issued.
        assert_eq!(
            status(cert, Some(facts("superseded", -20, 900)), now),
            (Status::Valid, None)
        );
        // The certificate's own problem comes first.
        assert_eq!(
            status(
                facts("revoked", -10, 300),
                Some(facts("active", -900, -1)),
                now
            ),
            (Status::Revoked, None)
        );
        assert_eq!(
            status(facts("active", -10, -1), None, now),
            (Status::Expired, None)
        );
        assert_eq!(
            status(facts("active", 1, 10), None, now),
            (Status::NotYetValid, None)
        );
    }

    #[test]
    fn each_status_is_named_as_the_window_receives_it() {
        for status in [
            Status::Valid,
            Status::Expired,
            Status::NotYetValid,
            Status::Revoked,
            Status::Superseded,
            Status::IssuerInvalid,
        ] {
            assert_eq!(serde_json::to_value(status).unwrap(), status.name());
        }
    }
}
