//! `identity`: register, list, select, attach, remove.

use crate::identity_args::{IdentityCommand, IdentityCreateArgs};
use crate::output::{print, Failure};
use crate::pki_commands::seal_secret;
use crate::secret;
use sealdesk_core::actions::identity::{
    self, IdentityCertificateInput, IdentityKeyInput, RegisterIdentity,
};
use sealdesk_core::actions::Context;
use sealdesk_core::identity::IdentityRecord;
use sealdesk_core::ids::Kind;
use serde_json::json;

/// Runs `identity ...`.
pub fn identity(json_mode: bool, cx: &Context, command: &IdentityCommand) -> Result<(), Failure> {
    match command {
        IdentityCommand::Create(args) => create(json_mode, cx, args)?,
        IdentityCommand::List => {
            let identities = identity::list(cx)?;
            let rows: Vec<_> = identities.iter().map(list_row).collect();
            let mut lines: Vec<String> = identities.iter().map(line).collect();
            if lines.is_empty() {
                lines.push("no signing identity yet (sealdesk identity create)".into());
            }
            print(json_mode, &rows, &lines);
        }
        IdentityCommand::Select(args) => {
            let selected = identity::select(cx, args.id)?;
            print(
                json_mode,
                &list_row(&selected),
                &[format!(
                    "signing identity {} selected for signing",
                    selected.id
                )],
            );
        }
        IdentityCommand::Remove(args) => {
            let removed = identity::remove(cx, args.id)?;
            let mut lines = vec![format!(
                "signing identity {} ({}) removed; its key and certificate are kept",
                removed.id, removed.signer_name
            )];
            if removed.was_active {
                lines.push("no identity signs now (sealdesk identity select ID)".into());
            }
            print(json_mode, &removed, &lines);
        }
        IdentityCommand::Attach(args) => {
            let attached = identity::attach_certificate(cx, args.identity.id, &args.cert_file)?;
            let i = &attached.identity;
            print(
                json_mode,
                &json!({
                    "id": i.id,
                    "certificate_id": i.certificate_id,
                    "state": i.state,
                    "selected": attached.selected,
                    "active": i.active,
                    "not_after": i.not_after,
                }),
                &[format!(
                    "certificate {} attached to signing identity {} ({}{})",
                    i.certificate_id.unwrap_or_default(),
                    i.id,
                    i.state,
                    if i.active { ", active" } else { "" }
                )],
            );
        }
    }
    Ok(())
}

fn create(json_mode: bool, cx: &Context, args: &IdentityCreateArgs) -> Result<(), Failure> {
    let key = match &args.token {
        Some(token_label) => IdentityKeyInput::Token {
            token_label: token_label.clone(),
            pin: secret::required(&args.pin_file, &args.pin_env)?,
            module: args.module.clone(),
        },
        None => IdentityKeyInput::File {
            password: secret::optional(&args.password_file, &args.password_env)?.ok_or_else(
                || {
                    Failure::usage(
                        "give the signing password (--password-file F) or a token (--token LABEL --pin-file F)",
                    )
                },
            )?,
        },
    };
    let certificate = match (args.seal, &args.csr_out) {
        (Some(seal_id), _) => IdentityCertificateInput::Seal {
            seal_id,
            secret: seal_secret(
                (&args.seal_password_file, &args.seal_password_env),
                (&args.seal_pin_file, &args.seal_pin_env),
            )?,
            days: args.days,
        },
        (None, Some(path)) => IdentityCertificateInput::Csr { path: path.clone() },
        // clap's argument group makes one of them required.
        (None, None) => return Err(Failure::usage("give --seal ID or --csr-out FILE")),
    };
    let request = RegisterIdentity {
        country: args.country.clone(),
        kind: args
            .kind
            .as_deref()
            .map(|name| Kind::parse(&args.country, name))
            .transpose()?,
        business_id: args.business_id.clone(),
        business_name: args.business_name.clone(),
        signer_name: args.signer_name.clone(),
        email: args.email.clone(),
        algorithm: args.algorithm.parse()?,
        key,
        certificate,
        select: !args.no_select,
    };
    let done = identity::register(cx, &request)?;
    let i = &done.identity;
    let mut lines = vec![format!(
        "signing identity {} registered: {}, {} ({})",
        i.id,
        i.signer_name,
        i.business_name,
        shown_identifier(i)
    )];
    match (&done.not_selected_reason, &done.csr_path) {
        (None, _) => lines.push("selected for signing".into()),
        (Some(_), Some(path)) => lines.push(format!(
            "created but not selected: send the request {} to the CA, then run `sealdesk identity attach {} CERT_FILE`",
            path.display(),
            i.id
        )),
        (Some(reason), None) => lines.push(format!(
            "created but not selected ({})",
            serde_json::to_value(reason)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        )),
    }
    if let Some(strength) = &done.password_strength {
        if !strength.is_strong() {
            lines.push(format!(
                "warning: the signing password is weak (strength {} of 4)",
                strength.score
            ));
        }
    }
    print(
        json_mode,
        &json!({
            "id": i.id,
            "certificate_id": i.certificate_id,
            "selected": done.selected,
            "not_selected_reason": done.not_selected_reason,
            "state": i.state,
            "organization_identifier": i.organization_identifier,
            "serial_number": i.serial_number,
            "key_id": i.key_id,
            "csr": done.csr_path,
            "password_strength": done.password_strength,
        }),
        &lines,
    );
    Ok(())
}

fn list_row(i: &IdentityRecord) -> serde_json::Value {
    json!({
        "id": i.id,
        "business_name": i.business_name,
        "signer_name": i.signer_name,
        "organization_identifier": i.organization_identifier,
        "serial_number": i.serial_number,
        "email": i.email,
        "state": i.state,
        "active": i.active,
        "selectable": i.selectable,
        "certificate_id": i.certificate_id,
        "key_id": i.key_id,
        "not_after": i.not_after,
    })
}

fn line(i: &IdentityRecord) -> String {
    let until = i
        .not_after
        .map(|t| format!(", until {}", t.format("%Y-%m-%d")))
        .unwrap_or_default();
    format!(
        "{} {} {}: {}, {} [{}{}]",
        if i.active { "*" } else { " " },
        i.id,
        i.signer_name,
        i.business_name,
        shown_identifier(i),
        i.state,
        until
    )
}

/// The identifier a line shows for an identity: the organization's, else
/// the person's serial number, else the business identifier as registered.
fn shown_identifier(i: &IdentityRecord) -> &str {
    i.organization_identifier
        .as_deref()
        .or(i.serial_number.as_deref())
        .unwrap_or(&i.identifier)
}
