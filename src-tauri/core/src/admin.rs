//! The local administrator: created by the first-run wizard, asked for at
//! every start, recovered with the one-time recovery code.
//!
//! Passwords and recovery codes are kept only as Argon2id hashes (the argon2
//! crate's defaults, the OWASP-recommended 19 MiB, 2 passes). Each wrong
//! attempt doubles the wait before the next one (1 s, 2 s, 4 s, ... up to
//! five minutes), and the wait is stored, so restarting the app does not
//! reset it.

mod error;
pub use error::AdminError;

use crate::recovery_code::{self, RecoveryCode};
use crate::{audit, Error, Result, Store};
use argon2::password_hash::{rand_core::OsRng, PasswordHash, SaltString};
use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use chrono::{DateTime, Duration, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use serde_json::json;

/// Fewest characters of an administrator password.
pub const MIN_PASSWORD_CHARS: usize = 6;
/// Longest wait after repeated wrong attempts.
pub const MAX_RETRY_DELAY_SECONDS: u64 = 300;

/// Whether the first-run set-up was done, and by whom.
#[derive(Debug, Clone, Serialize, PartialEq, ts_rs::TS)]
#[ts(export)]
pub struct AdminStatus {
    /// The administrator exists.
    pub initialized: bool,
    /// The administrator's name, once set up.
    pub name: Option<String>,
}

struct AdminRow {
    password_hash: String,
    recovery_hash: String,
    failed_attempts: u32,
    retry_not_before: Option<DateTime<Utc>>,
}

/// Tells whether the administrator exists.
pub fn status(store: &Store) -> Result<AdminStatus> {
    let name: Option<String> = store
        .conn()
        .query_row("SELECT name FROM administrator WHERE id = 1", [], |row| {
            row.get(0)
        })
        .optional()?;
    Ok(AdminStatus {
        initialized: name.is_some(),
        name,
    })
}

/// Creates the administrator and returns the recovery code to show once.
pub fn create(
    store: &Store,
    name: &str,
    password: &str,
    now: DateTime<Utc>,
) -> Result<RecoveryCode> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::Admin(crate::AdminError::NameRequired));
    }
    check_password_rule(password)?;
    let recovery = RecoveryCode::generate();
    let password_hash = hash(password)?;
    let recovery_hash = hash(recovery.canonical())?;
    let tx = store.write_transaction()?;
    let exists: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM administrator)", [], |r| {
        r.get(0)
    })?;
    if exists {
        return Err(Error::Admin(crate::AdminError::AlreadyInitialized));
    }
    let at = audit::timestamp(now);
    tx.execute(
        "INSERT INTO administrator (id, name, password_hash, recovery_hash, created_at, password_changed_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?4)",
        params![name, password_hash, recovery_hash, at],
    )?;
    audit::record_by(
        &tx,
        crate::company::operator::ADMINISTRATOR_LOGIN,
        None,
        now,
        "admin.created",
        &json!({ "name": name }),
    )?;
    tx.commit()?;
    Ok(recovery)
}

/// Checks the administrator password, honouring and extending the wait after
/// wrong attempts.
pub fn verify_password(store: &Store, password: &str, now: DateTime<Utc>) -> Result<()> {
    let row = load(store)?;
    check_not_throttled(&row, now)?;
    if verify(password, &row.password_hash)? {
        record_success(store, now, "admin.unlocked")
    } else {
        let seconds = record_failure(store, &row, now, "admin.unlock-failed")?;
        Err(Error::Admin(crate::AdminError::WrongPassword { seconds }))
    }
}

/// Sets a new password with the recovery code and returns a new recovery
/// code (the used one stops working).
pub fn recover(
    store: &Store,
    typed_code: &str,
    new_password: &str,
    now: DateTime<Utc>,
) -> Result<RecoveryCode> {
    check_password_rule(new_password)?;
    let row = load(store)?;
    check_not_throttled(&row, now)?;
    let matches = match recovery_code::canonicalize(typed_code) {
        Some(code) => verify(&code, &row.recovery_hash)?,
        None => false,
    };
    if !matches {
        let seconds = record_failure(store, &row, now, "admin.recovery-failed")?;
        return Err(Error::Admin(crate::AdminError::WrongRecoveryCode {
            seconds,
        }));
    }
    let recovery = RecoveryCode::generate();
    let password_hash = hash(new_password)?;
    let recovery_hash = hash(recovery.canonical())?;
    let tx = store.write_transaction()?;
    tx.execute(
        "UPDATE administrator SET password_hash = ?1, recovery_hash = ?2, failed_attempts = 0,
         retry_not_before = NULL, password_changed_at = ?3 WHERE id = 1",
        params![password_hash, recovery_hash, audit::timestamp(now)],
    )?;
    audit::record_by(
        &tx,
        crate::company::operator::ADMINISTRATOR_LOGIN,
        None,
        now,
        "admin.recovered",
        &json!({}),
    )?;
    tx.commit()?;
    Ok(recovery)
}

