//! The key a new identity gets: generated in memory and written as an
//! encrypted file in the data folder, or generated on a token. Until the
//! registration commits, the key can be discarded again, so a failed
//! registration leaves no key file and no token object behind.

use super::registration::KeyTarget;
use crate::keys::file_signer::FileSigner;
use crate::keys::registry::{insert_file_key, insert_token_key, KeyRecord};
use crate::keys::signer::Signer;
use crate::keys::token::{
    self, generate_key_pair, Module, TokenKeyLocation, TokenKeyPair, TokenSession, TokenSigner,
};
use crate::keys::{file, GeneratedKey, KeyAlgorithm};
use crate::pki::issue::KEYS_FOLDER;
use crate::{Result, Store};
use chrono::{DateTime, Utc};
use std::path::PathBuf;
use zeroize::Zeroizing;

/// A key made for a registration, not yet recorded.
pub(super) enum NewKey {
    /// An encrypted key file that now exists on disk.
    File { key: GeneratedKey, path: PathBuf },
    /// A key pair that now exists on a token, with the session that made it.
    Token {
        pair: TokenKeyPair,
        session: TokenSession,
        pin: Zeroizing<String>,
    },
}

impl NewKey {
    /// Generates the key where `target` says.
    pub(super) fn generate(
        store: &Store,
        target: &KeyTarget<'_>,
        algorithm: KeyAlgorithm,
        now: DateTime<Utc>,
    ) -> Result<Self> {
        match target {
            KeyTarget::File { password } => {
                let key = GeneratedKey::generate(algorithm)?;
                let folder = store.data_dir().join(KEYS_FOLDER);
                crate::private_folder::ensure(&folder)?;
                let path = folder.join(format!("{}.key", &key.spki_sha256()[..16]));
                file::write_encrypted(&path, &key.pkcs8_der, password)?;
                Ok(NewKey::File { key, path })
            }
            KeyTarget::Token {
                module,
                token_label,
                pin,
                object_label,
            } => {
                let label = object_label
                    .map(str::to_string)
                    .unwrap_or_else(|| token::default_object_label(algorithm, now));
                token::check_object_label(&label)?;
                let module = Module::load(module)?;
                let session = TokenSession::open(&module, token_label)?;
                session.login(pin)?;
                let pair = generate_key_pair(&session, algorithm, &label)?;
                Ok(NewKey::Token {
                    pair,
                    session,
                    pin: Zeroizing::new(pin.to_string()),
                })
            }
        }
    }

    /// The public key as a SubjectPublicKeyInfo DER.
    pub(super) fn spki_der(&self) -> &[u8] {
        match self {
            NewKey::File { key, .. } => &key.spki_der,
            NewKey::Token { pair, .. } => &pair.spki_der,
        }
    }

    /// A signer for the new key (to sign its own request).
    pub(super) fn signer(&self) -> Result<Box<dyn Signer>> {
        match self {
            NewKey::File { key, .. } => Ok(Box::new(FileSigner::from_pkcs8(&key.pkcs8_der)?)),
            NewKey::Token { pair, session, pin } => {
                let location = TokenKeyLocation {
                    token_label: session.token_label().to_string(),
                    object_label: pair.object_label.clone(),
                    object_id: pair.object_id.clone(),
                };
                Ok(Box::new(TokenSigner::open(
                    session.module(),
                    &location,
                    pair.algorithm,
                    pin,
                )?))
            }
        }
    }

    /// Records the key in the caller's transaction.
    pub(super) fn insert(
        &self,
        conn: &rusqlite::Connection,
        now: DateTime<Utc>,
    ) -> Result<KeyRecord> {
        match self {
            NewKey::File { key, path } => insert_file_key(conn, key, path, now),
            NewKey::Token { pair, session, .. } => {
                insert_token_key(conn, pair, session.token_label(), now)
            }
        }
    }

    /// Removes the key again: the registration failed.
    pub(super) fn discard(self) {
        // The registration's own failure is what the user needs to see; a
        // failed clean-up cannot be helped here.
        match self {
            NewKey::File { path, .. } => {
                let _ = std::fs::remove_file(path);
            }
            NewKey::Token { pair, session, .. } => {
                let _ = session.destroy_objects(&pair.object_id);
            }
        }
    }
}
