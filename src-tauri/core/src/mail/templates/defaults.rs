//! The built-in templates and preview values, one TOML file per language
//! in `data/mail-templates/`, so translators edit text, not code.

use super::syntax::{Placeholder, Values};
use super::{Template, TemplateKind};
use crate::locale::Language;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const SOURCES: [(Language, &str); 6] = [
    (
        Language::En,
        include_str!("../../../data/mail-templates/en.toml"),
    ),
    (
        Language::Pl,
        include_str!("../../../data/mail-templates/pl.toml"),
    ),
    (
        Language::He,
        include_str!("../../../data/mail-templates/he.toml"),
    ),
    (
        Language::It,
        include_str!("../../../data/mail-templates/it.toml"),
    ),
    (
        Language::Ru,
        include_str!("../../../data/mail-templates/ru.toml"),
    ),
    (
        Language::Uk,
        include_str!("../../../data/mail-templates/uk.toml"),
    ),
];

/// One language's file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LanguageFile {
    /// Preview values, keyed by placeholder name.
    sample: BTreeMap<String, String>,
    #[serde(rename = "signed-document")]
    signed_document: Template,
    #[serde(rename = "portal-certificate")]
    portal_certificate: Template,
    #[serde(rename = "portal-password")]
    portal_password: Template,
    #[serde(rename = "renewal-request")]
    renewal_request: Template,
}

pub(crate) fn parse(text: &str) -> Result<LanguageFile, String> {
    toml::from_str(text).map_err(|err| err.to_string())
}

fn files() -> &'static BTreeMap<&'static str, LanguageFile> {
    static FILES: OnceLock<BTreeMap<&'static str, LanguageFile>> = OnceLock::new();
    FILES.get_or_init(|| {
        SOURCES
            .iter()
            .map(|(language, text)| {
                // The files are part of the build and every one is parsed
                // and rendered by the unit tests, so a failure here is a
                // build defect, never a user's input.
                let file = parse(text).unwrap_or_else(|err| {
                    panic!("built-in mail templates for {language} are broken: {err}")
                });
                (language.tag(), file)
            })
            .collect()
    })
}

fn file(language: Language) -> &'static LanguageFile {
    &files()[language.tag()]
}

/// The built-in template of `kind` in `language`.
pub fn template(kind: TemplateKind, language: Language) -> &'static Template {
    let file = file(language);
    match kind {
        TemplateKind::SignedDocument => &file.signed_document,
        TemplateKind::PortalCertificate => &file.portal_certificate,
        TemplateKind::PortalPassword => &file.portal_password,
        TemplateKind::RenewalRequest => &file.renewal_request,
    }
}

/// Example values in `language`, for a preview.
pub fn sample_values(language: Language) -> Values {
    let mut values = Values::new();
    for placeholder in Placeholder::ALL {
        if let Some(value) = file(language).sample.get(placeholder.name()) {
            values.set(placeholder, value.clone());
        }
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_sample_for_every_placeholder() {
        for language in Language::ALL {
            let file = parse(SOURCES.iter().find(|(l, _)| *l == language).unwrap().1).unwrap();
            for placeholder in Placeholder::ALL {
                assert!(
                    file.sample.contains_key(placeholder.name()),
                    "{language}: sample {}",
                    placeholder.name()
                );
            }
            assert_eq!(file.sample.len(), Placeholder::ALL.len(), "{language}");
        }
    }
}
