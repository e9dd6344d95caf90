//! `sealdesk mail template ...`: the built-in wording per language, the
//! user's own wording in the store, and previews.

use crate::support::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).expect("stdout is one JSON value")
}

fn setup() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let data = init_store(tmp.path());
    (tmp, data)
}

/// `set signed-document` in `lang` with this subject and text file.
fn set_signed_document<'a>(lang: &'a str, subject: &'a str, text: &'a Path) -> Vec<&'a str> {
    let set = ["set", "signed-document", "--lang", lang];
    [&set[..], &["--subject", subject, "--text-file", s(text)]].concat()
}

/// `sealdesk mail template ARGS` with `env`.
fn template(data: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    sealdesk(data, &with(&["mail", "template"], args), env)
}

fn run_json(data: &Path, args: &[&str]) -> Value {
    let mut all = vec!["--json", "mail", "template"];
    all.extend_from_slice(args);
    let run = sealdesk(data, &all, &[]);
    assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
    json(&run.stdout)
}

#[test]
fn list_shows_every_kind_in_every_language_and_set_reset_change_one() {
    let (tmp, data) = setup();
    let list = run_json(&data, &["list"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 24);
    assert!(list.iter().all(|e| e["customized"] == false));

    let text = secret_file(
        tmp.path(),
        "text.txt",
        "Dzień dobry {recipient},\n\nw załączniku {document}.\n\n{sender}\n",
    );
    let saved = run_json(
        &data,
        &set_signed_document("pl", "Dokument {document} od {company}", &text),
    );
    assert_eq!(saved["customized"], true);
    let list = run_json(&data, &["list"]);
    let customized: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["customized"] == true)
        .collect();
    assert_eq!(customized.len(), 1);
    assert_eq!(customized[0]["kind"], "signed-document");
    assert_eq!(customized[0]["language"], "pl");

    let shown = run_json(&data, &["show", "signed-document", "--lang", "pl"]);
    assert_eq!(shown["subject"], "Dokument {document} od {company}");
    assert_eq!(shown["customized"], true);

    let preview = run_json(
        &data,
        &with(
            &["preview", "signed-document", "--lang", "pl-PL"],
            &[
                "--var",
                "recipient=<script>alert(1)</script>",
                "--var",
                "document=faktura.pdf",
            ],
        ),
    );
    assert_eq!(preview["language"], "pl");
    assert!(preview["subject"]
        .as_str()
        .unwrap()
        .starts_with("Dokument faktura.pdf od "));
    assert!(preview["text"]
        .as_str()
        .unwrap()
        .starts_with("Dzień dobry <script>alert(1)</script>,"));
    let html = preview["html"].as_str().unwrap();
    assert_contains(html, "&lt;script&gt;alert(1)&lt;/script&gt;");
    assert!(!html.contains("<script>"), "{html}");

    let reset = run_json(&data, &["reset", "signed-document", "--lang", "pl"]);
    assert_eq!(reset["removed"], true);
    let shown = run_json(&data, &["show", "signed-document", "--lang", "pl"]);
    assert_eq!(shown["customized"], false);
    assert_eq!(shown["subject"], "Podpisany dokument: {document}");
}

#[test]
fn previews_use_the_language_of_the_recipient_and_hebrew_runs_right_to_left() {
    let (_tmp, data) = setup();
    let he = run_json(&data, &["preview", "portal-password", "--lang", "he_IL"]);
    assert_eq!(he["language"], "he");
    assert!(he["html"].as_str().unwrap().contains("dir=\"rtl\""));
    assert!(he["text"].as_str().unwrap().contains("Tq7-Vm3-Kx9-Pr2"));
    let de = run_json(&data, &["preview", "portal-certificate", "--lang", "de"]);
    assert_eq!(de["language"], "en");
    assert!(!de["text"].as_str().unwrap().contains("Tq7-Vm3-Kx9-Pr2"));
}

#[test]
fn a_preview_takes_the_portal_password_from_a_file_never_an_argument() {
    let (tmp, data) = setup();
    let refused = template(
        &data,
        &with(
            &["preview", "portal-password", "--lang", "en"],
            &["--var", "cert_password=Visible-To-All-1"],
        ),
        &[],
    );
    assert_eq!(refused.status, 2, "{}", refused.stderr);
    assert!(
        refused.stderr.contains("--cert-password-file")
            && refused.stderr.contains("--cert-password-env"),
        "{}",
        refused.stderr
    );
    let file = secret_file(tmp.path(), "portal-pw", "From-A-File-2\n");
    let shown = run_json(
        &data,
        &with(
            &["preview", "portal-password", "--lang", "en"],
            &["--cert-password-file", file.to_str().unwrap()],
        ),
    );
    assert!(
        shown["text"].as_str().unwrap().contains("From-A-File-2"),
        "{shown}"
    );
    let env = sealdesk(
        &data,
        &[
            "--json",
            "mail",
            "template",
            "preview",
            "portal-password",
            "--lang",
            "en",
            "--cert-password-env",
            "SD_PORTAL",
        ],
        &[("SD_PORTAL", "From-The-Env-3")],
    );
    assert_eq!(env.status, 0, "{}", env.stderr);
    assert_contains(&env.stdout, "From-The-Env-3");
}

#[test]
fn bad_templates_and_values_are_refused_with_a_localized_message() {
    let (tmp, data) = setup();
    let text = secret_file(tmp.path(), "text.txt", "Witaj {klient}\n");
    let run = template(
        &data,
        &set_signed_document("pl", "Dokument", &text),
        &[("LANG", "pl_PL.UTF-8")],
    );
    assert_ne!(run.status, 0);
    assert_contains(&run.stderr, "Nieznany symbol zastępczy {klient}");

    let good = secret_file(tmp.path(), "good.txt", "Hello {recipient}\n");
    let run = template(
        &data,
        &set_signed_document("en", "Hello\nBcc: someone@example.com", &good),
        &[],
    );
    assert_ne!(run.status, 0);
    assert_contains(&run.stderr, "subject");

    let run = template(
        &data,
        &with(
            &["preview", "signed-document", "--lang", "en"],
            &["--var", "document=a\r\nBcc: x@example.com"],
        ),
        &[],
    );
    assert_ne!(run.status, 0);
    assert_contains(&run.stderr, "{document}");

    let run = sealdesk(
        &data,
        &["mail", "template", "show", "invoice", "--lang", "en"],
        &[],
    );
    assert_ne!(run.status, 0);
    assert_contains(&run.stderr, "invoice");
    let list = run_json(&data, &["list"]);
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["customized"] == false));
}
