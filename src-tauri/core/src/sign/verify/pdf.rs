//! The signatures inside a PDF, found the way readers find them and
//! checked without loading the file: the signing side's reader
//! ([`crate::sign::pdf`]) reads the cross-references revision by revision
//! and single objects by seeking, so PDFs of hundreds of megabytes are read
//! in pieces.
//!
//! Each revision's form (`/AcroForm` `/Fields`, with their `/Kids`) names
//! the signature fields; a field of type `/Sig` with a value is a
//! signature. Its `/ByteRange` must start at 0, leave out exactly its
//! `/Contents` hex string and end where a revision ends (`startxref` of a
//! known section, then `%%EOF`); what the revisions after that one changed
//! is judged by [`super::diff`].

use super::algorithms::ContentDigest;
use super::cms::ParsedSignature;
use super::diff::{self, Level};
use super::{Coverage, Problem, SignatureReport, Verification};
use crate::sign::pdf::lexer::{Dict, Object, Parser};
use crate::sign::pdf::reader::{read_window, PdfReader};
use crate::sign::pdf::{xref, PdfError};
use crate::sign::signing::SignatureFormat;
use crate::{Error, Result, Store};
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::HashSet;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

/// A signature larger than this is not a real one (PAdES LTA with full
/// revocation data stays far below).
const MAX_CONTENTS_HEX: u64 = 16 << 20;
/// More signatures than this is a hostile file, not a document people
/// signed; it is refused instead of checked for minutes.
const MAX_SIGNATURES: usize = 256;
/// Field tree nodes read per revision.
const MAX_FIELDS: usize = 10_000;
/// Field tree nesting followed.
const MAX_FIELD_DEPTH: usize = 32;
/// How far before a revision's end its `startxref` may be.
const END_WINDOW: u64 = 1024;

/// A signature field's value as a revision has it.
struct Found {
    /// The signature dictionary's object number.
    sig: u32,
    /// The first revision whose form has it.
    revision: usize,
}

/// Checks every signature of the PDF at `path` (already opened as `file`).
pub(super) fn verify_pdf(
    store: &Store,
    path: &Path,
    file: File,
    now: DateTime<Utc>,
) -> Result<Verification> {
    let mut file = file;
    let len = file.metadata().map_err(|e| Error::io(path, e))?.len();
    let xref = xref::load(&mut file, len).map_err(|e| e.at(path))?;
    let mut reader = PdfReader::new(file, len, xref);
    let found = find_signatures(&mut reader).map_err(|e| e.at(path))?;
    let mut reports = Vec::new();
    let mut last_end = None::<u64>;
    // The permission the first signature grants (DocMDP), narrowed by
    // any FieldMDP permission of the signatures so far.
    let mut permission: Option<Option<i64>> = None;
    for signature in found {
        let checked = check_signature(store, path, &mut reader, &signature, now, &mut permission)
            .map_err(|e| match e {
            Checked::Pdf(e) => e.at(path),
            Checked::Other(e) => e,
        })?;
        if let Some(end) = checked.1 {
            last_end = Some(last_end.map_or(end, |e: u64| e.max(end)));
        }
        reports.push(checked.0);
    }
    let mut problems = Vec::new();
    if last_end.is_some_and(|end| end < len) {
        problems.push(Problem::ContentAddedAfter);
    }
    Ok(Verification::new(SignatureFormat::Pades, reports, problems))
}

/// Whether `signed` holds every revision of `original` and then exactly
/// one more, which adds only what signing adds (see [`diff`]): a signed
/// copy made of `original` and nothing else. Whether `signed` starts with
/// `original`'s bytes is for the caller to check.
pub(crate) fn adds_one_signing_revision(original: &Path, signed: &Path) -> Result<bool> {
    let revisions = |path: &Path| -> Result<PdfReader> {
        let mut file = crate::bounded_read::open_regular(path)?;
        let len = file.metadata().map_err(|e| Error::io(path, e))?.len();
        let xref = xref::load(&mut file, len).map_err(|e| e.at(path))?;
        Ok(PdfReader::new(file, len, xref))
    };
    let before = revisions(original)?.xref().revisions.len();
    let mut after = revisions(signed)?;
    if before == 0 || after.xref().revisions.len() != before + 1 {
        return Ok(false);
    }
    let changes =
        diff::analyse(&mut after, before - 1, diff::Level::Signing).map_err(|e| e.at(signed))?;
    Ok(changes.is_empty())
}

/// Failures while checking one signature.
enum Checked {
    Pdf(PdfError),
    Other(Error),
}

