//! The office every CLI test starts from: a store in a temporary folder,
//! secrets in owner-only files, the binary run as a user would, and the
//! checks of exit codes and `error[CODE]` lines that the tests share.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The administrator password every test store is set up with.
pub(crate) const ADMIN_PASSWORD: &str = "Lipa-Kwiat-7";

/// One finished run of the binary.
pub(crate) struct Run {
    pub(crate) status: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    /// Asserts the run succeeded, naming what it printed on failure.
    pub(crate) fn ok(self) -> Run {
        assert_eq!(self.status, 0, "{}", self.stderr);
        self
    }

    /// The run's standard output as the one JSON value it must be.
    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).expect("stdout is one JSON value")
    }
}

/// The variable naming the operator's password file, which a session
/// exports once instead of giving `--operator-password-file` each time.
pub(crate) const OPERATOR_PASSWORD_FILE: &str = "SEALDESK_OPERATOR_PASSWORD_FILE";

/// The environment of a command run with no operator password at all.
pub(crate) const NO_OPERATOR_PASSWORD: (&str, &str) = (OPERATOR_PASSWORD_FILE, "");

/// The administrator password file a test keeps beside the data folder
/// (`DIR/admin-pw` beside `DIR/data`), once it exists.
pub(crate) fn admin_password_beside(data_dir: &Path) -> Option<PathBuf> {
    let file = data_dir.parent()?.join("admin-pw");
    file.exists().then_some(file)
}

/// The environment of a user's session on the store in `data_dir`: English
/// messages, no data folder or operator from the test's own environment,
/// and the administrator's password file beside the data folder exported,
/// once it exists. What `cmd` runs (the binary, or a shell that runs it)
/// inherits it.
pub(crate) fn session_env<'a>(cmd: &'a mut Command, data_dir: &Path) -> &'a mut Command {
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8");
    for var in ["SEALDESK_DATA_DIR", "SEALDESK_OPERATOR", "SEALDESK_COMPANY"] {
        cmd.env_remove(var);
    }
    match admin_password_beside(data_dir) {
        Some(file) => cmd.env(OPERATOR_PASSWORD_FILE, file),
        None => cmd.env_remove(OPERATOR_PASSWORD_FILE),
    }
}

/// The binary with `--data-dir DATA` in the session of [`session_env`],
/// for a test that spawns it itself.
pub(crate) fn sealdesk_command(data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sealdesk"));
    cmd.arg("--data-dir").arg(data_dir);
    session_env(&mut cmd, data_dir);
    cmd
}

/// Runs `sealdesk --data-dir DATA ARGS` in the session of [`session_env`],
/// with `env` on top: a test's own [`OPERATOR_PASSWORD_FILE`] replaces the
/// administrator's ([`NO_OPERATOR_PASSWORD`]: none at all).
pub(crate) fn sealdesk(data_dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = sealdesk_command(data_dir);
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let Output {
        status,
        stdout,
        stderr,
    } = cmd.output().expect("sealdesk runs");
    Run {
        status: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// A secret file readable only by its owner, as a careful user keeps one
/// (others draw a warning).
pub(crate) fn secret_file(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path
}

/// The store's database file in a data folder.
pub(crate) fn store_file(data: &Path) -> PathBuf {
    data.join("sealdesk.sqlite3")
}

/// One number from the store, read behind the binary's back.
pub(crate) fn query_i64(data: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(store_file(data)).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// How many rows a table of the store holds.
pub(crate) fn count(data: &Path, table: &str) -> i64 {
    query_i64(data, &format!("SELECT count(*) FROM {table}"))
}

/// How many key files the store keeps beside it.
pub(crate) fn key_files(data: &Path) -> usize {
    std::fs::read_dir(data.join("keys"))
        .map(|dir| dir.count())
        .unwrap_or(0)
}

/// A path as the command line takes it.
pub(crate) fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

/// `args` with `extra` after them, as one argument list.
pub(crate) fn with<'a>(args: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
    [args, extra].concat()
}

/// The command failed (exit 1) with this stable error code.
pub(crate) fn expect_error(run: &Run, code: &str) {
    assert_eq!(run.status, 1, "{}", run.stderr);
    let prefix = format!("error[{code}]: ");
    assert!(run.stderr.starts_with(&prefix), "{}", run.stderr);
}

/// The command's error output starts with this stable error code, whatever
/// its exit status.
pub(crate) fn expect_code(run: &Run, code: &str) {
    let prefix = format!("error[{code}]: ");
    assert!(run.stderr.starts_with(&prefix), "{}", run.stderr);
}

/// Runs OpenSSL, the independent verifier.
pub(crate) fn openssl(args: &[&str]) -> Output {
    Command::new("openssl")
        .args(args)
        .output()
        .expect("openssl is installed")
}

/// Runs OpenSSL and asserts it succeeded.
pub(crate) fn openssl_ok(args: &[&str]) -> Output {
    let out = openssl(args);
    assert!(out.status.success(), "openssl {args:?}: {}", text(&out));
    out
}

/// What a tool printed, both streams.
pub(crate) fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// `sealdesk init` of the store in `data` with the administrator password
/// in `password_file`.
pub(crate) fn init(data: &Path, password_file: &Path) -> Run {
    sealdesk(
        data,
        &["init", "--admin-password-file", s(password_file)],
        &[],
    )
}

/// The arguments of `key generate` of `algorithm` into `file`, under the
/// password in `password_file`.
pub(crate) fn key_args<'a>(
    algorithm: &'a str,
    file: &'a Path,
    password_file: &'a Path,
) -> Vec<&'a str> {
    let generate = ["key", "generate", "--algorithm", algorithm];
    with(
        &generate,
        &["--file", s(file), "--password-file", s(password_file)],
    )
}

