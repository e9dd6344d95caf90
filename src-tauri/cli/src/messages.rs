//! Localized error sentences for the terminal, from the same Fluent files the
//! desktop UI uses, so both faces say the same thing in the same words.

use crate::output::Failure;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use sealdesk_core::locale::Language;
use serde_json::Value;

/// The Fluent file `$file` under the locale folder `$folder` in the language
/// `$lang`, compiled into the binary: one table of the six folders for
/// every Fluent file the command line reads.
macro_rules! fluent_file {
    ($lang:expr, $folder:literal, $file:literal) => {
        match $lang {
            Language::En => include_str!(concat!($folder, "/en/", $file)),
            Language::Pl => include_str!(concat!($folder, "/pl/", $file)),
            Language::He => include_str!(concat!($folder, "/he/", $file)),
            Language::It => include_str!(concat!($folder, "/it/", $file)),
            Language::Ru => include_str!(concat!($folder, "/ru/", $file)),
            Language::Uk => include_str!(concat!($folder, "/uk/", $file)),
        }
    };
}

/// The Fluent source of each language, compiled into the binary.
pub fn source(lang: Language) -> &'static str {
    fluent_file!(lang, "../../../ui/src/locales", "main.ftl")
}

/// The command line's own Fluent texts in each language: the options it
/// suggests after a failure, which only the command line has.
pub fn hints_source(lang: Language) -> &'static str {
    fluent_file!(lang, "../locales", "hints.ftl")
}

/// Message lookup in one language with English as the fallback.
pub struct Messages {
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Messages {
    /// Messages in the language of the OS locale (`LC_ALL`, `LC_MESSAGES`,
    /// `LANG` on Unix).
    pub fn for_os() -> Self {
        let lang = sys_locale::get_locale()
            .map(|l| Language::from_os_locale(&l))
            .unwrap_or(Language::En);
        Self::new(lang)
    }

    /// Messages in `lang`.
    pub fn new(lang: Language) -> Self {
        let mut langs = vec![lang];
        if lang != Language::En {
            langs.push(Language::En);
        }
        let bundles = langs.into_iter().filter_map(bundle).collect();
        Self { bundles }
    }

    /// The sentence for a failure: its message with its parameters, else the
    /// English fallback text.
    pub fn sentence(&self, failure: &Failure) -> String {
        self.with_params(&message_id(&failure.code), &failure.params)
            .unwrap_or_else(|| failure.fallback.clone())
    }

    /// Message `id` with named parameters as the core gives them (a JSON
    /// object), if any bundle has it.
    pub fn with_params(&self, id: &str, params: &serde_json::Map<String, Value>) -> Option<String> {
        let mut args = FluentArgs::new();
        for (name, value) in params {
            let value = match value {
                Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or_default()),
                Value::String(s) => FluentValue::from(s.clone()),
                other => FluentValue::from(other.to_string()),
            };
            args.set(name.clone(), value);
        }
        self.format(id, Some(&args))
    }

    /// A message by id, if any bundle has it and formats it cleanly.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.bundles.iter().find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            errors.is_empty().then(|| text.into_owned())
        })
    }
}

fn bundle(lang: Language) -> Option<FluentBundle<FluentResource>> {
    let langid = lang.tag().parse().ok()?;
    let mut bundle = FluentBundle::new(vec![langid]);
    // Terminals show the bidi isolation marks as stray characters.
    bundle.set_use_isolating(false);
    for text in [source(lang), hints_source(lang)] {
        let resource = FluentResource::try_new(text.to_string()).ok()?;
        bundle.add_resource(resource).ok()?;
    }
    Some(bundle)
}

/// The Fluent id of a code the core or the CLI reports (`smtp.auth` is
/// `error-smtp-auth`), the same rule the window follows.
pub fn message_id(code: &str) -> String {
    format!("error-{}", code.replace('.', "-"))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use sealdesk_core::error::codes;
    use std::collections::BTreeSet;

    fn ids(lang: Language) -> BTreeSet<String> {
        message_ids(lang, source(lang))
    }

    /// The ids of the messages in the Fluent `text` of `lang`.
    pub(crate) fn message_ids(lang: Language, text: &str) -> BTreeSet<String> {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{lang}: Fluent syntax errors {errors:?}"));
        resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_has_exactly_the_english_messages() {
        let english = ids(Language::En);
        for lang in Language::ALL {
            let theirs = ids(lang);
            let missing: Vec<_> = english.difference(&theirs).collect();
            let extra: Vec<_> = theirs.difference(&english).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has unknown {extra:?}");
        }
    }

    #[test]
    fn every_error_code_has_a_sentence_in_every_language() {
        for lang in Language::ALL {
            let all = ids(lang);
            for code in codes() {
                let id = format!("error-{}", code.replace('.', "-"));
                assert!(all.contains(&id), "{lang} lacks {id}");
            }
        }
    }

    #[test]
    fn every_audit_action_has_a_sentence_in_every_language() {
        // The history in Settings shows each entry as this sentence; a
        // missing one would show the dotted code instead.
        for lang in Language::ALL {
            let all = ids(lang);
            for action in sealdesk_core::audit::ACTIONS {
                let id = format!("audit-{}", action.replace('.', "-"));
                assert!(all.contains(&id), "{lang} lacks {id}");
            }
            assert!(all.contains("audit-unknown"), "{lang} lacks audit-unknown");
        }
    }

    #[test]
    fn every_verification_problem_has_a_sentence_in_every_language() {
        use sealdesk_core::sign::verify::Problem;
        for lang in Language::ALL {
            let messages = Messages::new(lang);
            let all = ids(lang);
            for problem in Problem::ALL {
                let id = format!("verify-problem-{}", problem.code());
                assert!(all.contains(&id), "{lang} lacks {id}");
                assert!(messages.format(&id, None).is_some(), "{lang}: {id}");
            }
        }
    }

    #[test]
    fn plurals_and_parameters_are_filled_in() {
        let failure = Failure::from(sealdesk_core::Error::Admin(
            sealdesk_core::AdminError::WrongPassword { seconds: 5 },
        ));
        let pl = Messages::new(Language::Pl).sentence(&failure);
        assert!(pl.contains('5'), "{pl}");
        let en = Messages::new(Language::En).sentence(&failure);
        assert_eq!(en, "Wrong password. You can try again in 5 seconds.");
        assert_ne!(pl, en);
    }
}