impl From<PdfError> for Checked {
    fn from(e: PdfError) -> Self {
        Checked::Pdf(e)
    }
}

impl From<Error> for Checked {
    fn from(e: Error) -> Self {
        Checked::Other(e)
    }
}

/// One signature's report and, when its range is sound, where it ends.
fn check_signature(
    store: &Store,
    path: &Path,
    reader: &mut PdfReader,
    found: &Found,
    now: DateTime<Utc>,
    permission: &mut Option<Option<i64>>,
) -> std::result::Result<(SignatureReport, Option<u64>), Checked> {
    let len = reader.file_len();
    let Object::Dict(dict) = reader.object_as_of(found.sig, found.revision)? else {
        return Ok((problem_report(Problem::SignatureInvalid), None));
    };
    let Some((range, signed)) = signed_range(reader, found, &dict)? else {
        return Ok((problem_report(Problem::ByteRangeInvalid), None));
    };
    let [_, hole_start, hole_end, tail] = range;
    let end = hole_end + tail;
    // The range ends where a revision ends (see `signed_range`): short of
    // the file's end, later revisions were appended to the signed version.
    let covers = if end == len {
        Coverage::WholeFile
    } else {
        Coverage::SignedVersion
    };
    // The first signature decides what later revisions may do.
    let own = mdp_permissions(reader, &dict, found.revision)?;
    let allowed = match permission {
        None => {
            *permission = Some(own.docmdp.or(own.fieldmdp));
            own.docmdp.or(own.fieldmdp)
        }
        Some(p) => {
            let narrowed = match (*p, own.fieldmdp) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            *p = narrowed;
            narrowed
        }
    };
    let modifications = diff::analyse(reader, signed, Level::allowed_by(allowed))?;
    let sub_filter = match dict.get(b"SubFilter") {
        Some(Object::Name(n)) => Some(n.clone()),
        _ => None,
    };
    let with_modifications = |mut report: SignatureReport| {
        if !modifications.is_empty() {
            report.problems.push(Problem::ModifiedAfterSigning);
            report.problems.sort();
            report.problems.dedup();
        }
        SignatureReport {
            coverage: covers,
            modifications: modifications.clone(),
            ..report
        }
    };
    if !matches!(
        sub_filter.as_deref(),
        None | Some(b"ETSI.CAdES.detached") | Some(b"adbe.pkcs7.detached")
    ) {
        return Ok((
            with_modifications(problem_report(Problem::UnsupportedSignatureType)),
            Some(end),
        ));
    }
    let modified = match dict.get(b"M") {
        Some(Object::String(raw)) => pdf_date(&crate::sign::pdf::lexer::text_string(raw)),
        _ => None,
    };
    let hex = read_window(
        reader.file(),
        hole_start + 1,
        (hole_end - hole_start - 2) as usize,
    )?;
    let Some(parsed) = decode_hex(&hex).and_then(|der| ParsedSignature::from_der(&der)) else {
        return Ok((
            with_modifications(problem_report(Problem::SignatureInvalid)),
            Some(end),
        ));
    };
    if parsed.signer_count() == 0 {
        return Ok((
            with_modifications(problem_report(Problem::NoSignature)),
            Some(end),
        ));
    }
    // One SignerInfo is what a PDF signature holds; further ones are
    // checked alike, their problems joined.
    let mut joined: Option<SignatureReport> = None;
    for index in 0..parsed.signer_count() {
        let report = parsed.check_signer(
            store,
            index,
            |digest| hash_ranges(reader.file(), range, digest).map_err(|e| Error::io(path, e)),
            modified,
            now,
        )?;
        joined = Some(match joined {
            None => report,
            Some(mut first) => {
                first.problems.extend(report.problems);
                first
            }
        });
    }
    let report = joined.unwrap_or_else(|| problem_report(Problem::NoSignature));
    Ok((with_modifications(report), Some(end)))
}

fn problem_report(problem: Problem) -> SignatureReport {
    SignatureReport {
        signer: None,
        signer_holder: None,
        signer_certificate_id: None,
        signed_at: None,
        coverage: Coverage::Part,
        problems: vec![problem],
        modifications: Vec::new(),
        trust_anchor: None,
    }
}

