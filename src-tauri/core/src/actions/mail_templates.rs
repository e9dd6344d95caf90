//! The mail templates: the catalogue, one template, saving, going back to
//! the built-in wording, and previews.

use super::Context;
use crate::locale::Language;
use crate::mail::templates::{
    self, Placeholder, Rendered, ShownTemplate, Template, TemplateEntry, TemplateKind, Values,
};
use crate::Result;
use serde::{Deserialize, Serialize};

/// The placeholders one kind may use.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct KindPlaceholders {
    /// The kind.
    pub kind: TemplateKind,
    /// The placeholder names, in the order the editor offers them.
    pub names: Vec<&'static str>,
}

/// What the template editor offers.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TemplateCatalog {
    /// Every kind in every language, with whether the user changed it.
    pub entries: Vec<TemplateEntry>,
    /// The placeholders each kind may use, by kind.
    pub placeholders: Vec<KindPlaceholders>,
}

/// The placeholders a template of `kind` may contain: the certificate
/// password only in the password message (saving refuses it elsewhere).
fn placeholders_of(kind: TemplateKind) -> Vec<&'static str> {
    Placeholder::ALL
        .into_iter()
        .filter(|p| *p != Placeholder::CertPassword || kind == TemplateKind::PortalPassword)
        .map(Placeholder::name)
        .collect()
}

/// Every template kind and language, and the placeholders of each kind.
pub fn template_catalog(cx: &Context) -> Result<TemplateCatalog> {
    Ok(TemplateCatalog {
        entries: templates::list(cx.store())?,
        placeholders: TemplateKind::ALL
            .into_iter()
            .map(|kind| KindPlaceholders {
                kind,
                names: placeholders_of(kind),
            })
            .collect(),
    })
}

/// The template of `kind` in effect for `language`.
pub fn show_template(
    cx: &Context,
    kind: TemplateKind,
    language: Language,
) -> Result<ShownTemplate> {
    templates::show(cx.store(), kind, language)
}

/// A template's wording for a kind and language.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct TemplateRequest {
    /// The kind.
    pub kind: TemplateKind,
    /// The language.
    pub language: Language,
    /// The wording.
    pub template: Template,
}

/// Saves the user's wording of a kind in a language; returns it as now in
/// effect.
pub fn set_template(cx: &Context, request: TemplateRequest) -> Result<ShownTemplate> {
    templates::set(
        cx.store(),
        request.kind,
        request.language,
        &request.template,
        cx.now(),
    )?;
    templates::show(cx.store(), request.kind, request.language)
}

/// A template back at its built-in wording.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct TemplateReset {
    /// False when the user had not changed it.
    pub removed: bool,
    /// The built-in template now in effect.
    #[serde(flatten)]
    pub shown: ShownTemplate,
}

/// Returns `kind` in `language` to the built-in wording.
pub fn reset_template(
    cx: &Context,
    kind: TemplateKind,
    language: Language,
) -> Result<TemplateReset> {
    let removed = templates::reset(cx.store(), kind, language, cx.now())?;
    Ok(TemplateReset {
        removed,
        shown: templates::show(cx.store(), kind, language)?,
    })
}

/// The wording being edited (not yet saved) filled with the language's
/// example values; refused as saving would refuse it.
pub fn preview_template_draft(_cx: &Context, request: TemplateRequest) -> Result<Rendered> {
    templates::validate(request.kind, &request.template)?;
    let values = templates::sample_values(request.language.tag());
    templates::render_template(&request.template, request.language, &values)
}

/// The saved template of `kind` for a recipient speaking `language` (a tag
/// such as `pl-PL`; an unknown one falls back to English), filled with the
/// example values, each replaced by the one in `values` when given.
pub fn preview_template(
    cx: &Context,
    kind: TemplateKind,
    language: &str,
    values: &Values,
) -> Result<Rendered> {
    let mut filled = templates::sample_values(language);
    filled.extend(values);
    templates::render(cx.store(), kind, language, &filled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_portal_password_is_offered_only_in_its_own_message() {
        for kind in TemplateKind::ALL {
            let names = placeholders_of(kind);
            assert_eq!(
                names.contains(&"cert_password"),
                kind == TemplateKind::PortalPassword,
                "{kind}"
            );
            assert!(names.contains(&"recipient"), "{kind}");
        }
    }

    #[test]
    fn a_template_saved_and_reset_comes_back_to_the_built_in_wording() {
        let (_dir, store) = crate::actions::test_store::empty_store();
        let cx = Context::new(&store, crate::actions::Scope::test_administrator());
        let kind = TemplateKind::SignedDocument;
        let built_in = show_template(&cx, kind, Language::Pl).unwrap();
        let mine = Template {
            subject: "Dokument {document}".into(),
            text: "Dzień dobry {recipient}".into(),
            html: None,
        };
        let request = TemplateRequest {
            kind,
            language: Language::Pl,
            template: mine.clone(),
        };
        let preview = preview_template_draft(&cx, request.clone()).unwrap();
        assert!(
            preview.subject.starts_with("Dokument "),
            "{}",
            preview.subject
        );
        let saved = set_template(&cx, request).unwrap();
        assert!(saved.customized);
        assert_eq!(saved.template, mine);
        let catalog = template_catalog(&cx).unwrap();
        assert!(catalog
            .entries
            .iter()
            .any(|e| e.kind == kind && e.language == Language::Pl && e.customized));
        let reset = reset_template(&cx, kind, Language::Pl).unwrap();
        assert!(reset.removed);
        assert_eq!(reset.shown, built_in);
        assert!(!reset_template(&cx, kind, Language::Pl).unwrap().removed);
    }
}
