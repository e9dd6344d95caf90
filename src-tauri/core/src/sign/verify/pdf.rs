//! The signatures inside a PDF, found and checked without loading the file:
//! PDFs of hundreds of megabytes are read in pieces and by seeking.
//!
//! No PDF library fits: `lopdf` and the others parse whole documents into
//! memory, while checking a signature needs only its dictionary's
//! `/ByteRange`, `/Contents`, `/SubFilter` and `/M`. A signature dictionary
//! can never sit inside a compressed object stream, since its `/Contents`
//! must be addressable by byte offsets in the file (ISO 32000-1 §12.8.1), so
//! scanning the raw bytes for `/ByteRange` finds every one. The small lexer
//! here reads just those entries and refuses anything unexpected.

use super::algorithms::ContentDigest;
use super::cms::ParsedSignature;
use super::{Format, Problem, SignatureReport, Verification};
use crate::{Error, Result, Store};
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::BTreeSet;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

const BYTE_RANGE: &[u8] = b"/ByteRange";
/// Reading piece size when scanning.
const CHUNK: usize = 1 << 20;
/// How far around a `/ByteRange` the rest of its dictionary is looked for.
const DICT_WINDOW: u64 = 8 * 1024;
/// A signature larger than this is not a real one (PAdES LTA with full
/// revocation data stays far below).
const MAX_CONTENTS_HEX: u64 = 16 << 20;
/// More signature dictionaries than this is a hostile file, not a document
/// people signed; it is refused instead of checked for minutes.
const MAX_SIGNATURES: usize = 256;

/// One signature dictionary as found in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found {
    /// Offset of its `/ByteRange` key.
    offset: u64,
    /// The four numbers, when they form a sane range around `/Contents`.
    range: Option<[u64; 4]>,
}

/// Checks every signature of the PDF at `path` (already opened as `file`).
pub(super) fn verify_pdf(
    store: &Store,
    path: &Path,
    file: File,
    now: DateTime<Utc>,
) -> Result<Verification> {
    let io = |e: std::io::Error| Error::io(path, e);
    let len = file.metadata().map_err(io)?.len();
    let mut reports = Vec::new();
    let mut last_end = None::<u64>;
    let mut seen_ranges = BTreeSet::new();
    let offsets = find_all(&file, BYTE_RANGE, MAX_SIGNATURES + 1).map_err(io)?;
    if offsets.len() > MAX_SIGNATURES {
        return Ok(Verification::new(
            Format::Pades,
            vec![problem_report(Problem::ByteRangeInvalid)],
            Vec::new(),
        ));
    }
    for offset in offsets {
        let found = read_signature_dictionary(&file, offset, len).map_err(io)?;
        let Some(range) = found.range else {
            reports.push(problem_report(Problem::ByteRangeInvalid));
            continue;
        };
        // The same dictionary written again in a later revision.
        if !seen_ranges.insert(range) {
            continue;
        }
        let [_, hole_start, hole_end, tail] = range;
        let end = hole_end + tail;
        last_end = Some(last_end.map_or(end, |e: u64| e.max(end)));
        let covers = end == len;
        let dictionary = dictionary_text(&file, offset, range, len).map_err(io)?;
        let sub_filter = name_after(&dictionary, b"/SubFilter");
        if !matches!(
            sub_filter.as_deref(),
            None | Some("ETSI.CAdES.detached") | Some("adbe.pkcs7.detached")
        ) {
            reports.push(SignatureReport {
                covers_whole_document: covers,
                ..problem_report(Problem::UnsupportedSignatureType)
            });
            continue;
        }
        let modified = string_after(&dictionary, b"/M").and_then(|s| pdf_date(&s));
        let hex = read_at(&file, hole_start + 1, hole_end - hole_start - 2).map_err(io)?;
        let Some(parsed) = decode_hex(&hex).and_then(|der| ParsedSignature::from_der(&der)) else {
            reports.push(SignatureReport {
                covers_whole_document: covers,
                ..problem_report(Problem::SignatureInvalid)
            });
            continue;
        };
        if parsed.signer_count() == 0 {
            reports.push(problem_report(Problem::NoSignature));
        }
        for index in 0..parsed.signer_count() {
            let report = parsed.check_signer(
                store,
                index,
                |digest| hash_ranges(&file, range, digest).map_err(io),
                modified,
                now,
            )?;
            reports.push(SignatureReport {
                covers_whole_document: covers,
                ..report
            });
        }
    }
    let mut problems = Vec::new();
    if last_end.is_some_and(|end| end < len) {
        problems.push(Problem::ContentAddedAfter);
    }
    Ok(Verification::new(Format::Pades, reports, problems))
}

