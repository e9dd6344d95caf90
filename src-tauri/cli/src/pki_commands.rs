//! `seal`, `cert` and `csr`: read the inputs, call the core, print.

use crate::output::{print, Columns, Failure};
use crate::pki_args::{
    CertCommand, CertExportArgs, CertImportArgs, CertIssueArgs, CsrCommand, KeySecretArgs,
    P12PasswordArgs, SealCommand, SealSecretArgs,
};
use crate::secret;
use chrono::Utc;
use sealdesk_core::keys::signer::Signer;
use sealdesk_core::keys::unlock::{open_signer, KeySecret};
use sealdesk_core::pki::issue::IssueRequest;
use sealdesk_core::pki::issue_bundle::{self, IssueKey, Pkcs12Request};
use sealdesk_core::pki::pkcs12::Pkcs12Profile;
use sealdesk_core::pki::profile::Profile;
use sealdesk_core::pki::registry::{self, ListFilter};
use sealdesk_core::pki::seal::{self, SealRequest};
use sealdesk_core::pki::subject::SubjectFields;
use sealdesk_core::pki::{
    bundle, certificate::CertificateInfo, csr, export, import, revocation, trust,
};
use sealdesk_core::Store;
use serde_json::json;
use std::path::Path;
use zeroize::Zeroizing;

/// File extensions that ask for key + certificate + chain as PKCS#12.
const PKCS12_EXTENSIONS: [&str; 2] = ["p12", "pfx"];

/// A secret read from its flag, with the kind of key it opens.
pub(crate) enum Secret {
    Password(Zeroizing<String>),
    Pin(Zeroizing<String>),
}

impl Secret {
    pub(crate) fn as_key_secret(&self) -> KeySecret<'_> {
        match self {
            Secret::Password(p) => KeySecret::Password(p),
            Secret::Pin(p) => KeySecret::Pin(p),
        }
    }
}

pub(crate) fn key_secret(args: &KeySecretArgs) -> Result<Secret, Failure> {
    if args.key_password_file.is_some() || args.key_password_env.is_some() {
        return Ok(Secret::Password(secret::read(
            args.key_password_file.as_deref(),
            args.key_password_env.as_deref(),
        )?));
    }
    if args.pin_file.is_some() || args.pin_env.is_some() {
        return Ok(Secret::Pin(secret::read(
            args.pin_file.as_deref(),
            args.pin_env.as_deref(),
        )?));
    }
    Err(Failure::usage(
        "give the key's secret: --key-password-file F for a key file, --pin-file F for a token key",
    ))
}

fn seal_secret(args: &SealSecretArgs) -> Result<Secret, Failure> {
    if args.seal_password_file.is_some() || args.seal_password_env.is_some() {
        Ok(Secret::Password(secret::read(
            args.seal_password_file.as_deref(),
            args.seal_password_env.as_deref(),
        )?))
    } else {
        Ok(Secret::Pin(secret::read(
            args.seal_pin_file.as_deref(),
            args.seal_pin_env.as_deref(),
        )?))
    }
}

fn seal_signer(
    store: &Store,
    seal_id: i64,
    args: &SealSecretArgs,
) -> Result<Box<dyn Signer>, Failure> {
    let record = seal::get(store, seal_id, Utc::now())?;
    let key_id = record.certificate.key_id.ok_or(sealdesk_core::Error::Pki(
        sealdesk_core::PkiError::CertificateHasNoKey {
            id: record.certificate.id,
        },
    ))?;
    let secret = seal_secret(args)?;
    Ok(open_signer(store, key_id, secret.as_key_secret())?)
}

