//! Reading single objects of a PDF by seeking, never the whole file:
//! a window of bytes at an object's offset (grown while the object goes
//! on), stream data by its `/Length`, and objects packed in object streams.

use super::filters;
use super::lexer::{Dict, Indirect, Object, ParseError, Parser};
use super::xref::{Entry, Xref};
use super::PdfError;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};

/// The first window read at an object's offset.
const FIRST_WINDOW: usize = 16 * 1024;
/// No object we read (catalog, page tree node, form, annotation array)
/// is larger than this in any sane file; a larger one is refused rather
/// than held in memory.
const MAX_WINDOW: usize = 32 * 1024 * 1024;
/// Object streams decode to at most this many bytes.
const MAX_OBJECT_STREAM: usize = 64 * 1024 * 1024;
/// How many times its compressed size an object or cross-reference
/// stream may inflate to. Real ones shrink a few times; a thousandfold
/// is compressed zeros.
const MAX_INFLATION: usize = 200;

/// An open PDF whose objects can be looked up, as the newest revision
/// has them or as an earlier one left them.
pub struct PdfReader {
    file: File,
    len: u64,
    xref: Xref,
    // The last object streams decoded, kept because neighbouring lookups
    // (page tree, form, an object and its earlier version) usually land
    // in the same ones.
    object_streams: Vec<ObjectStream>,
}

/// Object streams kept decoded.
const KEPT_OBJECT_STREAMS: usize = 4;

struct ObjectStream {
    num: u32,
    // Where the stream object is: a later revision may rewrite it.
    offset: u64,
    data: Vec<u8>,
    // (object number, absolute offset in `data`) per index.
    offsets: Vec<(u32, usize)>,
}

/// A stream object's dictionary and where its raw data lies in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct StreamAt {
    /// The stream dictionary.
    pub dict: Dict,
    /// The absolute offset of its data.
    pub start: u64,
    /// Its `/Length`, resolved.
    pub length: u64,
}

/// Reads a window of `wanted` bytes at `offset` (fewer at the end of the file).
pub fn read_window(file: &mut File, offset: u64, wanted: usize) -> Result<Vec<u8>, PdfError> {
    file.seek(SeekFrom::Start(offset))?;
    let mut buffer = Vec::with_capacity(wanted.min(MAX_WINDOW));
    file.take(wanted as u64).read_to_end(&mut buffer)?;
    Ok(buffer)
}

/// Refuses an `offset` at or past the end of a file of `len` bytes before
/// anything seeks there: some file systems answer a seek that far with an
/// I/O error (EINVAL) rather than an empty read, and a damaged file must
/// read as damaged on every disk.
pub fn check_within(len: u64, offset: u64) -> Result<(), PdfError> {
    if offset >= len {
        return Err(PdfError::Malformed(format!(
            "an offset ({offset}) points past the end of the file"
        )));
    }
    Ok(())
}

/// Runs `parse` over windows at `offset`, growing them while the parse
/// says the window ended too early.
pub fn parse_window<T>(
    file: &mut File,
    len: u64,
    offset: u64,
    mut parse: impl FnMut(&[u8]) -> Result<T, ParseError>,
) -> Result<T, PdfError> {
    check_within(len, offset)?;
    let mut size = FIRST_WINDOW;
    loop {
        let window = read_window(file, offset, size)?;
        let at_end = (window.len() as u64) < size as u64 || offset + window.len() as u64 >= len;
        match parse(&window) {
            Ok(value) => return Ok(value),
            Err(ParseError::Invalid(what)) => {
                return Err(PdfError::Malformed(format!("{what} at byte {offset}")))
            }
            Err(ParseError::Incomplete) if at_end => {
                return Err(PdfError::Malformed(format!(
                    "the object at byte {offset} is cut off by the end of the file"
                )))
            }
            Err(ParseError::Incomplete) if size >= MAX_WINDOW => {
                return Err(PdfError::Malformed(format!(
                    "the object at byte {offset} is too large"
                )))
            }
            Err(ParseError::Incomplete) => size = size.saturating_mul(4).min(MAX_WINDOW),
        }
    }
}

/// An indirect object read at `offset`, with the absolute offset of its
/// stream data when it is a stream.
pub fn indirect_at(
    file: &mut File,
    len: u64,
    offset: u64,
) -> Result<(Indirect, Option<u64>), PdfError> {
    let indirect = parse_window(file, len, offset, |w| Parser::new(w).indirect())?;
    let start = indirect.stream_start.map(|s| offset + s as u64);
    Ok((indirect, start))
}