/// The row of `rows` (a JSON list) whose `id` is `id`.
pub(crate) fn row_with_id<'a>(rows: &'a Value, id: &Value) -> &'a Value {
    let rows = rows.as_array().unwrap();
    rows.iter().find(|r| r["id"] == *id).unwrap()
}

/// Sets up a store in `DIR/data` with the administrator password in
/// `DIR/admin-pw`; returns the data folder.
pub(crate) fn init_store(dir: &Path) -> PathBuf {
    let data = dir.join("data");
    let pw = secret_file(dir, "admin-pw", ADMIN_PASSWORD);
    init(&data, &pw).ok();
    data
}

/// A store with an administrator in a temporary folder, and the password
/// files its users keep beside it.
pub(crate) struct Office {
    tmp: tempfile::TempDir,
    pub(crate) data: PathBuf,
    pub(crate) admin_pw: PathBuf,
    pub(crate) seal_pw: PathBuf,
    pub(crate) user_pw: PathBuf,
}

impl Office {
    /// An initialised store in `data` of a fresh temporary folder, no keys.
    pub(crate) fn new() -> Office {
        let office = Office::uninitialised();
        office.init();
        office
    }

    /// The folder and password files, before `init`.
    pub(crate) fn uninitialised() -> Office {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("data");
        let admin_pw = secret_file(tmp.path(), "admin-pw", ADMIN_PASSWORD);
        let seal_pw = secret_file(tmp.path(), "seal-pw", "pieczęć-2026\n");
        let user_pw = secret_file(tmp.path(), "user-pw", "Користувач-1\n");
        Office {
            tmp,
            data,
            admin_pw,
            seal_pw,
            user_pw,
        }
    }

    /// Sets up the store with the administrator password file.
    pub(crate) fn init(&self) {
        self.run(&["init", "--admin-password-file", s(&self.admin_pw)])
            .ok();
    }

    /// A store with an administrator, an EC P-256 seal key (id 1) and the
    /// seal of a Ukrainian company (id 1), exported as `seal.pem`.
    pub(crate) fn with_seal() -> Office {
        let office = Office::new();
        let key_file = office.path("seal.key");
        office.key_file("ec-p256", &key_file, &office.seal_pw);
        let seal = office.json(&[
            "seal",
            "create",
            "--key",
            "1",
            "--key-password-file",
            s(&office.seal_pw),
            "--org",
            "ТОВ «Ромашка»",
            "--org-id",
            "ntrua-14360570",
            "--country",
            "ua",
        ]);
        assert_eq!(seal["id"], 1);
        assert!(seal["subject"]
            .as_str()
            .unwrap()
            .contains("organizationIdentifier=NTRUA-14360570"));
        let out = office.path("seal.pem");
        office.json(&["seal", "export", "--id", "1", "--out", s(&out)]);
        office
    }

    /// A path in the office's temporary folder.
    pub(crate) fn path(&self, name: &str) -> PathBuf {
        self.tmp.path().join(name)
    }

    /// A secret file in the office's temporary folder.
    pub(crate) fn secret(&self, name: &str, content: &str) -> PathBuf {
        secret_file(self.tmp.path(), name, content)
    }

    /// Runs the binary on this office's store.
    pub(crate) fn run(&self, args: &[&str]) -> Run {
        sealdesk(&self.data, args, &[])
    }

