//! [`Signer`] for a private key that stays on a token: the token signs,
//! SealDesk only hashes and re-encodes.

use super::failure::{failure, login_failure, Operation};
use super::generate::{find_key, read_public_key};
use super::module::Module;
use super::public_key::ecdsa_signature_der;
use super::session::TokenSession;
use crate::keys::signer::Signer;
use crate::keys::KeyAlgorithm;
use crate::{Error, Result};
use cryptoki::mechanism::Mechanism;
use cryptoki::object::{Attribute, AttributeType, ObjectClass, ObjectHandle};
use cryptoki::session::{Session, UserType};
use cryptoki::types::AuthPin;
use sha2::{Digest, Sha256, Sha384};
use std::sync::{Mutex, PoisonError};

/// Where a key is on a token: the token by its label, the key by its
/// `CKA_ID` (labels of key objects need not be unique).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenKeyLocation {
    /// The token's label.
    pub token_label: String,
    /// The key objects' `CKA_LABEL`, for messages.
    pub object_label: String,
    /// The key objects' `CKA_ID`.
    pub object_id: Vec<u8>,
}

/// A private key on a token, with a logged-in session to sign through.
pub struct TokenSigner {
    algorithm: KeyAlgorithm,
    spki_der: Vec<u8>,
    private_key: ObjectHandle,
    always_authenticate: bool,
    // Kept for keys that want the PIN again before every signature
    // (CKA_ALWAYS_AUTHENTICATE); wiped when the signer is dropped.
    pin: AuthPin,
    // A cryptoki session may move between threads but not be shared.
    session: Mutex<TokenSession>,
}

impl std::fmt::Debug for TokenSigner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenSigner")
            .field("algorithm", &self.algorithm)
            .field("always_authenticate", &self.always_authenticate)
            .finish_non_exhaustive()
    }
}

impl TokenSigner {
    /// Logs in to the token with `pin` and finds the key `key` of
    /// `algorithm`. A key whose private half is missing is
    /// [`TokenError::KeyNotFound`].
    pub fn open(
        module: &Module,
        key: &TokenKeyLocation,
        algorithm: KeyAlgorithm,
        pin: &str,
    ) -> Result<Self> {
        let session = TokenSession::open(module, &key.token_label)?;
        session.login(pin)?;
        let not_found = || {
            Error::Token(crate::TokenError::KeyNotFound {
                label: key.object_label.clone(),
            })
        };
        let private_key =
            find_key(&session, ObjectClass::PRIVATE_KEY, &key.object_id)?.ok_or_else(not_found)?;
        let always_authenticate = session
            .raw()
            .get_attributes(private_key, &[AttributeType::AlwaysAuthenticate])
            .map_err(|e| failure(Operation::SearchingKey, e))?
            .into_iter()
            .any(|a| matches!(a, Attribute::AlwaysAuthenticate(true)));
        let spki_der = match find_key(&session, ObjectClass::PUBLIC_KEY, &key.object_id)? {
            Some(public_key) => read_public_key(&session, algorithm, public_key)?,
            // Some tokens keep only the private key (and a certificate); an
            // RSA private key still carries its modulus and exponent.
            None if matches!(
                algorithm,
                KeyAlgorithm::Rsa2048 | KeyAlgorithm::Rsa3072 | KeyAlgorithm::Rsa4096
            ) =>
            {
                read_public_key(&session, algorithm, private_key)?
            }
            None => return Err(not_found()),
        };
        Ok(Self {
            algorithm,
            spki_der,
            private_key,
            always_authenticate,
            pin: AuthPin::new(pin.into()),
            session: Mutex::new(session),
        })
    }

    /// Whether the token asks for the PIN before every signature.
    pub fn always_authenticate(&self) -> bool {
        self.always_authenticate
    }

    fn sign_once(&self, session: &Session, mechanism: &Mechanism, data: &[u8]) -> Result<Vec<u8>> {
        session
            .sign(mechanism, self.private_key, data)
            .map_err(|e| failure(Operation::Signing, e))
    }

    /// Signing with a key that wants the PIN for each use: the PIN must come
    /// between starting the operation and signing, which cryptoki allows
    /// only for multi-part signing, so the token hashes here.
    fn sign_reauthenticated(
        &self,
        session: &Session,
        mechanism: &Mechanism,
        message: &[u8],
    ) -> Result<Vec<u8>> {
        let signing = |e| failure(Operation::Signing, e);
        session
            .sign_init(mechanism, self.private_key)
            .map_err(signing)?;
        session
            .login(UserType::ContextSpecific, Some(&self.pin))
            .map_err(login_failure)?;
        session.sign_update(message).map_err(signing)?;
        session.sign_final().map_err(signing)
    }
}

impl Signer for TokenSigner {
    fn algorithm(&self) -> KeyAlgorithm {
        self.algorithm
    }

    fn spki_der(&self) -> &[u8] {
        &self.spki_der
    }

    fn sign(&self, message: &[u8]) -> Result<Vec<u8>> {
        // A panic elsewhere while signing leaves at worst an unfinished
        // operation, which the token reports on the next call.
        let session = self.session.lock().unwrap_or_else(PoisonError::into_inner);
        let session = session.raw();
        match self.algorithm {
            KeyAlgorithm::EcP256 | KeyAlgorithm::EcP384 => {
                let raw = if self.always_authenticate {
                    let mechanism = if self.algorithm == KeyAlgorithm::EcP256 {
                        Mechanism::EcdsaSha256
                    } else {
                        Mechanism::EcdsaSha384
                    };
                    self.sign_reauthenticated(session, &mechanism, message)?
                } else {
                    // Many tokens (SoftHSM 2.6 among them) offer only raw
                    // CKM_ECDSA: the hash is computed here.
                    let digest = if self.algorithm == KeyAlgorithm::EcP256 {
                        Sha256::digest(message).to_vec()
                    } else {
                        Sha384::digest(message).to_vec()
                    };
                    self.sign_once(session, &Mechanism::Ecdsa, &digest)?
                };
                ecdsa_signature_der(self.algorithm, &raw)
            }
            KeyAlgorithm::Rsa2048 | KeyAlgorithm::Rsa3072 | KeyAlgorithm::Rsa4096 => {
                if self.always_authenticate {
                    self.sign_reauthenticated(session, &Mechanism::Sha256RsaPkcs, message)
                } else {
                    self.sign_once(session, &Mechanism::Sha256RsaPkcs, message)
                }
            }
        }
    }
}