pub(crate) fn check_password_rule(password: &str) -> Result<()> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(Error::Admin(crate::AdminError::PasswordTooShort {
            min: MIN_PASSWORD_CHARS,
        }));
    }
    Ok(())
}

fn load(store: &Store) -> Result<AdminRow> {
    store
        .conn()
        .query_row(
            "SELECT password_hash, recovery_hash, failed_attempts, retry_not_before
             FROM administrator WHERE id = 1",
            [],
            |row| {
                let retry: Option<String> = row.get(3)?;
                Ok(AdminRow {
                    password_hash: row.get(0)?,
                    recovery_hash: row.get(1)?,
                    failed_attempts: row.get(2)?,
                    retry_not_before: retry
                        .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
                        .map(|t| t.with_timezone(&Utc)),
                })
            },
        )
        .optional()?
        .ok_or(Error::Admin(crate::AdminError::NotInitialized))
}

fn check_not_throttled(row: &AdminRow, now: DateTime<Utc>) -> Result<()> {
    match seconds_to_wait(row.retry_not_before, now) {
        Some(seconds) => Err(Error::Admin(crate::AdminError::Throttled { seconds })),
        None => Ok(()),
    }
}

/// Whole seconds (at least one) until `not_before`, or `None` once it has
/// passed: the wait a wrong attempt imposed on the next one.
pub(crate) fn seconds_to_wait(
    not_before: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Option<u64> {
    let not_before = not_before.filter(|t| now < *t)?;
    let wait = (not_before - now).num_milliseconds();
    Some(u64::try_from((wait + 999) / 1000).unwrap_or(1).max(1))
}

/// The wait after the `failures`-th wrong attempt in a row.
pub fn retry_delay_seconds(failures: u32) -> u64 {
    let exponent = failures.saturating_sub(1).min(16);
    (1u64 << exponent).min(MAX_RETRY_DELAY_SECONDS)
}

fn record_failure(store: &Store, row: &AdminRow, now: DateTime<Utc>, action: &str) -> Result<u64> {
    let failures = row.failed_attempts.saturating_add(1);
    let seconds = retry_delay_seconds(failures);
    let not_before = now + Duration::seconds(seconds as i64);
    let tx = store.write_transaction()?;
    tx.execute(
        "UPDATE administrator SET failed_attempts = ?1, retry_not_before = ?2 WHERE id = 1",
        params![failures, audit::timestamp(not_before)],
    )?;
    audit::record_by(
        &tx,
        crate::company::operator::ADMINISTRATOR_LOGIN,
        None,
        now,
        action,
        &json!({ "failures": failures }),
    )?;
    tx.commit()?;
    Ok(seconds)
}

fn record_success(store: &Store, now: DateTime<Utc>, action: &str) -> Result<()> {
    let tx = store.write_transaction()?;
    tx.execute(
        "UPDATE administrator SET failed_attempts = 0, retry_not_before = NULL WHERE id = 1",
        [],
    )?;
    audit::record_by(
        &tx,
        crate::company::operator::ADMINISTRATOR_LOGIN,
        None,
        now,
        action,
        &json!({}),
    )?;
    tx.commit()?;
    Ok(())
}

pub(crate) fn hash(secret: &str) -> Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(secret.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| {
            Error::Store(crate::StoreError::Database {
                detail: format!("password hashing failed: {e}"),
            })
        })
}

