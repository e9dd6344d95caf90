//! The placeholder syntax of mail templates: `{name}` stands for a value,
//! `{{` and `}}` for literal braces, and the older `<CERT_HASLO>` for
//! `{cert_password}` so texts carried over from the previous program keep
//! working.
//!
//! Hand-written because the syntax is eight names and two escapes: a
//! template engine would bring loops, filters and its own escaping rules,
//! none of which a user editing a letter should meet.

use crate::{Error, Result};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The placeholder of the previous program for the certificate password.
const SEED_PASSWORD: &str = "<CERT_HASLO>";

/// Longest placeholder name quoted back in an error, so a stray CSS block
/// does not fill the message.
const NAME_SHOWN: usize = 40;

/// A value a template can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Placeholder {
    /// The recipient's name.
    Recipient,
    /// The business sending the message.
    Company,
    /// The person signing the message.
    Sender,
    /// The attached document's name.
    Document,
    /// The certificate's name (its subject's common name).
    Certificate,
    /// The date the certificate expires.
    ValidUntil,
    /// The portal login.
    Login,
    /// The password of a PKCS#12 file; only in the separate password message.
    CertPassword,
}

impl Placeholder {
    /// Every placeholder.
    pub const ALL: [Placeholder; 8] = [
        Placeholder::Recipient,
        Placeholder::Company,
        Placeholder::Sender,
        Placeholder::Document,
        Placeholder::Certificate,
        Placeholder::ValidUntil,
        Placeholder::Login,
        Placeholder::CertPassword,
    ];

    /// The name written between braces.
    pub fn name(self) -> &'static str {
        match self {
            Placeholder::Recipient => "recipient",
            Placeholder::Company => "company",
            Placeholder::Sender => "sender",
            Placeholder::Document => "document",
            Placeholder::Certificate => "certificate",
            Placeholder::ValidUntil => "valid_until",
            Placeholder::Login => "login",
            Placeholder::CertPassword => "cert_password",
        }
    }
}

crate::parse_by_name!(Placeholder, name, eq, |name| unknown(name, "values"));

/// The values filled into a template.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values(BTreeMap<Placeholder, String>);

impl Values {
    /// No values.
    pub fn new() -> Self {
        Values::default()
    }

    /// Sets one value, replacing an earlier one.
    pub fn set(&mut self, placeholder: Placeholder, value: impl Into<String>) -> &mut Self {
        self.0.insert(placeholder, value.into());
        self
    }

    /// Sets a value from its placeholder's name, refusing an unknown name.
    pub fn set_named(&mut self, name: &str, value: impl Into<String>) -> Result<&mut Self> {
        Ok(self.set(name.parse()?, value))
    }

    /// The value of one placeholder.
    pub fn get(&self, placeholder: Placeholder) -> Option<&str> {
        self.0.get(&placeholder).map(String::as_str)
    }

    /// Every value of `other` replaces the one here.
    pub fn extend(&mut self, other: &Values) {
        for (placeholder, value) in &other.0 {
            self.0.insert(*placeholder, value.clone());
        }
    }

    fn require(&self, placeholder: Placeholder) -> Result<&str> {
        self.get(placeholder)
            .ok_or(Error::Mail(crate::MailError::TemplateValueMissing {
                name: placeholder.name(),
            }))
    }
}

/// A piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token {
    /// Text as it stands, braces already unescaped.
    Literal(String),
    /// A value to fill in.
    Value(Placeholder),
}

/// Parses one part (`subject`, `text`, `html`) of a template.
pub(crate) fn parse(source: &str, part: &'static str) -> Result<Vec<Token>> {
    let mut tokens = Vec::new();
    let mut literal = String::new();
    let mut rest = source;
    while let Some(c) = rest.chars().next() {
        let placeholder =
            if rest.starts_with("{{") {
                literal.push('{');
                rest = &rest[2..];
                None
            } else if rest.starts_with("}}") {
                literal.push('}');
                rest = &rest[2..];
                None
            } else if rest.starts_with(SEED_PASSWORD) {
                rest = &rest[SEED_PASSWORD.len()..];
                Some(Placeholder::CertPassword)
            } else if c == '{' {
                let end = rest.find('}').ok_or(Error::Mail(
                    crate::MailError::TemplateUnbalancedBrace { part },
                ))?;
                let name = &rest[1..end];
                if name.contains('{') {
                    return Err(Error::Mail(crate::MailError::TemplateUnbalancedBrace {
                        part,
                    }));
                }
                rest = &rest[end + 1..];
                Some(
                    Placeholder::ALL
                        .into_iter()
                        .find(|p| p.name() == name)
                        .ok_or_else(|| unknown(name, part))?,
                )
            } else if c == '}' {
                return Err(Error::Mail(crate::MailError::TemplateUnbalancedBrace {
                    part,
                }));
            } else {
                literal.push(c);
                rest = &rest[c.len_utf8()..];
                None
            };
        if let Some(placeholder) = placeholder {
            if !literal.is_empty() {
                tokens.push(Token::Literal(std::mem::take(&mut literal)));
            }
            tokens.push(Token::Value(placeholder));
        }
    }
    if !literal.is_empty() {
        tokens.push(Token::Literal(literal));
    }
    Ok(tokens)
}

