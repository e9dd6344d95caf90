//! The scope rule, walked: an operator of one company finds nothing of
//! another through any list, search, export or action, and an id of the
//! other company answers that it is not there.

use super::companies::{self, CompanyRequest};
use super::key_secret::KeySecretInput;
use super::{
    certificate_files, certificates, documents, first_steps, identity, mail, mail_templates,
    outbox, renewal, renewal_prices, renewal_runs, seal, session, settings, signing, Context, Gate,
    Scope,
};
use crate::admin;
use crate::mail::templates::{Template, TemplateKind};
use crate::pki::pkcs12::Pkcs12Profile;
use crate::pki::revocation::Reason;
use crate::renewal::plan::Term;
use crate::secret::Secret;
use crate::sign::signing::SignOptions;
use crate::test_support::signing_office_with_mail;
use chrono::Utc;

const OPERATOR_PASSWORD: &str = "operator-pw-1";

/// Company MAIN with a seal, a signing certificate, mail settings, a
/// template, a price and a queued message; company B with its operator,
/// signed in. Returns the store, B's scope, the administrator's scope and
/// the ids of MAIN's seal and certificate.
fn two_companies(dir: &std::path::Path) -> (crate::Store, Scope, Scope, i64, i64) {
    let now = Utc::now();
    let (sealed, cert) = signing_office_with_mail(dir, now);
    let store = sealed.store;
    let draft = crate::mail::compose::Draft {
        to: vec!["klient@example.com".into()],
        subject: "Faktura".into(),
        text: "Dzień dobry".into(),
        ..Default::default()
    };
    let queued = crate::mail::outbox::enqueue(
        &store,
        &draft,
        &crate::mail::outbox::EnqueueOptions::default(),
        now,
    )
    .unwrap();
    assert_eq!(queued.id, 1);
    store.release_company();
    admin::create(&store, "Dana Levi", "admin-pw-1", now).unwrap();
    let gate = Gate::new(&store);
    let admin_scope = session::sign_in(&gate, "admin", &Secret::from("admin-pw-1"), None).unwrap();
    {
        let cx = Context::new(&store, &admin_scope);
        mail_templates::set_template(
            &cx,
            mail_templates::TemplateRequest {
                kind: TemplateKind::SignedDocument,
                language: crate::locale::Language::Pl,
                template: Template {
                    subject: "Dokument {document}".into(),
                    text: "Dzień dobry {recipient}".into(),
                    html: None,
                },
            },
        )
        .unwrap();
        renewal_prices::set_price(&cx, "Outside CA", Term::OneYear, "120.00", "PLN").unwrap();
        let request = CompanyRequest {
            name: "Second Office".into(),
            country: Some("IL".into()),
            ..CompanyRequest::default()
        };
        companies::create(&cx, "B", &request).unwrap();
        let on_b = session::open_company(&cx, "b").unwrap();
        drop(cx);
        let cx_b = Context::new(&store, &on_b);
        companies::add_operator(&cx_b, "bo", "Boaz Cohen", &Secret::from(OPERATOR_PASSWORD))
            .unwrap();
    }
    let operator = session::sign_in(&gate, "bo", &Secret::from(OPERATOR_PASSWORD), None).unwrap();
    (store, operator, admin_scope, sealed.seal_id, cert)
}

fn not_found<T: std::fmt::Debug>(result: crate::Result<T>, code: &str) {
    let err = result.unwrap_err();
    assert_eq!(err.code(), code, "{err}");
}

