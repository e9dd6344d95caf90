//! Keys on a PKCS#11 token: SoftHSM2 as the token, with a token folder of
//! its own per test, and OpenSC's pkcs11-tool and OpenSSL as the independent
//! witnesses of what SealDesk left on the token and signed with it.

use crate::support::*;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub(crate) const PIN: &str = "kotwica-7391";
const SO_PIN: &str = "12345678";

/// Where the SoftHSM2 module is installed (Debian and Ubuntu releases use
/// either folder); `SOFTHSM2_MODULE` overrides.
fn softhsm_module() -> PathBuf {
    let mut candidates: Vec<PathBuf> = std::env::var_os("SOFTHSM2_MODULE")
        .map(PathBuf::from)
        .into_iter()
        .collect();
    candidates.extend(
        [
            "/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib64/pkcs11/libsofthsm2.so",
            "/usr/local/lib/softhsm/libsofthsm2.so",
        ]
        .map(PathBuf::from),
    );
    candidates
        .into_iter()
        .find(|p| p.is_file())
        .expect("SoftHSM2 is installed (apt-get install softhsm2; scripts/test does it)")
}

/// An initialised SoftHSM2 token in a temporary token folder.
pub(crate) struct SoftHsm {
    pub(crate) label: String,
    module: PathBuf,
    conf: PathBuf,
}

impl SoftHsm {
    pub(crate) fn new(dir: &Path, label: &str) -> Self {
        let tokens = dir.join("softhsm-tokens");
        std::fs::create_dir(&tokens).unwrap();
        let conf = dir.join("softhsm2.conf");
        std::fs::write(
            &conf,
            format!(
                "directories.tokendir = {}\nobjectstore.backend = file\nlog.level = ERROR\n",
                tokens.display()
            ),
        )
        .unwrap();
        let out = Command::new("softhsm2-util")
            .args(["--init-token", "--free", "--label", label])
            .args(["--pin", PIN, "--so-pin", SO_PIN])
            .env("SOFTHSM2_CONF", &conf)
            .output()
            .expect("softhsm2-util is installed (apt-get install softhsm2)");
        assert_ok(&out);
        Self {
            label: label.to_string(),
            module: softhsm_module(),
            conf,
        }
    }

    pub(crate) fn module(&self) -> &str {
        self.module.to_str().unwrap()
    }

    pub(crate) fn env(&self) -> [(&str, &str); 1] {
        [("SOFTHSM2_CONF", self.conf.to_str().unwrap())]
    }

