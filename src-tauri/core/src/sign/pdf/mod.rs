//! PAdES baseline B-B (ETSI EN 319 142-1) signatures inside PDFs, added as
//! an incremental update that keeps every original byte.
//!
//! Why this is written here rather than taken from a crate: none of the
//! Rust PDF libraries signs a large PDF without holding it whole.
//! `lopdf` (and `underskrift` and `ades-rs`, which build on it) parses the
//! entire document into memory, and the latter two use the `cms` 0.2 /
//! `der` 0.7 stack this project does not mix with its own; `pdf_signing`
//! writes `adbe.pkcs7.detached`, not PAdES; `oxidize-pdf` leaves PAdES out
//! of scope; `structured-pades` is young and unproven against pdfsig and
//! pyHanko; `pdf_oxide` brings a very large dependency tree; `pdf-writer`
//! only writes. Signing needs little of PDF: find the catalog, the first
//! page and the form by seeking (cross-reference tables and streams,
//! object streams), then append a few objects. So only that is here:
//! [`lexer`] (objects), [`xref`], [`reader`] (objects by offset, object
//! streams), [`filters`] (Flate and PNG predictors), [`update`] (the
//! appended objects and cross-reference), and [`byte_range`] (copying and
//! hashing as a stream).

pub mod byte_range;
pub mod filters;
pub mod kind;
pub mod lexer;
pub mod reader;
pub mod update;
pub mod xref;

use super::cms::{detached_signed_data, SignedAttributeOptions};
use super::digest::{DigestAlgorithm, Hasher};
use crate::atomic_file;
use crate::keys::signer::Signer;
use crate::{Error, Result};
use reader::PdfReader;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
pub use update::SignatureInfo;

/// Room in `/Contents` for the CMS besides the certificates it carries:
/// signed attributes, the signature, and slack for a later timestamp.
const CONTENTS_SLACK: usize = 16 * 1024;

/// What went wrong inside a PDF, before the path is known to the error.
#[derive(Debug)]
pub enum PdfError {
    /// Reading failed.
    Io(std::io::Error),
    /// The bytes are not a PDF this signer can read.
    Malformed(String),
    /// The document is encrypted.
    Encrypted,
    /// A certification signature forbids any change.
    NoChangesAllowed,
    /// The file is a PDF to readers but does not start with `%PDF-`.
    HeaderNotAtStart,
}

impl From<std::io::Error> for PdfError {
    fn from(err: std::io::Error) -> Self {
        PdfError::Io(err)
    }
}

impl PdfError {
    pub(crate) fn at(self, path: &Path) -> Error {
        match self {
            PdfError::Io(e) => Error::io(path, e),
            PdfError::Malformed(reason) => Error::Sign(crate::SignError::PdfUnreadable {
                path: path.to_path_buf(),
                reason,
            }),
            PdfError::Encrypted => Error::Sign(crate::SignError::PdfEncrypted {
                path: path.to_path_buf(),
            }),
            PdfError::NoChangesAllowed => Error::Sign(crate::SignError::PdfNoChangesAllowed {
                path: path.to_path_buf(),
            }),
            PdfError::HeaderNotAtStart => Error::Sign(crate::SignError::PdfHeaderNotAtStart {
                path: path.to_path_buf(),
            }),
        }
    }
}

/// `NAME-signed.pdf` beside `input`.
pub fn default_output(input: &Path) -> PathBuf {
    // Built from the OS string so names that are not UTF-8 survive.
    let mut name = input
        .file_stem()
        .map(|s| s.to_os_string())
        .unwrap_or_else(|| "document".into());
    name.push("-signed.pdf");
    input.with_file_name(name)
}

/// A PDF read and its update prepared, waiting for the signature.
pub struct PreparedPdf {
    input: PathBuf,
    file: File,
    len: u64,
    update: update::Update,
}

impl PreparedPdf {
    /// Reads the structure of `input` and prepares the update, with room
    /// for a CMS carrying certificates of `chain_len` bytes in all.
    /// Encrypted or unreadable files are refused here, before any key is
    /// opened.
    pub fn open(input: &Path, info: &SignatureInfo, chain_len: usize) -> Result<Self> {
        Self::open_inner(input, info, chain_len).map_err(|e| e.at(input))
    }

