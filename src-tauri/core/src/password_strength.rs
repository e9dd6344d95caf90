//! How strong a password is, for the hint under a password field.
//!
//! The estimate is zxcvbn's (dictionaries, keyboard patterns, dates); the UI
//! shows the score and a hint chosen by its stable key, in the user's
//! language, so no English text of the estimator reaches the user.

use serde::Serialize;
use zxcvbn::feedback::Warning;

/// Only this many characters are analysed: the estimator's pattern search
/// grows faster than linearly, and a pasted page must not freeze the field.
/// Anything longer is very strong by length alone.
const ANALYSED_CHARS: usize = 128;

/// The strength of a password.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[ts(export)]
pub struct PasswordStrength {
    /// 0 (very weak) to 4 (very strong).
    pub score: u8,
    /// Whether the password has at least the required number of characters.
    pub long_enough: bool,
    /// A stable key of the main weakness found: `common`, `pattern`,
    /// `dates`, `word`, `short`, or `None`.
    pub hint: Option<&'static str>,
}

impl PasswordStrength {
    /// Strong enough not to warn about (score 3 or 4 and long enough).
    pub fn is_strong(&self) -> bool {
        self.long_enough && self.score >= 3
    }
}

/// Estimates a password's strength; `min_chars` is the rule of the field and
/// `user_inputs` are words the user already typed (their name, the business
/// name), which make a password weaker when it contains them.
pub fn estimate(password: &str, min_chars: usize, user_inputs: &[&str]) -> PasswordStrength {
    let long_enough = password.chars().count() >= min_chars;
    if password.is_empty() {
        return PasswordStrength {
            score: 0,
            long_enough,
            hint: Some("short"),
        };
    }
    let analysed: String = password.chars().take(ANALYSED_CHARS).collect();
    let entropy = zxcvbn::zxcvbn(&analysed, user_inputs);
    let score = u8::from(entropy.score());
    let warning = entropy.feedback().and_then(|feedback| feedback.warning());
    let hint = match warning {
        Some(
            Warning::ThisIsATop10Password
            | Warning::ThisIsATop100Password
            | Warning::ThisIsACommonPassword
            | Warning::ThisIsSimilarToACommonlyUsedPassword,
        ) => Some("common"),
        Some(
            Warning::StraightRowsOfKeysAreEasyToGuess
            | Warning::ShortKeyboardPatternsAreEasyToGuess
            | Warning::RepeatsLikeAaaAreEasyToGuess
            | Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess
            | Warning::SequencesLikeAbcAreEasyToGuess,
        ) => Some("pattern"),
        Some(Warning::RecentYearsAreEasyToGuess | Warning::DatesAreOftenEasyToGuess) => {
            Some("dates")
        }
        Some(_) => Some("word"),
        None if !long_enough || score < 3 => Some("short"),
        None => None,
    };
    PasswordStrength {
        score,
        long_enough,
        hint,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_passwords_are_weak_and_say_why() {
        let s = estimate("password", 6, &[]);
        assert!(s.score <= 1);
        assert_eq!(s.hint, Some("common"));
        assert!(!s.is_strong());
    }

    #[test]
    fn keyboard_rows_are_patterns() {
        let s = estimate("qwertyuiop", 6, &[]);
        assert!(!s.is_strong());
        assert!(s.hint.is_some());
    }

    #[test]
    fn a_long_passphrase_is_strong() {
        let s = estimate("correct-horse-battery-staple-Ż", 6, &[]);
        assert_eq!(s.score, 4);
        assert!(s.is_strong());
        assert_eq!(s.hint, None);
    }

    #[test]
    fn the_users_own_name_weakens_it() {
        let with_name = estimate("dana levi 2026", 6, &["Dana", "Levi"]);
        let without = estimate("dana levi 2026", 6, &[]);
        assert!(with_name.score <= without.score);
    }

    #[test]
    fn a_pasted_page_is_judged_quickly_and_strong() {
        let page = "Faktura VAT nr 12/2026, Kraków; ".repeat(20_000);
        let s = estimate(&page, 6, &[]);
        assert!(s.long_enough);
        assert!(s.score >= 3);
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        assert!(estimate("שלום12", 6, &[]).long_enough);
        assert!(!estimate("żółw", 6, &[]).long_enough);
    }
}
