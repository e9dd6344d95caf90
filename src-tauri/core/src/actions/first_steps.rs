//! The first-steps guide: what a new user does before the first signed
//! document goes out, and which of it the store shows as done.

use super::Context;
use crate::{settings, Result};
use serde::Serialize;
use ts_rs::TS;

/// One step of setting SealDesk up, in the order a user takes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum FirstStep {
    /// A company seal made here, or an outside CA's certificate imported:
    /// something that vouches for the signing certificates.
    Authority,
    /// A signing certificate with its key: an identity certified, or a
    /// certificate imported with its key.
    Identity,
    /// Outgoing mail set up.
    Mail,
    /// A document signed.
    Sign,
}

impl FirstStep {
    /// The steps in the order they are taken.
    pub const ALL: [FirstStep; 4] = [
        FirstStep::Authority,
        FirstStep::Identity,
        FirstStep::Mail,
        FirstStep::Sign,
    ];
}

/// A step and whether the store shows it done.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FirstStepState {
    /// The step.
    pub step: FirstStep,
    /// Whether it is done.
    pub done: bool,
}

/// The guide as the home screen shows it.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct FirstSteps {
    /// Every step, in order.
    pub steps: Vec<FirstStepState>,
    /// The first step not yet done; `None` when all are.
    pub next: Option<FirstStep>,
    /// Whether the guide is shown: some step is left and the user has not
    /// hidden it.
    pub shown: bool,
}

/// Which first steps are done, read from what the store holds: a seal or
/// an imported CA certificate, a signing certificate with a key, the SMTP
/// settings, a `document.signed` entry in the audit log.
pub fn first_steps(cx: &Context) -> Result<FirstSteps> {
    let conn = cx.store().conn();
    let exists = |sql: &str| -> Result<bool> {
        Ok(conn.query_row(&format!("SELECT EXISTS ({sql})"), [], |r| r.get(0))?)
    };
    let done = |step: FirstStep| -> Result<bool> {
        exists(match step {
            // An identity whose request waits for an outside CA, or whose
            // certificate came from outside, shows that CA was chosen.
            FirstStep::Authority => {
                "SELECT 1 FROM seal WHERE company_id = current_company() UNION ALL
                 SELECT 1 FROM certificate WHERE source = 'imported' AND is_ca = 1
                   AND company_id = current_company() UNION ALL
                 SELECT 1 FROM identity WHERE state = 'awaiting-certificate'
                   AND company_id = current_company() UNION ALL
                 SELECT 1 FROM identity JOIN certificate c ON c.id = identity.certificate_id
                 WHERE c.source = 'imported' AND identity.company_id = current_company()"
            }
            // Certificates a seal issued to portal users are not signing
            // identities; a certificate imported with its key is.
            FirstStep::Identity => {
                "SELECT 1 FROM identity WHERE state = 'certified'
                   AND company_id = current_company() UNION ALL
                 SELECT 1 FROM certificate
                 WHERE source = 'imported' AND is_ca = 0 AND key_id IS NOT NULL
                   AND state = 'active' AND company_id = current_company()"
            }
            FirstStep::Mail => "SELECT 1 FROM smtp_settings WHERE company_id = current_company()",
            FirstStep::Sign => {
                "SELECT 1 FROM audit_event
                 WHERE action = 'document.signed' AND company_id = current_company()"
            }
        })
    };
    let steps = FirstStep::ALL
        .into_iter()
        .map(|step| {
            Ok(FirstStepState {
                step,
                done: done(step)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let next = steps.iter().find(|s| !s.done).map(|s| s.step);
    let shown = next.is_some() && !settings::first_steps_hidden(cx.store())?;
    Ok(FirstSteps { steps, next, shown })
}

/// Hides the guide (or shows it again) and returns it as it now stands.
pub fn set_first_steps_hidden(cx: &Context, hidden: bool) -> Result<FirstSteps> {
    settings::set_first_steps_hidden(cx.store(), hidden)?;
    first_steps(cx)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::actions::seal::{self, NewSeal, SealKeyInput};
    use crate::keys::KeyAlgorithm;
    use chrono::Utc;

    fn done(guide: &FirstSteps) -> Vec<(FirstStep, bool)> {
        guide.steps.iter().map(|s| (s.step, s.done)).collect()
    }

    #[test]
    fn the_guide_follows_the_store_and_can_be_hidden_until_everything_is_done() {
        let (dir, store) = crate::actions::test_store::empty_store();
        let cx = Context::at(
            &store,
            crate::actions::Scope::test_administrator(),
            Utc::now(),
        );

        let fresh = first_steps(&cx).unwrap();
        assert_eq!(
            done(&fresh),
            FirstStep::ALL.map(|s| (s, false)).to_vec(),
            "a new store has nothing done"
        );
        assert_eq!(fresh.next, Some(FirstStep::Authority));
        assert!(fresh.shown);

        seal::create(
            &cx,
            &NewSeal {
                key: SealKeyInput::NewFile {
                    algorithm: KeyAlgorithm::EcP256,
                    path: dir.path().join("seal.key"),
                    password: "seal-pw".into(),
                },
                organization: "Zakład Żuraw".into(),
                organization_id: "5260250274".into(),
                country: "PL".into(),
                years: 3,
            },
        )
        .unwrap();
        let with_seal = first_steps(&cx).unwrap();
        assert!(with_seal.steps[0].done, "a seal is the authority");
        assert_eq!(with_seal.next, Some(FirstStep::Identity));

        let hidden = set_first_steps_hidden(&cx, true).unwrap();
        assert!(!hidden.shown);
        assert_eq!(
            hidden.next,
            Some(FirstStep::Identity),
            "hiding does not do a step"
        );
        assert!(!first_steps(&cx).unwrap().shown, "hiding is remembered");
        assert!(set_first_steps_hidden(&cx, false).unwrap().shown);

        // Steps are read independently: a signature counts without mail.
        crate::audit::record(
            store.conn(),
            Utc::now(),
            "document.signed",
            &serde_json::json!({}),
        )
        .unwrap();
        let signed = first_steps(&cx).unwrap();
        assert!(signed.steps[3].done);
        assert!(!signed.steps[2].done);
        assert_eq!(
            signed.next,
            Some(FirstStep::Identity),
            "the first step not done"
        );
    }
}
