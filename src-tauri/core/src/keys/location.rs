//! Where a registered private key is kept.

use serde::Serialize;
use std::fmt;
use ts_rs::TS;

/// Where a registered private key is: an encrypted file that a password
/// opens, or an object on a PKCS#11 token that its PIN opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[ts(export)]
pub enum KeyLocation {
    /// An encrypted PKCS#8 file.
    File {
        /// The file's absolute path.
        path: String,
    },
    /// A key pair on a token.
    Token {
        /// The token's label.
        token: String,
        /// The key objects' label.
        object: String,
    },
}

impl KeyLocation {
    /// Builds the location from the key table's columns; `None` when the
    /// row names no place SealDesk knows (a damaged row).
    pub(crate) fn from_columns(
        location: Option<&str>,
        file_path: Option<String>,
        token_label: Option<String>,
        object_label: Option<String>,
    ) -> Option<Self> {
        match location? {
            "file" => Some(KeyLocation::File { path: file_path? }),
            "token" => Some(KeyLocation::Token {
                token: token_label?,
                object: object_label.unwrap_or_default(),
            }),
            _ => None,
        }
    }

    /// Whether a PIN opens the key (it is on a token), not a password.
    pub fn on_token(&self) -> bool {
        matches!(self, KeyLocation::Token { .. })
    }
}

/// The path, or `token:<token label>/<object label>`, as the command line
/// prints it.
impl fmt::Display for KeyLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyLocation::File { path } => f.write_str(path),
            KeyLocation::Token { token, object } => write!(f, "token:{token}/{object}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_location_is_read_from_the_key_tables_columns_and_printed_as_before() {
        let file = KeyLocation::from_columns(Some("file"), Some("/k/a.key".into()), None, None);
        assert_eq!(
            file.as_ref().map(ToString::to_string).as_deref(),
            Some("/k/a.key")
        );
        assert!(!file.unwrap().on_token());
        let token = KeyLocation::from_columns(
            Some("token"),
            None,
            Some("Biuro".into()),
            Some("seal".into()),
        )
        .unwrap();
        assert_eq!(token.to_string(), "token:Biuro/seal");
        assert!(token.on_token());
        assert_eq!(
            KeyLocation::from_columns(Some("cloud"), None, None, None),
            None
        );
        assert_eq!(
            KeyLocation::from_columns(Some("file"), None, None, None),
            None
        );
        assert_eq!(KeyLocation::from_columns(None, None, None, None), None);
    }
}
