//! `seal`, `cert` and `csr`: read the inputs, call one use case, print.

use crate::output::{print, Columns, Failure};
use crate::pki_args::{
    CertCommand, CertExportArgs, CertImportArgs, CertIssueArgs, CsrCommand, KeySecretArgs,
    P12PasswordArgs, SealCommand, SealSecretArgs,
};
use crate::secret;
use sealdesk_core::actions::certificate_files::{self, Pkcs12Export};
use sealdesk_core::actions::certificates::{
    self, CertificateQuery, CsrRequest, IssueCertificate, IssueKeyInput, Pkcs12Target,
};
use sealdesk_core::actions::key_secret::{KeySecretInput, RegisteredKey};
use sealdesk_core::actions::seal::{self, NewSeal, SealKeyInput};
use sealdesk_core::actions::Context;
use sealdesk_core::pki::pkcs12::Pkcs12Profile;
use sealdesk_core::pki::subject::SubjectFields;
use sealdesk_core::secret::Secret;
use serde_json::json;
use std::path::PathBuf;

/// File extensions that ask for key + certificate + chain as PKCS#12.
const PKCS12_EXTENSIONS: [&str; 2] = ["p12", "pfx"];

/// The key's secret from `--key-password-file` or `--pin-file` (or their
/// `-env` twins).
pub(crate) fn key_secret(args: &KeySecretArgs) -> Result<KeySecretInput, Failure> {
    secret::key_secret(
        (&args.key_password_file, &args.key_password_env),
        (&args.pin_file, &args.pin_env),
    )?
    .ok_or_else(|| {
        Failure::usage(
            "give the key's secret: --key-password-file F for a key file, --pin-file F for a token key",
        )
    })
}

/// The seal key's secret from `--seal-password-file` or `--seal-pin-file`
/// (or their `-env` twins), wherever a command lets the seal issue.
pub(crate) fn seal_secret(
    password: (&Option<PathBuf>, &Option<String>),
    pin: (&Option<PathBuf>, &Option<String>),
) -> Result<KeySecretInput, Failure> {
    secret::key_secret(password, pin)?.ok_or_else(|| {
        Failure::usage("give the seal's secret: --seal-password-file F or --seal-pin-file F")
    })
}

pub(crate) fn seal_args_secret(args: &SealSecretArgs) -> Result<KeySecretInput, Failure> {
    seal_secret(
        (&args.seal_password_file, &args.seal_password_env),
        (&args.seal_pin_file, &args.seal_pin_env),
    )
}

fn p12_password(args: &P12PasswordArgs) -> Result<Secret, Failure> {
    secret::required(&args.p12_password_file, &args.p12_password_env)
}

fn pkcs12_profile(legacy: bool) -> Pkcs12Profile {
    if legacy {
        Pkcs12Profile::LegacyWindows
    } else {
        Pkcs12Profile::Modern
    }
}

/// Runs `seal ...`.
pub fn seal(json_mode: bool, cx: &Context, command: &SealCommand) -> Result<(), Failure> {
    match command {
        SealCommand::Create(args) => {
            let request = NewSeal {
                key: SealKeyInput::Existing(RegisteredKey {
                    key_id: args.key,
                    secret: key_secret(&args.secret)?,
                }),
                organization: args.org.clone(),
                organization_id: args.org_id.clone(),
                country: args.country.clone(),
                years: args.years,
            };
            let record = seal::create(cx, &request)?;
            let c = &record.certificate;
            print(
                json_mode,
                &json!({
                    "id": record.id,
                    "subject": c.subject,
                    "not_before": c.not_before,
                    "not_after": c.not_after,
                    "sha256": c.sha256,
                    "certificate_id": c.id,
                }),
                &[
                    format!("seal {} created: {}", record.id, c.subject),
                    format!("valid until {} ({} days)", c.not_after, c.days_to_expiry),
                    format!("SHA-256: {}", c.sha256),
                ],
            );
        }
        SealCommand::Export(args) => {
            seal::export(cx, args.seal.id, &args.out)?;
            print(
                json_mode,
                &json!({ "path": args.out }),
                &[format!(
                    "seal {} written to {}",
                    args.seal.id,
                    args.out.display()
                )],
            );
        }
        SealCommand::List => {
            let seals = seal::history(cx)?;
            let lines = seals
                .iter()
                .map(|s| {
                    Columns(vec![
                        s.id.to_string(),
                        format!("{:?}", s.certificate.status),
                        s.certificate.subject.clone(),
                        format!(
                            "until {} ({} days)",
                            s.certificate.not_after.format("%Y-%m-%d"),
                            s.certificate.days_to_expiry
                        ),
                    ])
                })
                .collect::<Vec<_>>();
            print(json_mode, &seals, &lines);
        }
        SealCommand::Revoke(args) => {
            let record = seal::revoke(cx, args.id)?;
            print(
                json_mode,
                &record,
                &[format!(
                    "seal {} revoked; every certificate it issued is now invalid",
                    args.id
                )],
            );
        }
        SealCommand::Crl(args) => {
            seal::publish_crl(
                cx,
                args.seal.id,
                &seal_args_secret(&args.seal_secret)?,
                &args.out,
            )?;
            print(
                json_mode,
                &json!({ "path": args.out }),
                &[format!("revocation list written to {}", args.out.display())],
            );
        }
    }
    Ok(())
}

