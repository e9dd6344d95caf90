//! Cross-reference data (§7.5.4, §7.5.8): where each object lives, read
//! from the last section back along `/Prev`, classic tables and
//! cross-reference streams alike (and both in hybrid files).

use super::lexer::{Dict, Object, ParseError, Parser};
use super::reader::{check_within, indirect_at, parse_window, read_window, stream_data_within};
use super::PdfError;
use std::collections::{btree_map, BTreeMap, HashSet};
use std::fs::File;

/// How far from the end `startxref` may be.
const TAIL: u64 = 2048;
/// More sections than this is a loop or an attack, not a document.
const MAX_SECTIONS: usize = 100_000;
/// Cross-reference entries a file may hold beyond what its size allows:
/// room for small files with compact cross-reference streams.
const ENTRY_ALLOWANCE: u64 = 16_384;
/// Bytes of file each further entry needs. An object takes more than this
/// wherever it is (a classic entry alone is 20 bytes), so a file claiming
/// more entries than its size holds is refused before anything is
/// allocated per entry: a few kilobytes of compressed zeros cannot make
/// the reader build millions of entries.
const BYTES_PER_ENTRY: u64 = 8;

/// Where one object is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// Not in use.
    Free,
    /// At a byte offset of the file.
    InFile {
        /// Offset of `num gen obj`.
        offset: u64,
        /// Generation.
        generation: u16,
    },
    /// Packed in an object stream.
    InStream {
        /// The object stream's number.
        stream: u32,
        /// The index within it.
        index: u32,
    },
}

/// One revision: the cross-reference section an incremental update (or
/// the original file) added, with the trailer that came with it.
#[derive(Debug, Clone)]
pub struct Revision {
    /// The offset `startxref` gives for this revision's section.
    pub start: u64,
    /// Its trailer (or cross-reference stream dictionary).
    pub trailer: Dict,
    /// Whether the section is a cross-reference stream.
    pub is_stream: bool,
    /// The objects the section lists, in no particular order.
    pub objects: Vec<u32>,
}

/// The document's cross-references, revision by revision.
#[derive(Debug, Clone)]
pub struct Xref {
    /// Each object's entry in each revision that lists it, keyed by
    /// (object number, revision index).
    versions: BTreeMap<(u32, usize), Entry>,
    /// The revisions, oldest first.
    pub revisions: Vec<Revision>,
    /// The newest trailer (or cross-reference stream dictionary).
    pub trailer: Dict,
    /// Whether the newest section is a cross-reference stream.
    pub newest_is_stream: bool,
    /// The offset `startxref` gives.
    pub start: u64,
}

impl Xref {
    /// The newest entry of object `num`.
    pub fn entry(&self, num: u32) -> Option<Entry> {
        self.entry_as_of(num, self.revisions.len().saturating_sub(1))
    }

    /// The entry of object `num` as revision `revision` (an index into
    /// [`Xref::revisions`]) left it: the latest one at or before it.
    pub fn entry_as_of(&self, num: u32, revision: usize) -> Option<Entry> {
        self.versions
            .range((num, 0)..=(num, revision))
            .next_back()
            .map(|(_, entry)| *entry)
    }

    /// The highest object number any revision lists.
    pub fn highest(&self) -> Option<u32> {
        self.versions.keys().next_back().map(|(num, _)| *num)
    }

    /// The revision whose section `startxref` `start` points at.
    pub fn revision_starting_at(&self, start: u64) -> Option<usize> {
        self.revisions.iter().position(|r| r.start == start)
    }

    /// The trailer of revision `revision`.
    pub fn trailer_of(&self, revision: usize) -> Option<&Dict> {
        self.revisions.get(revision).map(|r| &r.trailer)
    }
}

