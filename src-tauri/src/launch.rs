//! Command-line options of the desktop app (`--data-dir DIR`).

use std::ffi::OsString;
use std::path::PathBuf;

/// What the desktop app was started with.
#[derive(Debug, Default, PartialEq)]
pub struct LaunchOptions {
    /// `--data-dir DIR` or `--data-dir=DIR`, when given.
    pub data_dir: Option<PathBuf>,
}

impl LaunchOptions {
    /// Reads the options; unknown arguments (added by a desktop environment
    /// or a WebDriver) are ignored rather than refused.
    pub fn from_args(args: impl IntoIterator<Item = OsString>) -> Self {
        let mut options = Self::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if arg == "--data-dir" {
                options.data_dir = args.next().map(PathBuf::from);
            } else if let Some(value) = arg.to_str().and_then(|a| a.strip_prefix("--data-dir=")) {
                options.data_dir = Some(PathBuf::from(value));
            }
        }
        options
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> LaunchOptions {
        LaunchOptions::from_args(args.iter().map(OsString::from))
    }

    #[test]
    fn data_dir_in_both_spellings() {
        assert_eq!(
            parse(&["--data-dir", "/x"]).data_dir,
            Some(PathBuf::from("/x"))
        );
        assert_eq!(
            parse(&["--data-dir=/y"]).data_dir,
            Some(PathBuf::from("/y"))
        );
        assert_eq!(parse(&["--other", "z"]).data_dir, None);
        assert_eq!(parse(&["--data-dir"]).data_dir, None);
    }
}
