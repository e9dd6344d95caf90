//! A password or PIN the user typed, on its way into a use case.

use serde::Deserialize;
use zeroize::Zeroize;

/// A password or PIN. It has no `Debug` or `Serialize`, so it cannot reach
/// a log, an error or a reply, and it is wiped from memory when dropped.
/// The window sends it as a plain string; the CLI reads it from a file or
/// an environment variable, never from an argument.
#[derive(Deserialize, ts_rs::TS)]
#[serde(transparent)]
#[ts(type = "string")]
pub struct Secret(String);

impl Secret {
    /// The secret's text, for the moment a key or a hash needs it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for Secret {
    fn from(text: String) -> Self {
        Self(text)
    }
}

impl From<&str> for Secret {
    fn from(text: &str) -> Self {
        Self(text.to_owned())
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrives_from_the_window_as_a_plain_string() {
        let secret: Secret = serde_json::from_str("\"pass word\"").unwrap();
        assert_eq!(secret.as_str(), "pass word");
        assert!(serde_json::from_str::<Secret>("42").is_err());
    }
}