pub(crate) fn verify(secret: &str, stored: &str) -> Result<bool> {
    let parsed = PasswordHash::new(stored).map_err(|e| {
        Error::Store(crate::StoreError::Database {
            detail: format!("stored password hash unreadable: {e}"),
        })
    })?;
    Ok(Argon2::default()
        .verify_password(secret.as_bytes(), &parsed)
        .is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(dir.path()).unwrap();
        (dir, store)
    }

    #[test]
    fn create_then_unlock() {
        let (_dir, store) = new_store();
        assert!(!status(&store).unwrap().initialized);
        let now = Utc::now();
        create(&store, "  Dana Levi ", "s3cret-pass", now).unwrap();
        let st = status(&store).unwrap();
        assert_eq!(st.name.as_deref(), Some("Dana Levi"));
        verify_password(&store, "s3cret-pass", now).unwrap();
        let stored: String = store
            .conn()
            .query_row("SELECT password_hash FROM administrator", [], |r| r.get(0))
            .unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(!stored.contains("s3cret"));
    }

    #[test]
    fn short_passwords_and_empty_names_are_refused_without_writing() {
        let (_dir, store) = new_store();
        let err = create(&store, "Dana", "12345", Utc::now()).unwrap_err();
        assert_eq!(err.code(), "admin.password-too-short");
        assert_eq!(err.params()["min"], 6);
        assert_eq!(
            create(&store, "  ", "123456", Utc::now())
                .unwrap_err()
                .code(),
            "admin.name-required"
        );
        assert!(!status(&store).unwrap().initialized);
        // Six Hebrew letters are six characters.
        create(&store, "דנה", "סיסמהא", Utc::now()).unwrap();
    }

    #[test]
    fn a_second_create_is_refused() {
        let (_dir, store) = new_store();
        create(&store, "Dana", "123456", Utc::now()).unwrap();
        let err = create(&store, "Eve", "abcdefg", Utc::now()).unwrap_err();
        assert_eq!(err.code(), "admin.already-initialized");
        verify_password(&store, "123456", Utc::now()).unwrap();
    }

    #[test]
    fn unlock_before_setup_says_so() {
        let (_dir, store) = new_store();
        let err = verify_password(&store, "whatever", Utc::now()).unwrap_err();
        assert_eq!(err.code(), "admin.not-initialized");
    }

    #[test]
    fn wrong_passwords_wait_longer_each_time_and_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let t0 = Utc::now();
        {
            let store = Store::open_for_tests(dir.path()).unwrap();
            create(&store, "Dana", "right-one", t0).unwrap();
            let err = verify_password(&store, "wrong", t0).unwrap_err();
            assert_eq!(err.params()["seconds"], 1);
            // Even the right password is refused during the wait.
            let err = verify_password(&store, "right-one", t0).unwrap_err();
            assert_eq!(err.code(), "admin.throttled");
            let t1 = t0 + Duration::seconds(1);
            let err = verify_password(&store, "wrong", t1).unwrap_err();
            assert_eq!(err.params()["seconds"], 2);
        }
        let store = Store::open_for_tests(dir.path()).unwrap();
        let t2 = t0 + Duration::seconds(2);
        let err = verify_password(&store, "right-one", t2).unwrap_err();
        assert_eq!(err.code(), "admin.throttled");
        let t3 = t0 + Duration::seconds(3);
        verify_password(&store, "right-one", t3).unwrap();
        // Success resets the counter.
        let err = verify_password(&store, "wrong", t3).unwrap_err();
        assert_eq!(err.params()["seconds"], 1);
        let actions: Vec<String> =
            audit::recent(store.conn(), crate::company::CompanyId(1), true, 10)
                .unwrap()
                .into_iter()
                .map(|e| e.action)
                .collect();
        assert_eq!(actions[0], "admin.unlock-failed");
        assert_eq!(actions[1], "admin.unlocked");
    }

    #[test]
    fn delays_double_up_to_the_cap() {
        let delays: Vec<u64> = (1..=12).map(retry_delay_seconds).collect();
        assert_eq!(&delays[..5], &[1, 2, 4, 8, 16]);
        assert_eq!(*delays.last().unwrap(), MAX_RETRY_DELAY_SECONDS);
        assert_eq!(retry_delay_seconds(u32::MAX), MAX_RETRY_DELAY_SECONDS);
    }

    #[test]
    fn recovery_code_resets_the_password_once() {
        let (_dir, store) = new_store();
        let t0 = Utc::now();
        let code = create(&store, "Dana", "forgotten", t0).unwrap();
        let typed = code.display_form().to_lowercase();
        let err = recover(&store, "AAAAA-AAAAA-AAAAA-AAAAA", "new-password", t0).unwrap_err();
        assert_eq!(err.code(), "admin.wrong-recovery-code");
        let t1 = t0 + Duration::seconds(1);
        let new_code = recover(&store, &typed, "new-password", t1).unwrap();
        assert_ne!(new_code.canonical(), code.canonical());
        verify_password(&store, "new-password", t1).unwrap();
        assert_eq!(
            verify_password(&store, "forgotten", t1).unwrap_err().code(),
            "admin.wrong-password"
        );
        let t2 = t1 + Duration::seconds(5);
        let err = recover(&store, &typed, "another-one", t2).unwrap_err();
        assert_eq!(err.code(), "admin.wrong-recovery-code");
    }
}