/// The signature fields' values, each with the first revision that has
/// it, oldest first. A revision's form is read again only when the
/// revision rewrote an object the previous reading went through.
fn find_signatures(reader: &mut PdfReader) -> std::result::Result<Vec<Found>, PdfError> {
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    let mut visited: HashSet<u32> = HashSet::new();
    let mut last_root = None;
    for revision in 0..reader.xref().revisions.len() {
        let root = diff::root_as_of(reader, revision);
        let touched = root != last_root
            || reader
                .xref()
                .revisions
                .get(revision)
                .is_some_and(|r| r.objects.iter().any(|o| visited.contains(o)));
        if !touched {
            continue;
        }
        last_root = root;
        visited.clear();
        let Some(root) = root else { continue };
        for sig in signature_values(reader, root, revision, &mut visited)? {
            if seen.insert(sig) {
                if found.len() >= MAX_SIGNATURES {
                    return Err(PdfError::Malformed("too many signatures".into()));
                }
                found.push(Found { sig, revision });
            }
        }
    }
    Ok(found)
}

/// The signature dictionaries the form of `revision` points at, in field
/// order; `visited` gets every object read on the way.
fn signature_values(
    reader: &mut PdfReader,
    root: u32,
    revision: usize,
    visited: &mut HashSet<u32>,
) -> std::result::Result<Vec<u32>, PdfError> {
    visited.insert(root);
    let Object::Dict(catalog) = reader.object_as_of(root, revision)? else {
        return Ok(Vec::new());
    };
    let form = follow(reader, catalog.get(b"AcroForm"), revision, visited)?;
    let Object::Dict(form) = form else {
        return Ok(Vec::new());
    };
    let Object::Array(fields) = follow(reader, form.get(b"Fields"), revision, visited)? else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    // (node, inherited field type, depth), in order.
    let mut pending: Vec<(Object, Option<Vec<u8>>, usize)> =
        fields.into_iter().rev().map(|f| (f, None, 0)).collect();
    let mut nodes = 0usize;
    while let Some((node, inherited, depth)) = pending.pop() {
        nodes += 1;
        if nodes > MAX_FIELDS || depth > MAX_FIELD_DEPTH {
            break;
        }
        if let Object::Ref(num, _) = node {
            if !visited.insert(num) {
                continue;
            }
        }
        let Object::Dict(field) = reader.resolve_as_of(&node, revision)? else {
            continue;
        };
        let kind = match field.get(b"FT") {
            Some(Object::Name(n)) => Some(n.clone()),
            _ => inherited,
        };
        if kind.as_deref() == Some(b"Sig") {
            if let Some(Object::Ref(sig, _)) = field.get(b"V") {
                visited.insert(*sig);
                out.push(*sig);
            }
        }
        if let Some(kids) = field.get(b"Kids") {
            if let Object::Array(kids) = follow(reader, Some(kids), revision, visited)? {
                pending.extend(kids.into_iter().rev().map(|k| (k, kind.clone(), depth + 1)));
            }
        }
    }
    Ok(out)
}

/// `value` resolved as of `revision`, its object number noted.
fn follow(
    reader: &mut PdfReader,
    value: Option<&Object>,
    revision: usize,
    visited: &mut HashSet<u32>,
) -> std::result::Result<Object, PdfError> {
    match value {
        None => Ok(Object::Null),
        Some(v) => {
            if let Object::Ref(num, _) = v {
                visited.insert(*num);
            }
            reader.resolve_as_of(v, revision)
        }
    }
}

/// The signature's `/ByteRange` and the revision it signs, when the range
/// starts at 0, leaves out exactly the dictionary's own `/Contents` hex
/// string and ends where a revision ends.
fn signed_range(
    reader: &mut PdfReader,
    found: &Found,
    dict: &Dict,
) -> std::result::Result<Option<([u64; 4], usize)>, PdfError> {
    let len = reader.file_len();
    let Some(Object::Array(items)) = dict.get(b"ByteRange") else {
        return Ok(None);
    };
    let numbers: Option<Vec<u64>> = items
        .iter()
        .map(|i| match i {
            Object::Integer(n) => u64::try_from(*n).ok(),
            _ => None,
        })
        .collect();
    let Some([start, hole_start, hole_end, tail]) =
        numbers.and_then(|n| <[u64; 4]>::try_from(n).ok())
    else {
        return Ok(None);
    };
    let Some(end) = hole_end.checked_add(tail) else {
        return Ok(None);
    };
    if start != 0
        || hole_end < hole_start.saturating_add(2)
        || end > len
        || hole_end - hole_start - 2 > MAX_CONTENTS_HEX
    {
        return Ok(None);
    }
    // The hole lies inside the signature's own object...
    let Some((object_start, object_end)) = reader.span_as_of(found.sig, found.revision)? else {
        return Ok(None);
    };
    if hole_start <= object_start || hole_end > object_end {
        return Ok(None);
    }
    // ... and is exactly its /Contents string.
    let Some(Object::String(contents)) = dict.get(b"Contents") else {
        return Ok(None);
    };
    if contents.first() != Some(&b'<') || contents.len() as u64 != hole_end - hole_start {
        return Ok(None);
    }
    let hole = read_window(reader.file(), hole_start, contents.len())?;
    if &hole != contents {
        return Ok(None);
    }
    Ok(revision_ending_at(reader, end)?
        .map(|revision| ([start, hole_start, hole_end, tail], revision)))
}

