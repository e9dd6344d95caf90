//! `mail ...`: read the inputs, call the core, print.

use crate::mail_args::{MailCommand, MailKeySecretArgs, MailSendArgs};
use crate::mail_template_commands::parse_vars;
use crate::output::{print, Failure};
use crate::secret;
use sealdesk_core::actions::key_secret::KeySecretInput;
use sealdesk_core::actions::mail_send::{
    self, MailContent, SendDocumentRequest, SendMailRequest, SmimeKey,
};
use sealdesk_core::actions::Context;
use sealdesk_core::bounded_read;
use sealdesk_core::mail::letter::DocumentMail;
use sealdesk_core::mail::outbox::Queued;
use sealdesk_core::mail::templates::TemplateKind;
use serde_json::json;
use std::path::Path;

/// Runs `mail ...`.
pub fn mail(json_mode: bool, cx: &Context, command: &MailCommand) -> Result<(), Failure> {
    match command {
        MailCommand::Send(args) => send(json_mode, cx, args),
        MailCommand::Template(command) => {
            crate::mail_template_commands::mail_template(json_mode, cx, command)
        }
    }
}

/// The signing key's secret, when one was given.
fn key_secret(args: &MailKeySecretArgs) -> Result<Option<KeySecretInput>, Failure> {
    secret::key_secret(
        (&args.password_file, &args.password_env),
        (&args.pin_file, &args.pin_env),
    )
}

fn required_secret(args: &MailKeySecretArgs) -> Result<KeySecretInput, Failure> {
    key_secret(args)?.ok_or_else(|| {
        Failure::usage(
            "give the signing key's secret: --password-file F for a key file, --pin-file F for a token key",
        )
    })
}

fn read_text(path: &Path) -> Result<String, Failure> {
    Ok(bounded_read::read_text(path, bounded_read::TEXT_MAX_BYTES)?)
}

fn send(json_mode: bool, cx: &Context, args: &MailSendArgs) -> Result<(), Failure> {
    if let Some(cert_id) = args.sign_with {
        return send_document(json_mode, cx, args, cert_id);
    }
    let smime_cert = match args.smime {
        Some(Some(id)) => Some(id),
        Some(None) => {
            return Err(Failure::usage(
                "--smime needs the certificate id unless --sign-with gives it",
            ))
        }
        None => None,
    };
    let smime = match smime_cert {
        Some(certificate_id) => Some(SmimeKey {
            certificate_id,
            secret: required_secret(&args.secret)?,
        }),
        None => None,
    };
    let content = if let Some(kind) = &args.template {
        MailContent::Template {
            kind: kind.parse::<TemplateKind>()?,
            language: args.lang.clone(),
            values: parse_vars(&args.vars, &args.cert_password)?,
        }
    } else {
        let (Some(subject), Some(body_file)) = (&args.subject, &args.body_file) else {
            return Err(Failure::usage("--subject needs --body-file"));
        };
        MailContent::Written {
            subject: subject.clone(),
            text: read_text(body_file)?,
            html: args.html_file.as_deref().map(read_text).transpose()?,
        }
    };
    let queued = mail_send::send_mail(
        cx,
        SendMailRequest {
            to: args.to.clone(),
            cc: args.cc.clone(),
            bcc: args.bcc.clone(),
            content,
            attachments: args.attach.clone(),
            smime,
            allow_large: args.allow_large,
        },
    )?;
    print_queued(json_mode, &queued, json!({}));
    Ok(())
}

/// `mail send --sign-with`: sign the document, then queue it.
fn send_document(
    json_mode: bool,
    cx: &Context,
    args: &MailSendArgs,
    cert_id: i64,
) -> Result<(), Failure> {
    let Some(document) = &args.document else {
        return Err(Failure::usage("--sign-with needs --document FILE"));
    };
    if args.template.is_some() || args.subject.is_some() {
        return Err(Failure::usage(
            "--sign-with uses the signed-document template: leave out --template and --subject",
        ));
    }
    let smime = match args.smime {
        None => false,
        Some(None) => true,
        Some(Some(id)) if id == cert_id => true,
        Some(Some(_)) => {
            return Err(Failure::usage(
                "with --sign-with, --smime signs with the same certificate: give no id",
            ))
        }
    };
    let secret = required_secret(&args.secret)?;
    let sent = mail_send::send_document(
        cx,
        SendDocumentRequest {
            certificate_id: cert_id,
            secret,
            path: document.clone(),
            output_name: None,
            mail: DocumentMail {
                to: args.to.clone(),
                cc: args.cc.clone(),
                language: args.lang.clone(),
                values: parse_vars(&args.vars, &args.cert_password)?,
                smime,
                allow_large: args.allow_large,
            },
        },
    )?;
    print_queued(
        json_mode,
        &sent.queued,
        json!({ "signed": sent.signed.output, "attachments": sent.attachments }),
    );
    Ok(())
}

fn print_queued(json_mode: bool, queued: &Queued, extra: serde_json::Value) {
    let mut value = json!({
        "id": queued.id,
        "state": queued.state,
        "message_id": queued.message_id,
        "size": queued.size,
    });
    if let (Some(map), serde_json::Value::Object(extra)) = (value.as_object_mut(), extra) {
        map.extend(extra);
    }
    print(
        json_mode,
        &value,
        &[format!(
            "message {} queued ({} bytes), Message-ID {}",
            queued.id, queued.size, queued.message_id
        )],
    );
}
