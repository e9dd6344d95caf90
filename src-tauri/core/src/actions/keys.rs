//! Making a key pair: in an encrypted file, or on a token.

use super::{token_module, Context};
use crate::keys::registry::{self, KeyRecord};
use crate::keys::{token, KeyAlgorithm};
use crate::secret::Secret;
use crate::Result;
use std::path::PathBuf;

/// Where a new key pair is made.
pub enum NewKeyPlace {
    /// An encrypted PKCS#8 file at `path` (never replacing a file).
    File {
        /// The new file.
        path: PathBuf,
        /// The password that encrypts it.
        password: Secret,
    },
    /// A non-extractable key pair on the token labelled `token_label`.
    Token {
        /// The token's label.
        token_label: String,
        /// Its user PIN.
        pin: Secret,
        /// The module library; none takes the one in the settings.
        module: Option<PathBuf>,
        /// The key objects' label; none makes `sealdesk-ALG-DATE-TIME`.
        object_label: Option<String>,
    },
}

/// Generates a key pair of `algorithm` at `place` and records it. On a
/// token, the first module that worked becomes the default.
pub fn generate(cx: &Context, algorithm: KeyAlgorithm, place: &NewKeyPlace) -> Result<KeyRecord> {
    match place {
        NewKeyPlace::File { path, password } => {
            registry::generate_file_key(cx.store(), algorithm, path, password.as_str(), cx.now())
        }
        NewKeyPlace::Token {
            token_label,
            pin,
            module,
            object_label,
        } => {
            let module = token_module::chosen(cx, module.as_deref())?;
            let label = object_label
                .clone()
                .unwrap_or_else(|| token::default_object_label(algorithm, cx.now()));
            let key = registry::generate_token_key(
                cx.store(),
                &module,
                token_label,
                pin.as_str(),
                algorithm,
                &label,
                cx.now(),
            )?;
            token_module::remember_first(cx, &module)?;
            Ok(key)
        }
    }
}
