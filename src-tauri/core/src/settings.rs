//! Non-secret preferences kept in the store: the interface language, the
//! idle time after which the session locks and the PKCS#11 module of the
//! user's token.

mod error;
pub use error::SettingsError;

use crate::locale::Language;
use crate::{audit, Error, Result, Store};
use chrono::Utc;
use rusqlite::OptionalExtension;
use serde::Serialize;
use serde_json::json;
use std::path::{Path, PathBuf};

/// Idle minutes before the session locks, unless the user chose otherwise.
pub const DEFAULT_IDLE_LOCK_MINUTES: u32 = 10;
/// Shortest idle lock the user can set.
pub const MIN_IDLE_LOCK_MINUTES: u32 = 1;
/// Longest idle lock the user can set (eight hours: one working day).
pub const MAX_IDLE_LOCK_MINUTES: u32 = 480;

const LANGUAGE: &str = "language";
const IDLE_LOCK_MINUTES: &str = "idle_lock_minutes";
const PKCS11_MODULE: &str = "pkcs11_module";
const FIRST_STEPS_HIDDEN: &str = "first_steps_hidden";

/// The user's preferences.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct Settings {
    /// The chosen language; `None` until the user picks one, when the OS
    /// language applies.
    pub language: Option<Language>,
    /// Idle minutes before the session locks.
    pub idle_lock_minutes: u32,
    /// The PKCS#11 module (the token vendor's library) used for token
    /// keys; `None` until the user chooses one.
    pub pkcs11_module: Option<PathBuf>,
}

/// Reads the preferences, with defaults for what was never set.
pub fn load(store: &Store) -> Result<Settings> {
    let language = match get(store, LANGUAGE)? {
        // A tag this version does not know (written by a newer one) falls
        // back to the OS language rather than failing the start.
        Some(tag) => tag.parse().ok(),
        None => None,
    };
    let idle_lock_minutes = get(store, IDLE_LOCK_MINUTES)?
        .and_then(|v| v.parse().ok())
        .filter(|m| (MIN_IDLE_LOCK_MINUTES..=MAX_IDLE_LOCK_MINUTES).contains(m))
        .unwrap_or(DEFAULT_IDLE_LOCK_MINUTES);
    Ok(Settings {
        language,
        idle_lock_minutes,
        pkcs11_module: pkcs11_module(store)?,
    })
}

/// Stores the interface language.
pub fn set_language(store: &Store, language: Language) -> Result<()> {
    put(store, LANGUAGE, language.tag())
}

/// Stores the idle-lock time, refusing values outside the allowed range.
pub fn set_idle_lock_minutes(store: &Store, minutes: u32) -> Result<()> {
    if !(MIN_IDLE_LOCK_MINUTES..=MAX_IDLE_LOCK_MINUTES).contains(&minutes) {
        return Err(Error::Settings(crate::SettingsError::IdleLockOutOfRange {
            min: MIN_IDLE_LOCK_MINUTES,
            max: MAX_IDLE_LOCK_MINUTES,
        }));
    }
    put(store, IDLE_LOCK_MINUTES, &minutes.to_string())
}

/// The PKCS#11 module chosen for token keys, if any.
pub fn pkcs11_module(store: &Store) -> Result<Option<PathBuf>> {
    Ok(get(store, PKCS11_MODULE)?
        .filter(|path| !path.is_empty())
        .map(PathBuf::from))
}

/// Stores the PKCS#11 module for token keys as an absolute path. A path
/// that is not an existing file is refused ([`TokenError::ModuleLoad`]) and
/// nothing is stored; the library itself is first loaded when a token is
/// used.
pub fn set_pkcs11_module(store: &Store, path: &Path) -> Result<()> {
    crate::keys::token::check_module_file(path)?;
    let path = std::path::absolute(path).map_err(|e| Error::io(path, e))?;
    put(store, PKCS11_MODULE, &path.to_string_lossy())
}