#[test]
fn an_operator_of_another_company_sees_counts_and_touches_nothing_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let (store, operator, admin_scope, seal_id, cert) = two_companies(dir.path());
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let cx = Context::new(&store, &operator);

    // Lists and searches are empty.
    let all = certificates::CertificateQuery {
        expiring_within_days: None,
        search: None,
        limit: None,
        offset: 0,
    };
    assert!(certificates::list(&cx, &all).unwrap().rows.is_empty());
    let search = certificates::CertificateQuery {
        search: Some("Anna".into()),
        ..all.clone()
    };
    assert!(certificates::list(&cx, &search).unwrap().rows.is_empty());
    assert!(seal::history(&cx).unwrap().is_empty());
    assert!(signing::signing_certificates(&cx).unwrap().is_empty());
    assert!(identity::list(&cx).unwrap().is_empty());
    assert!(outbox::list_outbox(&cx).unwrap().is_empty());
    assert_eq!(outbox::request_delivery(&cx).unwrap().due_now, 0);
    assert!(renewal::candidates(&cx, 3650).unwrap().is_empty());
    assert!(renewal_prices::prices(&cx).unwrap().is_empty());
    assert!(renewal_runs::runs(&cx).unwrap().is_empty());
    assert!(mail::mail_settings(&cx).unwrap().settings.is_none());
    assert!(mail_templates::template_catalog(&cx)
        .unwrap()
        .entries
        .iter()
        .all(|e| !e.customized));
    assert!(first_steps::first_steps(&cx)
        .unwrap()
        .steps
        .iter()
        .all(|s| !s.done));
    let activity = settings::recent_activity(&cx, 500).unwrap();
    assert!(
        activity.iter().all(|e| !e.action.starts_with("seal.")
            && !e.action.starts_with("cert.")
            && !e.action.starts_with("key.")),
        "{activity:?}"
    );
    let rows = companies::list(&cx).unwrap();
    assert_eq!(
        rows.iter()
            .map(|r| r.company.code.as_str())
            .collect::<Vec<_>>(),
        ["B"]
    );

    // The other company's ids are not there.
    not_found(certificates::detail(&cx, cert), "cert.not-found");
    not_found(
        certificates::revoke(&cx, cert, Reason::KeyCompromise),
        "cert.not-found",
    );
    not_found(certificates::untrust(&cx, cert), "cert.not-found");
    not_found(
        certificate_files::export(&cx, cert, &out.join("a.der")),
        "cert.not-found",
    );
    not_found(
        certificate_files::export_pkcs12(
            &cx,
            &certificate_files::Pkcs12Export {
                id: cert,
                key_secret: KeySecretInput::Password(Secret::from("signer-pw")),
                password: Secret::from("p12-password-1"),
                profile: Pkcs12Profile::Modern,
                path: out.join("a.p12"),
            },
        ),
        "cert.not-found",
    );
    not_found(
        seal::export(&cx, seal_id, &out.join("seal.pem")),
        "seal.not-found",
    );
    not_found(seal::revoke(&cx, seal_id), "seal.not-found");
    let document = dir.path().join("note.txt");
    std::fs::write(&document, "hello").unwrap();
    not_found(
        documents::sign_file(
            &cx,
            cert,
            &KeySecretInput::Password(Secret::from("signer-pw")),
            &document,
            &SignOptions {
                output: Some(&out.join("note.txt.p7s")),
                detached: false,
                reason: None,
            },
        ),
        "cert.not-found",
    );
    not_found(outbox::show_outbox_message(&cx, 1), "mail.outbox-not-found");
    not_found(
        outbox::cancel_outbox_message(&cx, 1),
        "mail.outbox-not-found",
    );
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        0,
        "nothing was written"
    );

    // Store-wide acts are the administrator's.
    let made = companies::create(&cx, "C", &CompanyRequest::default());
    not_found(made, "auth.administrator-only");
    not_found(
        super::backup::back_up(&cx, |_| true),
        "auth.administrator-only",
    );
    not_found(session::open_company(&cx, "MAIN"), "company.not-found");
    drop(cx);

    // The other company kept everything.
    let cx = Context::new(&store, &admin_scope);
    assert_eq!(certificates::list(&cx, &all).unwrap().rows.len(), 2);
    assert_eq!(certificates::detail(&cx, cert).unwrap().record.id, cert);
    assert_eq!(outbox::list_outbox(&cx).unwrap().len(), 1);
}

#[test]
fn signing_in_names_the_operator_and_refuses_a_wrong_password_like_an_unknown_login() {
    let dir = tempfile::tempdir().unwrap();
    let (store, operator, _, _, _) = two_companies(dir.path());
    assert!(!operator.is_administrator());
    assert_eq!(operator.actor().login(), "bo");
    let gate = Gate::new(&store);
    let wrong = session::sign_in(&gate, "bo", &Secret::from("not-it"), None).unwrap_err();
    assert_eq!(wrong.code(), "auth.wrong-password");
    let unknown = session::sign_in(&gate, "nobody", &Secret::from("not-it"), None).unwrap_err();
    assert_eq!(unknown.code(), "auth.wrong-password");
    // The wrong attempt makes the next one wait, even with the right password.
    let waiting =
        session::sign_in(&gate, "bo", &Secret::from(OPERATOR_PASSWORD), None).unwrap_err();
    assert_eq!(waiting.code(), "auth.throttled");
    let other = session::sign_in(
        &Gate::at(&store, Utc::now() + chrono::Duration::seconds(5)),
        "bo",
        &Secret::from(OPERATOR_PASSWORD),
        Some("MAIN"),
    )
    .unwrap_err();
    assert_eq!(other.code(), "company.not-found");
}