/// The decoded data of a stream whose dictionary is `dict` and whose data
/// starts at `start`; `length` is its resolved `/Length`. What it
/// inflates to is capped: at [`MAX_OBJECT_STREAM`], and at
/// [`MAX_INFLATION`] times its compressed size (more is a bomb, not a
/// document).
pub fn stream_data(
    file: &mut File,
    len: u64,
    dict: &Dict,
    start: u64,
    length: i64,
) -> Result<Vec<u8>, PdfError> {
    let limit = usize::try_from(length.max(0))
        .unwrap_or(usize::MAX)
        .saturating_mul(MAX_INFLATION)
        .saturating_add(64 * 1024);
    stream_data_within(file, len, dict, start, length, limit)
}

/// [`stream_data`] with the decoded data capped at `limit` bytes too.
pub fn stream_data_within(
    file: &mut File,
    len: u64,
    dict: &Dict,
    start: u64,
    length: i64,
    limit: usize,
) -> Result<Vec<u8>, PdfError> {
    let length = u64::try_from(length)
        .ok()
        .filter(|l| start.checked_add(*l).is_some_and(|end| end <= len))
        .ok_or_else(|| PdfError::Malformed("a stream's /Length runs past the file".into()))?;
    let wanted = usize::try_from(length)
        .ok()
        .filter(|l| *l <= MAX_OBJECT_STREAM)
        .ok_or_else(|| {
            PdfError::Malformed("a cross-reference or object stream is too large".into())
        })?;
    let raw = read_window(file, start, wanted)?;
    filters::decode(dict, raw, limit.min(MAX_OBJECT_STREAM))
}

impl PdfReader {
    /// A reader over `file` (of `len` bytes) with its cross-references.
    pub fn new(file: File, len: u64, xref: Xref) -> Self {
        PdfReader {
            file,
            len,
            xref,
            object_streams: Vec::new(),
        }
    }

    /// The cross-references.
    pub fn xref(&self) -> &Xref {
        &self.xref
    }

    /// The file's length when it was opened.
    pub fn file_len(&self) -> u64 {
        self.len
    }

    /// The open file, for reading byte ranges.
    pub fn file(&mut self) -> &mut File {
        &mut self.file
    }

    fn newest(&self) -> usize {
        self.xref.revisions.len().saturating_sub(1)
    }

    /// The object `num` (generation as the cross-reference says); `Null`
    /// for a free or unknown object, as §7.3.10 asks.
    pub fn object(&mut self, num: u32) -> Result<Object, PdfError> {
        self.object_as_of(num, self.newest())
    }

    /// The object `num` as revision `revision` left it.
    pub fn object_as_of(&mut self, num: u32, revision: usize) -> Result<Object, PdfError> {
        match self.xref.entry_as_of(num, revision) {
            None | Some(Entry::Free) => Ok(Object::Null),
            Some(Entry::InFile { offset, .. }) => Ok(self.indirect_in_file(num, offset)?.0.object),
            Some(Entry::InStream { stream, index }) => {
                self.object_in_stream(num, stream, index, revision)
            }
        }
    }

    /// The stream object `num` as revision `revision` left it, if it is a
    /// stream stored plainly in the file (streams never sit in object
    /// streams).
    pub fn stream_as_of(
        &mut self,
        num: u32,
        revision: usize,
    ) -> Result<Option<StreamAt>, PdfError> {
        let Some(Entry::InFile { offset, .. }) = self.xref.entry_as_of(num, revision) else {
            return Ok(None);
        };
        let (indirect, start) = self.indirect_in_file(num, offset)?;
        let (Object::Dict(dict), Some(start)) = (indirect.object, start) else {
            return Ok(None);
        };
        let length = match dict.get(b"Length") {
            Some(Object::Integer(l)) => *l,
            Some(Object::Ref(n, _)) if *n != num => match self.object_as_of(*n, revision)? {
                Object::Integer(l) => l,
                _ => return Err(PdfError::Malformed("a stream's /Length".into())),
            },
            _ => return Err(PdfError::Malformed("a stream without /Length".into())),
        };
        let length = u64::try_from(length)
            .ok()
            .filter(|l| start.checked_add(*l).is_some_and(|end| end <= self.len))
            .ok_or_else(|| PdfError::Malformed("a stream's /Length runs past the file".into()))?;
        Ok(Some(StreamAt {
            dict,
            start,
            length,
        }))
    }

    /// Where the object `num` of revision `revision` starts in the file and
    /// where the parse of it ended, for an object stored plainly.
    pub fn span_as_of(
        &mut self,
        num: u32,
        revision: usize,
    ) -> Result<Option<(u64, u64)>, PdfError> {
        let Some(Entry::InFile { offset, .. }) = self.xref.entry_as_of(num, revision) else {
            return Ok(None);
        };
        let end = parse_window(&mut self.file, self.len, offset, |w| {
            let mut parser = Parser::new(w);
            parser.indirect()?;
            Ok(parser.pos())
        })?;
        Ok(Some((offset, offset + end as u64)))
    }

