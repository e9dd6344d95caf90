//! Secrets come from a file or an environment variable, never from an
//! argument (arguments are visible to every user in the process list).

use crate::output::{emit_err, Failure};
use sealdesk_core::actions::key_secret::KeySecretInput;
use sealdesk_core::bounded_read;
use sealdesk_core::secret::Secret;
use std::path::{Path, PathBuf};
use zeroize::Zeroizing;

/// Reads a secret file (an ordinary file or a pipe, at most
/// [`bounded_read::SECRET_MAX_BYTES`]); one trailing newline (`\n` or
/// `\r\n`) is ignored. A file other users may read is used, with a warning
/// on stderr as ssh gives one.
pub fn from_file(path: &Path) -> Result<Zeroizing<String>, Failure> {
    let fail = |detail: String| Failure::secret(path.display().to_string(), detail);
    let read = bounded_read::read_secret(path).map_err(|err| match err {
        sealdesk_core::Error::File(sealdesk_core::FileError::Io { detail, .. }) => fail(detail),
        other => Failure::from(other),
    })?;
    if read.open_to_others {
        warn_open_to_others(path);
    }
    let text = std::str::from_utf8(&read.bytes).map_err(|_| fail("not UTF-8 text".into()))?;
    Ok(Zeroizing::new(strip_newline(text).to_string()))
}

fn warn_open_to_others(path: &Path) {
    let warning = Failure::secret_open_to_others(path.display().to_string());
    emit_err(&format!(
        "warning[{}]: {}",
        warning.code,
        crate::messages::Messages::for_os().sentence(&warning)
    ));
}

/// Reads a secret from an environment variable.
pub fn from_env(var: &str) -> Result<Zeroizing<String>, Failure> {
    match std::env::var(var) {
        Ok(value) => Ok(Zeroizing::new(strip_newline(&value).to_string())),
        Err(e) => Err(Failure::secret(format!("${var}"), e.to_string())),
    }
}

/// Reads whichever of the two was given.
pub fn read(file: Option<&Path>, env: Option<&str>) -> Result<Zeroizing<String>, Failure> {
    match (file, env) {
        (Some(path), _) => from_file(path),
        (None, Some(var)) => from_env(var),
        // clap's argument group makes one of them required.
        (None, None) => Err(Failure::secret("-".into(), "no secret given".into())),
    }
}

/// The secret from whichever of its file and its variable was given, as a
/// use case takes it.
pub fn required(file: &Option<PathBuf>, env: &Option<String>) -> Result<Secret, Failure> {
    Ok(Secret::from(
        read(file.as_deref(), env.as_deref())?.as_str(),
    ))
}

/// The secret from whichever of its file and its variable was given;
/// `None` when neither was.
pub fn optional(file: &Option<PathBuf>, env: &Option<String>) -> Result<Option<Secret>, Failure> {
    if file.is_none() && env.is_none() {
        return Ok(None);
    }
    required(file, env).map(Some)
}

/// The secret that opens a key: its password (a key file) when that was
/// given, else its PIN (a token key). Each is given as a file or a
/// variable; clap's argument groups allow one of them at the most.
pub fn key_secret(
    password: (&Option<PathBuf>, &Option<String>),
    pin: (&Option<PathBuf>, &Option<String>),
) -> Result<Option<KeySecretInput>, Failure> {
    if let Some(password) = optional(password.0, password.1)? {
        return Ok(Some(KeySecretInput::Password(password)));
    }
    Ok(optional(pin.0, pin.1)?.map(KeySecretInput::Pin))
}

fn strip_newline(text: &str) -> &str {
    text.strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_trailing_newline_is_dropped() {
        assert_eq!(strip_newline("pw\n"), "pw");
        assert_eq!(strip_newline("pw\r\n"), "pw");
        assert_eq!(strip_newline("pw\n\n"), "pw\n");
        assert_eq!(strip_newline(" pw "), " pw ");
    }

    fn secret_file(text: &str) -> (tempfile::TempDir, Option<PathBuf>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret");
        std::fs::write(&path, text).unwrap();
        (dir, Some(path))
    }

    #[test]
    fn no_source_is_no_secret_and_an_unreadable_one_fails() {
        assert!(optional(&None, &None).unwrap().is_none());
        let missing = Some(PathBuf::from("/nonexistent/sealdesk-secret"));
        let Err(failure) = optional(&missing, &None) else {
            panic!("a missing file was read")
        };
        assert_eq!(failure.code, "io.not-found");
        let unset = Some("SEALDESK_TEST_SECRET_NEVER_SET".to_string());
        let Err(failure) = required(&None, &unset) else {
            panic!("an unset variable was read")
        };
        assert_eq!(failure.code, "cli.secret-file");
    }

    #[test]
    fn a_key_secret_is_the_password_or_else_the_pin() {
        let (_dir, file) = secret_file("pw\n");
        match key_secret((&file, &None), (&None, &None)).unwrap() {
            Some(KeySecretInput::Password(password)) => assert_eq!(password.as_str(), "pw"),
            _ => panic!("expected the password"),
        }
        match key_secret((&None, &None), (&file, &None)).unwrap() {
            Some(KeySecretInput::Pin(pin)) => assert_eq!(pin.as_str(), "pw"),
            _ => panic!("expected the PIN"),
        }
        assert!(key_secret((&None, &None), (&None, &None))
            .unwrap()
            .is_none());
    }
}
