//! `mail template ...`: read the inputs, call the core, print.

use crate::mail_template_args::{
    CertPasswordArgs, MailTemplateCommand, TemplatePreviewArgs, TemplateRefArgs, TemplateSetArgs,
};
use crate::output::{print, Failure};
use crate::secret;
use sealdesk_core::actions::mail_templates::{self, TemplateRequest};
use sealdesk_core::actions::Context;
use sealdesk_core::bounded_read;
use sealdesk_core::locale::Language;
use sealdesk_core::mail::templates::{Placeholder, Template, TemplateKind, Values};
use serde_json::json;
use std::path::Path;

/// Runs `mail template ...`.
pub fn mail_template(
    json_mode: bool,
    cx: &Context,
    command: &MailTemplateCommand,
) -> Result<(), Failure> {
    match command {
        MailTemplateCommand::List => list(json_mode, cx),
        MailTemplateCommand::Show(args) => show(json_mode, cx, args),
        MailTemplateCommand::Set(args) => set(json_mode, cx, args),
        MailTemplateCommand::Reset(args) => reset(json_mode, cx, args),
        MailTemplateCommand::Preview(args) => preview(json_mode, cx, args),
    }
}

fn list(json_mode: bool, cx: &Context) -> Result<(), Failure> {
    let entries = mail_templates::template_catalog(cx)?.entries;
    let lines = entries
        .iter()
        .map(|e| {
            format!(
                "{:<20} {}  {}",
                e.kind.as_str(),
                e.language,
                if e.customized {
                    "customized"
                } else {
                    "default"
                }
            )
        })
        .collect::<Vec<_>>();
    print(json_mode, &entries, &lines);
    Ok(())
}

fn parse_ref(args: &TemplateRefArgs) -> Result<(TemplateKind, Language), Failure> {
    Ok((args.kind.parse()?, args.lang.parse()?))
}

fn show(json_mode: bool, cx: &Context, args: &TemplateRefArgs) -> Result<(), Failure> {
    let (kind, language) = parse_ref(args)?;
    let shown = mail_templates::show_template(cx, kind, language)?;
    let mut lines = vec![
        format!("Subject: {}", shown.template.subject),
        String::new(),
        shown.template.text.clone(),
    ];
    if let Some(html) = &shown.template.html {
        lines.push(html.clone());
    }
    print(json_mode, &shown, &lines);
    Ok(())
}

fn set(json_mode: bool, cx: &Context, args: &TemplateSetArgs) -> Result<(), Failure> {
    let (kind, language) = parse_ref(&args.template)?;
    let read = |path: &Path| bounded_read::read_text(path, bounded_read::TEXT_MAX_BYTES);
    let template = Template {
        subject: args.subject.clone(),
        text: read(&args.text_file)?,
        html: args.html_file.as_deref().map(read).transpose()?,
    };
    mail_templates::set_template(
        cx,
        TemplateRequest {
            kind,
            language,
            template,
        },
    )?;
    print(
        json_mode,
        &json!({ "kind": kind, "language": language, "customized": true }),
        &[format!("template {kind} ({language}) saved")],
    );
    Ok(())
}

fn reset(json_mode: bool, cx: &Context, args: &TemplateRefArgs) -> Result<(), Failure> {
    let (kind, language) = parse_ref(args)?;
    let removed = mail_templates::reset_template(cx, kind, language)?.removed;
    print(
        json_mode,
        &json!({ "kind": kind, "language": language, "customized": false, "removed": removed }),
        &[format!("template {kind} ({language}) is the built-in one")],
    );
    Ok(())
}

fn preview(json_mode: bool, cx: &Context, args: &TemplatePreviewArgs) -> Result<(), Failure> {
    let kind: TemplateKind = args.kind.parse()?;
    let values = parse_vars(&args.vars, &args.cert_password)?;
    let rendered = mail_templates::preview_template(cx, kind, &args.lang, &values)?;
    print(
        json_mode,
        &rendered,
        &[
            format!("Subject: {}", rendered.subject),
            String::new(),
            rendered.text.clone(),
        ],
    );
    Ok(())
}

/// `--var name=value` pairs; an unknown name is refused by name, and so is
/// the portal password, which is read from its file or variable instead
/// (arguments are visible to every user in the process list).
pub fn parse_vars(vars: &[String], cert_password: &CertPasswordArgs) -> Result<Values, Failure> {
    let mut values = Values::new();
    for var in vars {
        let (name, value) = var
            .split_once('=')
            .ok_or_else(|| Failure::usage(&format!("--var {var}: write NAME=VALUE")))?;
        if name.parse::<Placeholder>().ok() == Some(Placeholder::CertPassword) {
            return Err(Failure::usage(
                "the portal password is never given on the command line, where other users can see it: \
                 use --cert-password-file F or --cert-password-env VAR instead of --var cert_password=...",
            ));
        }
        values.set_named(name, value)?;
    }
    let password = secret::optional(
        &cert_password.cert_password_file,
        &cert_password.cert_password_env,
    )?;
    if let Some(password) = password {
        values.set(Placeholder::CertPassword, password.as_str());
    }
    Ok(values)
}
