//! Templates against a real store file.

use super::*;

fn store(dir: &std::path::Path) -> Store {
    Store::open_for_tests(&dir.join("data")).unwrap()
}

fn now() -> DateTime<Utc> {
    "2026-11-23T10:00:00Z".parse().unwrap()
}

#[test]
fn every_kind_renders_in_every_language_with_no_placeholder_left() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    for kind in TemplateKind::ALL {
        for language in Language::ALL {
            validate(kind, defaults::template(kind, language)).unwrap();
            let rendered = preview(&store, kind, language.tag()).unwrap();
            assert_eq!(rendered.language, language);
            for part in [&rendered.subject, &rendered.text, &rendered.html] {
                assert!(!part.contains(['{', '}']), "{kind} {language}: {part}");
                assert!(!part.contains("<CERT_HASLO>"), "{kind} {language}");
            }
            assert!(!rendered.subject.contains(['\r', '\n']));
            let samples = defaults::sample_values(language);
            let recipient = samples.get(Placeholder::Recipient).unwrap();
            if kind != TemplateKind::RenewalRequest {
                assert!(rendered.text.contains(recipient), "{kind} {language}");
            }
            let password = samples.get(Placeholder::CertPassword).unwrap();
            assert_eq!(
                rendered.text.contains(password),
                kind == TemplateKind::PortalPassword,
                "{kind} {language}"
            );
            let dir = if language.is_rtl() { "rtl" } else { "ltr" };
            assert!(
                rendered
                    .html
                    .contains(&format!("lang=\"{}\" dir=\"{dir}\"", language.tag())),
                "{kind} {language}"
            );
        }
    }
}

#[test]
fn each_language_has_its_own_wording() {
    for kind in TemplateKind::ALL {
        let texts: std::collections::HashSet<_> = Language::ALL
            .into_iter()
            .map(|language| &defaults::template(kind, language).text)
            .collect();
        assert_eq!(texts.len(), Language::ALL.len(), "{kind}");
    }
}

#[test]
fn the_recipient_language_picks_the_template_with_fallbacks() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    let kind = TemplateKind::SignedDocument;
    let values = defaults::sample_values(Language::En);
    for (tag, expected) in [
        ("pl-PL", Language::Pl),
        ("he_IL", Language::He),
        ("IT", Language::It),
        ("de-DE", Language::En),
        ("", Language::En),
    ] {
        let rendered = render(&store, kind, tag, &values).unwrap();
        assert_eq!(rendered.language, expected, "{tag}");
        let subject = render_template(defaults::template(kind, expected), expected, &values)
            .unwrap()
            .subject;
        assert_eq!(rendered.subject, subject);
    }
}

#[test]
fn a_custom_template_survives_reopening_and_reset_restores_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let custom = Template {
        subject: "Umowa {document} od {company}".into(),
        text: "Witaj {recipient}, w załączniku {document}. {{bez zmian}}".into(),
        html: Some("<p>Witaj <b>{recipient}</b></p>".into()),
    };
    {
        let store = store(dir.path());
        set(
            &store,
            TemplateKind::SignedDocument,
            Language::Pl,
            &custom,
            now(),
        )
        .unwrap();
    }
    let store = store(dir.path());
    let shown = show(&store, TemplateKind::SignedDocument, Language::Pl).unwrap();
    assert!(shown.customized);
    assert_eq!(shown.template, custom);
    let entries = list(&store).unwrap();
    assert_eq!(entries.len(), 24);
    let customized: Vec<_> = entries.iter().filter(|e| e.customized).collect();
    assert_eq!(customized.len(), 1);
    assert_eq!(customized[0].language, Language::Pl);

    let mut values = defaults::sample_values(Language::Pl);
    values.set(Placeholder::Recipient, "<script>alert('x')</script>");
    let rendered = render(&store, TemplateKind::SignedDocument, "pl-PL", &values).unwrap();
    assert_eq!(
        rendered.html,
        "<p>Witaj <b>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</b></p>"
    );
    assert!(rendered.text.ends_with("{bez zmian}"));
    // Other languages keep their default.
    assert!(
        !show(&store, TemplateKind::SignedDocument, Language::En)
            .unwrap()
            .customized
    );

    assert!(reset(&store, TemplateKind::SignedDocument, Language::Pl, now()).unwrap());
    assert!(!reset(&store, TemplateKind::SignedDocument, Language::Pl, now()).unwrap());
    let shown = show(&store, TemplateKind::SignedDocument, Language::Pl).unwrap();
    assert!(!shown.customized);
    assert_eq!(
        &shown.template,
        defaults::template(TemplateKind::SignedDocument, Language::Pl)
    );
    let actions: Vec<_> = audit::recent(store.conn(), crate::company::CompanyId(1), true, 5)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["mail.template-reset", "mail.template-saved"]);
}