    /// pkcs11-tool, logged in to this token.
    fn pkcs11_tool(&self, args: &[&str]) -> Output {
        let out = Command::new("pkcs11-tool")
            .args(["--module", self.module(), "--token-label", &self.label])
            .args(["--login", "--pin", PIN])
            .args(args)
            .env("SOFTHSM2_CONF", &self.conf)
            .output()
            .expect("pkcs11-tool is installed (apt-get install opensc)");
        assert!(
            out.status.success(),
            "pkcs11-tool {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }

    /// pkcs11-tool's listing of the private keys on the token.
    pub(crate) fn private_keys(&self) -> String {
        let out = self.pkcs11_tool(&["--list-objects", "--type", "privkey"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

/// The `key generate` options of an `algorithm` key on the token of
/// `module`, logged in with the PIN in `pin_file`.
fn on_token<'a>(algorithm: &'a str, pin_file: &'a str, module: &'a str) -> [&'a str; 6] {
    [
        "--algorithm",
        algorithm,
        "--pin-file",
        pin_file,
        "--module",
        module,
    ]
}

/// A new store and a token labelled "office", with the token's PIN in the
/// file `pin`: the temporary folder, the data folder, the token and the
/// PIN file.
fn store_and_token() -> (tempfile::TempDir, PathBuf, SoftHsm, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let data = init_store(tmp.path());
    let hsm = SoftHsm::new(tmp.path(), "office");
    let pin = secret_file(tmp.path(), "pin", PIN);
    (tmp, data, hsm, pin)
}

fn generate_on_token(data: &Path, hsm: &SoftHsm, extra: &[&str], env: &[(&str, &str)]) -> Run {
    let mut args = vec!["--json", "key", "generate", "--token", &hsm.label];
    args.extend_from_slice(extra);
    let mut all_env = hsm.env().to_vec();
    all_env.extend_from_slice(env);
    sealdesk(data, &args, &all_env)
}

/// A new store whose keys 1 and 2 (of `algorithms`) are on `hsm`, with a
/// seal of key 1 for `organization` (name, identifier, country) exported
/// to `seal.pem`. Returns the data folder and the seal's file.
pub(crate) fn seal_on_token(
    tmp: &Path,
    hsm: &SoftHsm,
    pin_file: &str,
    algorithms: [&str; 2],
    organization: [&str; 3],
) -> (PathBuf, PathBuf) {
    let data = init_store(tmp);
    for algorithm in algorithms {
        generate_on_token(
            &data,
            hsm,
            &on_token(algorithm, pin_file, hsm.module()),
            &[],
        )
        .ok();
    }
    let [org, org_id, country] = organization;
    let env = hsm.env();
    let create = [
        "--json",
        "seal",
        "create",
        "--key",
        "1",
        "--pin-file",
        pin_file,
    ];
    let of = ["--org", org, "--org-id", org_id, "--country", country];
    sealdesk(&data, &with(&create, &of), &env).ok();
    let seal_pem = tmp.join("seal.pem");
    let out = seal_pem.to_str().unwrap();
    sealdesk(&data, &["seal", "export", "--id", "1", "--out", out], &env).ok();
    (data, seal_pem)
}

/// A signing certificate for `cn` from the seal on the token, for the
/// token's key 2, both opened with the PIN in `pin_file`.
pub(crate) fn issue_for_token_key(data: &Path, hsm: &SoftHsm, pin_file: &str, cn: &str) -> Run {
    let issue = [
        "--json",
        "cert",
        "issue",
        "--seal",
        "1",
        "--seal-pin-file",
        pin_file,
    ];
    let signer = [
        "--profile",
        "signing",
        "--cn",
        cn,
        "--key",
        "2",
        "--pin-file",
        pin_file,
    ];
    sealdesk(data, &with(&issue, &signer), &hsm.env())
}

/// A fresh token labelled `label` with keys of `algorithms` and the seal of
/// `organization` on it (see [`seal_on_token`]): the temporary folder, the
/// token, the file with its PIN, the data folder and the seal's file.
pub(crate) fn token_office(
    label: &str,
    algorithms: [&str; 2],
    organization: [&str; 3],
) -> (tempfile::TempDir, SoftHsm, PathBuf, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let hsm = SoftHsm::new(tmp.path(), label);
    let pin = secret_file(tmp.path(), "pin", &format!("{PIN}\n"));
    let (data, seal_pem) = seal_on_token(tmp.path(), &hsm, s(&pin), algorithms, organization);
    (tmp, hsm, pin, data, seal_pem)
}

fn object_id(data: &Path, key_id: i64) -> String {
    let conn = rusqlite::Connection::open(store_file(data)).unwrap();
    conn.query_row(
        "SELECT object_id FROM key WHERE id = ?1 AND location = 'token'",
        [key_id],
        |r| r.get(0),
    )
    .unwrap()
}

fn key_count(data: &Path) -> i64 {
    count(data, "key")
}

/// The pkcs11-tool listing block of the object with CKA_ID `id`.
fn object_block<'a>(listing: &'a str, id: &str) -> &'a str {
    listing
        .split("Private Key Object")
        .find(|block| block.contains(&format!("ID:         {id}")))
        .unwrap_or_else(|| panic!("key {id} on the token:\n{listing}"))
}

#[test]
fn token_keys_stay_on_the_token_and_sign_what_openssl_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let data = init_store(tmp.path());
    let hsm = SoftHsm::new(tmp.path(), "Biuro Kraków");
    let pin = secret_file(tmp.path(), "pin", &format!("{PIN}\n"));
    let pin_file = pin.to_str().unwrap();

    // The first key names the module; it is remembered for the others.
    // One key takes its PIN from the environment instead of a file.
    let cases = [
        (
            "ec-p256",
            vec![
                "--pin-file",
                pin_file,
                "--module",
                hsm.module(),
                "--label",
                "pieczęć firmy",
            ],
        ),
        ("ec-p384", vec!["--pin-env", "SD_PIN"]),
        ("rsa-2048", vec!["--pin-file", pin_file]),
    ];
    let mut keys = Vec::new();
    for (algorithm, extra) in cases {
        let mut args = vec!["--algorithm", algorithm];
        args.extend_from_slice(&extra);
        let run = generate_on_token(&data, &hsm, &args, &[("SD_PIN", PIN)]);
        assert_eq!(run.status, 0, "{algorithm}: {}", run.stderr);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let fields: Vec<_> = json.as_object().unwrap().keys().cloned().collect();
        for field in ["id", "algorithm", "location", "spki_sha256"] {
            assert!(fields.contains(&field.to_string()), "{field} in {json}");
        }
        assert_eq!(json["algorithm"], algorithm);
        let location = json["location"].as_str().unwrap();
        if algorithm == "ec-p256" {
            assert_eq!(location, "token:Biuro Kraków/pieczęć firmy");
        } else {
            let prefix = format!("token:Biuro Kraków/sealdesk-{algorithm}-");
            assert!(location.starts_with(&prefix), "{location}");
        }
        let spki_sha256 = json["spki_sha256"].as_str().unwrap().to_string();
        assert_eq!(spki_sha256.len(), 64);
        keys.push((algorithm, json["id"].as_i64().unwrap(), spki_sha256));
    }

    // --module overrides the remembered module for one command only.
    let missing = tmp.path().join("other-vendor-pkcs11.so");
    let run = generate_on_token(
        &data,
        &hsm,
        &on_token("ec-p256", pin_file, s(&missing)),
        &[],
    );
    expect_code(&run, "token.module-load");
    let run = sealdesk(&data, &["--json", "token", "list"], &hsm.env());
    assert_eq!(
        run.status, 0,
        "the remembered module still works: {}",
        run.stderr
    );

    let listing = hsm.private_keys();
    assert_eq!(
        listing.matches("Private Key Object").count(),
        3,
        "{listing}"
    );
    for (algorithm, id, spki_sha256) in &keys {
        let object_id = object_id(&data, *id);
        assert_eq!(object_id.len(), 32, "a 16-byte CKA_ID");

        // The private key is marked so that it never leaves the token.
        let block = object_block(&listing, &object_id);
        assert!(
            block.contains("sensitive, always sensitive, never extractable"),
            "{algorithm}:\n{block}"
        );
        assert!(block.contains("sign"), "{algorithm}:\n{block}");

        // A request signed on the token verifies, with that public key.
        let request = tmp.path().join(format!("{algorithm}.csr.pem"));
        let id = id.to_string();
        let csr = [
            "csr",
            "create",
            "--key",
            &id,
            "--pin-file",
            pin_file,
            "--cn",
            "Anna Nowak",
        ];
        let run = sealdesk(&data, &with(&csr, &["--out", s(&request)]), &hsm.env());
        assert_eq!(run.status, 0, "{algorithm}: {}", run.stderr);
        // OpenSSL 3.0 exits 0 even when the self-signature does not verify:
        // its words are what count.
        let verified = openssl(&["req", "-in", request.to_str().unwrap(), "-verify", "-noout"]);
        let said = text(&verified);
        assert!(
            verified.status.success() && said.contains("verify OK") && !said.contains("failure"),
            "{algorithm}: {said}"
        );
        let request_key = tmp.path().join(format!("{algorithm}.csr.pub.pem"));
        let out = openssl(&[
            "req",
            "-in",
            s(&request),
            "-pubkey",
            "-noout",
            "-out",
            s(&request_key),
        ]);
        assert!(out.status.success());
        let der = openssl(&["pkey", "-pubin", "-in", s(&request_key), "-outform", "DER"]);
        let request_spki = der.stdout;
        assert_eq!(&hex::encode(Sha256::digest(&request_spki)), spki_sha256);

        // And it is the token's own public key.
        if algorithm.starts_with("ec-") {
            // pkcs11-tool 0.23 cannot export P-384 public keys, so the EC
            // point it lists is compared: CKA_EC_POINT is an OCTET STRING
            // (tag and one length byte) around the point the SPKI ends with.
            let public_keys = hsm.pkcs11_tool(&["--list-objects", "--type", "pubkey"]);
            let public_keys = String::from_utf8_lossy(&public_keys.stdout);
            let point = public_keys
                .split("Public Key Object")
                .find(|block| block.contains(&format!("ID:         {object_id}")))
                .and_then(|block| {
                    block
                        .lines()
                        .find_map(|l| l.trim().strip_prefix("EC_POINT:"))
                })
                .unwrap_or_else(|| panic!("{algorithm}: EC point listed:\n{public_keys}"))
                .trim()
                .to_string();
            assert!(
                hex::encode(&request_spki).ends_with(&point[4..]),
                "{algorithm}: {point}"
            );
        } else {
            let public = tmp.path().join(format!("{algorithm}.pub.der"));
            let read = ["--read-object", "--type", "pubkey", "--id", &object_id];
            hsm.pkcs11_tool(&with(&read, &["-o", s(&public)]));
            let digest = hex::encode(Sha256::digest(std::fs::read(&public).unwrap()));
            assert_eq!(&digest, spki_sha256, "{algorithm}");
        }
    }
}

#[test]
fn a_wrong_pin_is_refused_and_leaves_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let data = init_store(tmp.path());
    let hsm = SoftHsm::new(tmp.path(), "office");
    let wrong = secret_file(tmp.path(), "wrong-pin", "zly-pin-0000\n");
    let run = generate_on_token(
        &data,
        &hsm,
        &on_token("ec-p256", s(&wrong), hsm.module()),
        &[],
    );
    expect_error(&run, "token.wrong-pin");
    assert!(!run.stderr.contains("zly-pin-0000"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
    assert_eq!(key_count(&data), 0);
    assert!(!hsm.private_keys().contains("Private Key Object"));

    // The module was not remembered by the failed command.
    let run = sealdesk(&data, &["token", "list"], &hsm.env());
    expect_error(&run, "token.module-not-set");
}

#[test]
fn an_unknown_token_label_is_not_found() {
    let (_tmp, data, hsm, pin) = store_and_token();
    let generate = ["key", "generate", "--token", "Magazyn"];
    let run = sealdesk(
        &data,
        &with(&generate, &on_token("ec-p256", s(&pin), hsm.module())),
        &hsm.env(),
    );
    expect_error(&run, "token.not-found");
    assert_contains(&run.stderr, "Magazyn");
    assert_eq!(key_count(&data), 0);
}

#[test]
fn a_missing_module_is_a_load_error_and_not_remembered() {
    let (tmp, data, hsm, pin) = store_and_token();
    let missing = tmp.path().join("no-such-pkcs11.so");
    let run = generate_on_token(
        &data,
        &hsm,
        &on_token("rsa-2048", s(&pin), s(&missing)),
        &[],
    );
    expect_error(&run, "token.module-load");
    assert_contains(&run.stderr, "no-such-pkcs11.so");

    let not_a_library = secret_file(tmp.path(), "libfake.so", "plain text");
    let run = sealdesk(
        &data,
        &["token", "list", "--module", not_a_library.to_str().unwrap()],
        &[],
    );
    expect_error(&run, "token.module-load");

    let run = sealdesk(&data, &["token", "list"], &[]);
    expect_code(&run, "token.module-not-set");
}

#[test]
fn token_list_shows_the_token() {
    let tmp = tempfile::tempdir().unwrap();
    let hsm = SoftHsm::new(tmp.path(), "Sklep Lwów");
    // A module given outright needs no store.
    let nowhere = tmp.path().join("no-store");
    let run = sealdesk(
        &nowhere,
        &["--json", "token", "list", "--module", hsm.module()],
        &hsm.env(),
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let tokens: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let token = tokens
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["label"] == "Sklep Lwów")
        .unwrap_or_else(|| panic!("token listed: {tokens}"));
    assert_eq!(token["manufacturer"], "SoftHSM project");
    assert_eq!(token["model"], "SoftHSM v2");
    assert_eq!(token["initialized"], true);
    assert_eq!(token["login_required"], true);
    assert_eq!(token["pin_locked"], false);
    assert!(token["slot_id"].is_u64());
    assert!(!token["serial"].as_str().unwrap().is_empty());

    let run = sealdesk(
        &nowhere,
        &["token", "list", "--module", hsm.module()],
        &hsm.env(),
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_contains(&run.stdout, "Sklep Lwów: SoftHSM project");
    assert!(!nowhere.exists(), "listing tokens creates no store");
}

#[test]
fn a_file_key_and_a_token_key_exclude_each_other() {
    let tmp = tempfile::tempdir().unwrap();
    let data = init_store(tmp.path());
    let secret = secret_file(tmp.path(), "secret", PIN);
    let secret = secret.to_str().unwrap();
    let key = tmp.path().join("k.key");
    let key = key.to_str().unwrap();
    for args in [
        vec![
            "--file",
            key,
            "--password-file",
            secret,
            "--token",
            "t",
            "--pin-file",
            secret,
        ],
        vec!["--file", key, "--pin-file", secret],
        vec!["--token", "t", "--password-file", secret],
        vec!["--token", "t"],
        vec![
            "--file",
            key,
            "--password-file",
            secret,
            "--module",
            "/m.so",
        ],
        vec!["--password-file", secret],
    ] {
        let mut all = vec!["key", "generate", "--algorithm", "ec-p256"];
        all.extend_from_slice(&args);
        let run = sealdesk(&data, &all, &[]);
        assert_eq!(run.status, 2, "{args:?}: {}", run.stderr);
    }
    assert_eq!(key_count(&data), 0);
    assert!(!Path::new(key).exists());
}

#[test]
fn a_seal_on_the_token_issues_and_token_keys_make_requests() {
    let organization = ["Studio Rossi S.r.l.", "VATIT-00743110157", "IT"];
    let (tmp, hsm, pin, data, seal_pem) =
        token_office("Pieczęć", ["ec-p384", "rsa-3072"], organization);
    let pin_file = s(&pin);
    let env = hsm.env();

    let user_pw = secret_file(tmp.path(), "user-pw", "Utente-2026");
    // `cert issue` of a signer `cn` from the seal, opened with `seal_secret`
    // (its option and file), after the global options `global`.
    let issue = |global: &[&str], seal_secret: [&str; 2], cn: &str| {
        let args = [
            "cert",
            "issue",
            "--seal",
            "1",
            seal_secret[0],
            seal_secret[1],
        ];
        let signer = ["--profile", "signing", "--cn", cn, "--generate", "ec-p256"];
        let key = ["--key-password-file", s(&user_pw)];
        sealdesk(&data, &[global, &args, &signer, &key].concat(), &env)
    };
    let issued = issue(&["--json"], ["--seal-pin-file", pin_file], "Marco Rossi").ok();
    let id = serde_json::from_str::<serde_json::Value>(&issued.stdout).unwrap()["id"].to_string();
    let shown = sealdesk(&data, &["--json", "cert", "show", "--id", &id], &env);
    let pem = serde_json::from_str::<serde_json::Value>(&shown.stdout).unwrap()["pem"]
        .as_str()
        .unwrap()
        .to_string();
    let cert = tmp.path().join("marco.pem");
    std::fs::write(&cert, pem).unwrap();
    let verify = openssl_verify_strict(&seal_pem, &cert);
    assert_ok(&verify);

    // The seal's PIN, not a password; and a wrong PIN is a clear error.
    let as_password = issue(&[], ["--seal-password-file", pin_file], "X");
    expect_code(&as_password, "key.secret-kind");
    let wrong = secret_file(tmp.path(), "wrong-pin", "0000");
    let wrong_pin = issue(&[], ["--seal-pin-file", s(&wrong)], "X");
    expect_code(&wrong_pin, "token.wrong-pin");

    // An RSA token key signs a request OpenSSL verifies.
    let csr = tmp.path().join("rossi.csr");
    let create = ["csr", "create", "--key", "2", "--pin-file", pin_file];
    let subject = [
        "--cn",
        "Marco Rossi",
        "--serial-number",
        "TINIT-RSSMRC80A01H501U",
    ];
    let made = [
        &create[..],
        &subject,
        &["--country", "IT", "--out", s(&csr)],
    ]
    .concat();
    sealdesk(&data, &made, &env).ok();
    let checked = openssl(&["req", "-in", s(&csr), "-verify", "-noout"]);
    let said = text(&checked);
    assert!(
        said.contains("verify OK") && !said.contains("fail"),
        "{said}"
    );
}

#[test]
fn a_key_on_the_token_signs_a_pdf_that_pdfsig_and_pyhanko_accept() {
    let organization = ["Kancelaria Nowak sp. z o.o.", "VATPL-5260250995", "PL"];
    let (tmp, hsm, pin, data, seal_pem) =
        token_office("Pieczęć PDF", ["ec-p256", "rsa-2048"], organization);
    let (pin_file, env) = (s(&pin), hsm.env());

    // The signer's certificate for the token's RSA key (key 2).
    let issued = issue_for_token_key(&data, &hsm, pin_file, "Anna Nowak").ok();
    let cert = serde_json::from_str::<serde_json::Value>(&issued.stdout).unwrap()["id"].to_string();

    let input = tmp.path().join("faktura.pdf");
    std::fs::copy(crate::pades::fixture("pdflatex-forms.pdf"), &input).unwrap();
    let signed = tmp.path().join("faktura-signed.pdf");

    // A wrong PIN leaves nothing behind.
    let wrong = secret_file(tmp.path(), "wrong-pin", "0000");
    let run = sealdesk(
        &data,
        &["sign", "--cert", &cert, "--pin-file", s(&wrong), s(&input)],
        &env,
    );
    assert_eq!(run.status, 1, "{}", run.stderr);
    expect_code(&run, "token.wrong-pin");
    assert!(!signed.exists());

    let sign = [
        "--json",
        "sign",
        "--cert",
        &cert,
        "--pin-file",
        pin_file,
        s(&input),
    ];
    let printed = sealdesk(&data, &sign, &env).ok().json();
    assert_eq!(printed["format"], "pades");
    assert_eq!(printed["output"], signed.to_str().unwrap());
    crate::pades::Verifiers::new(tmp.path(), &[&seal_pem]).assert_pades(
        &input,
        &signed,
        &["Signature1"],
    );
}
