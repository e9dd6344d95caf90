//! Checking the documents in the signing list before their key is asked
//! for: a file moved or deleted since it was added is flagged on its row
//! and left out of the batch, instead of failing with a system error in
//! the middle of it.

use crate::bounded_read::open_regular;
use crate::error::ErrorPayload;
use crate::{Error, FileError};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// A document of the list that cannot be signed as it is now.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DocumentProblem {
    /// The document, as it was added.
    pub path: PathBuf,
    /// Why it cannot be signed: `io.missing`, `io.unreadable` or
    /// `io.not-a-regular-file`.
    pub problem: ErrorPayload,
}

/// The signing list split into what can be signed and what cannot.
#[derive(Debug, Clone, Default, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct DocumentsCheck {
    /// The documents to sign, in the order given.
    pub ready: Vec<PathBuf>,
    /// The documents left out, each with its reason, in the order given.
    pub problems: Vec<DocumentProblem>,
}

/// Checks that each of `paths` is an ordinary file that opens for reading.
pub fn check_documents(paths: &[PathBuf]) -> DocumentsCheck {
    let mut check = DocumentsCheck::default();
    for path in paths {
        match problem(path) {
            None => check.ready.push(path.clone()),
            Some(problem) => check.problems.push(DocumentProblem {
                path: path.clone(),
                problem: problem.to_payload(),
            }),
        }
    }
    check
}

fn problem(path: &Path) -> Option<Error> {
    use std::io::ErrorKind;
    let path_buf = path.to_path_buf();
    let opened = std::fs::metadata(path)
        .map_err(|e| match e.kind() {
            // A path through a file names nothing, like a deleted one.
            ErrorKind::NotFound | ErrorKind::NotADirectory => Error::from(FileError::Missing {
                path: path_buf.clone(),
            }),
            _ => FileError::Unreadable {
                path: path_buf.clone(),
            }
            .into(),
        })
        .and_then(|_| open_regular(path));
    match opened {
        Ok(_) => None,
        Err(e @ Error::File(FileError::Missing { .. } | FileError::NotARegularFile { .. })) => {
            Some(e)
        }
        Err(_) => Some(FileError::Unreadable { path: path_buf }.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(check: &DocumentsCheck) -> Vec<(&Path, &str)> {
        check
            .problems
            .iter()
            .map(|p| (p.path.as_path(), p.problem.code))
            .collect()
    }

    #[test]
    fn a_missing_file_is_flagged_and_left_out_of_the_batch() {
        let dir = tempfile::tempdir().unwrap();
        let kept = dir.path().join("Рахунок 7.txt");
        std::fs::write(&kept, "7").unwrap();
        let gone = dir.path().join("gone.txt");
        let check = check_documents(&[gone.clone(), kept.clone()]);
        assert_eq!(check.ready, vec![kept]);
        assert_eq!(codes(&check), vec![(gone.as_path(), "io.missing")]);
        assert_eq!(
            check.problems[0].problem.params["path"],
            gone.display().to_string()
        );
    }

    #[test]
    fn a_path_through_a_file_is_missing_and_a_folder_is_not_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("umowa.txt");
        std::fs::write(&file, "1").unwrap();
        let through_file = file.join("inside.txt");
        let check = check_documents(&[through_file.clone(), dir.path().to_path_buf()]);
        assert!(check.ready.is_empty());
        assert_eq!(
            codes(&check),
            vec![
                (through_file.as_path(), "io.missing"),
                (dir.path(), "io.not-a-regular-file"),
            ]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_that_leads_back_to_itself_is_flagged_unreadable() {
        // Unreadable even for an administrator, whom permissions alone
        // would not stop.
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.pdf");
        let b = dir.path().join("b.pdf");
        std::os::unix::fs::symlink(&b, &a).unwrap();
        std::os::unix::fs::symlink(&a, &b).unwrap();
        let check = check_documents(std::slice::from_ref(&a));
        assert!(check.ready.is_empty());
        assert_eq!(codes(&check), vec![(a.as_path(), "io.unreadable")]);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_without_read_permission_is_flagged_unreadable() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("tajne.txt");
        std::fs::write(&file, "1").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::File::open(&file).is_ok() {
            // An administrator reads it anyway: nothing to flag.
            assert!(check_documents(std::slice::from_ref(&file))
                .problems
                .is_empty());
            return;
        }
        let check = check_documents(std::slice::from_ref(&file));
        assert_eq!(codes(&check), vec![(file.as_path(), "io.unreadable")]);
    }
}
