//! `verify`: check a signed document, print the findings, and exit 0 only
//! when it is valid.

use crate::messages::Messages;
use crate::output::{print, Failure};
use crate::verify_args::VerifyArgs;
use chrono::Utc;
use sealdesk_core::sign::verify::{verify_file, Verification};
use sealdesk_core::{Error, Store};
use std::path::Path;

/// Runs `verify`. Problems go to stderr as `problem[CODE]: sentence` lines
/// in the user's language; an invalid result ends as a failure (exit 1).
pub fn verify(json_mode: bool, data_dir: &Path, args: &VerifyArgs) -> Result<(), Failure> {
    let store = Store::open_existing(data_dir)?;
    let verification = verify_file(&store, &args.input, args.signature.as_deref(), Utc::now())?;
    print(json_mode, &verification, &summary(&verification));
    let messages = Messages::for_os();
    for problem in verification.all_problems() {
        let code = problem.code();
        let sentence = messages
            .format(&format!("verify-problem-{code}"), None)
            .unwrap_or_else(|| code.clone());
        eprintln!("problem[{code}]: {sentence}");
    }
    if verification.valid {
        Ok(())
    } else {
        Err(Error::SignatureNotValid {
            path: args.input.clone(),
        }
        .into())
    }
}

fn summary(verification: &Verification) -> Vec<String> {
    let mut lines: Vec<String> = verification
        .signatures
        .iter()
        .enumerate()
        .flat_map(|(n, s)| {
            let signer = s.signer.as_deref().unwrap_or("unknown signer");
            let at = s
                .signed_at
                .map(|t| format!(" at {}", t.to_rfc3339()))
                .unwrap_or_default();
            let coverage = if s.covers_whole_document {
                "covers the whole document"
            } else {
                "covers part of the document"
            };
            let verdict = if s.problems.iter().any(|p| p.is_blocking()) {
                "not valid"
            } else {
                "valid"
            };
            let anchor = match &s.trust_anchor {
                Some(a) => format!(
                    "  trust anchor: {} (SHA-256 {})",
                    a.subject, a.fingerprint_sha256
                ),
                None => "  trust anchor: none in this store".to_string(),
            };
            [
                format!("signature {}: {signer}{at}; {coverage}; {verdict}", n + 1),
                anchor,
            ]
        })
        .collect();
    lines.push(if verification.valid {
        "the document's signatures are valid".to_string()
    } else {
        "the document's signatures are NOT valid".to_string()
    });
    lines
}
