//! Which PKCS#11 module a token action loads.

use super::Context;
use crate::keys::token::Module;
use crate::{settings, Error, Result};
use std::path::{Path, PathBuf};

/// The module `given` for this action, else the one in the settings.
pub fn chosen(cx: &Context, given: Option<&Path>) -> Result<PathBuf> {
    match given {
        Some(module) => Ok(module.to_path_buf()),
        None => settings::pkcs11_module(cx.store())?
            .ok_or(Error::Token(crate::TokenError::ModuleNotSet)),
    }
}

/// Keeps `module` as the default when none is set yet: the first module
/// that worked is the one later actions (signing with a key made on it)
/// need; a module already chosen stays.
pub fn remember_first(cx: &Context, module: &Path) -> Result<()> {
    if settings::pkcs11_module(cx.store())?.is_none() {
        settings::set_pkcs11_module(cx.store(), module)?;
    }
    Ok(())
}

/// Keeps `module` as the default when none is set yet, once loading it
/// proved it is a PKCS#11 library.
pub fn adopt(cx: &Context, module: &Path) -> Result<()> {
    if settings::pkcs11_module(cx.store())?.is_none() {
        Module::load(module)?;
        settings::set_pkcs11_module(cx.store(), module)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_module_given_or_saved_a_token_action_is_refused() {
        let (_dir, store) = crate::actions::test_store::empty_store();
        let cx = Context::new(&store, crate::actions::Scope::test_administrator());
        assert_eq!(
            chosen(&cx, None).unwrap_err().code(),
            "token.module-not-set"
        );
        let given = Path::new("/opt/vendor/libpkcs11.so");
        assert_eq!(chosen(&cx, Some(given)).unwrap(), given);
        assert!(adopt(&cx, Path::new("/nonexistent/lib.so")).is_err());
        assert_eq!(
            settings::pkcs11_module(&store).unwrap(),
            None,
            "a failed module is not kept"
        );
    }
}
