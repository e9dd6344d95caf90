//! The secret that opens a registered key, as a face hands it to a use case.

use crate::keys::unlock::KeySecret;
use crate::secret::Secret;
use serde::Deserialize;

/// A key file's password or the PIN of the token holding the key. The
/// window sends `{ kind: "password" | "pin", value }`; the CLI builds it
/// from what it read from the secret file or variable.
#[derive(Deserialize, ts_rs::TS)]
#[serde(tag = "kind", content = "value", rename_all = "kebab-case")]
#[ts(export)]
pub enum KeySecretInput {
    /// Password of an encrypted key file.
    Password(Secret),
    /// User PIN of a token.
    Pin(Secret),
}

impl KeySecretInput {
    /// The borrowed form the key functions take.
    pub fn as_key_secret(&self) -> KeySecret<'_> {
        match self {
            KeySecretInput::Password(p) => KeySecret::Password(p.as_str()),
            KeySecretInput::Pin(p) => KeySecret::Pin(p.as_str()),
        }
    }
}

/// A key already in the registry, with what opens it.
#[derive(Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct RegisteredKey {
    /// Registry id of the key.
    pub key_id: i64,
    /// Its password or PIN.
    pub secret: KeySecretInput,
}
