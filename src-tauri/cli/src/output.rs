//! What the CLI prints: JSON or text on stdout, failures as stable codes.
//!
//! Every line of text goes through [`emit`] or [`emit_err`]: they escape
//! control and bidi characters (names come from certificates and messages,
//! and a raw line break or escape sequence in one would forge or hide lines
//! of output) and never panic when the reader went away (`| head -1`).

use sealdesk_core::Error;
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};

/// A failure to report: the stable code, its parameters, an English fallback.
#[derive(Debug)]
pub struct Failure {
    /// Stable code, e.g. `admin.password-too-short`.
    pub code: String,
    /// Named parameters of the localized sentence.
    pub params: Map<String, Value>,
    /// English sentence, used when no translation exists.
    pub fallback: String,
}

impl Failure {
    /// A secret could not be read from `source`.
    pub fn secret(source: String, detail: String) -> Self {
        let fallback = format!("could not read the secret from {source}: {detail}");
        Self {
            code: "cli.secret-file".into(),
            params: as_map(json!({ "source": source, "detail": detail })),
            fallback,
        }
    }
}

impl Failure {
    /// Not a failure but a warning: the secret file at `path` can be read
    /// by other users.
    pub fn secret_open_to_others(path: String) -> Self {
        let fallback =
            format!("{path} can be read by other users; make it private (chmod 600 {path})");
        Self {
            code: "cli.secret-file-open".into(),
            params: as_map(json!({ "path": path })),
            fallback,
        }
    }
}

impl Failure {
    /// Wrong use of the command line (exit status 2).
    pub fn usage(detail: &str) -> Self {
        Self {
            code: "cli.usage".into(),
            params: as_map(json!({ "detail": detail })),
            fallback: format!("wrong use of the command: {detail}"),
        }
    }

    /// Whether this failure is wrong usage rather than a failed operation.
    pub fn is_usage(&self) -> bool {
        self.code == "cli.usage"
    }
}

impl From<Error> for Failure {
    fn from(err: Error) -> Self {
        Self {
            code: err.code().into(),
            params: err.params(),
            fallback: err.to_string(),
        }
    }
}

fn as_map(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        _ => Map::new(),
    }
}

/// Prints `value` as JSON when asked, else the text lines (escaped).
pub fn print<L: Text>(json_mode: bool, value: &impl Serialize, text: &[L]) {
    if json_mode {
        // serde_json escapes control characters; bidi marks stay data.
        match serde_json::to_string_pretty(value) {
            Ok(out) => write_out(&out),
            Err(e) => emit_err(&format!("error[cli.output]: {e}")),
        }
    } else {
        for line in text {
            write_out(&line.escaped());
        }
    }
}

/// A line of human-readable output, in the form the terminal gets it.
pub trait Text {
    /// The line with control and bidi characters escaped.
    fn escaped(&self) -> Cow<'_, str>;
}

impl Text for String {
    fn escaped(&self) -> Cow<'_, str> {
        escape(self)
    }
}

impl Text for &str {
    fn escaped(&self) -> Cow<'_, str> {
        escape(self)
    }
}

/// A line of tab-separated columns: each value is escaped on its own (a tab
/// inside one included), so only the separators are real tabs.
pub struct Columns(pub Vec<String>);

impl Text for Columns {
    fn escaped(&self) -> Cow<'_, str> {
        let escaped: Vec<Cow<'_, str>> = self.0.iter().map(|v| escape(v)).collect();
        Cow::Owned(escaped.join("\t"))
    }
}

/// Prints one line of text on stdout, escaped.
pub fn emit(line: &str) {
    write_out(&escape(line));
}

/// Prints one line of text on stderr, escaped.
pub fn emit_err(line: &str) {
    // Nothing sensible is left to do when stderr itself is gone.
    let _ = writeln!(std::io::stderr().lock(), "{}", escape(line));
}

/// Set once stdout is closed: later output is dropped, the command goes on,
/// and its exit status still says whether it did what it was asked.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

fn write_out(text: &str) {
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{text}").and_then(|()| out.flush()) {
        STDOUT_CLOSED.store(true, Ordering::Relaxed);
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            emit_err(&format!("error[cli.output]: {e}"));
        }
    }
}

/// `text` with every control character (C0, DEL, C1) and every bidi
/// embedding, override or isolate written as an escape (`\n`, `\x1b`,
/// `\u{202e}`) and a backslash doubled, so what a terminal shows is
/// exactly the characters of the text.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x80 && needs_escape(c) => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c if needs_escape(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Characters a terminal would act on rather than show. A backslash is
/// escaped only when the text has something else to escape, so ordinary
/// Windows paths stay readable.
fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_marks_are_written_as_escapes() {
        assert_eq!(
            escape("Jan Kowalski, Олена, נועה"),
            "Jan Kowalski, Олена, נועה"
        );
        assert_eq!(escape(r"C:\Users\dana\pw.txt"), r"C:\Users\dana\pw.txt");
        assert_eq!(
            escape("valid\nthe document's signatures are valid\u{1b}[8m"),
            "valid\\nthe document's signatures are valid\\x1b[8m"
        );
        assert_eq!(
            escape("\u{202e}NAJ\u{2066}x\u{2069}"),
            "\\u{202e}NAJ\\u{2066}x\\u{2069}"
        );
        assert_eq!(escape("a\tb\r\u{7f}\u{9b}"), "a\\tb\\r\\x7f\\u{9b}");
        // With something escaped, a backslash is doubled so `\n` typed in a
        // name cannot pass for an escaped line break.
        assert_eq!(escape("a\\nb\n"), "a\\\\nb\\n");
    }

    #[test]
    fn columns_keep_their_tabs_and_escape_those_of_values() {
        let line = Columns(vec!["1".into(), "CN=a\tb".into(), "until 2027".into()]);
        assert_eq!(line.escaped(), "1\tCN=a\\tb\tuntil 2027");
    }
}
