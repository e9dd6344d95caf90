//! What to type next, for failures the command line can answer with one of
//! its own options. The core's sentences speak of what the user did, in the
//! window's words; only the command line's own texts (`locales/*/hints.ftl`)
//! name its flags.

use crate::messages::Messages;

/// The Fluent id of the hint for failure `code` (`token.module-not-set` is
/// `hint-token-module-not-set`).
pub fn message_id(code: &str) -> String {
    format!("hint-{}", code.replace('.', "-"))
}

/// The option that deals with the failure `code`, in the user's language,
/// as words to print after the error, or `None`.
pub fn for_code(messages: &Messages, code: &str) -> Option<String> {
    messages.format(&message_id(code), None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::hints_source;
    use sealdesk_core::error::codes;
    use sealdesk_core::locale::Language;
    use std::collections::BTreeSet;

    fn ids(lang: Language) -> BTreeSet<String> {
        crate::messages::tests::message_ids(lang, hints_source(lang))
    }

    #[test]
    fn only_failures_with_an_option_get_a_hint() {
        let en = Messages::new(Language::En);
        assert!(for_code(&en, "verify.signature-missing")
            .unwrap()
            .contains("--signature"));
        assert_eq!(for_code(&en, "key.wrong-password"), None);
        // A store command without the operator's password: both ways to
        // give it are named.
        let auth = for_code(&en, "auth.required").unwrap();
        assert!(auth.contains("--operator-password-file"), "{auth}");
        assert!(auth.contains("SEALDESK_OPERATOR_PASSWORD_FILE"), "{auth}");
        assert_eq!(for_code(&en, "auth.wrong-password"), None);
    }

    #[test]
    fn hints_are_in_the_users_language_and_keep_the_option_as_typed() {
        let pl = for_code(&Messages::new(Language::Pl), "token.module-not-set").unwrap();
        let en = for_code(&Messages::new(Language::En), "token.module-not-set").unwrap();
        assert_ne!(pl, en);
        assert!(pl.contains("--module"), "{pl}");
    }

    #[test]
    fn every_language_has_the_english_hints_and_each_answers_a_real_code() {
        let english = ids(Language::En);
        let known: BTreeSet<String> = codes().map(message_id).collect();
        for id in &english {
            assert!(known.contains(id), "{id} answers no error code");
        }
        for lang in Language::ALL {
            assert_eq!(ids(lang), english, "{lang}");
            for id in &english {
                let flag = hints_source(Language::En)
                    .lines()
                    .find(|line| line.starts_with(&format!("{id} =")))
                    .and_then(|line| line.split_whitespace().find(|w| w.starts_with("--")))
                    .unwrap();
                let theirs = Messages::new(lang).format(id, None).unwrap();
                assert!(theirs.contains(flag), "{lang}: {id} lacks {flag}");
            }
        }
    }
}
