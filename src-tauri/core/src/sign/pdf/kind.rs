//! Whether a file is a PDF, decided as PDF readers decide it, so that a
//! file a reader opens is never taken for "any other file" (and signed as
//! a detached CMS) and a file that is no PDF is never signed inside.
//!
//! Readers (poppler, pdf.js, Acrobat) look for `%PDF-` anywhere in the
//! first 1,024 bytes, and open a file without that header when its end has
//! the `startxref` … `%%EOF` tail. Only a header at byte 0 makes the
//! cross-reference offsets unambiguous (some writers count them from the
//! file's start, others from the header, and readers guess), so only such a
//! file is signed inside; the others are told apart so they can be refused
//! clearly rather than mistaken for some other kind of file.

use crate::{Error, Result};
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

/// How far into the file readers look for the header, and how far from the
/// end for the `%%EOF` marker (ISO 32000-1, annex H.3, notes 2 and 3).
pub const SEARCH: usize = 1024;

/// What a file is, as far as PDF readers are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfKind {
    /// A PDF starting with its `%PDF-` header.
    Pdf,
    /// A PDF whose `%PDF-` header comes after `offset` other bytes.
    HeaderAt {
        /// Where the header starts (1 to 1,023).
        offset: u64,
    },
    /// No header, but a PDF's `startxref` … `%%EOF` tail: readers open it.
    Headerless,
    /// Not a PDF.
    Other,
}

impl PdfKind {
    /// Whether PDF readers open the file as a PDF.
    pub fn is_pdf(self) -> bool {
        self != PdfKind::Other
    }
}

/// The kind of the file at `path`.
pub fn of_path(path: &Path) -> Result<PdfKind> {
    // Never blocks on a pipe or device: those are refused as not a file.
    let mut file = crate::bounded_read::open_regular(path)?;
    of_file(&mut file).map_err(|e| Error::io(path, e))
}

/// The kind of `file`, read from its first and last kilobyte; the file's
/// position is left at its start.
pub fn of_file(file: &mut File) -> std::io::Result<PdfKind> {
    let len = file.metadata()?.len();
    file.seek(SeekFrom::Start(0))?;
    let head = read_up_to(file, SEARCH)?;
    let kind = match find(&head, b"%PDF-") {
        Some(0) => PdfKind::Pdf,
        Some(offset) => PdfKind::HeaderAt {
            offset: offset as u64,
        },
        None => {
            let tail_start = len.saturating_sub(SEARCH as u64);
            file.seek(SeekFrom::Start(tail_start))?;
            let tail = read_up_to(file, SEARCH)?;
            if has_pdf_tail(&tail) {
                PdfKind::Headerless
            } else {
                PdfKind::Other
            }
        }
    };
    file.seek(SeekFrom::Start(0))?;
    Ok(kind)
}

/// `startxref`, an offset, then `%%EOF`: the tail every reader looks for.
fn has_pdf_tail(tail: &[u8]) -> bool {
    let Some(at) = rfind(tail, b"startxref") else {
        return false;
    };
    let rest = &tail[at + b"startxref".len()..];
    let rest = trim_start(rest);
    let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && trim_start(&rest[digits..]).starts_with(b"%%EOF")
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let skip = bytes
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0'))
        .count();
    &bytes[skip..]
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// Up to `wanted` bytes, fewer only at the end of the file.
fn read_up_to(file: &mut File, wanted: usize) -> std::io::Result<Vec<u8>> {
    let mut buffer = Vec::with_capacity(wanted);
    file.take(wanted as u64).read_to_end(&mut buffer)?;
    Ok(buffer)
}

/// Whether `path` ends in `.pdf` in any case: no detached signature may be
/// written there.
pub fn has_pdf_extension(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(bytes: &[u8]) -> PdfKind {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, bytes).unwrap();
        of_path(&path).unwrap()
    }

    #[test]
    fn files_are_told_apart_as_readers_do() {
        let body = b"\n1 0 obj\n<< >>\nendobj\nstartxref\n9\n%%EOF\n";
        assert_eq!(kind(&[b"%PDF-1.7".as_slice(), body].concat()), PdfKind::Pdf);
        let junk = [vec![b'x'; 100], b"%PDF-1.7".to_vec(), body.to_vec()].concat();
        assert_eq!(kind(&junk), PdfKind::HeaderAt { offset: 100 });
        let far = [vec![b'x'; SEARCH], b"%PDF-1.7".to_vec(), body.to_vec()].concat();
        assert_eq!(kind(&far), PdfKind::Headerless, "past the first kilobyte");
        assert_eq!(kind(body), PdfKind::Headerless);
        assert_eq!(kind(b"startxref\n12\r\n%%EOF"), PdfKind::Headerless);
        for other in [
            &b""[..],
            b"%PDF",
            b"plain text",
            b"startxref\n%%EOF",
            b"startxref 12 and more",
        ] {
            assert_eq!(kind(other), PdfKind::Other, "{other:?}");
        }
        // The tail is looked for only in the last kilobyte.
        let long = [body.to_vec(), vec![b' '; 2 * SEARCH]].concat();
        assert_eq!(kind(&long), PdfKind::Other);
    }

    #[test]
    fn pdf_names_in_any_case() {
        for name in ["a.pdf", "b.PDF", "dir/c.Pdf"] {
            assert!(has_pdf_extension(Path::new(name)), "{name}");
        }
        for name in ["a.pdf.p7s", "pdf", "a.pdfx", "a."] {
            assert!(!has_pdf_extension(Path::new(name)), "{name}");
        }
    }
}
