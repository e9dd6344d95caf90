//! Choosing certificates for a renewal, checking and recording a plan, and
//! running it.

use super::Context;
use crate::keys::KeyAlgorithm;
use crate::renewal::plan::Planned;
use crate::renewal::run::RunSecrets;
use crate::renewal::{
    self, Candidate, Delivery, Expiring, ExpiringFilter, ItemView, PlanPreview, PlanRequest,
    PreviewRequest, RunView,
};
use crate::secret::Secret;
use crate::Result;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;
use ts_rs::TS;

/// Certificates expiring within `within_days` days that can be renewed,
/// each with its holder's name and whether its e-mail must be corrected.
pub fn candidates(cx: &Context, within_days: u32) -> Result<Vec<Candidate>> {
    renewal::candidates(cx.store(), within_days, cx.now())
}

/// What a plan of `request` would make of each certificate: the e-mail and
/// start date it would use and what is wrong with them, its warnings, and
/// the prices with their totals. Nothing is recorded.
pub fn preview_plan(cx: &Context, request: &PreviewRequest) -> Result<PlanPreview> {
    renewal::preview(cx.store(), request, cx.now())
}

/// The choices the renewal wizard offers.
#[derive(Debug, Clone, Serialize, TS)]
#[ts(export)]
pub struct RenewalOptions {
    /// Key algorithms a new key may use.
    pub algorithms: Vec<KeyAlgorithm>,
}

/// Where a run delivers its requests, as the window asks.
#[derive(Debug, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "lowercase")]
#[ts(export, rename = "RenewalDelivery")]
pub enum DeliveryChoice {
    /// Into a folder.
    Export {
        /// The folder.
        dir: PathBuf,
    },
    /// To the CA by e-mail, through the outbox.
    Mail {
        /// The CA's address.
        to: String,
        /// The letter's language.
        language: String,
    },
}

impl From<&DeliveryChoice> for Delivery {
    fn from(choice: &DeliveryChoice) -> Self {
        match choice {
            DeliveryChoice::Export { dir } => Delivery::Export(dir.clone()),
            DeliveryChoice::Mail { to, language } => Delivery::Mail {
                to: to.clone(),
                language: Some(language.clone()),
            },
        }
    }
}

/// What the wizard may offer.
pub fn options() -> RenewalOptions {
    RenewalOptions {
        algorithms: KeyAlgorithm::ALL.to_vec(),
    }
}

/// Records a new run; nothing is formed yet.
pub fn plan(cx: &Context, request: &PlanRequest) -> Result<Planned> {
    renewal::plan(cx.store(), request, cx.now())
}

/// The phone number as a plan would record it, or why it is refused, asked
/// as the user types it.
pub fn check_phone(phone: &str) -> Result<String> {
    renewal::plan::phone_number(phone)
}

/// The renewal candidates that end within `days` or ended less than the
/// grace period ago, filtered by `filter`, soonest first, with their counts.
pub fn expiring(cx: &Context, days: u32, filter: &ExpiringFilter) -> Result<Expiring> {
    renewal::expiring(cx.store(), days, filter, cx.now())
}

/// Runs (or resumes, or retries the failed items of) run `run_id`,
/// delivering the requests as `delivery` says. `progress` hears of each
/// item done and stops the run after it by answering `false`.
pub fn run(
    cx: &Context,
    run_id: i64,
    secrets: &RunSecretsInput,
    delivery: &Delivery,
    progress: &mut dyn FnMut(&ItemView) -> bool,
) -> Result<RunView> {
    secrets.with(|secrets| renewal::run(cx.store(), run_id, secrets, delivery, cx.now(), progress))
}

/// Forms again the failed item of certificate `cert_id` in run `run_id`,
/// alone.
pub fn retry(
    cx: &Context,
    run_id: i64,
    cert_id: i64,
    secrets: &RunSecretsInput,
    delivery: &Delivery,
    progress: &mut dyn FnMut(&ItemView) -> bool,
) -> Result<RunView> {
    secrets.with(|secrets| {
        renewal::retry(
            cx.store(),
            run_id,
            cert_id,
            secrets,
            delivery,
            cx.now(),
            progress,
        )
    })
}

/// The secrets a run needs, as a face hands them over.
pub struct RunSecretsInput {
    /// The password or PIN of each old certificate's key, by certificate id.
    pub old: BTreeMap<i64, Secret>,
    /// The password of the new key files, or the PIN of the token that
    /// receives the new keys.
    pub new_key_password: Secret,
}

impl RunSecretsInput {
    /// Lends the secrets in the form the run takes.
    fn with<T>(&self, work: impl FnOnce(&RunSecrets) -> T) -> T {
        work(&RunSecrets {
            old: &self.old,
            new_key_password: self.new_key_password.as_str(),
        })
    }
}
