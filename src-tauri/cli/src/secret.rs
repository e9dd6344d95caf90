//! Secrets come from a file or an environment variable, never from an
//! argument (arguments are visible to every user in the process list).

use crate::output::{emit_err, Failure};
use sealdesk_core::bounded_read;
use std::path::Path;
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
}
