//! The administrator's recovery code: the only way back in after a forgotten
//! password, since SealDesk has no server to reset it.
//!
//! Twenty characters of Crockford's base32 (100 bits from the OS random
//! generator), shown once in groups of five and kept only as an Argon2id hash.
//! Typing is forgiving: case, spaces and dashes are ignored and the letters
//! that look like digits (O, I, L) are read as those digits.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use std::fmt;
use zeroize::Zeroize;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH: usize = 20;
const GROUP: usize = 5;

/// A freshly generated recovery code, to be shown to the user once.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode(String);

impl RecoveryCode {
    /// A new random code.
    pub fn generate() -> Self {
        let mut bytes = [0u8; LENGTH];
        OsRng.fill_bytes(&mut bytes);
        // 256 is a multiple of 32, so taking the low five bits is unbiased.
        let code = bytes
            .iter()
            .map(|b| ALPHABET[usize::from(b & 0x1f)] as char)
            .collect();
        bytes.zeroize();
        Self(code)
    }

    /// The code in the canonical form that is hashed.
    pub(crate) fn canonical(&self) -> &str {
        &self.0
    }

    /// The code as shown to the user: `ABCDE-FGHJK-MNPQR-STVWX`.
    pub fn display_form(&self) -> String {
        self.0
            .as_bytes()
            .chunks(GROUP)
            .map(|chunk| std::str::from_utf8(chunk).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("-")
    }
}

impl Drop for RecoveryCode {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryCode(..)")
    }
}

/// Turns what the user typed into the canonical form, or `None` when it
/// cannot be a recovery code.
pub fn canonicalize(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    let valid = code.len() == LENGTH && code.bytes().all(|b| ALPHABET.contains(&b));
    valid.then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_are_canonical_and_differ() {
        let a = RecoveryCode::generate();
        let b = RecoveryCode::generate();
        assert_ne!(a, b);
        assert_eq!(canonicalize(a.canonical()).as_deref(), Some(a.canonical()));
        assert_eq!(a.display_form().len(), LENGTH + LENGTH / GROUP - 1);
    }

    #[test]
    fn typing_is_forgiving() {
        let code = RecoveryCode::generate();
        let typed = code.display_form().to_lowercase().replace('-', " ");
        assert_eq!(canonicalize(&typed).as_deref(), Some(code.canonical()));
        assert_eq!(
            canonicalize("oooo0-iiii1-lllll-22222").as_deref(),
            Some("00000111111111122222")
        );
    }

    #[test]
    fn garbage_is_not_a_code() {
        assert_eq!(canonicalize("short"), None);
        assert_eq!(canonicalize("UUUUU-UUUUU-UUUUU-UUUUU"), None);
        assert_eq!(canonicalize("ĄĄĄĄĄ-ĄĄĄĄĄ-ĄĄĄĄĄ-ĄĄĄĄĄ"), None);
    }
}