/// Runs `cert ...`.
pub fn cert(json_mode: bool, cx: &Context, command: &CertCommand) -> Result<(), Failure> {
    match command {
        CertCommand::Issue(args) => issue_certificate(json_mode, cx, args)?,
        CertCommand::List(args) => {
            let query = CertificateQuery {
                expiring_within_days: args.expiring_within,
                search: args.search.clone(),
                ..CertificateQuery::default()
            };
            let records = certificates::list(cx, &query)?.rows;
            let rows = records
                .iter()
                .map(|r| {
                    json!({
                        "id": r.id,
                        "subject": r.subject,
                        "issuer": r.issuer,
                        "serial": r.serial,
                        "not_before": r.not_before,
                        "not_after": r.not_after,
                        "days_to_expiry": r.days_to_expiry,
                        "state": r.state,
                        "status": r.status,
                        "status_reason": r.status_reason,
                        "sha256": r.sha256,
                        "trusted": r.trusted,
                        "is_ca": r.is_ca,
                        "issuer_id": r.issuer_id,
                        "key": r.key.as_ref().map(ToString::to_string),
                        "key_id": r.key_id,
                    })
                })
                .collect::<Vec<_>>();
            let lines = records
                .iter()
                .map(|r| {
                    Columns(vec![
                        r.id.to_string(),
                        r.subject.clone(),
                        r.serial.clone(),
                        format!(
                            "until {} ({} days)",
                            r.not_after.format("%Y-%m-%d"),
                            r.days_to_expiry
                        ),
                        format!("{:?}", r.status),
                    ])
                })
                .collect::<Vec<_>>();
            print(json_mode, &rows, &lines);
        }
        CertCommand::Show(args) => {
            let detail = certificates::detail(cx, args.id)?;
            let (record, info) = (&detail.record, &detail.info);
            let lines = vec![
                format!("subject: {}", info.subject),
                if detail.issuer_unknown {
                    format!("issuer: {} (not in the store: unknown issuer)", info.issuer)
                } else {
                    format!("issuer: {}", info.issuer)
                },
                format!("serial: {}", info.serial),
                format!("valid: {} to {}", info.not_before, info.not_after),
                format!("status: {:?}", record.status),
                format!(
                    "trusted as a root: {}",
                    if record.trusted { "yes" } else { "no" }
                ),
                format!("SHA-256: {}", info.sha256),
                format!("SHA-1: {}", info.sha1),
                format!("chain: {}", detail.chain.join(" <- ")),
            ];
            print(
                json_mode,
                &json!({
                    "record": record,
                    "details": info,
                    "chain": detail.chain,
                    "pem": detail.pem,
                }),
                &lines,
            );
        }
        CertCommand::Import(args) => import_certificates(json_mode, cx, args)?,
        CertCommand::Export(args) => export_certificate(json_mode, cx, args)?,
        CertCommand::Trust(args) => {
            let record = certificates::trust(cx, args.cert.id, &args.fingerprint)?;
            print(
                json_mode,
                &record,
                &[format!(
                    "certificate {} is now trusted as a root: {} (SHA-256 {})",
                    record.id, record.subject, record.sha256
                )],
            );
        }
        CertCommand::Untrust(args) => {
            let record = certificates::untrust(cx, args.id)?;
            print(
                json_mode,
                &record,
                &[format!("certificate {} is no longer trusted", record.id)],
            );
        }
        CertCommand::Revoke(args) => {
            let record = certificates::revoke(cx, args.cert.id, args.reason.parse()?)?;
            print(
                json_mode,
                &record,
                &[format!(
                    "certificate {} revoked ({})",
                    args.cert.id, args.reason
                )],
            );
        }
    }
    Ok(())
}

