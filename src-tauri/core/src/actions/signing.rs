//! Choosing what to sign with.

use super::Context;
use crate::keys::location::KeyLocation;
use crate::pki::holder::Holder;
use crate::pki::registry::{self, ListFilter};
use crate::pki::status::Status;
use crate::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;
use ts_rs::TS;

/// A certificate the user can sign documents with.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct SigningCertificate {
    /// Registry id.
    pub id: i64,
    /// Subject, RFC 4514.
    pub subject: String,
    /// Its holder, to name it in a choice.
    pub holder: Holder,
    /// End of validity.
    pub not_after: DateTime<Utc>,
    /// Whether its key is on a token (a PIN opens it) or in a file (a password).
    pub on_token: bool,
}

/// Certificates valid now whose key SealDesk holds, seals excepted: a
/// seal's key only signs certificates.
pub fn signing_certificates(cx: &Context) -> Result<Vec<SigningCertificate>> {
    let filter = ListFilter {
        with_key_only: true,
        ..ListFilter::default()
    };
    let mut found = Vec::new();
    for record in registry::list(cx.store(), &filter, cx.now())? {
        if record.key_id.is_none() || record.is_ca || record.status != Status::Valid {
            continue;
        }
        found.push(SigningCertificate {
            id: record.id,
            on_token: record.key.as_ref().is_some_and(KeyLocation::on_token),
            subject: record.subject,
            holder: record.holder,
            not_after: record.not_after,
        });
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::registry as keys;
    use crate::keys::unlock::{open_signer, KeySecret};
    use crate::keys::KeyAlgorithm;
    use crate::pki::issue::{self, IssueRequest};
    use crate::pki::profile::Profile;
    use crate::pki::subject::SubjectFields;
    use crate::test_support;

    #[test]
    fn only_valid_keyed_certificates_that_are_not_seals_can_sign() {
        let dir = tempfile::tempdir().unwrap();
        let now = Utc::now();
        let office = test_support::office(dir.path(), now);
        let store = office.store;
        let cx = Context::at(&store, crate::actions::Scope::test_administrator(), now);
        assert!(
            signing_certificates(&cx).unwrap().is_empty(),
            "the seal does not sign documents"
        );

        let key = keys::generate_file_key(
            &store,
            KeyAlgorithm::EcP256,
            &dir.path().join("anna.key"),
            "anna-pw",
            now,
        )
        .unwrap();
        let seal_signer = open_signer(&store, 1, KeySecret::Password("seal-pw")).unwrap();
        let subject_key = open_signer(&store, key.id, KeySecret::Password("anna-pw")).unwrap();
        let request = IssueRequest {
            profile: Profile::Signing,
            subject: SubjectFields {
                common_name: "Anna Nowak".into(),
                ..Default::default()
            },
            days: 30,
        };
        let issued = issue::issue(
            &store,
            1,
            seal_signer.as_ref(),
            key.id,
            subject_key.as_ref(),
            &request,
            now,
        )
        .unwrap();
        let can_sign = signing_certificates(&cx).unwrap();
        assert_eq!(can_sign.len(), 1);
        assert_eq!(can_sign[0].id, issued.id);
        assert!(!can_sign[0].on_token, "a key file opens with a password");

        // Past its end it signs nothing.
        let later = Context::at(
            &store,
            crate::actions::Scope::test_administrator(),
            now + chrono::Duration::days(31),
        );
        assert!(signing_certificates(&later).unwrap().is_empty());
    }
}