/// Reads the cross-references of `file` (`len` bytes long).
pub fn load(file: &mut File, len: u64) -> Result<Xref, PdfError> {
    let start = find_startxref(file, len)?;
    let mut budget = ENTRY_ALLOWANCE.saturating_add(len / BYTES_PER_ENTRY);
    // Newest first: each revision's sections (a table and the
    // cross-reference stream of a hybrid file), entries first come first.
    let mut newest_first: Vec<(Revision, Vec<(u32, Entry)>)> = Vec::new();
    let mut seen = HashSet::new();
    let mut next = Some(start);
    while let Some(offset) = next.take() {
        if !seen.insert(offset) || seen.len() > MAX_SECTIONS {
            return Err(PdfError::Malformed(
                "the cross-reference sections loop or are too many".into(),
            ));
        }
        let (section, is_stream) = read_section(file, len, offset, &mut budget)?;
        let mut entries = section.entries;
        // Processed after this table, before the older sections (§7.5.8.4).
        if let Some(stream) = offset_of(section.trailer.get(b"XRefStm")) {
            if seen.insert(stream) {
                let (hidden, _) = read_section(file, len, stream, &mut budget)?;
                entries.extend(hidden.entries);
            }
        }
        next = offset_of(section.trailer.get(b"Prev"));
        newest_first.push((
            Revision {
                start: offset,
                trailer: section.trailer,
                is_stream,
                objects: Vec::new(),
            },
            entries,
        ));
    }
    let (newest_trailer, newest_is_stream) = newest_first
        .first()
        .map(|(r, _)| (r.trailer.clone(), r.is_stream))
        .unwrap_or_default();
    let mut xref = Xref {
        versions: BTreeMap::new(),
        revisions: Vec::with_capacity(newest_first.len()),
        trailer: newest_trailer,
        newest_is_stream,
        start,
    };
    for (index, (mut revision, entries)) in newest_first.into_iter().rev().enumerate() {
        for (num, entry) in entries {
            if let btree_map::Entry::Vacant(slot) = xref.versions.entry((num, index)) {
                slot.insert(entry);
                revision.objects.push(num);
            }
        }
        xref.revisions.push(revision);
    }
    Ok(xref)
}

/// Takes `count` entries from what the file's size allows.
fn spend(budget: &mut u64, count: u64) -> Result<(), PdfError> {
    *budget = budget.checked_sub(count).ok_or_else(|| {
        PdfError::Malformed("the cross-references list more objects than the file can hold".into())
    })?;
    Ok(())
}

fn offset_of(object: Option<&Object>) -> Option<u64> {
    match object {
        Some(Object::Integer(i)) => u64::try_from(*i).ok(),
        _ => None,
    }
}

/// The offset after the last `startxref`.
fn find_startxref(file: &mut File, len: u64) -> Result<u64, PdfError> {
    let from = len.saturating_sub(TAIL);
    let tail = read_window(file, from, TAIL as usize)?;
    let at = tail
        .windows(9)
        .rposition(|w| w == b"startxref")
        .ok_or_else(|| PdfError::Malformed("no startxref at the end (truncated?)".into()))?;
    let mut rest = tail.get(at + 9..).unwrap_or_default().to_vec();
    rest.push(b' ');
    Parser::new(&rest)
        .unsigned()
        .map_err(|_| PdfError::Malformed("startxref is not followed by an offset".into()))
}

struct Section {
    entries: Vec<(u32, Entry)>,
    trailer: Dict,
}

fn read_section(
    file: &mut File,
    len: u64,
    offset: u64,
    budget: &mut u64,
) -> Result<(Section, bool), PdfError> {
    check_within(len, offset)?;
    let head = read_window(file, offset, 32)?;
    let mut probe = Parser::new(&head);
    probe.skip_whitespace();
    if head
        .get(probe.pos()..)
        .is_some_and(|r| r.starts_with(b"xref"))
    {
        let section = parse_window(file, len, offset, |w| classic_section(w, *budget))?;
        spend(budget, section.entries.len() as u64)?;
        Ok((section, false))
    } else {
        Ok((stream_section(file, len, offset, budget)?, true))
    }
}

/// `xref`, subsections of `start count` and their entries, `trailer << >>`.
/// More than `budget` entries is refused.
fn classic_section(window: &[u8], budget: u64) -> Result<Section, ParseError> {
    let mut parser = Parser::new(window);
    if parser.keyword()? != b"xref" {
        return Err(ParseError::Invalid("expected xref".into()));
    }
    let mut entries = Vec::new();
    loop {
        let word = parser.keyword()?;
        if word == b"trailer" {
            break;
        }
        let number = |w: &[u8]| {
            std::str::from_utf8(w)
                .ok()
                .and_then(|s| s.parse::<u64>().ok())
                .ok_or_else(|| ParseError::Invalid("bad cross-reference subsection".into()))
        };
        let first = number(word)?;
        let count = parser.unsigned()?;
        if count > budget.saturating_sub(entries.len() as u64) {
            return Err(ParseError::Invalid(
                "the cross-references list more objects than the file can hold".into(),
            ));
        }
        for i in 0..count {
            let offset = parser.unsigned()?;
            let generation = parser.unsigned()?;
            let kind = parser.keyword()?;
            let num = first
                .checked_add(i)
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| ParseError::Invalid("object number".into()))?;
            let entry = match kind {
                b"n" => Entry::InFile {
                    offset,
                    generation: u16::try_from(generation).unwrap_or(u16::MAX),
                },
                b"f" => Entry::Free,
                _ => return Err(ParseError::Invalid("bad cross-reference entry".into())),
            };
            entries.push((num, entry));
        }
    }
    let Object::Dict(trailer) = parser.object()? else {
        return Err(ParseError::Invalid(
            "the trailer is not a dictionary".into(),
        ));
    };
    Ok(Section { entries, trailer })
}