/// Runs `seal ...`.
pub fn seal(json_mode: bool, data_dir: &Path, command: &SealCommand) -> Result<(), Failure> {
    let store = Store::open_existing(data_dir)?;
    let now = Utc::now();
    match command {
        SealCommand::Create(args) => {
            let secret = key_secret(&args.secret)?;
            let signer = open_signer(&store, args.key, secret.as_key_secret())?;
            let request = SealRequest {
                organization: args.org.clone(),
                organization_id: args.org_id.clone(),
                country: args.country.clone(),
                years: args.years,
            };
            let record = seal::create(&store, args.key, signer.as_ref(), &request, now)?;
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
            seal::export(&store, args.id, &args.out, now)?;
            print(
                json_mode,
                &json!({ "path": args.out }),
                &[format!(
                    "seal {} written to {}",
                    args.id,
                    args.out.display()
                )],
            );
        }
        SealCommand::List => {
            let seals = seal::history(&store, now)?;
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
            let record = seal::revoke(&store, args.id, now)?;
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
            let signer = seal_signer(&store, args.id, &args.seal_secret)?;
            let der = revocation::crl(&store, args.id, signer.as_ref(), now)?;
            export::write_labelled(&args.out, &der, "X509 CRL")?;
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
pub fn cert(json_mode: bool, data_dir: &Path, command: &CertCommand) -> Result<(), Failure> {
    let store = Store::open_existing(data_dir)?;
    let now = Utc::now();
    match command {
        CertCommand::Issue(args) => issue_certificate(json_mode, &store, args)?,
        CertCommand::List(args) => {
            let filter = ListFilter {
                expiring_within_days: args.expiring_within,
                search: args.search.clone(),
                ..Default::default()
            };
            let records = registry::list(&store, &filter, now)?;
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
                        "key": r.key,
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
            let record = registry::get(&store, args.id, now)?;
            let der = registry::der(store.conn(), args.id)?;
            let info = CertificateInfo::from_der(&der)?;
            let chain = registry::chain(store.conn(), args.id)?
                .iter()
                .map(|der| CertificateInfo::from_der(der).map(|i| i.subject))
                .collect::<Result<Vec<_>, _>>()?;
            let lines = vec![
                format!("subject: {}", info.subject),
                if record.issuer_id.is_none() && !info.self_issued {
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
                format!("chain: {}", chain.join(" <- ")),
            ];
            print(
                json_mode,
                &json!({ "record": record, "details": info, "chain": chain, "pem": export::pem_text("CERTIFICATE", &der) }),
                &lines,
            );
        }
        CertCommand::Import(args) => import_certificates(json_mode, &store, args)?,
        CertCommand::Export(args) => export_certificate(json_mode, &store, args)?,
        CertCommand::Trust(args) => {
            let record = trust::trust(&store, args.id, &args.fingerprint, now)?;
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
            let record = trust::untrust(&store, args.id, now)?;
            print(
                json_mode,
                &record,
                &[format!("certificate {} is no longer trusted", record.id)],
            );
        }
        CertCommand::Revoke(args) => {
            let reason = args.reason.parse()?;
            let record = revocation::revoke(&store, args.id, reason, now)?;
            print(
                json_mode,
                &record,
                &[format!("certificate {} revoked ({})", args.id, args.reason)],
            );
        }
    }
    Ok(())
}

fn issue_certificate(json_mode: bool, store: &Store, args: &CertIssueArgs) -> Result<(), Failure> {
    let now = Utc::now();
    let profile: Profile = args.profile.parse()?;
    let request = IssueRequest {
        profile,
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
    };
    // Every secret is read before the seal signs anything.
    let p12_password = match (&args.p12, &args.p12_password) {
        (Some(_), Some(password)) => Some(secret::read(
            password.p12_password_file.as_deref(),
            password.p12_password_env.as_deref(),
        )?),
        _ => None,
    };
    let seal_signer = seal_signer(store, args.seal, &args.seal_secret)?;
    let secret = key_secret(&args.secret)?;
    let key = match (&args.generate, args.key) {
        (Some(algorithm), _) => {
            let Secret::Password(password) = &secret else {
                return Err(Failure::usage(
                    "--generate keeps the new key in a file: give --key-password-file",
                ));
            };
            IssueKey::New {
                algorithm: algorithm.parse()?,
                password,
            }
        }
        (None, Some(key_id)) => IssueKey::Existing {
            key_id,
            secret: secret.as_key_secret(),
        },
        (None, None) => return Err(Failure::usage("give --key KEY_ID or --generate ALG")),
    };
    let target = match (&args.p12, &p12_password) {
        (Some(path), Some(password)) => Some(Pkcs12Request {
            path,
            password,
            profile: if args.legacy_p12 {
                Pkcs12Profile::LegacyWindows
            } else {
                Pkcs12Profile::Modern
            },
        }),
        _ => None,
    };
    let issued = issue_bundle::issue_with_pkcs12(
        store,
        args.seal,
        seal_signer.as_ref(),
        key,
        &request,
        target.as_ref(),
        now,
    )?;
    let record = issued.certificate;
    let p12 = issued.pkcs12_path;
    let mut lines = vec![
        format!("certificate {} issued: {}", record.id, record.subject),
        format!("serial {}, valid until {}", record.serial, record.not_after),
    ];
    if let Some(path) = &p12 {
        lines.push(format!("PKCS#12 written to {}", path.display()));
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

/// Writes certificate `id` as PKCS#12: with the freshly generated key
/// when there is one, else with the registered key opened by `secret`.
fn write_p12(
    store: &Store,
    id: i64,
    new_key: Option<Zeroizing<Vec<u8>>>,
    secret: &Secret,
    path: &Path,
    password: &P12PasswordArgs,
    legacy: bool,
) -> Result<(), Failure> {
    let p12_password = secret::read(
        password.p12_password_file.as_deref(),
        password.p12_password_env.as_deref(),
    )?;
    let profile = if legacy {
        Pkcs12Profile::LegacyWindows
    } else {
        Pkcs12Profile::Modern
    };
    let now = Utc::now();
    match (new_key, secret) {
        (Some(der), _) => bundle::write_pkcs12(store, id, &der, &p12_password, profile, path, now)?,
        (None, Secret::Password(key_password)) => {
            bundle::export_pkcs12(store, id, key_password, &p12_password, profile, path, now)?
        }
        (None, Secret::Pin(_)) => {
            return Err(
                sealdesk_core::Error::Key(sealdesk_core::KeyError::NotExportable { id }).into(),
            )
        }
    }
    Ok(())
}

fn import_certificates(
    json_mode: bool,
    store: &Store,
    args: &CertImportArgs,
) -> Result<(), Failure> {
    let password = match (&args.password.password_file, &args.password.password_env) {
        (None, None) => None,
        (file, env) => Some(secret::read(file.as_deref(), env.as_deref())?),
    };
    let records = import::import_file(
        store,
        &args.file,
        password.as_deref().map(|p| p.as_str()),
        Utc::now(),
    )?;
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

fn export_certificate(
    json_mode: bool,
    store: &Store,
    args: &CertExportArgs,
) -> Result<(), Failure> {
    let wants_pkcs12 = args
        .out
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PKCS12_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
    let format = if wants_pkcs12 {
        let password = args.p12_password.as_ref().ok_or_else(|| {
            Failure::usage("a PKCS#12 file needs --p12-password-file F (or --p12-password-env VAR)")
        })?;
        let secret = key_secret(&args.secret)?;
        write_p12(
            store,
            args.id,
            None,
            &secret,
            &args.out,
            password,
            args.legacy_p12,
        )?;
        "pkcs12"
    } else {
        if args.legacy_p12 || args.p12_password.is_some() {
            return Err(Failure::usage(
                "--p12-password-file and --legacy-p12 apply to .p12 or .pfx files only",
            ));
        }
        let der = registry::der(store.conn(), args.id)?;
        export::write_certificate(&args.out, &der)?;
        match export::encoding_for(&args.out)? {
            export::Encoding::Pem => "pem",
            export::Encoding::Der => "der",
        }
    };
    print(
        json_mode,
        &json!({ "path": args.out, "format": format }),
        &[format!(
            "certificate {} written to {}",
            args.id,
            args.out.display()
        )],
    );
    Ok(())
}

/// Runs `csr ...`.
pub fn csr(json_mode: bool, data_dir: &Path, command: &CsrCommand) -> Result<(), Failure> {
    let store = Store::open_existing(data_dir)?;
    match command {
        CsrCommand::Create(args) => {
            let secret = key_secret(&args.secret)?;
            let signer = open_signer(&store, args.key, secret.as_key_secret())?;
            let fields = SubjectFields {
                common_name: args.cn.clone(),
                organization: args.org.clone(),
                organization_id: args.org_id.clone(),
                country: args.country.clone(),
                email: args.email.clone(),
                serial_number: args.serial_number.clone(),
                ..Default::default()
            };
            let request = csr::create_to_file(signer.as_ref(), &fields, &args.out)?;
            let subject = CertificateSubject::from(&request.subject);
            print(
                json_mode,
                &json!({ "path": args.out, "subject": subject.0 }),
                &[format!(
                    "request for {} written to {}",
                    subject.0,
                    args.out.display()
                )],
            );
        }
    }
    Ok(())
}

/// The subject of a request as one RFC 4514-style line, for messages.
struct CertificateSubject(String);

impl From<&SubjectFields> for CertificateSubject {
    fn from(f: &SubjectFields) -> Self {
        let mut parts = vec![format!("CN={}", f.common_name)];
        for (name, value) in [
            ("serialNumber", &f.serial_number),
            ("organizationIdentifier", &f.organization_id),
            ("O", &f.organization),
            ("C", &f.country),
        ] {
            if let Some(v) = value {
                parts.push(format!("{name}={v}"));
            }
        }
        CertificateSubject(parts.join(", "))
    }
}
