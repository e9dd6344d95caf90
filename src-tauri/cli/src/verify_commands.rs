//! `verify`: check a signed document, print the findings, and exit 0 only
//! when it is valid.

use crate::messages::Messages;
use crate::output::{emit_err, print, Failure};
use crate::verify_args::VerifyArgs;
use fluent_bundle::FluentArgs;
use sealdesk_core::actions::{documents, Context};
use sealdesk_core::sign::verify::{Coverage, Modification, Verdict, Verification};
use sealdesk_core::Error;

/// Runs `verify`. Problems go to stderr as `problem[CODE]: sentence` lines
/// in the user's language; an invalid result ends as a failure (exit 1).
pub fn verify(json_mode: bool, cx: &Context, args: &VerifyArgs) -> Result<(), Failure> {
    let verification = documents::verify_document(cx, &args.input, args.signature.as_deref())?;
    print(json_mode, &verification, &summary(&verification));
    let messages = Messages::for_os();
    for problem in verification.all_problems() {
        let code = problem.code();
        let sentence = messages
            .format(&format!("verify-problem-{code}"), None)
            .unwrap_or_else(|| code.clone());
        emit_err(&format!("problem[{code}]: {sentence}"));
    }
    for (n, signature) in verification.signatures.iter().enumerate() {
        for change in &signature.modifications {
            emit_err(&format!(
                "modified[signature {}]: {}",
                n + 1,
                modification(&messages, change)
            ));
        }
    }
    if verification.valid {
        Ok(())
    } else {
        Err(Error::Sign(sealdesk_core::SignError::SignatureNotValid {
            path: args.input.clone(),
        })
        .into())
    }
}

/// One change a later revision made, in words: what the object is, its
/// number, and the dictionary entries that differ (PDF names, as written).
fn modification(messages: &Messages, change: &Modification) -> String {
    let code = |value: serde_json::Value| value.as_str().unwrap_or_default().to_string();
    let mut args = FluentArgs::new();
    args.set("change", code(serde_json::json!(change.change)));
    args.set("role", code(serde_json::json!(change.role)));
    args.set("page", change.page.unwrap_or(0));
    args.set("object", change.object);
    let mut text = messages
        .format("verify-modification", Some(&args))
        .unwrap_or_else(|| format!("object {}", change.object));
    if !change.keys.is_empty() {
        text.push_str(": ");
        text.push_str(&change.keys.join(", "));
    }
    text
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
            let coverage = match s.coverage {
                Coverage::WholeFile => "covers the whole file",
                Coverage::SignedVersion => "covers the file as signed; changes were added later",
                Coverage::Part => "covers only part of the file",
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
    lines.push(match verification.verdict {
        Verdict::Unsigned => "the document has no signature".to_string(),
        _ if verification.valid => "the document's signatures are valid".to_string(),
        _ => "the document's signatures are NOT valid".to_string(),
    });
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use sealdesk_core::locale::Language;
    use sealdesk_core::sign::verify::{ChangeKind, Role};

    #[test]
    fn a_modification_is_put_into_words_in_every_language() {
        let change = Modification {
            object: 12,
            role: Role::PageContent,
            page: Some(3),
            keys: vec!["/Filter".into(), "/Length".into()],
            change: ChangeKind::Changed,
        };
        for lang in Language::ALL {
            let text = modification(&Messages::new(lang), &change);
            assert!(text.contains('3') && text.contains("12"), "{lang}: {text}");
            assert!(text.ends_with(": /Filter, /Length"), "{lang}: {text}");
        }
        let en = modification(&Messages::new(Language::En), &change);
        assert_eq!(
            en,
            "Changed: the content of page 3 (object 12): /Filter, /Length"
        );
    }
}