/// The revision that ends at byte `end`: the bytes before it are
/// `startxref`, the offset of a known section, `%%EOF` and at most an
/// end of line.
fn revision_ending_at(
    reader: &mut PdfReader,
    end: u64,
) -> std::result::Result<Option<usize>, PdfError> {
    let from = end.saturating_sub(END_WINDOW);
    let window = read_window(reader.file(), from, (end - from) as usize)?;
    let Some(at) = memchr::memmem::rfind(&window, b"startxref") else {
        return Ok(None);
    };
    let mut rest = window.get(at + 9..).unwrap_or_default().to_vec();
    rest.push(b' ');
    let mut parser = Parser::new(&rest);
    let Ok(start) = parser.unsigned() else {
        return Ok(None);
    };
    let tail = rest.get(parser.pos()..rest.len() - 1).unwrap_or_default();
    let skip = tail.iter().take_while(|b| is_space(**b)).count();
    let tail = tail.get(skip..).unwrap_or_default();
    let Some(after) = tail.strip_prefix(b"%%EOF") else {
        return Ok(None);
    };
    if !matches!(after, b"" | b"\n" | b"\r" | b"\r\n") {
        return Ok(None);
    }
    Ok(reader.xref().revision_starting_at(start))
}

/// What a signature dictionary's `/Reference` grants: the DocMDP
/// permission of a certification signature, a FieldMDP permission.
#[derive(Default)]
struct Permissions {
    docmdp: Option<i64>,
    fieldmdp: Option<i64>,
}

fn mdp_permissions(
    reader: &mut PdfReader,
    dict: &Dict,
    revision: usize,
) -> std::result::Result<Permissions, PdfError> {
    let mut found = Permissions::default();
    let Some(references) = dict.get(b"Reference") else {
        return Ok(found);
    };
    let Object::Array(references) = reader.resolve_as_of(references, revision)? else {
        return Ok(found);
    };
    for reference in references.iter().take(16) {
        let Object::Dict(reference) = reader.resolve_as_of(reference, revision)? else {
            continue;
        };
        let p = match reference.get(b"TransformParams") {
            Some(params) => match reader.resolve_as_of(params, revision)? {
                Object::Dict(params) => params.int(b"P"),
                _ => None,
            },
            None => None,
        };
        if reference.has_name(b"TransformMethod", b"DocMDP") {
            // §12.8.2.2: /P defaults to 2.
            found.docmdp = Some(p.unwrap_or(2));
        } else if reference.has_name(b"TransformMethod", b"FieldMDP") {
            found.fieldmdp = p.or(found.fieldmdp);
        }
    }
    Ok(found)
}

/// A PDF date, `D:YYYYMMDDHHmmSSOHH'mm'` with everything after the year
/// optional (ISO 32000-1 §7.9.4).
fn pdf_date(text: &str) -> Option<DateTime<Utc>> {
    let text = text.strip_prefix("D:").unwrap_or(text);
    let digits = |from: usize, len: usize, default: u32| -> Option<u32> {
        match text.get(from..from + len) {
            Some(s) if s.bytes().all(|b| b.is_ascii_digit()) => s.parse().ok(),
            _ => Some(default),
        }
    };
    let year = text.get(0..4)?.parse::<i32>().ok()?;
    let month = digits(4, 2, 1)?;
    let day = digits(6, 2, 1)?;
    let hour = digits(8, 2, 0)?;
    let minute = digits(10, 2, 0)?;
    let second = digits(12, 2, 0)?;
    let local = NaiveDate::from_ymd_opt(year, month, day)?.and_hms_opt(hour, minute, second)?;
    let offset_minutes = match text.as_bytes().get(14) {
        Some(sign @ (b'+' | b'-')) => {
            let hours = i64::from(digits(15, 2, 0)?);
            let minutes = i64::from(digits(18, 2, 0)?);
            let total = hours * 60 + minutes;
            if *sign == b'-' {
                -total
            } else {
                total
            }
        }
        _ => 0,
    };
    Some(local.and_utc() - chrono::Duration::minutes(offset_minutes))
}