#[test]
fn the_generated_html_escapes_values() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    let mut values = defaults::sample_values(Language::En);
    values.set(Placeholder::Recipient, "<script>alert(1)</script>");
    let rendered = render(&store, TemplateKind::SignedDocument, "en", &values).unwrap();
    assert!(rendered.text.contains("<script>alert(1)</script>"));
    assert!(!rendered.html.contains("<script>"), "{}", rendered.html);
    assert!(rendered
        .html
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}

#[test]
fn bad_templates_are_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let store = store(dir.path());
    let good = Template {
        subject: "Hello {recipient}".into(),
        text: "Your password: <CERT_HASLO>".into(),
        html: None,
    };
    let cases: [(TemplateKind, Template, &str); 10] = [
        (
            TemplateKind::SignedDocument,
            Template {
                text: "Dear {customer}".into(),
                ..good.clone()
            },
            "mail.template-unknown-placeholder",
        ),
        (
            TemplateKind::PortalPassword,
            Template {
                subject: "Hello\r\nBcc: x@example.com".into(),
                ..good.clone()
            },
            "mail.header-injection",
        ),
        (
            TemplateKind::PortalPassword,
            Template {
                html: Some("<style>p { color: red }</style>".into()),
                ..good.clone()
            },
            "mail.template-unknown-placeholder",
        ),
        (
            TemplateKind::PortalPassword,
            Template {
                text: "no password here".into(),
                ..good.clone()
            },
            "mail.template-password-required",
        ),
        (
            TemplateKind::PortalCertificate,
            good.clone(),
            "mail.template-password-forbidden",
        ),
        (
            TemplateKind::PortalPassword,
            Template {
                subject: " ".into(),
                ..good.clone()
            },
            "mail.template-empty",
        ),
        (
            TemplateKind::PortalPassword,
            Template {
                text: "{cert_password".into(),
                ..good.clone()
            },
            "mail.template-unbalanced-brace",
        ),
        (
            TemplateKind::PortalPassword,
            Template {
                subject: "Your password {cert_password}".into(),
                ..good.clone()
            },
            "mail.template-password-in-subject",
        ),
        (
            TemplateKind::PortalPassword,
            Template {
                subject: "Your password\u{1b}[8m".into(),
                ..good.clone()
            },
            "mail.header-control",
        ),
        (
            TemplateKind::PortalPassword,
            Template {
                subject: "Your\u{0b}password".into(),
                ..good.clone()
            },
            "mail.header-control",
        ),
    ];
    for (kind, template, code) in cases {
        let err = set(&store, kind, Language::En, &template, now()).unwrap_err();
        assert_eq!(err.code(), code, "{template:?}");
    }
    assert!(list(&store).unwrap().iter().all(|e| !e.customized));
    // The seed's <CERT_HASLO> counts as {cert_password}.
    set(
        &store,
        TemplateKind::PortalPassword,
        Language::En,
        &good,
        now(),
    )
    .unwrap();
    let mut values = Values::new();
    values
        .set(Placeholder::Recipient, "Ann")
        .set(Placeholder::CertPassword, "s3cret");
    let rendered = render(&store, TemplateKind::PortalPassword, "en", &values).unwrap();
    assert_eq!(rendered.text, "Your password: s3cret");
}

#[test]
fn unknown_kinds_and_value_names_are_refused_by_name() {
    let err = "invoice".parse::<TemplateKind>().unwrap_err();
    assert_eq!(err.code(), "mail.template-unknown-kind");
    assert_eq!(err.params()["kind"], "invoice");
    let err = Values::new().set_named("customer", "x").unwrap_err();
    assert_eq!(err.params()["name"], "customer");
}
