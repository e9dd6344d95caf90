//! PDF objects (ISO 32000-1 §7.3) and a parser over a window of bytes.
//!
//! Strings, reals and names keep their bytes exactly as the file spells
//! them, so an object rewritten in the update says what it said before.
//! The parser only ever looks at bytes through bounds-checked accessors:
//! any input yields an object or an error, never a panic. When the window
//! ends before the object does it answers [`ParseError::Incomplete`], and
//! the caller reads a larger window.

/// Nested arrays and dictionaries deeper than this are refused, which
/// keeps the recursion's stack use bounded on hostile input.
const MAX_DEPTH: usize = 64;

/// A PDF object.
#[derive(Debug, Clone, PartialEq)]
pub enum Object {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// An integer.
    Integer(i64),
    /// A real number, as written.
    Real(Vec<u8>),
    /// A name without its slash, as written (`#xx` escapes kept).
    Name(Vec<u8>),
    /// A literal `(...)` or hex `<...>` string with its delimiters, as written.
    String(Vec<u8>),
    /// An array.
    Array(Vec<Object>),
    /// A dictionary.
    Dict(Dict),
    /// An indirect reference `num gen R`.
    Ref(u32, u16),
}

/// A dictionary, in the order the file gave its keys.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dict(pub Vec<(Vec<u8>, Object)>);

impl Dict {
    /// The value of `key` (a name without its slash).
    pub fn get(&self, key: &[u8]) -> Option<&Object> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Sets `key`, in place if present, at the end otherwise.
    pub fn set(&mut self, key: &[u8], value: Object) {
        match self.0.iter_mut().find(|(k, _)| k == key) {
            Some(entry) => entry.1 = value,
            None => self.0.push((key.to_vec(), value)),
        }
    }

    /// An integer value.
    pub fn int(&self, key: &[u8]) -> Option<i64> {
        match self.get(key) {
            Some(Object::Integer(i)) => Some(*i),
            _ => None,
        }
    }

    /// Whether `key` is the name `name`.
    pub fn has_name(&self, key: &[u8], name: &[u8]) -> bool {
        matches!(self.get(key), Some(Object::Name(n)) if n == name)
    }
}

impl Object {
    /// Appends the object's PDF form to `out`.
    pub fn write(&self, out: &mut Vec<u8>) {
        match self {
            Object::Null => out.extend_from_slice(b"null"),
            Object::Bool(true) => out.extend_from_slice(b"true"),
            Object::Bool(false) => out.extend_from_slice(b"false"),
            Object::Integer(i) => out.extend_from_slice(i.to_string().as_bytes()),
            Object::Real(raw) | Object::String(raw) => out.extend_from_slice(raw),
            Object::Name(name) => {
                out.push(b'/');
                out.extend_from_slice(name);
            }
            Object::Array(items) => {
                out.push(b'[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    item.write(out);
                }
                out.push(b']');
            }
            Object::Dict(dict) => {
                out.extend_from_slice(b"<<");
                for (key, value) in &dict.0 {
                    out.push(b'/');
                    out.extend_from_slice(key);
                    out.push(b' ');
                    value.write(out);
                    out.push(b' ');
                }
                out.extend_from_slice(b">>");
            }
            Object::Ref(num, generation) => {
                out.extend_from_slice(format!("{num} {generation} R").as_bytes());
            }
        }
    }
}

/// Why a parse stopped.
#[derive(Debug, Clone, PartialEq)]
pub enum ParseError {
    /// The window ended first; a larger one may do.
    Incomplete,
    /// The bytes are not PDF syntax.
    Invalid(String),
}

type Parsed<T> = std::result::Result<T, ParseError>;

fn invalid<T>(what: &str) -> Parsed<T> {
    Err(ParseError::Invalid(what.to_string()))
}

/// An indirect object `num gen obj ... endobj`.
#[derive(Debug, Clone, PartialEq)]
pub struct Indirect {
    /// Object number.
    pub num: u32,
    /// Generation.
    pub generation: u16,
    /// The object.
    pub object: Object,
    /// For a stream, where its data starts, relative to the window.
    pub stream_start: Option<usize>,
}

/// A cursor over a window of bytes.
pub struct Parser<'a> {
    data: &'a [u8],
    pos: usize,
}