    fn indirect_in_file(
        &mut self,
        num: u32,
        offset: u64,
    ) -> Result<(Indirect, Option<u64>), PdfError> {
        let (indirect, start) = indirect_at(&mut self.file, self.len, offset)?;
        if indirect.num != num {
            return Err(PdfError::Malformed(format!(
                "the cross-reference entry of object {num} points at object {}",
                indirect.num
            )));
        }
        Ok((indirect, start))
    }

    /// `object` itself, or the object it refers to.
    pub fn resolve(&mut self, object: &Object) -> Result<Object, PdfError> {
        self.resolve_as_of(object, self.newest())
    }

    /// `object` itself, or the object it refers to as of `revision`.
    pub fn resolve_as_of(&mut self, object: &Object, revision: usize) -> Result<Object, PdfError> {
        match object {
            Object::Ref(num, _) => self.object_as_of(*num, revision),
            other => Ok(other.clone()),
        }
    }

    /// The dictionary `object` is or refers to.
    pub fn dict(&mut self, object: &Object, what: &str) -> Result<Dict, PdfError> {
        match self.resolve(object)? {
            Object::Dict(d) => Ok(d),
            _ => Err(PdfError::Malformed(format!("{what} is not a dictionary"))),
        }
    }

    fn object_in_stream(
        &mut self,
        num: u32,
        stream: u32,
        index: u32,
        revision: usize,
    ) -> Result<Object, PdfError> {
        let Some(Entry::InFile { offset, .. }) = self.xref.entry_as_of(stream, revision) else {
            return Err(PdfError::Malformed(format!(
                "object stream {stream} is not in the file"
            )));
        };
        let at = match self
            .object_streams
            .iter()
            .position(|s| s.num == stream && s.offset == offset)
        {
            Some(at) => at,
            None => {
                let loaded = self.load_object_stream(stream, offset, revision)?;
                if self.object_streams.len() >= KEPT_OBJECT_STREAMS {
                    self.object_streams.remove(0);
                }
                self.object_streams.push(loaded);
                self.object_streams.len() - 1
            }
        };
        let loaded = self
            .object_streams
            .get(at)
            .ok_or_else(|| PdfError::Malformed("object stream".into()))?;
        // The index is a hint; the header pairs say which object is where.
        let at = loaded
            .offsets
            .get(index as usize)
            .filter(|(n, _)| *n == num)
            .or_else(|| loaded.offsets.iter().find(|(n, _)| *n == num))
            .map(|(_, at)| *at)
            .ok_or_else(|| {
                PdfError::Malformed(format!(
                    "object {num} is missing from object stream {stream}"
                ))
            })?;
        Parser::at(&loaded.data, at).object().map_err(|e| {
            PdfError::Malformed(format!("object {num} in object stream {stream}: {e:?}"))
        })
    }

    fn load_object_stream(
        &mut self,
        stream: u32,
        offset: u64,
        revision: usize,
    ) -> Result<ObjectStream, PdfError> {
        let (indirect, start) = self.indirect_in_file(stream, offset)?;
        let (Object::Dict(dict), Some(start)) = (indirect.object, start) else {
            return Err(PdfError::Malformed(format!(
                "object stream {stream} is not a stream"
            )));
        };
        let length = match dict.get(b"Length") {
            Some(Object::Integer(l)) => *l,
            // Only a length stored plainly in the file: one inside an
            // object stream would send this lookup round in a circle.
            Some(Object::Ref(n, _))
                if matches!(
                    self.xref.entry_as_of(*n, revision),
                    Some(Entry::InFile { .. })
                ) =>
            {
                match self.object_as_of(*n, revision)? {
                    Object::Integer(l) => l,
                    _ => return Err(PdfError::Malformed("a stream's /Length".into())),
                }
            }
            _ => return Err(PdfError::Malformed("a stream without /Length".into())),
        };
        let data = stream_data(&mut self.file, self.len, &dict, start, length)?;
        let count = dict.int(b"N").unwrap_or(0);
        let first = dict
            .int(b"First")
            .and_then(|f| usize::try_from(f).ok())
            .ok_or_else(|| PdfError::Malformed("an object stream without /First".into()))?;
        // A space after the header lets its last number end inside the window.
        let mut head = data.get(..first).unwrap_or_default().to_vec();
        head.push(b' ');
        let mut header = Parser::new(&head);
        let mut offsets = Vec::new();
        // No more pairs than the header has room for, whatever /N says.
        for _ in 0..count.max(0).min(head.len() as i64 / 4 + 1) {
            let (Ok(num), Ok(at)) = (header.unsigned(), header.unsigned()) else {
                break;
            };
            let num = u32::try_from(num).unwrap_or(u32::MAX);
            let at = usize::try_from(at)
                .ok()
                .and_then(|o| o.checked_add(first))
                .unwrap_or(usize::MAX);
            offsets.push((num, at));
        }
        Ok(ObjectStream {
            num: stream,
            offset,
            data,
            offsets,
        })
    }
}