    fn open_inner(
        input: &Path,
        info: &SignatureInfo,
        chain_len: usize,
    ) -> std::result::Result<Self, PdfError> {
        let mut file = File::open(input)?;
        let len = file.metadata()?.len();
        match kind::of_file(&mut file)? {
            kind::PdfKind::Pdf => {}
            // Its offsets may count from the file's start or from the
            // header; an update appended to it would be read one way by
            // some readers and the other way by others.
            kind::PdfKind::HeaderAt { .. } | kind::PdfKind::Headerless => {
                return Err(PdfError::HeaderNotAtStart)
            }
            kind::PdfKind::Other => return Err(PdfError::Malformed("no %PDF- header".into())),
        }
        let last_byte = reader::read_window(&mut file, len.saturating_sub(1), 1)?
            .first()
            .copied();
        let xref = xref::load(&mut file, len)?;
        let reading = file.try_clone()?;
        let mut pdf = PdfReader::new(reading, len, xref);
        let update = update::build(&mut pdf, last_byte, info, CONTENTS_SLACK + chain_len)?;
        Ok(PreparedPdf {
            input: input.to_path_buf(),
            file,
            len,
            update,
        })
    }

    /// The name of the signature field the update adds.
    pub fn field_name(&self) -> &str {
        &self.update.field_name
    }

    /// Copies the original into a temporary file beside `output` while
    /// hashing it, signs the byte ranges with `signer` (certificate chain
    /// `chain`), fills the hole and renames the file to `output`, which
    /// must not exist; it gets the permissions of the original (see
    /// [`atomic_file::Access::like`]). On failure nothing is left behind.
    pub fn sign(mut self, signer: &dyn Signer, chain: &[Vec<u8>], output: &Path) -> Result<()> {
        let input = self.input.clone();
        let metadata = self.file.metadata().map_err(|e| Error::io(&input, e))?;
        let mut temp = atomic_file::new_temp(output, atomic_file::Access::like(&metadata))?;
        let algorithm = DigestAlgorithm::for_scheme(signer.scheme());
        let mut hasher = Hasher::new(algorithm);
        self.file
            .seek(SeekFrom::Start(0))
            .map_err(|e| Error::io(&input, e))?;
        let copied = byte_range::copy_hashing(
            (&mut self.file).take(self.len),
            temp.as_file_mut(),
            &mut hasher,
        )
        .map_err(|e| Error::io(output, e))?;
        if copied != self.len {
            return Err(
                PdfError::Malformed("the file changed while it was signed".into()).at(&input),
            );
        }
        let hole = self.update.hole.clone();
        let bytes = &mut self.update.bytes;
        hasher.update(bytes.get(..hole.start).unwrap_or_default());
        hasher.update(bytes.get(hole.end..).unwrap_or_default());
        let digest = hasher.finish();
        let cms = detached_signed_data(
            signer,
            chain,
            &digest,
            SignedAttributeOptions { signing_time: None },
        )?;
        byte_range::fill_hole(bytes, hole, &cms)?;
        byte_range::append(temp.as_file_mut(), bytes).map_err(|e| Error::io(output, e))?;
        atomic_file::persist_new(temp, output)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use proptest::prelude::*;

    fn sample(name: &str) -> Vec<u8> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/pdf")
            .join(name);
        std::fs::read(path).unwrap()
    }

    fn info() -> SignatureInfo {
        SignatureInfo {
            name: Some("Jan Nowak".into()),
            reason: None,
            time: Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap(),
        }
    }

    fn open_bytes(dir: &Path, bytes: &[u8]) -> Result<PreparedPdf> {
        let path = dir.join("in.pdf");
        std::fs::write(&path, bytes).unwrap();
        PreparedPdf::open(&path, &info(), 2000)
    }

    #[test]
    fn the_update_matches_the_kind_of_cross_reference_the_file_ends_with() {
        let dir = tempfile::tempdir().unwrap();
        for (name, stream) in [
            ("pdfkit.pdf", false),
            ("minimal-document.pdf", true),
            ("pdflatex-forms.pdf", true),
        ] {
            let prepared = open_bytes(dir.path(), &sample(name)).unwrap();
            let text = String::from_utf8_lossy(&prepared.update.bytes).into_owned();
            assert_eq!(text.contains("/Type /XRef"), stream, "{name}: {text}");
            assert_eq!(text.contains("\ntrailer\n"), !stream, "{name}");
            assert!(text.contains("/SubFilter /ETSI.CAdES.detached"));
            assert!(text.contains("/M (D:20261123100000+00'00')"));
            assert!(text.contains("/FT /Sig"), "{name}");
            assert!(text.contains("/SigFlags 3"), "{name}");
            assert_eq!(prepared.field_name(), "Signature1");
        }
    }

    #[test]
    fn encrypted_and_broken_files_are_typed_errors() {
        let dir = tempfile::tempdir().unwrap();
        let err = open_bytes(dir.path(), &sample("libreoffice-writer-password.pdf"))
            .err()
            .unwrap();
        assert_eq!(err.code(), "pdf.encrypted");
        for bytes in [&b""[..], b"%PDF-1.4\n", b"not a pdf at all"] {
            let err = open_bytes(dir.path(), bytes).err().unwrap();
            assert_eq!(err.code(), "pdf.unreadable", "{bytes:?}");
        }
    }