/// Whether the user hid the first-steps guide before finishing it.
pub fn first_steps_hidden(store: &Store) -> Result<bool> {
    Ok(get(store, FIRST_STEPS_HIDDEN)?.as_deref() == Some("true"))
}

/// Hides the first-steps guide, or shows it again.
pub fn set_first_steps_hidden(store: &Store, hidden: bool) -> Result<()> {
    put(
        store,
        FIRST_STEPS_HIDDEN,
        if hidden { "true" } else { "false" },
    )
}

fn get(store: &Store, key: &str) -> Result<Option<String>> {
    Ok(store
        .conn()
        .query_row("SELECT value FROM setting WHERE key = ?1", [key], |row| {
            row.get(0)
        })
        .optional()?)
}

fn put(store: &Store, key: &str, value: &str) -> Result<()> {
    let tx = store.write_transaction()?;
    tx.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    // Settings are the store's, not a company's; the language can be
    // chosen before anyone signs in.
    let actor = store.actor().unwrap_or_else(|| "-".into());
    audit::record_by(
        &tx,
        &actor,
        None,
        Utc::now(),
        "settings.changed",
        &json!({ "key": key, "value": value }),
    )?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_then_changes_persist_across_opening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = Store::open_for_tests(dir.path()).unwrap();
            let settings = load(&store).unwrap();
            assert_eq!(settings.language, None);
            assert_eq!(settings.idle_lock_minutes, DEFAULT_IDLE_LOCK_MINUTES);
            assert_eq!(settings.pkcs11_module, None);
            set_language(&store, Language::He).unwrap();
            set_idle_lock_minutes(&store, 3).unwrap();
        }
        let store = Store::open_for_tests(dir.path()).unwrap();
        let settings = load(&store).unwrap();
        assert_eq!(settings.language, Some(Language::He));
        assert_eq!(settings.idle_lock_minutes, 3);
        let events = audit::recent(store.conn(), crate::company::CompanyId(1), true, 10).unwrap();
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].action, "settings.changed");
    }

    #[test]
    fn idle_lock_outside_range_is_refused_and_not_stored() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(dir.path()).unwrap();
        for bad in [0, MAX_IDLE_LOCK_MINUTES + 1] {
            let err = set_idle_lock_minutes(&store, bad).unwrap_err();
            assert_eq!(err.code(), "settings.idle-lock-out-of-range");
        }
        assert_eq!(
            load(&store).unwrap().idle_lock_minutes,
            DEFAULT_IDLE_LOCK_MINUTES
        );
    }

    #[test]
    fn a_pkcs11_module_is_stored_as_an_absolute_path() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(&dir.path().join("data")).unwrap();
        let module = dir.path().join("libvendor-pkcs11.so");
        std::fs::write(&module, b"\x7fELF").unwrap();
        set_pkcs11_module(&store, &module).unwrap();
        assert_eq!(pkcs11_module(&store).unwrap(), Some(module.clone()));
        assert_eq!(load(&store).unwrap().pkcs11_module, Some(module));
    }

    #[test]
    fn a_pkcs11_module_that_is_not_a_file_is_refused_and_not_stored() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(&dir.path().join("data")).unwrap();
        let missing = dir.path().join("no-such-module.so");
        let err = set_pkcs11_module(&store, &missing).unwrap_err();
        assert_eq!(err.code(), "token.module-load");
        assert!(err.to_string().contains("does not exist"), "{err}");
        assert!(err.to_string().contains("no-such-module.so"), "{err}");
        let err = set_pkcs11_module(&store, dir.path()).unwrap_err();
        assert_eq!(err.code(), "token.module-load");
        assert_eq!(pkcs11_module(&store).unwrap(), None);
        assert!(
            audit::recent(store.conn(), crate::company::CompanyId(1), true, 10)
                .unwrap()
                .is_empty()
        );
    }
}
