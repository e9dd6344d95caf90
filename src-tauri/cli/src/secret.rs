//! Secrets come from a file or an environment variable, never from an
//! argument (arguments are visible to every user in the process list).

use crate::output::Failure;
use std::path::Path;
use zeroize::Zeroizing;

/// Reads a secret file; one trailing newline (`\n` or `\r\n`) is ignored.
pub fn from_file(path: &Path) -> Result<Zeroizing<String>, Failure> {
    let fail = |detail: String| Failure::secret(path.display().to_string(), detail);
    let bytes = Zeroizing::new(std::fs::read(path).map_err(|e| fail(e.to_string()))?);
    let text = std::str::from_utf8(&bytes).map_err(|_| fail("not UTF-8 text".into()))?;
    Ok(Zeroizing::new(strip_newline(text).to_string()))
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
