//! Mail templates: the wording of each kind of message SealDesk sends, per
//! language. The defaults ship with the program (see [`defaults`]); the user
//! may override one kind in one language, stored in the `mail_template`
//! table, and `reset` returns to the default.
//!
//! The recipient's language picks the template: `pl-PL` falls back to `pl`,
//! an unknown language to English. A template without its own HTML gets one
//! made from its text, in the language's direction (Hebrew right to left).

pub mod defaults;
pub mod syntax;

pub use syntax::{Placeholder, Values};

use crate::locale::Language;
use crate::{audit, Error, Result, Store};
use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use serde_json::json;
use syntax::Token;

/// The kinds of message that have a template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum TemplateKind {
    /// A signed document sent to a customer.
    SignedDocument,
    /// A portal user's PKCS#12 file, without its password.
    PortalCertificate,
    /// The PKCS#12 password, sent in a message of its own.
    PortalPassword,
    /// A renewal request envelope sent to the certification authority.
    RenewalRequest,
}

impl TemplateKind {
    /// Every kind, in the order lists show them.
    pub const ALL: [TemplateKind; 4] = [
        TemplateKind::SignedDocument,
        TemplateKind::PortalCertificate,
        TemplateKind::PortalPassword,
        TemplateKind::RenewalRequest,
    ];

    /// The stored and printed name.
    pub fn as_str(self) -> &'static str {
        match self {
            TemplateKind::SignedDocument => "signed-document",
            TemplateKind::PortalCertificate => "portal-certificate",
            TemplateKind::PortalPassword => "portal-password",
            TemplateKind::RenewalRequest => "renewal-request",
        }
    }
}

crate::parse_by_name!(TemplateKind, as_str, eq, |name| {
    Error::Mail(crate::MailError::TemplateUnknownKind {
        kind: name.to_string(),
    })
}; display);

/// A template as written, before values are filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Template {
    /// The subject line.
    pub subject: String,
    /// The plain-text body.
    pub text: String,
    /// The HTML body; `None` makes it from the text.
    #[serde(default)]
    pub html: Option<String>,
}

/// A message's wording with the values filled in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Rendered {
    /// The language whose template was used.
    pub language: Language,
    /// The subject, one line.
    pub subject: String,
    /// The plain-text body.
    pub text: String,
    /// The HTML body.
    pub html: String,
}

/// One kind in one language, as `list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TemplateEntry {
    /// The kind.
    pub kind: TemplateKind,
    /// The language.
    pub language: Language,
    /// Whether the user's wording replaces the default.
    pub customized: bool,
}

/// A template in effect, with where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ShownTemplate {
    /// The kind.
    pub kind: TemplateKind,
    /// The language.
    pub language: Language,
    /// Whether the user's wording replaces the default.
    pub customized: bool,
    /// The wording.
    #[serde(flatten)]
    pub template: Template,
}

