//! `identity`: register, list, select, attach.

use crate::identity_args::{IdentityCommand, IdentityCreateArgs};
use crate::output::{print, Failure};
use crate::secret;
use chrono::Utc;
use sealdesk_core::actions::key_secret::KeySecretInput;
use sealdesk_core::identity::{self, CertificateSource, IdentityRecord, KeyTarget, Registration};
use sealdesk_core::ids::Kind;
use sealdesk_core::keys::KeyAlgorithm;
use sealdesk_core::{settings, Error, Store};
use serde_json::json;
use std::path::Path;

/// Runs `identity ...`.
pub fn identity(
    json_mode: bool,
    data_dir: &Path,
    command: &IdentityCommand,
) -> Result<(), Failure> {
    let store = Store::open_existing(data_dir)?;
    let now = Utc::now();
    match command {
        IdentityCommand::Create(args) => create(json_mode, &store, args)?,
        IdentityCommand::List => {
            let identities = identity::list(&store, now)?;
            let rows: Vec<_> = identities.iter().map(list_row).collect();
            let mut lines: Vec<String> = identities.iter().map(line).collect();
            if lines.is_empty() {
                lines.push("no signing identity yet (sealdesk identity create)".into());
            }
            print(json_mode, &rows, &lines);
        }
        IdentityCommand::Select(args) => {
            let selected = identity::select(&store, args.id, now)?;
            print(
                json_mode,
                &list_row(&selected),
                &[format!(
                    "signing identity {} selected for signing",
                    selected.id
                )],
            );
        }
        IdentityCommand::Attach(args) => {
            let attached = identity::attach_certificate(&store, args.id, &args.cert_file, now)?;
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

fn create(json_mode: bool, store: &Store, args: &IdentityCreateArgs) -> Result<(), Failure> {
    let kind = match &args.kind {
        None => None,
        Some(name) => Some(Kind::from_name(name).ok_or_else(|| {
            Error::Id(sealdesk_core::IdError::UnknownKind {
                country: args.country.to_ascii_uppercase(),
                kind: name.clone(),
            })
        })?),
    };
    let algorithm: KeyAlgorithm = args.algorithm.parse()?;
    let key_secret = match &args.token {
        Some(_) => secret::read(args.pin_file.as_deref(), args.pin_env.as_deref())?,
        None if args.password_file.is_none() && args.password_env.is_none() => {
            return Err(Failure::usage(
                "give the signing password (--password-file F) or a token (--token LABEL --pin-file F)",
            ))
        }
        None => secret::read(args.password_file.as_deref(), args.password_env.as_deref())?,
    };
    let saved_module = settings::pkcs11_module(store)?;
    let module = match &args.token {
        Some(_) => Some(
            args.module
                .clone()
                .or(saved_module.clone())
                .ok_or(Error::Token(sealdesk_core::TokenError::ModuleNotSet))?,
        ),
        None => None,
    };
    let key = match (&args.token, &module) {
        (Some(label), Some(module)) => KeyTarget::Token {
            module,
            token_label: label,
            pin: &key_secret,
            object_label: None,
        },
        _ => KeyTarget::File {
            password: &key_secret,
        },
    };
    let seal_secret = match args.seal {
        Some(_) => Some(seal_secret(args)?),
        None => None,
    };
    let certificate = match (args.seal, &seal_secret, &args.csr_out) {
        (Some(seal_id), Some(secret), _) => CertificateSource::Seal {
            seal_id,
            secret: secret.as_key_secret(),
            days: args.days,
        },
        (_, _, Some(out)) => CertificateSource::Csr { out },
        // clap's argument group makes one of them required.
        _ => return Err(Failure::usage("give --seal ID or --csr-out FILE")),
    };
    let registration = Registration {
        country: &args.country,
        kind,
        business_id: &args.business_id,
        business_name: &args.business_name,
        signer_name: &args.signer_name,
        email: &args.email,
        key,
        algorithm,
        certificate,
        select: !args.no_select,
    };
    let done = identity::register(store, &registration, Utc::now())?;
    // The first module that worked becomes the default for signing later.
    if let (Some(module), None) = (&module, &saved_module) {
        settings::set_pkcs11_module(store, module)?;
    }
    let i = &done.identity;
    let mut lines = vec![format!(
        "signing identity {} registered: {}, {} ({})",
        i.id,
        i.signer_name,
        i.business_name,
        i.organization_identifier
            .as_deref()
            .or(i.serial_number.as_deref())
            .unwrap_or(&i.identifier)
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

fn seal_secret(args: &IdentityCreateArgs) -> Result<KeySecretInput, Failure> {
    if args.seal_password_file.is_some() || args.seal_password_env.is_some() {
        Ok(KeySecretInput::Password(
            secret::read(
                args.seal_password_file.as_deref(),
                args.seal_password_env.as_deref(),
            )?
            .as_str()
            .into(),
        ))
    } else if args.seal_pin_file.is_some() || args.seal_pin_env.is_some() {
        Ok(KeySecretInput::Pin(
            secret::read(args.seal_pin_file.as_deref(), args.seal_pin_env.as_deref())?
                .as_str()
                .into(),
        ))
    } else {
        Err(Failure::usage(
            "give the seal's secret: --seal-password-file F or --seal-pin-file F",
        ))
    }
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
        i.organization_identifier
            .as_deref()
            .or(i.serial_number.as_deref())
            .unwrap_or(&i.identifier),
        i.state,
        until
    )
}