    #[test]
    fn a_cross_reference_offset_far_past_the_end_reads_as_damaged() {
        let dir = tempfile::tempdir().unwrap();
        // Past any file system's largest file: a seek there fails with
        // EINVAL on some, and that must not surface as an I/O error.
        for offset in [44_444_444_441_210u64, i64::MAX as u64, u64::MAX] {
            let bytes = format!("%PDF-1.7\n1 0 obj\n<< >>\nendobj\nstartxref\n{offset}\n%%EOF\n");
            let err = open_bytes(dir.path(), bytes.as_bytes()).err().unwrap();
            assert_eq!(err.code(), "pdf.unreadable", "{offset}: {err}");
        }
    }

    #[test]
    fn a_header_not_at_the_start_is_refused_whatever_the_offsets_count_from() {
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/pdf_prepare");
        let dir = tempfile::tempdir().unwrap();
        for name in ["classic.pdf", "form.pdf", "object-streams.pdf"] {
            let bytes = std::fs::read(seeds.join(name)).unwrap();
            assert!(open_bytes(dir.path(), &bytes).is_ok(), "{name}");
        }
        for name in [
            "junk-before-header.pdf",
            "junk-before-header-offsets-from-start.pdf",
            "headerless.pdf",
        ] {
            let bytes = std::fs::read(seeds.join(name)).unwrap();
            let err = open_bytes(dir.path(), &bytes).err().unwrap();
            assert_eq!(err.code(), "pdf.header-not-at-start", "{name}");
        }
    }

    #[test]
    fn every_truncation_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["pdfkit.pdf", "minimal-document.pdf"] {
            let whole = sample(name);
            for cut in (0..whole.len()).step_by(61) {
                if let Err(err) = open_bytes(dir.path(), &whole[..cut]) {
                    assert!(
                        ["pdf.unreadable", "pdf.encrypted"].contains(&err.code()),
                        "{name} cut at {cut}: {err}"
                    );
                }
            }
        }
    }

    /// A small, well-formed PDF whose oldest cross-reference section is a
    /// stream of `entries` free entries (`/W [1 0 0]`, Flate-compressed
    /// zeros): kilobytes on disk, millions of entries once inflated.
    pub(crate) fn xref_bomb(entries: usize) -> Vec<u8> {
        use std::io::Write;
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&vec![0u8; entries]).unwrap();
        let zeros = encoder.finish().unwrap();
        let mut out = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for body in [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>",
        ] {
            offsets.push(out.len());
            let num = offsets.len();
            out.extend_from_slice(format!("{num} 0 obj\n{body}\nendobj\n").as_bytes());
        }
        let stream_at = out.len();
        out.extend_from_slice(
            format!(
                "4 0 obj\n<< /Type /XRef /Size {entries} /W [1 0 0] /Filter /FlateDecode /Length {} >>\nstream\n",
                zeros.len()
            )
            .as_bytes(),
        );
        out.extend_from_slice(&zeros);
        out.extend_from_slice(b"\nendstream\nendobj\n");
        let table_at = out.len();
        out.extend_from_slice(b"xref\n0 4\n0000000000 65535 f\r\n");
        for offset in offsets {
            out.extend_from_slice(format!("{offset:010} 00000 n\r\n").as_bytes());
        }
        out.extend_from_slice(
            format!("trailer\n<< /Size 5 /Root 1 0 R /Prev {stream_at} >>\nstartxref\n{table_at}\n%%EOF\n")
                .as_bytes(),
        );
        out
    }

    #[test]
    fn a_cross_reference_stream_claiming_more_objects_than_the_file_holds_is_refused() {
        let bomb = xref_bomb(16 << 20);
        assert!(bomb.len() < 32 * 1024, "{}", bomb.len());
        let dir = tempfile::tempdir().unwrap();
        let err = open_bytes(dir.path(), &bomb).err().expect("refused");
        assert_eq!(err.code(), "pdf.unreadable");
        assert!(
            err.to_string()
                .contains("more objects than the file can hold"),
            "{err}"
        );
        // The same file with an honest cross-reference stream is signed.
        let honest = xref_bomb(5);
        assert!(open_bytes(dir.path(), &honest).is_ok());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn damaged_files_never_panic(
            flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
            which in 0usize..3,
        ) {
            let name = ["pdfkit.pdf", "minimal-document.pdf", "pdflatex-forms.pdf"][which];
            let mut bytes = sample(name);
            let len = bytes.len();
            for (at, value) in flips {
                // Damage mostly where the structure is: the last kilobytes.
                let i = len - 1 - at.index(len.min(4096));
                bytes[i] = value;
            }
            let dir = tempfile::tempdir().unwrap();
            let _ = open_bytes(dir.path(), &bytes);
        }
    }
}