fn problem_report(problem: Problem) -> SignatureReport {
    SignatureReport {
        signer: None,
        signer_certificate_id: None,
        signed_at: None,
        covers_whole_document: false,
        problems: vec![problem],
        trust_anchor: None,
    }
}

/// Offsets of the first `limit` occurrences of `needle`, reading `CHUNK`
/// bytes at a time.
fn find_all(mut file: &File, needle: &[u8], limit: usize) -> std::io::Result<Vec<u64>> {
    file.seek(SeekFrom::Start(0))?;
    let mut found = Vec::new();
    let keep = needle.len() - 1;
    let mut buffer = Vec::with_capacity(CHUNK + keep);
    // File offset of buffer[0].
    let mut base = 0u64;
    let mut piece = vec![0u8; CHUNK];
    let finder = memchr::memmem::Finder::new(needle);
    loop {
        let read = file.read(&mut piece)?;
        if read == 0 {
            return Ok(found);
        }
        buffer.extend_from_slice(&piece[..read]);
        found.extend(finder.find_iter(&buffer).map(|pos| base + pos as u64));
        if found.len() >= limit {
            found.truncate(limit);
            return Ok(found);
        }
        // Keep a tail so a needle split between pieces is still found.
        let drop = buffer.len().saturating_sub(keep);
        buffer.drain(..drop);
        base += drop as u64;
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(haystack, needle)
}

/// Up to `len` bytes at `offset` (fewer at the end of the file).
fn read_at(mut file: &File, offset: u64, len: u64) -> std::io::Result<Vec<u8>> {
    file.seek(SeekFrom::Start(offset))?;
    let mut out = Vec::new();
    file.take(len).read_to_end(&mut out)?;
    Ok(out)
}

/// Reads the `/ByteRange` at `offset` and checks it describes the file: it
/// starts at 0, its hole is exactly the `/Contents` hex string, its ranges
/// lie within the file and cover the `/ByteRange` itself.
fn read_signature_dictionary(file: &File, offset: u64, len: u64) -> std::io::Result<Found> {
    let after = read_at(file, offset + BYTE_RANGE.len() as u64, 256)?;
    let range = parse_byte_range(&after);
    let range = match range {
        Some(r) if sane(r, offset, len) => {
            let [_, start, end, _] = r;
            let first = read_at(file, start, 1)?;
            let last = read_at(file, end - 1, 1)?;
            (first == b"<" && last == b">" && end - start - 2 <= MAX_CONTENTS_HEX).then_some(r)
        }
        _ => None,
    };
    Ok(Found { offset, range })
}

fn sane([start, first_len, second_start, second_len]: [u64; 4], key: u64, len: u64) -> bool {
    let Some(end) = second_start.checked_add(second_len) else {
        return false;
    };
    // The key sits in the same dictionary as /Contents, so near the hole;
    // a far one would make the dictionary text huge and is no signature.
    let near = key.abs_diff(first_len).min(key.abs_diff(second_start)) <= DICT_WINDOW;
    start == 0
        && second_start >= first_len.saturating_add(2)
        && end <= len
        && (key + (BYTE_RANGE.len() as u64) <= first_len || key >= second_start)
        && near
}

/// `[a b c d]` after the key: four non-negative integers.
fn parse_byte_range(bytes: &[u8]) -> Option<[u64; 4]> {
    let mut lexer = Lexer { bytes, at: 0 };
    lexer.skip_space();
    lexer.expect(b'[')?;
    let mut numbers = [0u64; 4];
    for number in &mut numbers {
        lexer.skip_space();
        *number = lexer.integer()?;
    }
    lexer.skip_space();
    lexer.expect(b']')?;
    Some(numbers)
}

/// The bytes of the signature's object around `/ByteRange`, minus the
/// `/Contents` hex string: from the `obj` keyword before to the `endobj`
/// after, within [`DICT_WINDOW`].
fn dictionary_text(file: &File, key: u64, range: [u64; 4], len: u64) -> std::io::Result<Vec<u8>> {
    let [_, hole_start, hole_end, _] = range;
    let before_end = key.min(hole_start);
    let before_start = before_end.saturating_sub(DICT_WINDOW);
    let mut before = read_at(file, before_start, before_end - before_start)?;
    if let Some(pos) = rfind(&before, b"obj") {
        before.drain(..pos);
    }
    let middle = if key > hole_end {
        read_at(file, hole_end, key - hole_end)?
    } else {
        read_at(file, key, hole_start.saturating_sub(key))?
    };
    let after_start = key.max(hole_end);
    let after_len = DICT_WINDOW.min(len.saturating_sub(after_start));
    let mut after = read_at(file, after_start, after_len)?;
    if let Some(pos) = find(&after, b"endobj") {
        after.truncate(pos);
    }
    let mut text = before;
    text.push(b' ');
    text.extend_from_slice(&middle);
    text.push(b' ');
    text.extend_from_slice(&after);
    Ok(text)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::rfind(haystack, needle)
}

/// The positions right after each whole-name occurrence of `key`.
fn key_ends<'a>(text: &'a [u8], key: &'a [u8]) -> impl Iterator<Item = usize> + 'a {
    (0..text.len().saturating_sub(key.len() - 1))
        .filter(move |&i| text[i..].starts_with(key))
        .map(move |i| i + key.len())
        .filter(move |&end| text.get(end).is_none_or(|b| !is_regular(*b)))
}

/// The name value (without its slash) of `key`, e.g. `/SubFilter /X` → `X`.
fn name_after(text: &[u8], key: &[u8]) -> Option<String> {
    key_ends(text, key).find_map(|end| {
        let mut lexer = Lexer {
            bytes: text,
            at: end,
        };
        lexer.skip_space();
        lexer.expect(b'/')?;
        let start = lexer.at;
        while lexer.peek().is_some_and(is_regular) {
            lexer.at += 1;
        }
        String::from_utf8(text[start..lexer.at].to_vec()).ok()
    })
}

/// The literal string value of `key`, e.g. `/M (D:2026...)`.
fn string_after(text: &[u8], key: &[u8]) -> Option<String> {
    key_ends(text, key).find_map(|end| {
        let mut lexer = Lexer {
            bytes: text,
            at: end,
        };
        lexer.skip_space();
        lexer.expect(b'(')?;
        String::from_utf8(lexer.literal_string()?).ok()
    })
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
    mut file: &File,
    [start, first_len, second_start, second_len]: [u64; 4],
    digest: ContentDigest,
) -> std::io::Result<Vec<u8>> {
    let mut hasher = digest.hasher();
    let mut buffer = vec![0u8; 64 * 1024];
    for (from, len) in [(start, first_len), (second_start, second_len)] {
        file.seek(SeekFrom::Start(from))?;
        let mut part = file.take(len);
        loop {
            let read = part.read(&mut buffer)?;
            if read == 0 {
                break;
            }
            hasher.update(&buffer[..read]);
        }
        file = part.into_inner();
    }
    Ok(hasher.finish().as_ref().to_vec())
}

/// PDF white-space characters (ISO 32000-1 Table 1).
fn is_space(b: u8) -> bool {
    matches!(b, 0 | b'\t' | b'\n' | 0x0c | b'\r' | b' ')
}

/// Neither white space nor a delimiter (ISO 32000-1 §7.2.2).
fn is_regular(b: u8) -> bool {
    !is_space(b) && !b"()<>[]{}/%".contains(&b)
}

/// A cursor over bytes that never indexes out of range.
struct Lexer<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Lexer<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while self.peek().is_some_and(is_space) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// The rest of a literal string after its `(`: balanced parentheses
    /// and backslash escapes, octal ones included (ISO 32000-1 §7.3.4.2);
    /// `None` when it does not end.
    fn literal_string(&mut self) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        let mut depth = 0usize;
        loop {
            let b = self.peek()?;
            self.at += 1;
            match b {
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' if depth == 0 => return Some(out),
                b')' => {
                    depth -= 1;
                    out.push(b);
                }
                b'\\' => {
                    let escaped = self.peek()?;
                    self.at += 1;
                    match escaped {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(0x08),
                        b'f' => out.push(0x0c),
                        b'0'..=b'7' => {
                            let mut value = u32::from(escaped - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        value = value * 8 + u32::from(d - b'0');
                                        self.at += 1;
                                    }
                                    _ => break,
                                }
                            }
                            // High-order overflow is ignored, as the standard says.
                            out.push((value & 0xff) as u8);
                        }
                        // A backslash before an end of line continues the line.
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.at += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                other => out.push(other),
            }
        }
    }

    /// A non-negative integer of at most 15 digits followed by a delimiter.
    fn integer(&mut self) -> Option<u64> {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        let digits = &self.bytes[start..self.at];
        if digits.is_empty() || digits.len() > 15 || self.peek().is_some_and(is_regular) {
            return None;
        }
        std::str::from_utf8(digits).ok()?.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::io::Write;

    fn file_with(bytes: &[u8]) -> (tempfile::NamedTempFile, File) {
        let mut tmp = tempfile::NamedTempFile::new().unwrap();
        tmp.write_all(bytes).unwrap();
        let file = tmp.reopen().unwrap();
        (tmp, file)
    }

    fn signed_like(contents: &str) -> Vec<u8> {
        let head = b"%PDF-1.7\n1 0 obj\n<< /Type /Sig /SubFilter /ETSI.CAdES.detached /M (D\\07220261123101500+02'00') /ByteRange [0 AAAA BBBB CCCC] /Contents ";
        let mut out = head.to_vec();
        let hole_start = out.len();
        out.extend_from_slice(format!("<{contents}>").as_bytes());
        let hole_end = out.len();
        out.extend_from_slice(b" >>\nendobj\n%%EOF\n");
        let tail = out.len() - hole_end;
        let text = String::from_utf8(out).unwrap();
        // Same widths as the placeholders, so offsets stay right.
        text.replace("AAAA", &format!("{hole_start:04}"))
            .replace("BBBB", &format!("{hole_end:04}"))
            .replace("CCCC", &format!("{tail:04}"))
            .into_bytes()
    }

    #[test]
    fn a_signature_dictionary_is_found_and_read() {
        let bytes = signed_like("3082000a00000000");
        let (_tmp, file) = file_with(&bytes);
        let offsets = find_all(&file, BYTE_RANGE, MAX_SIGNATURES).unwrap();
        assert_eq!(offsets.len(), 1);
        let found = read_signature_dictionary(&file, offsets[0], bytes.len() as u64).unwrap();
        let range = found.range.expect("a sane range");
        assert_eq!(range[0], 0);
        assert_eq!(range[2] + range[3], bytes.len() as u64);
        let dict = dictionary_text(&file, offsets[0], range, bytes.len() as u64).unwrap();
        assert_eq!(
            name_after(&dict, b"/SubFilter").as_deref(),
            Some("ETSI.CAdES.detached")
        );
        let date = string_after(&dict, b"/M")
            .and_then(|s| pdf_date(&s))
            .unwrap();
        assert_eq!(date.to_rfc3339(), "2026-11-23T08:15:00+00:00");
    }

    #[test]
    fn ranges_that_do_not_frame_the_contents_are_refused() {
        let bytes = signed_like("00");
        let len = bytes.len() as u64;
        let (_tmp, file) = file_with(&bytes);
        let key = find_all(&file, BYTE_RANGE, MAX_SIGNATURES).unwrap()[0];
        let good = read_signature_dictionary(&file, key, len)
            .unwrap()
            .range
            .unwrap();
        assert!(sane(good, key, len));
        let [a, b, c, d] = good;
        assert!(!sane([1, b, c, d], key, len), "must start at 0");
        assert!(!sane([a, b, c, d + 1], key, len), "beyond the end");
        assert!(!sane([a, b, b, d], key, len), "no hole");
        assert!(!sane([a, b, u64::MAX, d], key, len), "overflow");
        assert!(
            !sane(
                [a, b + DICT_WINDOW + 100, c + DICT_WINDOW + 100, 0],
                key,
                u64::MAX
            ),
            "far from its dictionary"
        );
        // A hole that is not exactly the hex string.
        let shifted = String::from_utf8(bytes.clone()).unwrap().replacen(
            &format!("[0 {b:04}"),
            &format!("[0 {:04}", b + 1),
            1,
        );
        let (_tmp2, file2) = file_with(shifted.as_bytes());
        assert_eq!(
            read_signature_dictionary(&file2, key, len).unwrap().range,
            None
        );
        assert_eq!(parse_byte_range(b" [0 1 2]"), None);
        assert_eq!(parse_byte_range(b"[0 1 2 3x]"), None);
        assert_eq!(parse_byte_range(b"[0 -1 2 3]"), None);
        assert_eq!(parse_byte_range(b"[0 1 2 99999999999999999]"), None);
        assert_eq!(parse_byte_range(b"\n[ 0 1\r2 3 ]"), Some([0, 1, 2, 3]));
    }

    #[test]
    fn a_needle_split_between_reading_pieces_is_found() {
        let mut bytes = vec![b'x'; CHUNK - 4];
        bytes.extend_from_slice(BYTE_RANGE);
        bytes.extend_from_slice(&vec![b'y'; CHUNK]);
        bytes.extend_from_slice(BYTE_RANGE);
        let (_tmp, file) = file_with(&bytes);
        assert_eq!(
            find_all(&file, BYTE_RANGE, MAX_SIGNATURES).unwrap(),
            vec![(CHUNK - 4) as u64, (2 * CHUNK + 6) as u64]
        );
    }

    #[test]
    fn a_flood_of_signature_dictionaries_is_refused() {
        let bytes = b"%PDF-1.7\n/ByteRange [0 1 2 3]".repeat(MAX_SIGNATURES + 5);
        let (_tmp, file) = file_with(&bytes);
        assert_eq!(
            find_all(&file, BYTE_RANGE, MAX_SIGNATURES + 1)
                .unwrap()
                .len(),
            MAX_SIGNATURES + 1
        );
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let verified = verify_pdf(&store, Path::new("flood.pdf"), file, Utc::now()).unwrap();
        assert!(!verified.valid);
        assert_eq!(verified.signatures.len(), 1);
        assert_eq!(
            verified.signatures[0].problems,
            vec![Problem::ByteRangeInvalid]
        );
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
    fn literal_strings_with_escapes_and_nested_parentheses() {
        let read = |s: &[u8]| string_after(s, b"/M");
        assert_eq!(read(b"/M (D\\07220261123)").as_deref(), Some("D:20261123"));
        assert_eq!(read(b"/M(a(b)c\\)\\\\)").as_deref(), Some("a(b)c)\\"));
        assert_eq!(read(b"/M (line\\\nnext\\n)").as_deref(), Some("linenext\n"));
        assert_eq!(read(b"/Mx (no) /M (yes)").as_deref(), Some("yes"));
        assert_eq!(read(b"/M (unterminated"), None);
        assert_eq!(read(b"/M (\\"), None);
    }

    #[test]
    fn hex_with_spaces_and_an_odd_digit() {
        assert_eq!(decode_hex(b"30 8\n2f"), Some(vec![0x30, 0x82, 0xf0]));
        assert_eq!(decode_hex(b"3g"), None);
    }

    proptest! {
        #[test]
        fn the_lexer_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = parse_byte_range(&bytes);
            let _ = name_after(&bytes, b"/SubFilter");
            let _ = string_after(&bytes, b"/M").and_then(|s| pdf_date(&s));
            let _ = decode_hex(&bytes);
        }

        #[test]
        fn random_and_truncated_files_never_panic(
            noise in proptest::collection::vec(any::<u8>(), 0..256),
            cut in 0usize..400,
        ) {
            let mut bytes = signed_like("3003020100");
            bytes.truncate(cut.min(bytes.len()));
            bytes.extend_from_slice(&noise);
            let len = bytes.len() as u64;
            let (_tmp, file) = file_with(&bytes);
            for key in find_all(&file, BYTE_RANGE, MAX_SIGNATURES).unwrap() {
                let found = read_signature_dictionary(&file, key, len).unwrap();
                if let Some(range) = found.range {
                    let _ = dictionary_text(&file, key, range, len).unwrap();
                    let _ = hash_ranges(&file, range, ContentDigest::Sha256).unwrap();
                }
            }
        }
    }
}
