//! A renewal run of 40 EC P-256 directors beside an OpenSSL shell loop doing
//! the same steps in the same run:
//! `cargo bench -p sealdesk-core --bench renewal`.
//!
//! Per certificate, ours (`renewal::run`, export delivery): open the old
//! encrypted key, make a new key and write it encrypted, a PKCS#10 request
//! signed by it, a CMS envelope over the request signed by the old key, the
//! files written and each step committed. OpenSSL's loop: `genpkey -aes256`,
//! `req -new` (which opens that key again), `cms -sign -nodetach -binary
//! -outform DER` with the old key file. The ratio's goal is <= 1.5x.

mod support;

use chrono::Utc;
use sealdesk_core::actions::{certificate_files, Context};
use sealdesk_core::keys::unlock::{open_signer, KeySecret};
use sealdesk_core::keys::{registry as keys, KeyAlgorithm};
use sealdesk_core::pki::issue::{self, IssueRequest};
use sealdesk_core::pki::profile::Profile;
use sealdesk_core::pki::subject::SubjectFields;
use sealdesk_core::renewal::{self, run::RunSecrets, Delivery, PlanRequest, Term};
use sealdesk_core::secret::Secret;
use std::collections::BTreeMap;
use std::process::Command;
use support::{ms, openssl, p, per_run, row, SealOffice};

const ITEMS: usize = 40;
const SEAL_PW: &str = "Печатка-2026";
const OLD_PW: &str = "старий-пароль";
const NEW_PW: &str = "новий-пароль";

fn main() {
    let office = SealOffice::new(["ТОВ Ромашка", "NTRUA-14360570", "UA"], SEAL_PW);
    let (d, store, now) = (office.path(), &office.store, office.now);
    let (seal_id, seal_signer) = (office.seal_id, &office.signer);

    // The directors: keys, certificates, and for OpenSSL the same key
    // files and the certificates as PEM.
    let old_dir = d.join("old");
    std::fs::create_dir_all(&old_dir).expect("folder");
    let mut ids = Vec::new();
    for i in 0..ITEMS {
        let key_path = old_dir.join(format!("{i}.key"));
        let key = keys::generate_file_key(store, KeyAlgorithm::EcP256, &key_path, OLD_PW, now)
            .expect("director key");
        let subject_key = open_signer(store, key.id, KeySecret::Password(OLD_PW)).expect("opens");
        let cert = issue::issue(
            store,
            seal_id,
            seal_signer,
            key.id,
            subject_key.as_ref(),
            &IssueRequest {
                profile: Profile::Signing,
                subject: SubjectFields {
                    common_name: format!("Директор {i}"),
                    country: Some("UA".into()),
                    email: Some(format!("director{i}@romashka.ua")),
                    ..Default::default()
                },
                days: 20,
            },
            now,
        )
        .expect("issued")
        .id;
        let der_path = old_dir.join(format!("{i}.der"));
        certificate_files::export(&Context::at(store, &office.scope, now), cert, &der_path)
            .expect("der");
        openssl(&[
            "x509",
            "-inform",
            "DER",
            "-in",
            p(&der_path),
            "-out",
            p(&old_dir.join(format!("{i}.pem"))),
        ]);
        ids.push(cert);
    }

    let planned = renewal::plan(
        store,
        &PlanRequest {
            certificates: ids.clone(),
            term: Term::TwoYears,
            start: None,
            start_for: BTreeMap::new(),
            phrase: None,
            contact: "Олена Коваль".into(),
            phone: "+380441234567".into(),
            key_dir: d.join("new-keys"),
            algorithm: None,
            emails: BTreeMap::new(),
            token: None,
        },
        now,
    )
    .expect("planned");
    let old: BTreeMap<i64, Secret> = ids.iter().map(|&id| (id, Secret::from(OLD_PW))).collect();
    let mut view = None;
    let ours = per_run(1, || {
        view = Some(
            renewal::run(
                store,
                planned.run_id,
                &RunSecrets {
                    old: &old,
                    new_key_password: NEW_PW,
                },
                &Delivery::Export(d.join("to-ca")),
                Utc::now(),
                &mut |_| true,
            )
            .expect("runs"),
        );
    });
    let view = view.expect("ran");
    assert!(
        view.items
            .iter()
            .all(|i| i.state == renewal::ItemState::Sent),
        "every item sent"
    );

    let pw = d.join("pw");
    std::fs::write(&pw, OLD_PW).expect("password file");
    let new_pw = d.join("new-pw");
    std::fs::write(&new_pw, NEW_PW).expect("password file");
    let out = d.join("openssl");
    std::fs::create_dir_all(&out).expect("folder");
    let script = format!(
        r#"set -e
for i in $(seq 0 {last}); do
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -aes256 \
    -pass file:{new_pw} -out {out}/$i.key
  openssl req -new -key {out}/$i.key -passin file:{new_pw} -subj "/CN=Директор $i/C=UA" \
    -utf8 -outform DER -out {out}/$i.p10
  openssl cms -sign -nodetach -binary -outform DER -in {out}/$i.p10 \
    -signer {old}/$i.pem -inkey {old}/$i.key -passin file:{pw} -out {out}/$i.p7m
done"#,
        last = ITEMS - 1,
        new_pw = p(&new_pw),
        pw = p(&pw),
        out = p(&out),
        old = p(&old_dir),
    );
    let theirs = per_run(1, || {
        let status = Command::new("sh")
            .args(["-c", &script])
            .status()
            .expect("sh runs");
        assert!(status.success(), "the OpenSSL loop worked");
    });

    println!(
        "{:<28} {:>7} {:>14} {:>14} {:>8}",
        "step", "items", "SealDesk ms", "openssl ms", "ratio"
    );
    row(28, "renewal run, EC P-256", ITEMS as u32, ours, theirs);
    println!(
        "  per item: SealDesk {:.1} ms, openssl {:.1} ms",
        ms(ours) / ITEMS as f64,
        ms(theirs) / ITEMS as f64
    );
    println!(
        "(goal: ratio <= 1.5x; per item: new encrypted key, PKCS#10, CMS envelope by the old key, files written)"
    );
}