fn unknown(name: &str, part: &'static str) -> Error {
    let mut shown: String = name.chars().take(NAME_SHOWN).collect();
    if shown.len() < name.len() {
        shown.push('…');
    }
    Error::Mail(crate::MailError::TemplateUnknownPlaceholder { name: shown, part })
}

/// The placeholders a parsed part uses.
pub(crate) fn uses(tokens: &[Token], placeholder: Placeholder) -> bool {
    tokens.contains(&Token::Value(placeholder))
}

/// Fills in a plain-text part.
pub(crate) fn render_text(tokens: &[Token], values: &Values) -> Result<String> {
    let mut out = String::new();
    for token in tokens {
        match token {
            Token::Literal(text) => out.push_str(text),
            Token::Value(p) => out.push_str(values.require(*p)?),
        }
    }
    Ok(out)
}

/// Fills in a subject, refusing a value that would break the header line.
pub(crate) fn render_subject(tokens: &[Token], values: &Values) -> Result<String> {
    for token in tokens {
        if let Token::Value(p) = token {
            if values.require(*p)?.contains(['\r', '\n']) {
                return Err(Error::Mail(crate::MailError::TemplateMultilineValue {
                    name: p.name(),
                }));
            }
        }
    }
    render_text(tokens, values)
}

/// Fills in an HTML part written by the user: the template's markup stays,
/// every value is escaped.
pub(crate) fn render_html(tokens: &[Token], values: &Values) -> Result<String> {
    let mut out = String::new();
    for token in tokens {
        match token {
            Token::Literal(text) => out.push_str(text),
            Token::Value(p) => out.push_str(&escape(values.require(*p)?)),
        }
    }
    Ok(out)
}

/// An HTML document made from the filled-in plain text: blank lines part
/// paragraphs, single line breaks stay. Escaping leaves line breaks alone,
/// so escaping the whole rendered text is the same as escaping each piece.
pub(crate) fn html_from_text(text: &str, language: &str, rtl: bool) -> String {
    let dir = if rtl { "rtl" } else { "ltr" };
    let escaped = escape(&text.replace("\r\n", "\n"));
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{language}\" dir=\"{dir}\">\n<head><meta charset=\"utf-8\"></head>\n<body lang=\"{language}\" dir=\"{dir}\">\n"
    );
    for paragraph in escaped.split("\n\n") {
        let paragraph = paragraph.trim_matches('\n');
        if paragraph.is_empty() {
            continue;
        }
        let _ = writeln!(out, "<p>{}</p>", paragraph.replace('\n', "<br>\n"));
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Escapes text for HTML element content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_escapes_and_the_old_password_mark_parse() {
        let tokens = parse("{{x}} {login}: <CERT_HASLO>}}", "text").unwrap();
        assert_eq!(
            tokens,
            vec![
                Token::Literal("{x} ".into()),
                Token::Value(Placeholder::Login),
                Token::Literal(": ".into()),
                Token::Value(Placeholder::CertPassword),
                Token::Literal("}".into()),
            ]
        );
    }

    #[test]
    fn unknown_names_and_lone_braces_are_refused() {
        let err = parse("Dear {name}", "subject").unwrap_err();
        assert_eq!(err.code(), "mail.template-unknown-placeholder");
        assert_eq!(err.params()["name"], "name");
        assert_eq!(err.params()["part"], "subject");
        for bad in ["{login", "login}", "{lo{gin}"] {
            let err = parse(bad, "text").unwrap_err();
            assert_eq!(err.code(), "mail.template-unbalanced-brace", "{bad}");
        }
        let long = format!("{{{}}}", "x".repeat(200));
        let err = parse(&long, "html").unwrap_err();
        assert!(err.params()["name"].as_str().unwrap().chars().count() <= NAME_SHOWN + 1);
    }

    #[test]
    fn values_are_escaped_in_html_only() {
        let mut values = Values::new();
        values.set(Placeholder::Recipient, "<script>alert(1)</script> & \"Co\"");
        let tokens = parse("<b>{recipient}</b>", "html").unwrap();
        let html = render_html(&tokens, &values).unwrap();
        assert_eq!(
            html,
            "<b>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</b>"
        );
        let text = render_text(&parse("{recipient}", "text").unwrap(), &values).unwrap();
        assert!(text.starts_with("<script>"));
    }

    #[test]
    fn a_multiline_value_cannot_enter_the_subject_and_a_missing_one_is_named() {
        let tokens = parse("For {company}", "subject").unwrap();
        let mut values = Values::new();
        let err = render_subject(&tokens, &values).unwrap_err();
        assert_eq!(err.code(), "mail.template-value-missing");
        assert_eq!(err.params()["name"], "company");
        values.set(Placeholder::Company, "ACME\r\nBcc: victim@example.com");
        let err = render_subject(&tokens, &values).unwrap_err();
        assert_eq!(err.code(), "mail.template-multiline-value");
        assert_eq!(err.params()["name"], "company");
    }

    #[test]
    fn html_from_text_keeps_paragraphs_and_direction() {
        let html = html_from_text("שלום <x>\n\nשורה\nשנייה\n", "he", true);
        assert!(html.contains("<html lang=\"he\" dir=\"rtl\">"));
        assert!(html.contains("<p>שלום &lt;x&gt;</p>"));
        assert!(html.contains("<p>שורה<br>\nשנייה</p>"));
    }
}