fn issue_certificate(json_mode: bool, cx: &Context, args: &CertIssueArgs) -> Result<(), Failure> {
    let secret = key_secret(&args.secret)?;
    let key = match (&args.generate, args.key) {
        (Some(algorithm), _) => {
            let KeySecretInput::Password(password) = secret else {
                return Err(Failure::usage(
                    "--generate keeps the new key in a file: give --key-password-file",
                ));
            };
            IssueKeyInput::New {
                algorithm: algorithm.parse()?,
                password,
            }
        }
        (None, Some(key_id)) => IssueKeyInput::Existing(RegisteredKey { key_id, secret }),
        (None, None) => return Err(Failure::usage("give --key KEY_ID or --generate ALG")),
    };
    let pkcs12 = match (&args.p12, &args.p12_password) {
        (Some(path), Some(password)) => Some(Pkcs12Target {
            path: path.clone(),
            password: p12_password(password)?,
            profile: pkcs12_profile(args.legacy_p12),
        }),
        _ => None,
    };
    let request = IssueCertificate {
        seal_id: args.seal,
        seal_secret: seal_args_secret(&args.seal_secret)?,
        profile: args.profile.parse()?,
        subject: SubjectFields {
            common_name: args.cn.clone(),
            organization: args.org.clone(),
            organization_id: args.org_id.clone(),
            organizational_unit: args.company_code.clone(),
            country: args.country.clone(),
            serial_number: args.serial_number.clone(),
            user_id: args.login.clone(),
            email: args.email.clone(),
        },
        days: args.days,
        key,
        pkcs12,
    };
    let issued = certificates::issue(cx, &request)?;
    let record = issued.certificate;
    let p12 = issued.pkcs12_path;
    let mut lines = vec![
        format!("certificate {} issued: {}", record.id, record.subject),
        format!("serial {}, valid until {}", record.serial, record.not_after),
    ];
    if let Some(path) = &p12 {
        lines.push(format!("PKCS#12 written to {path}"));
    }
    print(
        json_mode,
        &json!({
            "id": record.id,
            "serial": record.serial,
            "subject": record.subject,
            "not_after": record.not_after,
            "p12": p12,
        }),
        &lines,
    );
    Ok(())
}

fn import_certificates(
    json_mode: bool,
    cx: &Context,
    args: &CertImportArgs,
) -> Result<(), Failure> {
    let password = secret::optional(&args.password.password_file, &args.password.password_env)?;
    let imported = certificate_files::import(cx, &args.file, password.as_ref())?;
    if imported.added == 0 && !imported.key_added && !json_mode {
        crate::output::emit_err(
            "note: nothing new was added: every certificate in the file is already in the store",
        );
    }
    let records = &imported.certificates;
    let rows = records
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "subject": r.subject,
                "issuer": r.issuer,
                "not_after": r.not_after,
                "trusted": r.trusted,
                "key_id": r.key_id,
            })
        })
        .collect::<Vec<_>>();
    let lines = records
        .iter()
        .map(|r| {
            let key = if r.key_id.is_some() {
                ", with its key"
            } else {
                ""
            };
            let trust = if r.trusted {
                ", trusted as a root"
            } else if r.is_ca && r.issuer_id.is_none() {
                ", not trusted (trust it with `cert trust` after checking its fingerprint)"
            } else {
                ""
            };
            Columns(vec![
                r.id.to_string(),
                r.subject.clone(),
                format!("until {}{key}{trust}", r.not_after.format("%Y-%m-%d")),
            ])
        })
        .collect::<Vec<_>>();
    print(json_mode, &rows, &lines);
    Ok(())
}

fn export_certificate(json_mode: bool, cx: &Context, args: &CertExportArgs) -> Result<(), Failure> {
    let wants_pkcs12 = args
        .out
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PKCS12_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
    let format = if wants_pkcs12 {
        let password = args.p12_password.as_ref().ok_or_else(|| {
            Failure::usage("a PKCS#12 file needs --p12-password-file F (or --p12-password-env VAR)")
        })?;
        let request = Pkcs12Export {
            id: args.cert.id,
            key_secret: key_secret(&args.secret)?,
            password: p12_password(password)?,
            profile: pkcs12_profile(args.legacy_p12),
            path: args.out.clone(),
        };
        certificate_files::export_pkcs12(cx, &request)?;
        "pkcs12"
    } else {
        if args.legacy_p12 || args.p12_password.is_some() {
            return Err(Failure::usage(
                "--p12-password-file and --legacy-p12 apply to .p12 or .pfx files only",
            ));
        }
        certificate_files::export(cx, args.cert.id, &args.out)?;
        match sealdesk_core::pki::export::encoding_for(&args.out)? {
            sealdesk_core::pki::export::Encoding::Pem => "pem",
            sealdesk_core::pki::export::Encoding::Der => "der",
        }
    };
    print(
        json_mode,
        &json!({ "path": args.out, "format": format }),
        &[format!(
            "certificate {} written to {}",
            args.cert.id,
            args.out.display()
        )],
    );
    Ok(())
}

/// Runs `csr ...`.
pub fn csr(json_mode: bool, cx: &Context, command: &CsrCommand) -> Result<(), Failure> {
    match command {
        CsrCommand::Create(args) => {
            let request = CsrRequest {
                key_id: args.key,
                secret: key_secret(&args.secret)?,
                subject: SubjectFields {
                    common_name: args.cn.clone(),
                    organization: args.org.clone(),
                    organization_id: args.org_id.clone(),
                    country: args.country.clone(),
                    email: args.email.clone(),
                    serial_number: args.serial_number.clone(),
                    ..Default::default()
                },
                path: args.out.clone(),
            };
            let written = certificates::create_csr(cx, &request)?;
            print(
                json_mode,
                &json!({ "path": args.out, "subject": written.subject }),
                &[format!(
                    "request for {} written to {}",
                    written.subject,
                    args.out.display()
                )],
            );
        }
    }
    Ok(())
}
