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

    /// Logs the user in with `pin`. A wrong PIN is [`crate::Error::TokenWrongPin`],
    /// a locked one [`crate::Error::TokenPinLocked`].
    pub fn login(&self, pin: &str) -> Result<()> {
        let pin = AuthPin::new(pin.into());
        match self.session.login(UserType::User, Some(&pin)) {
            // The login state belongs to the token, not to the session: an
            // earlier session of this process may already have logged in.
            Err(cryptoki::error::Error::Pkcs11(
                cryptoki::error::RvError::UserAlreadyLoggedIn,
                _,
            )) => Ok(()),
            other => other.map_err(login_failure),
        }
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
