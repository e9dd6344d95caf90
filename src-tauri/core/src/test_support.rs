//! Unit-test fixtures shared by the modules: a real store with a company
//! seal whose key is an encrypted file, and signing certificates from it.

use crate::keys::file_signer::FileSigner;
use crate::keys::{registry as keys, KeyAlgorithm};
use crate::pki::issue::{self, IssueRequest, IssuedWithKey};
use crate::pki::profile::Profile;
use crate::pki::seal::{self, SealRequest};
use crate::pki::subject::SubjectFields;
use crate::Store;
use chrono::{DateTime, Utc};
use std::path::Path;

/// A store and its seal.
pub(crate) struct SealedStore {
    pub store: Store,
    pub seal_id: i64,
    pub seal_signer: FileSigner,
}

/// A store in `dir/data` whose seal, made at `now` for `organization`
/// (name, organizationIdentifier, country), has its key in `dir/seal.key`
/// encrypted with `password`.
pub(crate) fn store_with_seal(
    dir: &Path,
    organization: [&str; 3],
    password: &str,
    now: DateTime<Utc>,
) -> SealedStore {
    let store = Store::open_for_tests(&dir.join("data")).unwrap();
    let key_path = dir.join("seal.key");
    let key =
        keys::generate_file_key(&store, KeyAlgorithm::EcP256, &key_path, password, now).unwrap();
    let der = crate::keys::file::read_encrypted(&key_path, password).unwrap();
    let seal_signer = FileSigner::from_pkcs8(&der).unwrap();
    let [name, id, country] = organization;
    let request = SealRequest {
        organization: name.into(),
        organization_id: id.into(),
        country: country.into(),
        years: 3,
    };
    let seal = seal::create(&store, key.id, &seal_signer, &request, now).unwrap();
    SealedStore {
        store,
        seal_id: seal.id,
        seal_signer,
    }
}

/// The office the use-case tests act in: a Polish company whose seal key
/// in `dir/seal.key` opens with `seal-pw`.
pub(crate) fn office(dir: &Path, now: DateTime<Utc>) -> SealedStore {
    store_with_seal(
        dir,
        ["Zakład Żuraw", "VATPL-5260250274", "PL"],
        "seal-pw",
        now,
    )
}

/// A one-year signing certificate for `common_name` from the seal, with a
/// new key of `algorithm` encrypted with `key_password`.
pub(crate) fn issue_signing(
    sealed: &SealedStore,
    common_name: &str,
    algorithm: KeyAlgorithm,
    key_password: &str,
    now: DateTime<Utc>,
) -> IssuedWithKey {
    let request = IssueRequest {
        profile: Profile::Signing,
        subject: SubjectFields {
            common_name: common_name.into(),
            ..Default::default()
        },
        days: 365,
    };
    issue::issue_with_new_key(
        &sealed.store,
        sealed.seal_id,
        &sealed.seal_signer,
        algorithm,
        key_password,
        &request,
        now,
    )
    .unwrap()
}

/// A store with a seal and a signing certificate "Anna Nowak" whose key
/// file opens with "signer-pw"; returns the certificate id.
pub(crate) fn signing_office(dir: &Path, now: DateTime<Utc>) -> (SealedStore, i64) {
    let sealed = store_with_seal(dir, ["Biuro Łódź", "VATPL-5260250274", "PL"], "pw", now);
    let issued = issue_signing(
        &sealed,
        "Anna Nowak",
        KeyAlgorithm::EcP256,
        "signer-pw",
        now,
    );
    (sealed, issued.certificate.id)
}

/// [`signing_office`] with an outgoing server.
pub(crate) fn signing_office_with_mail(dir: &Path, now: DateTime<Utc>) -> (SealedStore, i64) {
    let (sealed, cert) = signing_office(dir, now);
    let mut server = crate::mail::outbox::tests_settings();
    server.server.security = crate::mail::Security::Tls;
    let options = crate::mail::settings::SaveOptions {
        secret: None,
        allow_plain: false,
    };
    crate::mail::settings::save(&sealed.store, &server, &options, now).unwrap();
    (sealed, cert)
}

/// The signed-document message to Jan Kowalski in Polish.
pub(crate) fn document_mail(smime: bool) -> crate::mail::letter::DocumentMail {
    let mut values = crate::mail::templates::Values::new();
    values.set(
        crate::mail::templates::Placeholder::Recipient,
        "Jan Kowalski",
    );
    crate::mail::letter::DocumentMail {
        to: vec!["jan@example.org".into()],
        cc: Vec::new(),
        language: "pl".into(),
        values,
        smime,
        allow_large: false,
    }
}

/// The number of rows in `table` of `store`.
pub(crate) fn count_rows(store: &Store, table: &str) -> i64 {
    store
        .conn()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// Runs OpenSSL with `args` in `dir`: whether it succeeded, and its
/// standard output followed by its standard error.
pub(crate) fn run_openssl(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = std::process::Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// Runs OpenSSL with `args` in `dir`, which must succeed; its standard
/// output followed by its standard error.
pub(crate) fn openssl_ok(dir: &Path, args: &[&str]) -> String {
    let (ok, text) = run_openssl(dir, args);
    assert!(ok, "openssl {args:?}: {text}");
    text
}