/// A cross-reference stream (§7.5.8). Its `/Index` is checked against
/// the entries the file can hold before the stream is inflated, and the
/// inflating stops at the bytes those entries need.
fn stream_section(
    file: &mut File,
    len: u64,
    offset: u64,
    budget: &mut u64,
) -> Result<Section, PdfError> {
    let (indirect, start) = indirect_at(file, len, offset)?;
    let (Object::Dict(dict), Some(start)) = (indirect.object, start) else {
        return Err(PdfError::Malformed(format!(
            "startxref or /Prev points at byte {offset}, where no cross-reference is"
        )));
    };
    if !dict.has_name(b"Type", b"XRef") {
        return Err(PdfError::Malformed(format!(
            "the object at byte {offset} is not a cross-reference stream"
        )));
    }
    let length = dict
        .int(b"Length")
        .ok_or_else(|| PdfError::Malformed("a cross-reference stream without /Length".into()))?;
    let widths: Vec<usize> = match dict.get(b"W") {
        Some(Object::Array(w)) if w.len() == 3 => w
            .iter()
            .map(|x| match x {
                Object::Integer(i) => usize::try_from(*i).ok().filter(|i| *i <= 8),
                _ => None,
            })
            .collect::<Option<_>>()
            .ok_or_else(|| PdfError::Malformed("bad /W".into()))?,
        _ => return Err(PdfError::Malformed("bad /W".into())),
    };
    let size = dict.int(b"Size").unwrap_or(0);
    let index: Vec<i64> = match dict.get(b"Index") {
        Some(Object::Array(items)) => items
            .iter()
            .map(|x| match x {
                Object::Integer(i) => Ok(*i),
                _ => Err(PdfError::Malformed("bad /Index".into())),
            })
            .collect::<Result<_, _>>()?,
        _ => vec![0, size],
    };
    let row = widths.iter().sum::<usize>();
    if row == 0 {
        return Err(PdfError::Malformed("bad /W".into()));
    }
    let mut total = 0u64;
    for pair in index.chunks(2) {
        let count = pair.get(1).copied().unwrap_or(0).max(0);
        total = total.saturating_add(count.unsigned_abs());
    }
    spend(budget, total)?;
    // Each row, plus the tag byte a PNG predictor puts before it.
    let needed = usize::try_from(total)
        .ok()
        .and_then(|t| t.checked_mul(row + 1))
        .and_then(|n| n.checked_add(1024))
        .ok_or_else(|| PdfError::Malformed("bad /Index".into()))?;
    let data = stream_data_within(file, len, &dict, start, length, needed)?;
    let mut rows = data.chunks_exact(row);
    let mut entries = Vec::new();
    for pair in index.chunks(2) {
        let [first, count] = pair else {
            return Err(PdfError::Malformed("bad /Index".into()));
        };
        for i in 0..(*count).max(0) {
            let Some(bytes) = rows.next() else {
                return Err(PdfError::Malformed(
                    "a cross-reference stream is shorter than its /Index".into(),
                ));
            };
            let field = |n: usize| {
                let from = widths[..n].iter().sum::<usize>();
                bytes[from..from + widths[n]]
                    .iter()
                    .fold(0u64, |acc, b| acc << 8 | u64::from(*b))
            };
            let kind = if widths[0] == 0 { 1 } else { field(0) };
            let num = first
                .checked_add(i)
                .and_then(|n| u32::try_from(n).ok())
                .ok_or_else(|| PdfError::Malformed("object number out of range".into()))?;
            let entry = match kind {
                0 => Entry::Free,
                1 => Entry::InFile {
                    offset: field(1),
                    generation: u16::try_from(field(2)).unwrap_or(u16::MAX),
                },
                2 => Entry::InStream {
                    stream: u32::try_from(field(1)).unwrap_or(u32::MAX),
                    index: u32::try_from(field(2)).unwrap_or(u32::MAX),
                },
                // Unknown kinds are to be read as null references.
                _ => continue,
            };
            entries.push((num, entry));
        }
    }
    Ok(Section {
        entries,
        trailer: dict,
    })
}
