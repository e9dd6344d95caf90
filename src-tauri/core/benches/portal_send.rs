//! Generating and sending portal certificates beside OpenSSL doing the
//! certificate steps in the same run:
//! `cargo bench -p sealdesk-core --bench portal_send`.
//!
//! SealDesk: per user a new EC P-256 key in memory, a portal-user
//! certificate from the seal, a PKCS#12 (modern profile), its copy in the
//! certificate folder and two messages queued in the outbox. OpenSSL:
//! `genpkey`, `req`, `x509 -req` and `pkcs12 -export` per user (no mail),
//! a process per step, so its figures include process starts.

mod support;

use sealdesk_core::actions::key_secret::KeySecretInput;
use sealdesk_core::actions::portal_send::{self, PortalSelection, SendCertificates};
use sealdesk_core::actions::Context;
use sealdesk_core::company::{self, CompanyFields, CompanyId};
use sealdesk_core::keys::KeyAlgorithm;
use sealdesk_core::mail::settings::{self, SaveOptions, SmtpServer, SmtpSettings};
use sealdesk_core::mail::{AuthMethod, Security};
use sealdesk_core::pki::seal;
use sealdesk_core::portal::{self, ContractorFields, PortalUserFields};
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};
use support::{openssl, openssl_genpkey_args, openssl_owned, p, row, SealOffice};

const USERS: usize = 20;

fn main() {
    let office = SealOffice::new(["Biuro Rachunkowe", "VATPL-5260250274", "PL"], "seal-pw");
    let (d, store, now) = (office.path(), &office.store, office.now);
    let cx = Context::at(store, &office.scope, now);
    let smtp = SmtpSettings {
        server: SmtpServer {
            from_address: "portal@example.com".into(),
            from_name: Some("Biuro".into()),
            host: "localhost".into(),
            port: 2525,
            security: Security::Tls,
            auth: AuthMethod::None,
            username: None,
            bcc_self: None,
            eml_dir: None,
            ca_file: None,
        },
        plain_warning: false,
    };
    let options = SaveOptions {
        secret: None,
        allow_plain: false,
    };
    settings::save(store, &smtp, &options, now).expect("mail settings");
    let main = company::get(store, CompanyId(1)).expect("company");
    company::update(
        store,
        "admin",
        main.id,
        &CompanyFields {
            name: main.name.clone(),
            country: Some("PL".into()),
            cert_folder: Some(d.join("certs").display().to_string()),
            monthly_folders: true,
            ..CompanyFields::default()
        },
        now,
    )
    .expect("company folder");
    portal::add_contractor(
        store,
        &ContractorFields {
            code: "ACME".into(),
            name: "Acme".into(),
            ..ContractorFields::default()
        },
        now,
    )
    .expect("contractor");
    for n in 0..USERS {
        portal::add_user(
            store,
            &PortalUserFields {
                contractor: "ACME".into(),
                login: format!("user{n}"),
                name: format!("User {n}"),
                email: format!("user{n}@example.org"),
                lang: None,
            },
            now,
        )
        .expect("user");
    }

    let seal_pem = d.join("seal.pem");
    seal::export(store, office.seal_id, &seal_pem, now).expect("seal export");
    let seal_plain = d.join("seal-plain.pem");
    openssl(&[
        "pkey",
        "-in",
        p(&office.seal_key),
        "-passin",
        "pass:seal-pw",
        "-out",
        p(&seal_plain),
    ]);

    let start = Instant::now();
    let report = portal_send::send_certificates(
        &cx,
        &SendCertificates {
            selection: PortalSelection::Contractor("ACME".into()),
            seal_id: office.seal_id,
            seal_secret: KeySecretInput::Password("seal-pw".into()),
            password_by_phone: false,
        },
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .expect("send");
    let ours = start.elapsed() / USERS as u32;
    assert!(report.items.iter().all(|i| i.state == "queued"));

    let start = Instant::now();
    for n in 0..USERS {
        let key = d.join(format!("o-{n}.key"));
        let req = d.join(format!("o-{n}.csr"));
        let cert = d.join(format!("o-{n}.pem"));
        openssl_owned(&openssl_genpkey_args(KeyAlgorithm::EcP256, &key));
        let subject = format!("/C=PL/O=Acme/OU=ACME/UID=user{n}/CN=User {n}");
        openssl(&[
            "req",
            "-new",
            "-key",
            p(&key),
            "-subj",
            &subject,
            "-out",
            p(&req),
        ]);
        openssl(&[
            "x509",
            "-req",
            "-in",
            p(&req),
            "-CA",
            p(&seal_pem),
            "-CAkey",
            p(&seal_plain),
            "-days",
            "365",
            "-out",
            p(&cert),
        ]);
        openssl(&[
            "pkcs12",
            "-export",
            "-inkey",
            p(&key),
            "-in",
            p(&cert),
            "-certfile",
            p(&seal_pem),
            "-passout",
            "pass:p12-pw",
            "-out",
            p(&d.join(format!("o-{n}.p12"))),
        ]);
    }
    let theirs: Duration = start.elapsed() / USERS as u32;
    println!(
        "{:<20} {:>7} {:>14} {:>14} {:>8}",
        "per user", "users", "SealDesk ms", "openssl ms", "ratio"
    );
    row(20, "generate and send", USERS as u32, ours, theirs);
    println!("\nSealDesk also queues two messages per user; OpenSSL sends nothing");
}
