//! Requests and issuing beside OpenSSL doing the same steps in the same run:
//! `cargo bench -p sealdesk-core --bench issue`.
//!
//! - request: a new EC P-256 key and a PKCS#10 request for it
//!   (`openssl req -new -newkey ec ...`);
//! - issue + export: a new EC P-256 key kept as an encrypted key file, a
//!   certificate from the seal and a PKCS#12 with key and chain
//!   (`openssl genpkey`, `pkcs8 -topk8`, `req`, `x509 -req`, `pkcs12 -export`).
//!
//! OpenSSL runs a process per step, so its figures include process starts;
//! the first line prints one start-up for reference.

mod support;

use sealdesk_core::keys::file_signer::FileSigner;
use sealdesk_core::keys::GeneratedKey;
use sealdesk_core::keys::{file, KeyAlgorithm};
use sealdesk_core::pki::bundle;
use sealdesk_core::pki::csr;
use sealdesk_core::pki::issue::{self, IssueRequest};
use sealdesk_core::pki::pkcs12::Pkcs12Profile;
use sealdesk_core::pki::profile::Profile;
use sealdesk_core::pki::seal;
use sealdesk_core::pki::subject::SubjectFields;
use support::{
    ms, openssl, openssl_encrypt_key, openssl_genpkey_args, openssl_owned, p, per_run, row,
    SealOffice,
};

fn main() {
    let office = SealOffice::new(["Biuro Rachunkowe", "VATPL-5260250274", "PL"], "seal-pw");
    let (d, store, now, signer) = (office.path(), &office.store, office.now, &office.signer);
    let seal_key = &office.seal_key;
    let seal_pem = d.join("seal.pem");
    seal::export(store, office.seal_id, &seal_pem, now).expect("seal export");
    let seal_plain = d.join("seal-plain.pem");
    openssl(&[
        "pkey",
        "-in",
        p(seal_key),
        "-passin",
        "pass:seal-pw",
        "-out",
        p(&seal_plain),
    ]);

    let startup = per_run(20, || openssl(&["version"]));
    println!("openssl process start-up: {:.1} ms\n", ms(startup));
    println!(
        "{:<16} {:>7} {:>14} {:>14} {:>8}",
        "step", "rounds", "SealDesk ms", "openssl ms", "ratio"
    );

    let fields = SubjectFields {
        common_name: "Jan Kowalski".into(),
        country: Some("PL".into()),
        ..Default::default()
    };
    let rounds = 30;
    let ours = per_run(rounds, || {
        let key = GeneratedKey::generate(KeyAlgorithm::EcP256).expect("key");
        let signer = FileSigner::from_pkcs8(&key.pkcs8_der).expect("signer");
        csr::create(&signer, &fields).expect("request");
    });
    let theirs = per_run(rounds, || {
        openssl(&[
            "req",
            "-new",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-subj",
            "/C=PL/CN=Jan Kowalski",
            "-keyout",
            p(&d.join("r.key")),
            "-out",
            p(&d.join("r.csr")),
        ]);
    });
    row(16, "request", rounds, ours, theirs);

    let rounds = 5;
    let issue_request = IssueRequest {
        profile: Profile::Signing,
        subject: fields.clone(),
        days: 365,
    };
    let mut n = 0;
    let ours = per_run(rounds, || {
        n += 1;
        let issued = issue::issue_with_new_key(
            store,
            office.seal_id,
            signer,
            KeyAlgorithm::EcP256,
            "user-pw",
            &issue_request,
            now,
        )
        .expect("issue");
        bundle::write_pkcs12(
            store,
            issued.certificate.id,
            &issued.key_pkcs8_der,
            "p12-pw",
            Pkcs12Profile::Modern,
            &d.join(format!("ours-{n}.p12")),
            now,
        )
        .expect("pkcs12");
    });
    let mut m = 0;
    let theirs = per_run(rounds, || {
        m += 1;
        let key = d.join(format!("o-{m}.key"));
        let enc = d.join(format!("o-{m}.enc.key"));
        let req = d.join(format!("o-{m}.csr"));
        let cert = d.join(format!("o-{m}.pem"));
        openssl_owned(&openssl_genpkey_args(KeyAlgorithm::EcP256, &key));
        openssl_encrypt_key(&key, false, "user-pw", &enc);
        openssl(&[
            "req",
            "-new",
            "-key",
            p(&key),
            "-subj",
            "/C=PL/CN=Jan Kowalski",
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
            p(&d.join(format!("o-{m}.p12"))),
        ]);
    });
    row(16, "issue + export", rounds, ours, theirs);
    println!(
        "\nboth keep the key encrypted with PBKDF2-HMAC-SHA256 ({} iterations), which dominates issue + export",
        file::PBKDF2_ITERATIONS
    );
}