/// Every kind in every language, with whether the user changed it.
pub fn list(store: &Store) -> Result<Vec<TemplateEntry>> {
    let mut stmt = store
        .conn()
        .prepare("SELECT kind, language FROM mail_template WHERE company_id = current_company()")?;
    let customized = stmt
        .query_map([], |row| {
            Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<std::collections::HashSet<_>>>()?;
    let mut entries = Vec::new();
    for kind in TemplateKind::ALL {
        for language in Language::ALL {
            entries.push(TemplateEntry {
                kind,
                language,
                customized: customized
                    .contains(&(kind.as_str().to_string(), language.tag().to_string())),
            });
        }
    }
    Ok(entries)
}

/// The template of `kind` in effect for `language`: the user's, else the
/// default.
pub fn show(store: &Store, kind: TemplateKind, language: Language) -> Result<ShownTemplate> {
    let custom = load_custom(store, kind, language)?;
    Ok(ShownTemplate {
        kind,
        language,
        customized: custom.is_some(),
        template: custom.unwrap_or_else(|| defaults::template(kind, language).clone()),
    })
}

/// Checks a template before it is saved: known placeholders only, balanced
/// braces, a one-line non-empty subject without control characters, a
/// non-empty text, and the certificate password in the password message's
/// text (or HTML) and nowhere else.
pub fn validate(kind: TemplateKind, template: &Template) -> Result<()> {
    crate::mail::compose::header_text("subject", &template.subject)?;
    if template.subject.trim().is_empty() {
        return Err(Error::Mail(crate::MailError::TemplateEmpty {
            part: "subject",
        }));
    }
    if template.text.trim().is_empty() {
        return Err(Error::Mail(crate::MailError::TemplateEmpty {
            part: "text",
        }));
    }
    let parsed = parse_all(template)?;
    // Subjects show in message lists, notifications and server logs.
    if syntax::uses(&parsed.subject, Placeholder::CertPassword) {
        return Err(Error::Mail(crate::MailError::TemplatePasswordInSubject));
    }
    let has_password = parsed.uses(Placeholder::CertPassword);
    match (kind, has_password) {
        (TemplateKind::PortalPassword, false) => {
            Err(Error::Mail(crate::MailError::TemplatePasswordRequired))
        }
        (TemplateKind::PortalPassword, true) | (_, false) => Ok(()),
        (other, true) => Err(Error::Mail(crate::MailError::TemplatePasswordForbidden {
            kind: other.as_str(),
        })),
    }
}

/// Saves the user's wording of `kind` in `language`, replacing any earlier
/// one, in one transaction with its audit entry.
pub fn set(
    store: &Store,
    kind: TemplateKind,
    language: Language,
    template: &Template,
    now: DateTime<Utc>,
) -> Result<()> {
    validate(kind, template)?;
    let tx = store.write_transaction()?;
    tx.execute(
        "INSERT INTO mail_template (company_id, kind, language, subject, body_text, body_html,
                                    updated_at)
         VALUES (current_company(), ?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (company_id, kind, language) DO UPDATE SET subject = excluded.subject,
             body_text = excluded.body_text, body_html = excluded.body_html,
             updated_at = excluded.updated_at",
        rusqlite::params![
            kind.as_str(),
            language.tag(),
            template.subject,
            template.text,
            template.html,
            now.to_rfc3339(),
        ],
    )?;
    audit::record(
        &tx,
        now,
        "mail.template-saved",
        &json!({ "kind": kind.as_str(), "language": language.tag() }),
    )?;
    tx.commit()?;
    Ok(())
}

/// Removes the user's wording of `kind` in `language`, so the default
/// applies again. Returns whether there was one.
pub fn reset(
    store: &Store,
    kind: TemplateKind,
    language: Language,
    now: DateTime<Utc>,
) -> Result<bool> {
    let tx = store.write_transaction()?;
    let removed = tx.execute(
        "DELETE FROM mail_template WHERE kind = ?1 AND language = ?2 AND company_id = current_company()",
        rusqlite::params![kind.as_str(), language.tag()],
    )? > 0;
    if removed {
        audit::record(
            &tx,
            now,
            "mail.template-reset",
            &json!({ "kind": kind.as_str(), "language": language.tag() }),
        )?;
    }
    tx.commit()?;
    Ok(removed)
}

/// The message of `kind` for a recipient speaking `language` (a tag such
/// as `pl`, `pl-PL` or `he_IL`), with `values` filled in. Every value the
/// template names must be given; HTML gets them escaped, and the subject
/// refuses one that spans lines.
pub fn render(
    store: &Store,
    kind: TemplateKind,
    language: &str,
    values: &Values,
) -> Result<Rendered> {
    let language = Language::from_os_locale(language);
    let template = show(store, kind, language)?.template;
    render_template(&template, language, values)
}

/// The message of `kind` in `language` filled with that language's example
/// values, for the user to look at while editing.
pub fn preview(store: &Store, kind: TemplateKind, language: &str) -> Result<Rendered> {
    let resolved = Language::from_os_locale(language);
    render(store, kind, language, &defaults::sample_values(resolved))
}

/// Example values in the language `language` resolves to.
pub fn sample_values(language: &str) -> Values {
    defaults::sample_values(Language::from_os_locale(language))
}

/// Fills `values` into a template already chosen.
pub fn render_template(
    template: &Template,
    language: Language,
    values: &Values,
) -> Result<Rendered> {
    let parsed = parse_all(template)?;
    let text = syntax::render_text(&parsed.text, values)?;
    let html = match parsed.html {
        Some(tokens) => syntax::render_html(&tokens, values)?,
        None => syntax::html_from_text(&text, language.tag(), language.is_rtl()),
    };
    Ok(Rendered {
        language,
        subject: syntax::render_subject(&parsed.subject, values)?,
        text,
        html,
    })
}

/// A template's three parts, parsed.
struct Parsed {
    subject: Vec<Token>,
    text: Vec<Token>,
    html: Option<Vec<Token>>,
}

impl Parsed {
    fn uses(&self, placeholder: Placeholder) -> bool {
        syntax::uses(&self.subject, placeholder)
            || syntax::uses(&self.text, placeholder)
            || self
                .html
                .as_ref()
                .is_some_and(|html| syntax::uses(html, placeholder))
    }
}

fn parse_all(template: &Template) -> Result<Parsed> {
    Ok(Parsed {
        subject: syntax::parse(&template.subject, "subject")?,
        text: syntax::parse(&template.text, "text")?,
        html: template
            .html
            .as_deref()
            .map(|html| syntax::parse(html, "html"))
            .transpose()?,
    })
}

fn load_custom(store: &Store, kind: TemplateKind, language: Language) -> Result<Option<Template>> {
    Ok(store
        .conn()
        .query_row(
            "SELECT subject, body_text, body_html FROM mail_template
             WHERE kind = ?1 AND language = ?2 AND company_id = current_company()",
            rusqlite::params![kind.as_str(), language.tag()],
            |row| {
                Ok(Template {
                    subject: row.get(0)?,
                    text: row.get(1)?,
                    html: row.get(2)?,
                })
            },
        )
        .optional()?)
}

#[cfg(test)]
mod tests;
