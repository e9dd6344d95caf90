//! What the CLI prints: JSON or text on stdout, failures as stable codes.

use sealdesk_core::Error;
use serde::Serialize;
use serde_json::{json, Map, Value};

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

/// Prints `value` as JSON when asked, else the text lines.
pub fn print(json_mode: bool, value: &impl Serialize, text: &[String]) {
    if json_mode {
        match serde_json::to_string_pretty(value) {
            Ok(out) => println!("{out}"),
            Err(e) => eprintln!("error[cli.output]: {e}"),
        }
    } else {
        for line in text {
            println!("{line}");
        }
    }
}