    /// Runs the binary on this office's store with more environment.
    pub(crate) fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        sealdesk(&self.data, args, env)
    }

    /// `sealdesk --json ARGS`, which must succeed with one JSON value.
    pub(crate) fn json(&self, args: &[&str]) -> Value {
        self.json_env(args, &[])
    }

    /// `sealdesk --json ARGS` with more environment, which must succeed.
    pub(crate) fn json_env(&self, args: &[&str], env: &[(&str, &str)]) -> Value {
        let run = self.run_env(&with(&["--json"], args), env);
        assert_eq!(run.status, 0, "{args:?}: {}", run.stderr);
        serde_json::from_str(&run.stdout).expect("one JSON value")
    }

    /// `key generate` of `algorithm` into `file` under `password_file`.
    pub(crate) fn key_file(&self, algorithm: &str, file: &Path, password_file: &Path) -> Value {
        self.json(&key_args(algorithm, file, password_file))
    }

    /// `cert issue` from seal 1 with its password.
    pub(crate) fn issue_args(&self) -> [&str; 6] {
        let seal_pw = s(&self.seal_pw);
        [
            "cert",
            "issue",
            "--seal",
            "1",
            "--seal-password-file",
            seal_pw,
        ]
    }

    /// `cert issue` from seal 1 with its password and `extra`.
    pub(crate) fn issue_run(&self, extra: &[&str]) -> Run {
        self.run(&with(&self.issue_args(), extra))
    }

    /// `cert issue` from seal 1, which must succeed.
    pub(crate) fn issue(&self, extra: &[&str]) -> Value {
        self.json(&with(&self.issue_args(), extra))
    }

    /// A signing certificate from the seal with a new key protected by the
    /// office's user password; returns its id.
    pub(crate) fn new_signer(&self, cn: &str, algorithm: &str) -> String {
        let issued = self.issue(&self.signer_args(cn, algorithm));
        issued["id"].to_string()
    }

    /// The `cert issue` arguments of a signing certificate with a new key
    /// under the user password.
    pub(crate) fn signer_args<'a>(&'a self, cn: &'a str, algorithm: &'a str) -> Vec<&'a str> {
        vec![
            "--profile",
            "signing",
            "--cn",
            cn,
            "--generate",
            algorithm,
            "--key-password-file",
            s(&self.user_pw),
        ]
    }

    /// `sealdesk --json sign` with the signer's key password from the office.
    pub(crate) fn sign(&self, cert: &str, input: &Path, extra: &[&str]) -> Run {
        let user_pw = s(&self.user_pw);
        let args = [
            "--json",
            "sign",
            "--cert",
            cert,
            "--key-password-file",
            user_pw,
        ];
        self.run(&with(&with(&args, &[s(input)]), extra))
    }

    /// `sealdesk sign` with `cert` whose key opens with `password_file`.
    pub(crate) fn sign_with(&self, cert: &str, password_file: &Path, input: &Path) -> Run {
        let key = ["--key-password-file", s(password_file)];
        self.run(&[&["sign", "--cert", cert][..], &key, &[s(input)]].concat())
    }

    /// Trusts certificate `id` as a root, confirming its fingerprint as
    /// `cert show` gives it (importing never trusts).
    pub(crate) fn trust(&self, id: i64) -> Value {
        let shown = self.json(&["cert", "show", "--id", &id.to_string()]);
        let fingerprint = shown["record"]["sha256"].as_str().unwrap().to_string();
        self.json(&[
            "cert",
            "trust",
            "--id",
            &id.to_string(),
            "--fingerprint",
            &fingerprint,
        ])
    }

    /// Certificate `id` written as PEM to `name` in the temporary folder.
    pub(crate) fn pem_of(&self, id: i64, name: &str) -> PathBuf {
        let shown = self.json(&["cert", "show", "--id", &id.to_string()]);
        let path = self.path(name);
        std::fs::write(&path, shown["pem"].as_str().unwrap()).unwrap();
        path
    }

    /// How many key files this office's store keeps.
    pub(crate) fn key_files(&self) -> usize {
        key_files(&self.data)
    }
}

/// The usual office: a store with its seal (see [`Office::with_seal`]).
pub(crate) fn office() -> Office {
    Office::with_seal()
}

/// `sign` as a free function, for tests that pass the office along.
pub(crate) fn sign(office: &Office, cert: &str, input: &Path, extra: &[&str]) -> Run {
    office.sign(cert, input, extra)
}

/// `new_signer` as a free function, for tests that pass the office along.
pub(crate) fn new_signer(office: &Office, cn: &str, algorithm: &str) -> String {
    office.new_signer(cn, algorithm)
}

/// `issue` as a free function, for tests that pass the office along.
pub(crate) fn issue(office: &Office, extra: &[&str]) -> Value {
    office.issue(extra)
}

