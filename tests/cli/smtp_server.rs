//! The real SMTP server of the mail tests (tests/support/smtp_server.py on
//! 127.0.0.1) with the PKI its TLS certificates come from, and readers of
//! what it received.

use crate::support::assert_ok;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// The login the server accepts.
pub(crate) const USER: &str = "dana";
/// The password the server accepts for [`USER`].
pub(crate) const PASSWORD: &str = "Kwiat-Lipa-77";
/// The OAuth2 access token the server accepts for [`USER`] (XOAUTH2).
pub(crate) const XOAUTH2_TOKEN: &str = "ya29.sealdesk-test-token";

/// The python of the aiosmtpd venv (scripts/lib.sh `ensure_aiosmtpd`).
pub(crate) fn smtp_python() -> String {
    std::env::var("SEALDESK_SMTP_PYTHON").unwrap_or_else(|_| {
        panic!(
            "SEALDESK_SMTP_PYTHON is not set: run scripts/test, or `source scripts/lib.sh; ensure_aiosmtpd` first"
        )
    })
}

/// A CA and two server certificates it issued: `good` for localhost and
/// 127.0.0.1, `other` for another name.
pub(crate) struct Pki {
    /// The CA certificate (PEM), to trust with `smtp set --ca-file`.
    pub(crate) ca: PathBuf,
    /// The folder holding NAME.pem and NAME.key.
    pub(crate) dir: PathBuf,
}

pub(crate) fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("openssl runs");
    assert_ok(&out);
}

/// Makes the test PKI in `dir`.
pub(crate) fn make_pki(dir: &Path) -> Pki {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
    ];
    let mut ca = vec!["req", "-x509"];
    ca.extend(ec);
    ca.extend([
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=Test Mail CA",
    ]);
    openssl(dir, &ca);
    for (name, san) in [
        ("good", "subjectAltName=DNS:localhost,IP:127.0.0.1"),
        ("other", "subjectAltName=DNS:other.example"),
    ] {
        let key = format!("{name}.key");
        let csr = format!("{name}.csr");
        let pem = format!("{name}.pem");
        let ext = format!("{name}.ext");
        std::fs::write(dir.join(&ext), format!("{san}\n")).unwrap();
        let mut req = vec!["req"];
        req.extend(ec);
        req.extend([
            "-keyout",
            &key,
            "-out",
            &csr,
            "-subj",
            "/CN=mail test server",
        ]);
        openssl(dir, &req);
        openssl(
            dir,
            &[
                "x509",
                "-req",
                "-in",
                &csr,
                "-CA",
                "ca.pem",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-days",
                "2",
                "-extfile",
                &ext,
                "-out",
                &pem,
            ],
        );
    }
    Pki {
        ca: dir.join("ca.pem"),
        dir: dir.to_owned(),
    }
}

/// A free TCP port on 127.0.0.1 (nothing listens on it when returned).
pub(crate) fn free_port() -> u16 {
    let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    probe.local_addr().unwrap().port()
}

/// A real SMTP server on 127.0.0.1, killed when dropped.
pub(crate) struct Server {
    child: Child,
    /// The port it listens on.
    pub(crate) port: u16,
}

/// How to start a [`Server`].
pub(crate) struct ServerOptions<'a> {
    /// `good` or `other` (the certificate of [`make_pki`]).
    pub(crate) cert: &'a str,
    /// `starttls` or `tls`.
    pub(crate) mode: &'a str,
    /// Where received messages and the connection log go.
    pub(crate) store: Option<&'a Path>,
    /// Listen on this port rather than a free one.
    pub(crate) port: Option<u16>,
}

impl Server {
    /// Starts the server with `cert` in `mode`, keeping nothing.
    pub(crate) fn start(pki: &Pki, cert: &str, mode: &str) -> Server {
        Self::start_with(
            pki,
            &ServerOptions {
                cert,
                mode,
                store: None,
                port: None,
            },
        )
    }

    /// Starts a STARTTLS server with the good certificate that keeps what it
    /// receives in `store`.
    pub(crate) fn storing(pki: &Pki, store: &Path) -> Server {
        Self::start_with(
            pki,
            &ServerOptions {
                cert: "good",
                mode: "starttls",
                store: Some(store),
                port: None,
            },
        )
    }

    /// Starts the server as `options` say.
    pub(crate) fn start_with(pki: &Pki, options: &ServerOptions<'_>) -> Server {
        let script =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/support/smtp_server.py");
        let mut command = Command::new(smtp_python());
        command
            .arg(script)
            .arg(pki.dir.join(format!("{}.pem", options.cert)))
            .arg(pki.dir.join(format!("{}.key", options.cert)))
            .args([options.mode, USER, PASSWORD])
            .stdout(Stdio::piped());
        if let Some(store) = options.store {
            std::fs::create_dir_all(store).unwrap();
            command.arg(store);
        }
        if let Some(port) = options.port {
            command.env("SMTP_SERVER_PORT", port.to_string());
        }
        let mut child = command.spawn().expect("the SMTP test server starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line.trim().parse().expect("the server prints its port");
        Server { child, port }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One message the server accepted.
pub(crate) struct Received {
    /// The bytes as received.
    pub(crate) eml: Vec<u8>,
    /// MAIL FROM.
    pub(crate) mail_from: String,
    /// RCPT TO, in order.
    pub(crate) rcpt_tos: Vec<String>,
    /// The N.eml file.
    pub(crate) path: PathBuf,
}

impl Received {
    /// The message as text (lossy outside UTF-8).
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.eml).into_owned()
    }

    /// The first value of header `name` (unfolded, still encoded).
    pub(crate) fn header(&self, name: &str) -> Option<String> {
        header(&self.text(), name)
    }
}

/// The first value of header `name` in the header block of `message`,
/// unfolded but not decoded.
pub(crate) fn header(message: &str, name: &str) -> Option<String> {
    let head = message
        .split("\r\n\r\n")
        .next()
        .unwrap_or_default()
        .replace("\r\n ", " ")
        .replace("\r\n\t", " ");
    let prefix = format!("{}:", name.to_lowercase());
    head.split("\r\n")
        .find(|line| line.to_lowercase().starts_with(&prefix))
        .map(|line| line[prefix.len()..].trim().to_owned())
}

/// Every message the server kept in `store`, in the order received.
pub(crate) fn received(store: &Path) -> Vec<Received> {
    let mut all = Vec::new();
    for number in 1.. {
        let meta = store.join(format!("{number}.json"));
        let Ok(meta) = std::fs::read_to_string(&meta) else {
            break;
        };
        let meta: serde_json::Value = serde_json::from_str(&meta).unwrap();
        let path = store.join(format!("{number}.eml"));
        all.push(Received {
            eml: std::fs::read(&path).unwrap(),
            mail_from: meta["mail_from"].as_str().unwrap().to_owned(),
            rcpt_tos: meta["rcpt_tos"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_owned())
                .collect(),
            path,
        });
    }
    all
}

/// How many connections the server accepted (after its start-up probe).
pub(crate) fn connections(store: &Path) -> usize {
    std::fs::read_to_string(store.join("connections"))
        .map(|text| text.lines().count())
        .unwrap_or(0)
}
