//! Hostile or careless input from the user's side of the command line:
//! names that carry terminal escapes, devices and pipes given as files,
//! files far too large, secret files others can read, damaged certificate
//! files, a reader that closes the pipe, and backups aimed at existing files.

use crate::support::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What a terminal would act on instead of showing (besides the line ends
/// and column tabs of the output itself).
fn has_raw_controls(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

const FORGED_TAIL: &str = "the document's signatures are valid";

/// A self-signed signing certificate made by OpenSSL whose common name
/// carries a line break, an escape sequence and a right-to-left override,
/// in a PKCS#12 with its key, protected by the password in `p12-pw`.
fn hostile_pkcs12(desk: &Office) -> (PathBuf, PathBuf) {
    let key = desk.path("hostile.key");
    let cert = desk.path("hostile.pem");
    let cn = format!("/CN=Mallory; valid\n{FORGED_TAIL}\u{1b}[8m\u{202e}xyz");
    let made = openssl(&[
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        s(&key),
        "-out",
        s(&cert),
        "-days",
        "30",
        "-utf8",
        "-subj",
        &cn,
        "-addext",
        "keyUsage=critical,digitalSignature,nonRepudiation",
    ]);
    assert!(made.status.success(), "{}", text(&made));
    let password = desk.secret("p12-pw", "hostile-p12\n");
    let p12 = desk.path("hostile.p12");
    let exported = openssl(&[
        "pkcs12",
        "-export",
        "-inkey",
        s(&key),
        "-in",
        s(&cert),
        "-out",
        s(&p12),
        "-passout",
        "pass:hostile-p12",
    ]);
    assert!(exported.status.success(), "{}", text(&exported));
    (p12, password)
}

#[test]
fn names_from_certificates_cannot_forge_or_hide_lines_of_output() {
    let desk = Office::new();
    let (p12, password) = hostile_pkcs12(&desk);
    let imported = desk.json(&["cert", "import", s(&p12), "--password-file", s(&password)]);
    let id = imported[0]["id"].to_string();
    // The data itself is kept and given as it is in JSON.
    let listed = desk.json(&["cert", "list"]);
    let subject = listed[0]["subject"].as_str().unwrap();
    assert!(
        subject.contains('\n') && subject.contains('\u{202e}'),
        "{subject}"
    );

    let escaped = ["\\n", "\\x1b[8m", "\\u{202e}xyz"];
    let list = desk.run(&["cert", "list"]);
    assert_eq!(list.status, 0, "{}", list.stderr);
    let show = desk.run(&["cert", "show", "--id", &id]);
    assert_eq!(show.status, 0, "{}", show.stderr);
    for run in [&list, &show] {
        assert!(!has_raw_controls(&run.stdout), "{:?}", run.stdout);
        for form in escaped {
            assert!(run.stdout.contains(form), "{form} in {:?}", run.stdout);
        }
        assert!(
            !run.stdout.lines().any(|l| l.starts_with(FORGED_TAIL)),
            "{:?}",
            run.stdout
        );
    }
    assert_eq!(list.stdout.lines().count(), 1, "{:?}", list.stdout);

    let document = desk.path("note.txt");
    std::fs::write(&document, "pay 10 EUR\n").unwrap();
    let signed = desk.sign_with(&id, &password, &document);
    assert_eq!(signed.status, 0, "{}", signed.stderr);
    let verify = desk.run(&["verify", s(&document)]);
    assert!(!has_raw_controls(&verify.stdout), "{:?}", verify.stdout);
    assert!(!has_raw_controls(&verify.stderr), "{:?}", verify.stderr);
    let lines: Vec<&str> = verify.stdout.lines().collect();
    assert_eq!(
        lines.len(),
        3,
        "one line per signature, its trust anchor, and the verdict: {lines:?}"
    );
    assert!(lines[0].starts_with("signature 1: CN=Mallory"), "{lines:?}");
    assert!(lines[1].starts_with("  trust anchor: "), "{lines:?}");
    assert!(
        lines[2].starts_with("the document's signatures are"),
        "{lines:?}"
    );
    for form in escaped {
        assert!(lines[0].contains(form), "{form} in {lines:?}");
    }
}

#[test]
fn a_closed_stdout_ends_the_command_quietly() {
    let desk = Office::new();
    for args in [&["--json", "cert", "list"][..], &["status"][..]] {
        let mut child = sealdesk_command(&desk.data)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before the command prints anything.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(out.status.code(), Some(101), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(stderr.is_empty(), "{args:?}: {stderr}");
    }
}

/// Runs `args`, failing the test when the command takes longer than a few
/// seconds (it would otherwise hang the suite).
fn run_promptly(desk: &Office, args: &[&str]) -> Run {
    let mut child = sealdesk_command(&desk.data)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("{args:?} did not return");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[cfg(unix)]
#[test]
fn devices_pipes_and_huge_files_are_refused_before_they_are_read() {
    let desk = Office::new();
    let (p12, password) = hostile_pkcs12(&desk);

    // A device as a secret file would be read until memory runs out.
    let zero = run_promptly(
        &desk,
        &["cert", "import", s(&p12), "--password-file", "/dev/zero"],
    );
    expect_error(&zero, "io.not-a-regular-file");
    assert_contains(&zero.stderr, "/dev/zero");

    let imported = desk.json(&["cert", "import", s(&p12), "--password-file", s(&password)]);
    let id = imported[0]["id"].to_string();
    // A named pipe without a writer would keep `sign` waiting forever.
    let fifo = desk.path("document.pdf");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    for input in [s(&fifo), "/dev/zero"] {
        let sign = run_promptly(
            &desk,
            &[
                "sign",
                "--cert",
                &id,
                "--key-password-file",
                s(&password),
                input,
            ],
        );
        expect_error(&sign, "io.not-a-regular-file");
    }
    let verify = run_promptly(&desk, &["verify", s(&fifo)]);
    expect_error(&verify, "io.not-a-regular-file");

    // 9 MiB of holes: cheap to make, larger than any certificate file.
    let huge = desk.path("huge.pem");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(9 * 1024 * 1024)
        .unwrap();
    let import = run_promptly(&desk, &["cert", "import", s(&huge)]);
    expect_error(&import, "io.file-too-large");
    assert_contains(&import.stderr, "8388608");

    let body = run_promptly(
        &desk,
        &[
            "mail",
            "send",
            "--to",
            "jan@example.com",
            "--subject",
            "Faktura",
            "--body-file",
            "/dev/zero",
        ],
    );
    expect_error(&body, "io.not-a-regular-file");
    assert!(desk
        .json(&["outbox", "list"])
        .as_array()
        .unwrap()
        .is_empty());
}

#[cfg(unix)]
#[test]
fn a_secret_file_others_can_read_is_used_with_a_warning_naming_it() {
    use std::os::unix::fs::PermissionsExt;
    let desk = Office::new();
    let (p12, password) = hostile_pkcs12(&desk);
    std::fs::set_permissions(&password, std::fs::Permissions::from_mode(0o644)).unwrap();
    let open = desk.run(&["cert", "import", s(&p12), "--password-file", s(&password)]);
    assert_eq!(open.status, 0, "{}", open.stderr);
    assert!(
        open.stderr.starts_with("warning[cli.secret-file-open]: ")
            && open.stderr.contains(s(&password))
            && open.stderr.contains("chmod 600"),
        "{}",
        open.stderr
    );
    std::fs::set_permissions(&password, std::fs::Permissions::from_mode(0o600)).unwrap();
    let private = desk.run(&["cert", "import", s(&p12), "--password-file", s(&password)]);
    assert_eq!(private.status, 0, "{}", private.stderr);
    // No warning now; the same file again only brings the note that
    // nothing new was added.
    assert!(!private.stderr.contains("warning["), "{}", private.stderr);
    assert!(
        private.stderr.starts_with("note: nothing new was added"),
        "{}",
        private.stderr
    );
}

#[test]
fn damaged_certificate_files_are_described_not_parsed_aloud() {
    let desk = Office::new();
    let (p12, password) = hostile_pkcs12(&desk);
    let cert_pem = std::fs::read_to_string(desk.path("hostile.pem")).unwrap();
    let der = openssl(&[
        "x509",
        "-in",
        s(&desk.path("hostile.pem")),
        "-outform",
        "DER",
    ])
    .stdout;
    let p12_bytes = std::fs::read(&p12).unwrap();
    let mut flipped = p12_bytes.clone();
    for byte in flipped.iter_mut().skip(40).step_by(7) {
        *byte ^= 0x5a;
    }
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("cut.der", der[..der.len() / 2].to_vec(), "cert.invalid"),
        ("short.der", der[..12].to_vec(), "cert.invalid"),
        (
            "cut.pem",
            cert_pem.replace(&cert_pem[80..200], "").into_bytes(),
            "cert.invalid",
        ),
        ("cut.p12", p12_bytes[..300].to_vec(), "pkcs12.invalid"),
        ("garbage.p12", flipped, "pkcs12.invalid"),
    ];
    for (name, bytes, code) in cases {
        let path = desk.path(name);
        std::fs::write(&path, bytes).unwrap();
        let run = desk.run(&["cert", "import", s(&path), "--password-file", s(&password)]);
        expect_error(&run, code);
        for internal in ["Nom", "nom", "DER byte", "Parsing Error", ".sealdesk-"] {
            assert!(!run.stderr.contains(internal), "{name}: {}", run.stderr);
        }
    }
}

#[test]
fn a_backup_never_replaces_a_file_and_opens_as_a_store() {
    let desk = Office::new();
    let key = desk.path("seal.key");
    std::fs::write(&key, "-----BEGIN ENCRYPTED PRIVATE KEY-----\n").unwrap();
    let over_key = desk.run(&["backup", "--out", s(&key)]);
    expect_error(&over_key, "io.file-exists");
    assert_eq!(
        std::fs::read_to_string(&key).unwrap(),
        "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
    );

    let live = store_file(&desk.data);
    // Signing in adds its audit entry, so the store is compared without
    // those: a copy written over it would have changed the rest as well.
    let events = "SELECT count(*) FROM audit_event WHERE action <> 'admin.unlocked'";
    let before = (query_i64(&desk.data, events), inode(&live));
    let over_store = desk.run(&["backup", "--out", s(&live)]);
    expect_error(&over_store, "io.file-exists");
    assert_eq!((query_i64(&desk.data, events), inode(&live)), before);
    assert_eq!(desk.json(&["status"])["initialized"], true);

    let copy_dir = desk.path("copy");
    std::fs::create_dir(&copy_dir).unwrap();
    let copy = store_file(&copy_dir);
    let done = desk.json(&["backup", "--out", s(&copy)]);
    assert_eq!(done["path"], s(&copy));
    let status = sealdesk(&copy_dir, &["--json", "status"], &[]);
    assert_eq!(status.status, 0, "{}", status.stderr);
    let status: Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(status["initialized"], true);
    let leftovers: Vec<_> = std::fs::read_dir(desk.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// The file's identity on its file system: a file replaced by another has
/// a new one.
#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).unwrap().ino()
}

/// Elsewhere the contents alone are compared.
#[cfg(not(unix))]
fn inode(_: &Path) -> u64 {
    0
}