fn is_whitespace(b: u8) -> bool {
    matches!(b, 0 | 9 | 10 | 12 | 13 | 32)
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(b: u8) -> bool {
    !is_whitespace(b) && !is_delimiter(b)
}

impl<'a> Parser<'a> {
    /// A parser at the start of `data`.
    pub fn new(data: &'a [u8]) -> Self {
        Parser { data, pos: 0 }
    }

    /// A parser at `pos` of `data`.
    pub fn at(data: &'a [u8], pos: usize) -> Self {
        Parser { data, pos }
    }

    /// Where the cursor is.
    pub fn pos(&self) -> usize {
        self.pos
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.data.get(self.pos.checked_add(ahead)?).copied()
    }

    /// Skips whitespace and comments.
    pub fn skip_whitespace(&mut self) {
        while let Some(b) = self.peek() {
            if is_whitespace(b) {
                self.pos += 1;
            } else if b == b'%' {
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The next run of regular characters, whitespace skipped first.
    /// Incomplete when it reaches the end of the window.
    pub fn keyword(&mut self) -> Parsed<&'a [u8]> {
        self.skip_whitespace();
        self.regular_run()
    }

    /// The run of regular characters from here (a keyword, a number, a
    /// name without its `/`). Incomplete when it reaches the end of the
    /// window, since the run may go on past it.
    fn regular_run(&mut self) -> Parsed<&'a [u8]> {
        let start = self.pos;
        while let Some(b) = self.peek() {
            if !is_regular(b) {
                break;
            }
            self.pos += 1;
        }
        if self.pos >= self.data.len() {
            return Err(ParseError::Incomplete);
        }
        Ok(self.data.get(start..self.pos).unwrap_or_default())
    }

    /// An unsigned integer token.
    pub fn unsigned(&mut self) -> Parsed<u64> {
        let word = self.keyword()?;
        if word.is_empty() || !word.iter().all(u8::is_ascii_digit) {
            return invalid("expected a number");
        }
        std::str::from_utf8(word)
            .ok()
            .and_then(|s| s.parse().ok())
            .map_or_else(|| invalid("number out of range"), Ok)
    }

    /// `num gen obj object` and, for a stream, the position of its data.
    pub fn indirect(&mut self) -> Parsed<Indirect> {
        let num = u32::try_from(self.unsigned()?).or_else(|_| invalid("object number"))?;
        let generation = u16::try_from(self.unsigned()?).or_else(|_| invalid("generation"))?;
        if self.keyword()? != b"obj" {
            return invalid("expected obj");
        }
        let object = self.object()?;
        self.skip_whitespace();
        let rest = self.data.get(self.pos..).unwrap_or_default();
        let mut stream_start = None;
        if rest.len() < 7 {
            return Err(ParseError::Incomplete);
        }
        if rest.starts_with(b"stream") {
            self.pos += 6;
            // The keyword ends with CRLF or LF (a lone CR is tolerated).
            match (self.peek(), self.peek_at(1)) {
                (Some(b'\r'), Some(b'\n')) => self.pos += 2,
                (None, _) | (Some(b'\r'), None) => return Err(ParseError::Incomplete),
                (Some(b'\n'), _) | (Some(b'\r'), _) => self.pos += 1,
                _ => return invalid("stream keyword"),
            }
            stream_start = Some(self.pos);
        }
        Ok(Indirect {
            num,
            generation,
            object,
            stream_start,
        })
    }

    /// One object.
    pub fn object(&mut self) -> Parsed<Object> {
        self.object_at_depth(0)
    }

    fn object_at_depth(&mut self, depth: usize) -> Parsed<Object> {
        if depth > MAX_DEPTH {
            return invalid("objects nested too deeply");
        }
        self.skip_whitespace();
        let Some(first) = self.peek() else {
            return Err(ParseError::Incomplete);
        };
        match first {
            b'/' => {
                self.pos += 1;
                Ok(Object::Name(self.regular_run()?.to_vec()))
            }
            b'(' => self.literal_string(),
            b'<' if self.peek_at(1) == Some(b'<') => {
                self.pos += 2;
                let mut dict = Dict::default();
                loop {
                    self.skip_whitespace();
                    match (self.peek(), self.peek_at(1)) {
                        (Some(b'>'), Some(b'>')) => {
                            self.pos += 2;
                            return Ok(Object::Dict(dict));
                        }
                        (None, _) | (Some(b'>'), None) => return Err(ParseError::Incomplete),
                        (Some(b'/'), _) => {
                            let Object::Name(key) = self.object_at_depth(depth + 1)? else {
                                return invalid("dictionary key");
                            };
                            let value = self.object_at_depth(depth + 1)?;
                            // A null value means the key is absent.
                            if value != Object::Null {
                                dict.set(&key, value);
                            }
                        }
                        _ => return invalid("dictionary key is not a name"),
                    }
                }
            }
            b'<' => {
                let start = self.pos;
                self.pos += 1;
                loop {
                    match self.peek() {
                        None => return Err(ParseError::Incomplete),
                        Some(b'>') => {
                            self.pos += 1;
                            return Ok(Object::String(self.slice(start)));
                        }
                        Some(b) if b.is_ascii_hexdigit() || is_whitespace(b) => self.pos += 1,
                        Some(_) => return invalid("hex string"),
                    }
                }
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_whitespace();
                    match self.peek() {
                        None => return Err(ParseError::Incomplete),
                        Some(b']') => {
                            self.pos += 1;
                            return Ok(Object::Array(items));
                        }
                        Some(_) => items.push(self.object_at_depth(depth + 1)?),
                    }
                }
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => self.number_or_reference(),
            _ => {
                let word = self.keyword()?;
                match word {
                    b"true" => Ok(Object::Bool(true)),
                    b"false" => Ok(Object::Bool(false)),
                    b"null" => Ok(Object::Null),
                    _ => invalid("unexpected token"),
                }
            }
        }
    }

    fn slice(&self, start: usize) -> Vec<u8> {
        self.data.get(start..self.pos).unwrap_or_default().to_vec()
    }

    fn literal_string(&mut self) -> Parsed<Object> {
        let start = self.pos;
        self.pos += 1;
        let mut open = 1usize;
        loop {
            match self.peek() {
                None => return Err(ParseError::Incomplete),
                Some(b'\\') => self.pos += 2,
                Some(b'(') => {
                    open += 1;
                    self.pos += 1;
                }
                Some(b')') => {
                    open -= 1;
                    self.pos += 1;
                    if open == 0 {
                        if self.pos > self.data.len() {
                            return Err(ParseError::Incomplete);
                        }
                        return Ok(Object::String(self.slice(start)));
                    }
                }
                Some(_) => self.pos += 1,
            }
        }
    }

    fn number_or_reference(&mut self) -> Parsed<Object> {
        let word = self.keyword()?;
        if word.contains(&b'.') {
            let valid = word
                .iter()
                .enumerate()
                .all(|(i, b)| b.is_ascii_digit() || *b == b'.' || (i == 0 && b"+-".contains(b)));
            return if valid {
                Ok(Object::Real(word.to_vec()))
            } else {
                invalid("number")
            };
        }
        let text = std::str::from_utf8(word).unwrap_or("");
        let Ok(value) = text.parse::<i64>() else {
            return invalid("number");
        };
        // `num gen R` is a reference; look ahead without committing.
        if word.iter().all(u8::is_ascii_digit) {
            let saved = self.pos;
            if let Some(reference) = self.reference_tail(value)? {
                return Ok(reference);
            }
            self.pos = saved;
        }
        Ok(Object::Integer(value))
    }

    fn reference_tail(&mut self, num: i64) -> Parsed<Option<Object>> {
        self.skip_whitespace();
        match self.peek() {
            None => return Err(ParseError::Incomplete),
            Some(b) if !b.is_ascii_digit() => return Ok(None),
            Some(_) => {}
        }
        let generation = self.keyword()?;
        if !generation.iter().all(u8::is_ascii_digit) {
            return Ok(None);
        }
        self.skip_whitespace();
        match (self.peek(), self.peek_at(1)) {
            (None, _) | (Some(b'R'), None) => Err(ParseError::Incomplete),
            (Some(b'R'), Some(next)) if !is_regular(next) => {
                self.pos += 1;
                let num = u32::try_from(num).or_else(|_| invalid("object number"))?;
                let generation = std::str::from_utf8(generation)
                    .ok()
                    .and_then(|g| g.parse::<u16>().ok())
                    .map_or_else(|| invalid("generation"), Ok)?;
                Ok(Some(Object::Ref(num, generation)))
            }
            _ => Ok(None),
        }
    }
}

/// The bytes of a text string (§7.9.2): literal escapes undone, hex
/// decoded; UTF-16BE (with its byte-order mark) turned into UTF-8.
pub fn text_string(raw: &[u8]) -> String {
    let bytes = string_bytes(raw);
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = utf16
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The bytes a literal or hex string stands for: escapes undone, hex
/// decoded.
pub fn string_bytes(raw: &[u8]) -> Vec<u8> {
    match raw.first() {
        Some(b'<') => {
            let digits: Vec<u8> = raw.iter().copied().filter(u8::is_ascii_hexdigit).collect();
            digits
                .chunks(2)
                .map(|pair| {
                    let hi = hex_value(pair[0]);
                    let lo = pair.get(1).map_or(0, |b| hex_value(*b));
                    hi << 4 | lo
                })
                .collect()
        }
        Some(b'(') => {
            let inner = raw.get(1..raw.len().saturating_sub(1)).unwrap_or_default();
            let mut out = Vec::with_capacity(inner.len());
            let mut bytes = inner.iter().copied().peekable();
            while let Some(b) = bytes.next() {
                if b != b'\\' {
                    out.push(b);
                    continue;
                }
                match bytes.next() {
                    Some(b'n') => out.push(b'\n'),
                    Some(b'r') => out.push(b'\r'),
                    Some(b't') => out.push(b'\t'),
                    Some(b'b') => out.push(8),
                    Some(b'f') => out.push(12),
                    Some(d @ b'0'..=b'7') => {
                        let mut value = u32::from(d - b'0');
                        for _ in 0..2 {
                            match bytes.peek() {
                                Some(n @ b'0'..=b'7') => {
                                    value = value * 8 + u32::from(n - b'0');
                                    bytes.next();
                                }
                                _ => break,
                            }
                        }
                        out.push((value & 0xFF) as u8);
                    }
                    Some(b'\r') | Some(b'\n') => {}
                    Some(other) => out.push(other),
                    None => {}
                }
            }
            out
        }
        _ => raw.to_vec(),
    }
}

fn hex_value(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        b'A'..=b'F' => b - b'A' + 10,
        _ => 0,
    }
}

/// A text string as a PDF hex string in UTF-16BE with its byte-order mark,
/// which carries any script (Hebrew, Cyrillic) without escaping rules.
pub fn encode_text_string(text: &str) -> Object {
    let mut raw = b"<FEFF".to_vec();
    for unit in text.encode_utf16() {
        raw.extend_from_slice(format!("{unit:04X}").as_bytes());
    }
    raw.push(b'>');
    Object::String(raw)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(bytes: &[u8]) -> Parsed<Object> {
        Parser::new(bytes).object()
    }

    #[test]
    fn parses_the_common_objects() {
        let dict = parse(
            b"<< /Type /Page /Kids [1 0 R 2 0 R] /N 3 /R -1.5 /S (a(b)\\)) /H <4F> /X null >> ",
        )
        .unwrap();
        let Object::Dict(d) = dict else { panic!() };
        assert!(d.has_name(b"Type", b"Page"));
        assert_eq!(
            d.get(b"Kids"),
            Some(&Object::Array(vec![Object::Ref(1, 0), Object::Ref(2, 0)]))
        );
        assert_eq!(d.int(b"N"), Some(3));
        assert_eq!(d.get(b"R"), Some(&Object::Real(b"-1.5".to_vec())));
        assert_eq!(d.get(b"S"), Some(&Object::String(b"(a(b)\\))".to_vec())));
        assert_eq!(d.get(b"X"), None, "null means absent");
        let mut out = Vec::new();
        Object::Dict(d.clone()).write(&mut out);
        assert_eq!(
            parse(&[out, b" ".to_vec()].concat()).unwrap(),
            Object::Dict(d)
        );
    }

    #[test]
    fn numbers_are_not_references_unless_r_follows() {
        assert_eq!(
            parse(b"[1 2 3]").unwrap(),
            Object::Array(vec![
                Object::Integer(1),
                Object::Integer(2),
                Object::Integer(3)
            ])
        );
        assert_eq!(
            parse(b"[1 2 RG]").unwrap_err(),
            ParseError::Invalid("unexpected token".into())
        );
    }

    #[test]
    fn a_window_that_ends_early_is_incomplete() {
        for cut in [&b"<< /A [1 2"[..], b"(abc", b"<< /K 1 0", b"/Nam"] {
            assert_eq!(parse(cut), Err(ParseError::Incomplete), "{cut:?}");
        }
    }

    #[test]
    fn streams_report_where_their_data_starts() {
        let data = b"12 0 obj\n<< /Length 3 >>\nstream\r\nabc\nendstream\nendobj\n";
        let indirect = Parser::new(data).indirect().unwrap();
        assert_eq!(indirect.num, 12);
        assert_eq!(&data[indirect.stream_start.unwrap()..][..3], b"abc");
    }

    #[test]
    fn text_strings_decode() {
        assert_eq!(text_string(b"(Signature1)"), "Signature1");
        assert_eq!(text_string(b"(a\\(b\\051)"), "a(b)");
        let encoded = encode_text_string("שלום Київ");
        let Object::String(raw) = encoded else {
            panic!()
        };
        assert_eq!(text_string(&raw), "שלום Київ");
    }

    #[test]
    fn deep_nesting_is_refused_without_overflow() {
        let deep = vec![b'['; 100_000];
        assert!(matches!(parse(&deep), Err(ParseError::Invalid(_))));
    }

    proptest! {
        #[test]
        fn any_bytes_parse_or_fail_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = Parser::new(&bytes).indirect();
            let _ = Parser::new(&bytes).object();
            let _ = text_string(&bytes);
        }

        #[test]
        fn pdf_like_bytes_parse_or_fail_without_panic(
            parts in proptest::collection::vec(
                prop::sample::select(vec![
                    "<<", ">>", "[", "]", "(", ")", "\\", "/Name", " ", "1", "0", "R", "obj",
                    "stream\n", "-", ".", "<", ">", "%c\n", "true", "null", "endobj",
                ]),
                0..64,
            )
        ) {
            let bytes = parts.concat();
            let _ = Parser::new(bytes.as_bytes()).indirect();
            let _ = Parser::new(bytes.as_bytes()).object();
        }
    }
}
