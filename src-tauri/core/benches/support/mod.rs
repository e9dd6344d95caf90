//! What the benches share: a store with a company seal, running OpenSSL
//! and the arguments several benches give it, timing rounds, printing rows.

// Each bench includes this module and uses only part of it.
#![allow(dead_code)]

use chrono::{DateTime, Utc};
use sealdesk_core::actions::{admin, session, Gate, Scope};
use sealdesk_core::keys::file_signer::FileSigner;
use sealdesk_core::keys::{file, registry as keys, KeyAlgorithm};
use sealdesk_core::pki::seal::{self, SealRequest};
use sealdesk_core::secret::Secret;
use sealdesk_core::Store;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// A store in a temporary folder with a company seal whose EC P-256 key is
/// an encrypted key file, as the app makes them.
pub struct SealOffice {
    /// The temporary folder; the store is its `data` folder.
    pub dir: TempDir,
    /// The store, open and acting as the administrator.
    pub store: Store,
    /// Who acts on it.
    pub scope: Scope,
    /// The moment the seal was made, used for every later step.
    pub now: DateTime<Utc>,
    /// The seal's encrypted key file, `seal.key` in the folder.
    pub seal_key: PathBuf,
    /// The seal's key, opened.
    pub signer: FileSigner,
    /// The seal certificate's id.
    pub seal_id: i64,
}

impl SealOffice {
    /// A seal for `organization` (name, organisation identifier, country)
    /// valid three years, its key file encrypted with `password`.
    pub fn new(organization: [&str; 3], password: &str) -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        let (store, scope) = open_signed_in(&dir.path().join("data"));
        let now = Utc::now();
        let seal_key = dir.path().join("seal.key");
        let key = keys::generate_file_key(&store, KeyAlgorithm::EcP256, &seal_key, password, now)
            .expect("seal key");
        let der = file::read_encrypted(&seal_key, password).expect("seal key opens");
        let signer = FileSigner::from_pkcs8(&der).expect("signer");
        let [organization, organization_id, country] = organization.map(String::from);
        let request = SealRequest {
            organization,
            organization_id,
            country,
            years: 3,
        };
        let seal_id = seal::create(&store, key.id, &signer, &request, now)
            .expect("seal")
            .id;
        Self {
            dir,
            store,
            scope,
            now,
            seal_key,
            signer,
            seal_id,
        }
    }

    /// The temporary folder, where the benches write their files.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The store's folder, for a process that opens the store again.
    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }
}

/// The administrator password of the benches' stores.
pub const ADMIN_PASSWORD: &str = "bench-admin-1";

/// The store in `data`, set up with the benches' administrator when new,
/// and acting as that administrator on the first company.
pub fn open_signed_in(data: &Path) -> (Store, Scope) {
    let store = Store::open(data).expect("store");
    let gate = Gate::new(&store);
    if !sealdesk_core::admin::status(&store)
        .expect("status")
        .initialized
    {
        admin::set_up(&gate, "Bench", &Secret::from(ADMIN_PASSWORD)).expect("administrator");
    }
    let scope =
        session::sign_in(&gate, "admin", &Secret::from(ADMIN_PASSWORD), None).expect("signed in");
    store.act_for(&scope);
    (store, scope)
}

/// A path as an argument for OpenSSL; the benches' temporary paths are UTF-8.
pub fn p(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// Runs `openssl` with `args`; panics with its message when it fails.
pub fn openssl(args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .output()
        .expect("openssl runs");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The mean time of one of `rounds` runs of `work`.
pub fn per_run(rounds: u32, mut work: impl FnMut()) -> Duration {
    let start = Instant::now();
    for _ in 0..rounds {
        work();
    }
    start.elapsed() / rounds
}

/// Milliseconds, for printing.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// One table row: our time, OpenSSL's, and the ratio; `width` is the
/// first column's.
pub fn row(width: usize, name: &str, rounds: u32, ours: Duration, theirs: Duration) {
    println!(
        "{:<width$} {:>7} {:>14.2} {:>14.2} {:>7.2}x",
        name,
        rounds,
        ms(ours),
        ms(theirs),
        ours.as_secs_f64() / theirs.as_secs_f64()
    );
}

/// `openssl genpkey` arguments making a key of `algorithm` in `out`.
pub fn openssl_genpkey_args(algorithm: KeyAlgorithm, out: &Path) -> Vec<String> {
    let mut args: Vec<String> = vec!["genpkey".into()];
    let extra: &[&str] = match algorithm {
        KeyAlgorithm::EcP256 => &["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"],
        KeyAlgorithm::EcP384 => &["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-384"],
        KeyAlgorithm::Rsa2048 => &["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048"],
        KeyAlgorithm::Rsa3072 => &["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:3072"],
        KeyAlgorithm::Rsa4096 => &["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:4096"],
    };
    args.extend(extra.iter().map(|s| s.to_string()));
    args.extend(["-out".to_string(), out.display().to_string()]);
    args
}

/// Runs `openssl` with owned arguments, as [`openssl_genpkey_args`] makes them.
pub fn openssl_owned(args: &[String]) {
    openssl(&args.iter().map(String::as_str).collect::<Vec<_>>());
}

/// `openssl pkcs8 -topk8` encrypting the key in `input` (DER when
/// `input_der`, else PEM) into `out` as our key files are: AES-256-CBC
/// under PBKDF2-HMAC-SHA256 with our iteration count.
pub fn openssl_encrypt_key(input: &Path, input_der: bool, password: &str, out: &Path) {
    let iterations = file::PBKDF2_ITERATIONS.to_string();
    let passout = format!("pass:{password}");
    let mut args = vec!["pkcs8", "-topk8"];
    if input_der {
        args.extend(["-inform", "DER"]);
    }
    args.extend([
        "-in",
        p(input),
        "-v2",
        "aes-256-cbc",
        "-v2prf",
        "hmacWithSHA256",
        "-iter",
        &iterations,
        "-passout",
        &passout,
        "-out",
        p(out),
    ]);
    openssl(&args);
}
