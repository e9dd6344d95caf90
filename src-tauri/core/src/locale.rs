//! The six languages of the user interface and how an OS locale maps to one.

use crate::Error;
use serde::{Deserialize, Serialize};

/// A language the user interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum Language {
    /// English.
    En,
    /// Polish.
    Pl,
    /// Hebrew, written right to left.
    He,
    /// Italian.
    It,
    /// Russian.
    Ru,
    /// Ukrainian.
    Uk,
}

impl Language {
    /// All supported languages, in the order the UI lists them.
    pub const ALL: [Language; 6] = [
        Language::En,
        Language::Pl,
        Language::He,
        Language::It,
        Language::Ru,
        Language::Uk,
    ];

    /// The BCP 47 tag (`en`, `pl`, `he`, ...).
    pub fn tag(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Pl => "pl",
            Language::He => "he",
            Language::It => "it",
            Language::Ru => "ru",
            Language::Uk => "uk",
        }
    }

    /// Whether the script runs right to left.
    pub fn is_rtl(self) -> bool {
        self == Language::He
    }

    /// The supported language closest to an OS locale such as `he_IL.UTF-8`,
    /// `pl-PL` or `uk`; English when none matches.
    pub fn from_os_locale(locale: &str) -> Language {
        let primary = locale
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            // `iw` is the pre-1989 code for Hebrew that Java and old systems report.
            "he" | "iw" => Language::He,
            other => other.parse().unwrap_or(Language::En),
        }
    }
}

crate::parse_by_name!(Language, tag, eq_ignore_ascii_case, |tag| {
    Error::Settings(crate::SettingsError::UnsupportedLanguage {
        tag: tag.to_string(),
    })
}; display);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_locales_map_to_supported_languages() {
        assert_eq!(Language::from_os_locale("he_IL.UTF-8"), Language::He);
        assert_eq!(Language::from_os_locale("iw-IL"), Language::He);
        assert_eq!(Language::from_os_locale("pl-PL"), Language::Pl);
        assert_eq!(Language::from_os_locale("uk_UA"), Language::Uk);
        assert_eq!(Language::from_os_locale("ru"), Language::Ru);
        assert_eq!(Language::from_os_locale("it_CH@euro"), Language::It);
        assert_eq!(Language::from_os_locale("de_DE"), Language::En);
        assert_eq!(Language::from_os_locale(""), Language::En);
    }

    #[test]
    fn only_hebrew_is_right_to_left() {
        let rtl: Vec<_> = Language::ALL.into_iter().filter(|l| l.is_rtl()).collect();
        assert_eq!(rtl, vec![Language::He]);
    }

    #[test]
    fn unknown_tags_are_refused_with_their_name() {
        let err = "de".parse::<Language>().unwrap_err();
        assert_eq!(err.code(), "settings.unsupported-language");
        assert_eq!(err.params()["tag"], "de");
    }
}