/// Hex digits to bytes; whitespace is skipped, an odd last digit counts
/// as followed by 0 (ISO 32000-1 §7.3.4.3).
fn decode_hex(hex: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(hex.len() / 2);
    let mut high = None;
    for &b in hex {
        if is_space(b) {
            continue;
        }
        let nibble = (b as char).to_digit(16)? as u8;
        match high.take() {
            None => high = Some(nibble),
            Some(h) => out.push(h << 4 | nibble),
        }
    }
    if let Some(h) = high {
        out.push(h << 4);
    }
    Some(out)
}

/// Hashes the two signed ranges of the file as a stream.
fn hash_ranges(
    file: &mut File,
    [start, first_len, second_start, second_len]: [u64; 4],
    digest: ContentDigest,
) -> std::io::Result<Vec<u8>> {
    let mut hasher = digest.hasher();
    let mut buffer = vec![0u8; 64 * 1024];
    for (from, len) in [(start, first_len), (second_start, second_len)] {
        file.seek(SeekFrom::Start(from))?;
        let mut part = file.by_ref().take(len);
        loop {
            let read = part.read(&mut buffer)?;
            if read == 0 {
                break;
            }
            hasher.update(&buffer[..read]);
        }
    }
    Ok(hasher.finish().as_ref().to_vec())
}

/// PDF white-space characters (ISO 32000-1 Table 1).
fn is_space(b: u8) -> bool {
    matches!(b, 0 | b'\t' | b'\n' | 0x0c | b'\r' | b' ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::io::Write;

    fn sample(name: &str) -> Vec<u8> {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/fixtures/pdf")
                .join(name),
        )
        .unwrap()
    }

    fn verify_bytes(store: &Store, bytes: &[u8]) -> Result<Verification> {
        let mut tmp = tempfile::NamedTempFile::new().unwrap();
        tmp.write_all(bytes).unwrap();
        let file = tmp.reopen().unwrap();
        verify_pdf(store, tmp.path(), file, Utc::now())
    }

    #[test]
    fn pdf_dates_in_their_shortened_forms() {
        let utc = |s: &str| pdf_date(s).map(|d| d.to_rfc3339());
        assert_eq!(utc("D:2026").as_deref(), Some("2026-01-01T00:00:00+00:00"));
        assert_eq!(
            utc("D:20261123235959Z").as_deref(),
            Some("2026-11-23T23:59:59+00:00")
        );
        assert_eq!(
            utc("D:20261123000000-05'30'").as_deref(),
            Some("2026-11-23T05:30:00+00:00")
        );
        assert_eq!(utc("D:20261399"), None);
        assert_eq!(utc("nonsense"), None);
        assert_eq!(utc(""), None);
    }

    #[test]
    fn hex_with_spaces_and_an_odd_digit() {
        assert_eq!(decode_hex(b"30 8\n2f"), Some(vec![0x30, 0x82, 0xf0]));
        assert_eq!(decode_hex(b"3g"), None);
    }

    #[test]
    fn an_unsigned_pdf_has_no_signature_and_a_broken_one_is_unreadable() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_for_tests(dir.path()).unwrap();
        let verified = verify_bytes(&store, &sample("pdflatex-forms.pdf")).unwrap();
        assert!(!verified.valid);
        assert_eq!(verified.verdict, super::super::Verdict::Unsigned);
        assert_eq!(verified.problems, vec![Problem::NoSignature]);
        let err = verify_bytes(&store, b"%PDF-1.7\nno cross-references").unwrap_err();
        assert_eq!(err.code(), "pdf.unreadable");
        let bomb = crate::sign::pdf::tests::xref_bomb(16 << 20);
        let err = verify_bytes(&store, &bomb).unwrap_err();
        assert_eq!(err.code(), "pdf.unreadable");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn damaged_files_give_findings_or_an_unreadable_error(
            flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        ) {
            let mut bytes = sample("pdflatex-forms.pdf");
            let len = bytes.len();
            for (at, value) in flips {
                let i = len - 1 - at.index(len.min(4096));
                bytes[i] = value;
            }
            let dir = tempfile::tempdir().unwrap();
            let store = Store::open_for_tests(dir.path()).unwrap();
            if let Err(err) = verify_bytes(&store, &bytes) {
                prop_assert!(["pdf.unreadable", "io", "io.not-found"].contains(&err.code()), "{}", err);
            }
        }
    }
}
