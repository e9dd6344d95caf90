//! Loading a PKCS#11 module (the token vendor's library) and listing the
//! tokens it sees.
//!
//! A module may be initialised only once per process, and finalising it
//! ends every session anyone else has with it. So loaded modules live in a
//! process-wide table: each [`Module`] is a lease on its entry, and the
//! module is finalised when the last lease ends (which also lets a later
//! load read the module's configuration afresh).

use super::failure::{failure, Operation};
use crate::{Error, Result};
use cryptoki::context::{CInitializeArgs, CInitializeFlags, Pkcs11};
use cryptoki::error::{Error as CryptokiError, RvError};
use cryptoki::slot::Slot;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// A token as its module reports it.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TokenInfo {
    /// The token's label: how SealDesk finds the token again.
    pub label: String,
    /// The token's manufacturer.
    pub manufacturer: String,
    /// The token's model.
    pub model: String,
    /// The token's serial number (some vendors change it between driver
    /// versions, so it identifies nothing).
    pub serial: String,
    /// The slot the token sits in; it may change between starts.
    pub slot_id: u64,
    /// Whether the token has been initialised.
    pub initialized: bool,
    /// Whether keys on the token need the user PIN.
    pub login_required: bool,
    /// Whether the user PIN is locked after too many wrong tries.
    pub pin_locked: bool,
}

struct Loaded {
    context: Pkcs11,
    leases: usize,
    // Another part of the process started the module before us; it is
    // theirs to finalise.
    started_by_us: bool,
}

static LOADED: Mutex<Option<HashMap<PathBuf, Loaded>>> = Mutex::new(None);

fn loaded_modules() -> MutexGuard<'static, Option<HashMap<PathBuf, Loaded>>> {
    // The table stays consistent even if a holder panicked: every update
    // is a single insert or counter change.
    LOADED.lock().unwrap_or_else(PoisonError::into_inner)
}

struct Lease {
    key: PathBuf,
    context: Pkcs11,
}

impl Drop for Lease {
    fn drop(&mut self) {
        let mut table = loaded_modules();
        let Some(entry) = table.as_mut().and_then(|t| t.get_mut(&self.key)) else {
            return;
        };
        entry.leases = entry.leases.saturating_sub(1);
        if entry.leases == 0 {
            if let Some(entry) = table.as_mut().and_then(|t| t.remove(&self.key)) {
                if entry.started_by_us {
                    // Nothing to do about a module that fails to finalise;
                    // the next load starts it again either way.
                    let _ = entry.context.finalize();
                }
            }
        }
    }
}

/// A loaded and started PKCS#11 module. Clones share the module; it is
/// finalised when the last clone is dropped.
#[derive(Clone)]
pub struct Module {
    path: PathBuf,
    lease: Arc<Lease>,
}

impl std::fmt::Debug for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Module").field("path", &self.path).finish()
    }
}

impl Module {
    /// Loads and starts the module at `path`. A missing file, a file that
    /// is not a library for this computer, or a library that is not a
    /// PKCS#11 module gives [`TokenError::ModuleLoad`].
    pub fn load(path: &Path) -> Result<Self> {
        let load_error = |detail: String| {
            Error::Token(crate::TokenError::ModuleLoad {
                module: path.display().to_string(),
                detail,
            })
        };
        check_module_file(path)?;
        let key = std::fs::canonicalize(path).map_err(|e| load_error(e.to_string()))?;
        let mut table = loaded_modules();
        let table = table.get_or_insert_with(HashMap::new);
        if let Some(entry) = table.get_mut(&key) {
            entry.leases += 1;
            return Ok(Self::leased(path, key, entry.context.clone()));
        }
        let context = Pkcs11::new(&key).map_err(|e| load_error(load_detail(e)))?;
        let started_by_us =
            match context.initialize(CInitializeArgs::new(CInitializeFlags::OS_LOCKING_OK)) {
                Ok(()) => true,
                Err(CryptokiError::Pkcs11(RvError::CryptokiAlreadyInitialized, _)) => false,
                Err(e) => return Err(failure(Operation::StartingModule, e)),
            };
        table.insert(
            key.clone(),
            Loaded {
                context: context.clone(),
                leases: 1,
                started_by_us,
            },
        );
        Ok(Self::leased(path, key, context))
    }

    fn leased(path: &Path, key: PathBuf, context: Pkcs11) -> Self {
        Self {
            path: path.to_path_buf(),
            lease: Arc::new(Lease { key, context }),
        }
    }

    /// The path the module was loaded from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(super) fn context(&self) -> &Pkcs11 {
        &self.lease.context
    }

    /// The tokens present in the module's slots.
    pub fn tokens(&self) -> Result<Vec<TokenInfo>> {
        let context = self.context();
        let slots = context
            .get_slots_with_token()
            .map_err(|e| failure(Operation::ListingTokens, e))?;
        let mut tokens = Vec::with_capacity(slots.len());
        for slot in slots {
            let info = match context.get_token_info(slot) {
                Ok(info) => info,
                // Pulled out between listing and asking: no longer present.
                Err(CryptokiError::Pkcs11(
                    RvError::TokenNotPresent | RvError::DeviceRemoved,
                    _,
                )) => continue,
                Err(e) => return Err(failure(Operation::ListingTokens, e)),
            };
            tokens.push(TokenInfo {
                label: info.label().trim_end().to_string(),
                manufacturer: info.manufacturer_id().trim_end().to_string(),
                model: info.model().trim_end().to_string(),
                serial: info.serial_number().trim_end().to_string(),
                slot_id: slot.id(),
                initialized: info.token_initialized(),
                login_required: info.login_required(),
                pin_locked: info.user_pin_locked(),
            });
        }
        Ok(tokens)
    }

    /// The slot holding the token labelled `label` (slot ids change, labels
    /// stay), or [`TokenError::NotFound`].
    pub(super) fn slot_of(&self, label: &str) -> Result<Slot> {
        let wanted = label.trim_end();
        let slots = self
            .context()
            .get_slots_with_token()
            .map_err(|e| failure(Operation::ListingTokens, e))?;
        for slot in slots {
            if let Ok(info) = self.context().get_token_info(slot) {
                if info.token_initialized() && info.label().trim_end() == wanted {
                    return Ok(slot);
                }
            }
        }
        Err(Error::Token(crate::TokenError::NotFound {
            label: label.to_string(),
        }))
    }
}

/// Loads the module at `module_path` and lists its tokens.
pub fn list_tokens(module_path: &Path) -> Result<Vec<TokenInfo>> {
    Module::load(module_path)?.tokens()
}

/// Refuses a module path that cannot be a library before anything is
/// loaded, with a reason the user understands.
pub(crate) fn check_module_file(path: &Path) -> Result<()> {
    let refuse = |detail: &str| {
        Error::Token(crate::TokenError::ModuleLoad {
            module: path.display().to_string(),
            detail: detail.to_string(),
        })
    };
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => Ok(()),
        Ok(_) => Err(refuse("it is not a file")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(refuse("the file does not exist"))
        }
        Err(e) => Err(refuse(&e.to_string())),
    }
}

fn load_detail(err: CryptokiError) -> String {
    match err {
        CryptokiError::LibraryLoading(e) => e.to_string(),
        CryptokiError::MissingSymbol(_) | CryptokiError::NullFunctionPointer => {
            "the library is not a PKCS#11 module".to_string()
        }
        CryptokiError::Pkcs11(rv, _) => super::failure::describe(rv),
        other => other.to_string(),
    }
}