/// OpenSSL's text form of a certificate, names shown with `nameopt`.
pub(crate) fn x509_text(cert: &Path, nameopt: &str) -> String {
    let args = [
        "x509",
        "-in",
        s(cert),
        "-noout",
        "-text",
        "-nameopt",
        nameopt,
    ];
    text(&openssl(&args))
}

/// `openssl verify -x509_strict` of `cert` against `ca`.
pub(crate) fn openssl_verify_strict(ca: &Path, cert: &Path) -> Output {
    openssl(&["verify", "-x509_strict", "-CAfile", s(ca), s(cert)])
}

/// OpenSSL's line of a certificate's subject, shown with `nameopt`.
pub(crate) fn x509_subject(cert: &Path, nameopt: &str) -> String {
    let args = [
        "x509",
        "-in",
        s(cert),
        "-noout",
        "-subject",
        "-nameopt",
        nameopt,
    ];
    text(&openssl(&args))
}

/// A new EC P-256 private key from OpenSSL in `out`.
pub(crate) fn ec_key(out: &Path) {
    let curve = "ec_paramgen_curve:P-256";
    openssl_ok(&[
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        curve,
        "-out",
        s(out),
    ]);
}

/// A new RSA private key of `bits` from OpenSSL in `out`.
pub(crate) fn rsa_key(bits: &str, out: &Path) {
    let size = format!("rsa_keygen_bits:{bits}");
    openssl_ok(&[
        "genpkey",
        "-algorithm",
        "RSA",
        "-pkeyopt",
        &size,
        "-out",
        s(out),
    ]);
}

/// A self-signed OpenSSL test CA for 30 days: `key`'s certificate for
/// `subject` in `out`.
pub(crate) fn ca_cert(key: &Path, subject: &str, out: &Path) {
    let req = [
        "req",
        "-x509",
        "-new",
        "-key",
        s(key),
        "-subj",
        subject,
        "-utf8",
    ];
    let days = [
        "-days",
        "30",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
    ];
    let usage = ["-addext", "keyUsage=critical,keyCertSign,cRLSign"];
    openssl_ok(&[&req[..], &days, &usage, &["-out", s(out)]].concat());
}

/// OpenSSL's request for `key` and `subject` (`extra` after the subject)
/// in `out`.
pub(crate) fn openssl_csr(key: &Path, subject: &str, extra: &[&str], out: &Path) {
    let req = ["req", "-new", "-key", s(key), "-subj", subject];
    openssl_ok(&[&req[..], extra, &["-out", s(out)]].concat());
}

/// The CA (`ca_pem`, `ca_key`) signs the request `csr` for `days`
/// (`extra` after them) into `out`.
pub(crate) fn sign_csr(csr: &Path, ca: [&Path; 2], days: &str, extra: &[&str], out: &Path) {
    let [ca_pem, ca_key] = ca;
    let req = [
        "x509",
        "-req",
        "-in",
        s(csr),
        "-CA",
        s(ca_pem),
        "-CAkey",
        s(ca_key),
    ];
    let serial = ["-CAcreateserial", "-days", days];
    openssl_ok(&[&req[..], &serial, extra, &["-out", s(out)]].concat());
}

/// OpenSSL's PKCS#12 of `cert` and `key` with the `chain` file, under the
/// password OpenSSL reads from `passout` (`extra` at the end).
pub(crate) fn p12_export(
    cert_and_key: [&Path; 2],
    chain: &Path,
    passout: &str,
    out: &Path,
    extra: &[&str],
) {
    let [cert, key] = cert_and_key;
    let export = ["pkcs12", "-export", "-in", s(cert), "-inkey", s(key)];
    let rest = ["-certfile", s(chain), "-passout", passout, "-out", s(out)];
    openssl_ok(&[&export[..], &rest, extra].concat());
}

/// `openssl cms -verify` of the DER signature `signature` against the CA
/// file `ca`, with `content` for a detached one, writing what was signed to
/// `out`.
pub(crate) fn cms_verify(signature: &str, content: Option<&str>, ca: &Path, out: &str) -> Output {
    let verify = [
        "cms", "-verify", "-binary", "-inform", "DER", "-in", signature,
    ];
    let content = content.map_or(vec![], |c| vec!["-content", c]);
    let rest = ["-CAfile", s(ca), "-purpose", "any", "-out", out];
    openssl(&[&verify[..], &content, &rest].concat())
}

/// The tool succeeded; its error output says why not.
pub(crate) fn assert_ok(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `text` holds `part`; the whole text is shown when not.
pub(crate) fn assert_contains(text: &str, part: &str) {
    assert!(text.contains(part), "{text}");
}
