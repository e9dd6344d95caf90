//! Cross-reference data (§7.5.4, §7.5.8): where each object lives, read
//! from the last section back along `/Prev`, classic tables and
//! cross-reference streams alike (and both in hybrid files).

use super::lexer::{Dict, Object, ParseError, Parser};
use super::reader::{indirect_at, parse_window, read_window, stream_data};
use super::PdfError;
use std::collections::{HashMap, HashSet};
use std::fs::File;

/// How far from the end `startxref` may be.
const TAIL: u64 = 2048;
/// More sections than this is a loop or an attack, not a document.
const MAX_SECTIONS: usize = 100_000;

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

/// The document's cross-references.
#[derive(Debug, Clone)]
pub struct Xref {
    /// The newest entry of each object.
    pub entries: HashMap<u32, Entry>,
    /// The newest trailer (or cross-reference stream dictionary).
    pub trailer: Dict,
    /// Whether the newest section is a cross-reference stream.
    pub newest_is_stream: bool,
    /// The offset `startxref` gives.
    pub start: u64,
}

/// Reads the cross-references of `file` (`len` bytes long).
pub fn load(file: &mut File, len: u64) -> Result<Xref, PdfError> {
    let start = find_startxref(file, len)?;
    let mut xref = Xref {
        entries: HashMap::new(),
        trailer: Dict::default(),
        newest_is_stream: false,
        start,
    };
    let mut pending = vec![start];
    let mut seen = HashSet::new();
    let mut first = true;
    while let Some(offset) = pending.pop() {
        if !seen.insert(offset) {
            continue;
        }
        if seen.len() > MAX_SECTIONS {
            return Err(PdfError::Malformed(
                "too many cross-reference sections".into(),
            ));
        }
        let (section, is_stream) = read_section(file, len, offset)?;
        if first {
            xref.trailer = section.trailer.clone();
            xref.newest_is_stream = is_stream;
            first = false;
        }
        for (num, entry) in section.entries {
            xref.entries.entry(num).or_insert(entry);
        }
        // Processed after this table, before the older sections (§7.5.8.4).
        if let Some(prev) = offset_of(section.trailer.get(b"Prev")) {
            pending.push(prev);
        }
        if let Some(stream) = offset_of(section.trailer.get(b"XRefStm")) {
            pending.push(stream);
        }
    }
    Ok(xref)
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

fn read_section(file: &mut File, len: u64, offset: u64) -> Result<(Section, bool), PdfError> {
    let head = read_window(file, offset, 32)?;
    let mut probe = Parser::new(&head);
    probe.skip_whitespace();
    if head
        .get(probe.pos()..)
        .is_some_and(|r| r.starts_with(b"xref"))
    {
        let section = parse_window(file, len, offset, classic_section)?;
        Ok((section, false))
    } else {
        Ok((stream_section(file, len, offset)?, true))
    }
}

/// `xref`, subsections of `start count` and their entries, `trailer << >>`.
fn classic_section(window: &[u8]) -> Result<Section, ParseError> {
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

/// A cross-reference stream (§7.5.8).
fn stream_section(file: &mut File, len: u64, offset: u64) -> Result<Section, PdfError> {
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
    let data = stream_data(file, len, &dict, start, length)?;
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
