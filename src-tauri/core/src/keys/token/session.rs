//! A read-write session with one token, found by its label.

use super::failure::{failure, login_failure, Operation};
use super::module::Module;
use crate::Result;
use cryptoki::object::{Attribute, ObjectClass, ObjectHandle};
use cryptoki::session::{Session, UserType};
use cryptoki::types::AuthPin;

/// A session with a token. The module stays loaded while the session lives.
pub struct TokenSession {
    // Declared before `module` so the session closes before the module
    // can be finalised.
    session: Session,
    module: Module,
    token_label: String,
}

impl std::fmt::Debug for TokenSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenSession")
            .field("token_label", &self.token_label)
            .field("module", &self.module)
            .finish_non_exhaustive()
    }
}

impl TokenSession {
    /// Opens a read-write session with the token labelled `token_label`.
    pub fn open(module: &Module, token_label: &str) -> Result<Self> {
        let slot = module.slot_of(token_label)?;
        let session = module
            .context()
            .open_rw_session(slot)
            .map_err(|e| failure(Operation::OpeningSession, e))?;
        Ok(Self {
            session,
            module: module.clone(),
            token_label: token_label.trim_end().to_string(),
        })
    }

    /// Logs the user in with `pin`. A wrong PIN is [`crate::TokenError::WrongPin`],
    /// a locked one [`crate::TokenError::PinLocked`].
    ///
    /// The login state belongs to the token, not to the session: while
    /// another session of this process is logged in, the token accepts any
    /// PIN without looking at it. So the PIN is then checked against the one
    /// that logged in last, kept only as a keyed digest.
    pub fn login(&self, pin: &str) -> Result<()> {
        let tag = self.login_tag();
        let auth = AuthPin::new(pin.into());
        match self.session.login(UserType::User, Some(&auth)) {
            Ok(()) => {
                pin_memory::remember(&tag, pin);
                Ok(())
            }
            Err(cryptoki::error::Error::Pkcs11(
                cryptoki::error::RvError::UserAlreadyLoggedIn,
                _,
            )) => {
                if pin_memory::matches(&tag, pin) {
                    Ok(())
                } else {
                    Err(crate::Error::Token(crate::TokenError::WrongPin))
                }
            }
            Err(err) => Err(login_failure(err)),
        }
    }

    /// Which token a remembered login belongs to.
    fn login_tag(&self) -> String {
        format!("{}\0{}", self.module.path().display(), self.token_label)
    }

    /// The token's label.
    pub fn token_label(&self) -> &str {
        &self.token_label
    }

    /// The module the session runs through.
    pub fn module(&self) -> &Module {
        &self.module
    }

    pub(super) fn raw(&self) -> &Session {
        &self.session
    }

    /// Objects of `class` with the PKCS#11 id `object_id`.
    pub(super) fn find(&self, class: ObjectClass, object_id: &[u8]) -> Result<Vec<ObjectHandle>> {
        self.session
            .find_objects(&[Attribute::Class(class), Attribute::Id(object_id.to_vec())])
            .map_err(|e| failure(Operation::SearchingKey, e))
    }

    /// Destroys every object with the PKCS#11 id `object_id` (both halves
    /// of a key pair, and anything a vendor module left half-made).
    pub fn destroy_objects(&self, object_id: &[u8]) -> Result<()> {
        let objects = self
            .session
            .find_objects(&[Attribute::Id(object_id.to_vec())])
            .map_err(|e| failure(Operation::RemovingKey, e))?;
        for object in objects {
            self.session
                .destroy_object(object)
                .map_err(|e| failure(Operation::RemovingKey, e))?;
        }
        Ok(())
    }
}

/// The PIN of each token's current login, as an HMAC under a key made at
/// random for this process: enough to compare a later PIN with, and useless
/// outside the process.
mod pin_memory {
    use aws_lc_rs::{hmac, rand};
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock, PoisonError};

    /// `None` only if the system has no random source: then no login is
    /// remembered and a second one is refused.
    fn key() -> Option<&'static hmac::Key> {
        static KEY: OnceLock<Option<hmac::Key>> = OnceLock::new();
        KEY.get_or_init(|| hmac::Key::generate(hmac::HMAC_SHA256, &rand::SystemRandom::new()).ok())
            .as_ref()
    }

    static LOGINS: Mutex<Option<HashMap<String, hmac::Tag>>> = Mutex::new(None);

    pub(super) fn remember(token: &str, pin: &str) {
        let Some(key) = key() else { return };
        let tag = hmac::sign(key, pin.as_bytes());
        LOGINS
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get_or_insert_with(HashMap::new)
            .insert(token.to_string(), tag);
    }

    pub(super) fn matches(token: &str, pin: &str) -> bool {
        let logins = LOGINS.lock().unwrap_or_else(PoisonError::into_inner);
        match (key(), logins.as_ref().and_then(|l| l.get(token))) {
            (Some(key), Some(tag)) => hmac::verify(key, pin.as_bytes(), tag.as_ref()).is_ok(),
            // Logged in by something else in this process: nothing to
            // compare with, so nothing is let through.
            _ => false,
        }
    }
}
