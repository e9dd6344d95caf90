//! `sealdesk sign`: detached CAdES signatures that OpenSSL verifies against
//! the exported seal, and the refusals that keep a user from signing with a
//! certificate that cannot be relied on.

use crate::support::*;
use std::path::{Path, PathBuf};

fn openssl_verify(office: &Office, content: &Path, signature: &Path) -> std::process::Output {
    cms_verify(
        s(signature),
        Some(s(content)),
        &office.path("seal.pem"),
        "/dev/null",
    )
}

fn p7s_of(path: &Path) -> PathBuf {
    PathBuf::from(format!("{}.p7s", s(path)))
}

#[test]
fn every_key_algorithm_signs_files_openssl_verifies_and_a_change_breaks_it() {
    let office = office();
    let big = office.path("wyciąg bankowy 2026.csv");
    let mut bytes = Vec::with_capacity(5 << 20);
    while bytes.len() < 5 << 20 {
        bytes.extend_from_slice("Łódź;Київ;תל אביב;1234.56\n".as_bytes());
    }
    std::fs::write(&big, &bytes).unwrap();
    let empty = office.path("empty.txt");
    std::fs::write(&empty, b"").unwrap();

    for (n, algorithm) in ["ec-p256", "ec-p384", "rsa-2048"].iter().enumerate() {
        let cert = new_signer(&office, &format!("Signer {n}"), algorithm);
        for input in [&big, &empty] {
            let out = office.path(&format!("{n}-{}.p7s", input.file_name().unwrap().len()));
            let run = sign(&office, &cert, input, &["--out", s(&out)]);
            assert_eq!(run.status, 0, "{algorithm}: {}", run.stderr);
            let printed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
            assert_eq!(printed["format"], "cades");
            assert_eq!(printed["output"], s(&out));
            let verified = openssl_verify(&office, input, &out);
            assert!(
                verified.status.success(),
                "{algorithm}: {}",
                text(&verified)
            );
            assert!(text(&verified).contains("Verification successful"));
        }

        let printed = openssl(&[
            "cms",
            "-cmsout",
            "-print",
            "-inform",
            "DER",
            "-in",
            s(&office.path(&format!("{n}-{}.p7s", big.file_name().unwrap().len()))),
        ]);
        let dump = text(&printed);
        assert!(
            dump.contains("1.2.840.113549.1.9.16.2.47"),
            "signingCertificateV2 is signed: {dump}"
        );
        assert_contains(&dump, "signingTime");
        assert!(
            dump.contains("NTRUA-14360570"),
            "the seal travels along: {dump}"
        );
    }

    let changed = office.path("changed.csv");
    let mut tampered = bytes.clone();
    tampered[1234] ^= 1;
    std::fs::write(&changed, tampered).unwrap();
    let cert = new_signer(&office, "Tamper Test", "ec-p256");
    let run = sign(&office, &cert, &big, &[]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(p7s_of(&big).exists(), "INPUT.p7s by default");
    let refused = openssl_verify(&office, &changed, &p7s_of(&big));
    assert_eq!(refused.status.code(), Some(4), "{}", text(&refused));
}

#[test]
fn wrong_passwords_existing_files_and_unusable_certificates_are_refused() {
    let office = office();
    let doc = office.path("umowa.txt");
    std::fs::write(&doc, "Umowa nr 7/2026").unwrap();
    let cert = new_signer(&office, "Jan Nowak", "ec-p256");

    let wrong = secret_file(&office.path(""), "wrong", "nie-to-hasło");
    let run = office.sign_with(&cert, &wrong, &doc);
    expect_error(&run, "key.wrong-password");
    assert!(
        !p7s_of(&doc).exists(),
        "nothing written after a wrong password"
    );

    assert_eq!(sign(&office, &cert, &doc, &[]).status, 0);
    expect_error(&sign(&office, &cert, &doc, &[]), "io.file-exists");
    expect_error(
        &sign(&office, &cert, &office.path("missing.txt"), &[]),
        "io.not-found",
    );

    // A PDF is signed inside (PAdES) unless a separate signature is asked
    // for; this stand-in is no real PDF, so only the latter works.
    let pdf = office.path("faktura.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n% a stand-in\n").unwrap();
    expect_error(&sign(&office, &cert, &pdf, &[]), "pdf.unreadable");
    assert_eq!(sign(&office, &cert, &pdf, &["--detached"]).status, 0);
    assert!(openssl_verify(&office, &pdf, &p7s_of(&pdf))
        .status
        .success());

    let revoked = new_signer(&office, "Revoked Signer", "ec-p256");
    office.json(&["cert", "revoke", "--id", &revoked]);
    let doc2 = office.path("druga.txt");
    std::fs::write(&doc2, "x").unwrap();
    let run = sign(&office, &revoked, &doc2, &[]);
    expect_error(&run, "sign.certificate-not-usable");
    assert_contains(&run.stderr, "revoked");

    office.json(&["seal", "revoke", "--id", "1"]);
    let run = sign(&office, &cert, &doc2, &[]);
    expect_error(&run, "sign.certificate-not-usable");
    assert_contains(&run.stderr, "seal");
    assert!(!p7s_of(&doc2).exists());
}

#[test]
fn a_certificate_without_a_key_cannot_sign() {
    let office = office();
    let ca = crate::pkcs12::outside_ca(&office.path("")).ca_pem;
    let imported = office.json(&["cert", "import", s(&ca)]);
    let id = imported[0]["id"].to_string();
    let doc = office.path("doc.txt");
    std::fs::write(&doc, "x").unwrap();
    expect_error(&sign(&office, &id, &doc, &[]), "cert.no-key");
}

#[test]
fn a_separate_signature_is_never_written_to_a_pdf_name() {
    let office = office();
    let cert = new_signer(&office, "Jan Nowak", "ec-p256");
    let doc = office.path("umowa.txt");
    std::fs::write(&doc, "Umowa nr 8/2026").unwrap();
    let pdf = crate::pades::fixture("pdfkit.pdf");
    for (input, extra) in [(&doc, None), (&pdf, Some("--detached"))] {
        for name in ["umowa.pdf", "UMOWA.PDF", "umowa.Pdf"] {
            let out = office.path(name);
            let mut args = vec!["--out", s(&out)];
            args.extend(extra);
            let run = sign(&office, &cert, input, &args);
            expect_error(&run, "pdf.detached-output-named-pdf");
            assert_contains(&run.stderr, ".p7s");
            assert!(!out.exists(), "{name}");
        }
    }
}

/// `sealdesk --json sign` run under `umask`, as a user with that umask would.
#[cfg(unix)]
fn sign_under_umask(
    office: &Office,
    umask: &str,
    cert: &str,
    input: &Path,
    extra: &[&str],
) -> std::process::Output {
    let mut cmd = std::process::Command::new("sh");
    cmd.args(["-c", "umask \"$1\" && shift && exec \"$@\"", "sh", umask])
        .arg(env!("CARGO_BIN_EXE_sealdesk"))
        .arg("--data-dir")
        .arg(&office.data)
        .args([
            "--json",
            "sign",
            "--cert",
            cert,
            "--key-password-file",
            s(&office.user_pw),
            s(input),
        ])
        .args(extra);
    session_env(&mut cmd, &office.data);
    cmd.output().expect("sh runs")
}

#[cfg(unix)]
#[test]
fn signed_outputs_keep_the_permissions_of_the_document_less_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let office = office();
    let cert = new_signer(&office, "Jan Nowak", "ec-p256");
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o7777;
    for (n, (document_mode, umask, expected)) in [
        (0o600, "077", 0o600),
        (0o644, "022", 0o644),
        (0o640, "022", 0o640),
        (0o644, "077", 0o600),
        (0o755, "022", 0o644),
    ]
    .into_iter()
    .enumerate()
    {
        let txt = office.path(&format!("{n}.txt"));
        std::fs::write(&txt, "Umowa").unwrap();
        let pdf = office.path(&format!("{n}.pdf"));
        std::fs::copy(crate::pades::fixture("pdfkit.pdf"), &pdf).unwrap();
        for (input, output) in [
            (&txt, p7s_of(&txt)),
            (&pdf, office.path(&format!("{n}-signed.pdf"))),
            (&pdf, p7s_of(&pdf)),
        ] {
            std::fs::set_permissions(input, std::fs::Permissions::from_mode(document_mode))
                .unwrap();
            let detached: &[&str] = if output.extension().unwrap() == "p7s" {
                &["--detached"]
            } else {
                &[]
            };
            let out = sign_under_umask(&office, umask, &cert, input, detached);
            assert!(out.status.success(), "{}", text(&out));
            assert_eq!(
                mode(&output),
                expected,
                "{} from a {document_mode:o} document under umask {umask}",
                s(&output)
            );
        }
    }
}

/// `sealdesk` run in `cwd` with its own `--data-dir` (relative or not), as
/// the administrator whose password is in `admin_pw`.
fn sealdesk_in(cwd: &Path, data_dir: &str, admin_pw: &Path, args: &[&str]) -> crate::Run {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_sealdesk"))
        .current_dir(cwd)
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("SEALDESK_DATA_DIR")
        .env(OPERATOR_PASSWORD_FILE, admin_pw)
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    crate::Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn keys_made_with_a_relative_data_folder_sign_from_another_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let here = tmp.path().join("here");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir(&here).unwrap();
    std::fs::create_dir(&elsewhere).unwrap();
    let pw = secret_file(tmp.path(), "pw", "Lipa-Kwiat-7\n");
    let ok = |run: Run| {
        assert_eq!(run.status, 0, "{}", run.stderr);
        serde_json::from_str::<serde_json::Value>(&run.stdout).unwrap_or_default()
    };
    let rel = |args: &[&str]| {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        ok(sealdesk_in(&here, "sdrel", &pw, &all))
    };
    rel(&["init", "--admin-password-file", s(&pw)]);
    // A seal key in a relative file, and a key the seal's issue generates.
    rel(&[
        "key",
        "generate",
        "--algorithm",
        "ec-p256",
        "--file",
        "seal.key",
        "--password-file",
        s(&pw),
    ]);
    rel(&[
        "seal",
        "create",
        "--key",
        "1",
        "--key-password-file",
        s(&pw),
        "--org",
        "Biuro",
        "--org-id",
        "VATPL-8567346215",
        "--country",
        "pl",
    ]);
    let issue = |cn| {
        let seal = [
            "cert",
            "issue",
            "--seal",
            "1",
            "--seal-password-file",
            s(&pw),
        ];
        let key = ["--generate", "ec-p256", "--key-password-file", s(&pw)];
        [&seal[..], &["--profile", "signing", "--cn", cn], &key].concat()
    };
    let issued = rel(&issue("Anna Nowak"));
    let id = issued["id"].to_string();

    let absolute = here.join("sdrel");
    let doc = elsewhere.join("umowa.txt");
    std::fs::write(&doc, "Umowa\n").unwrap();
    ok(sealdesk_in(
        &elsewhere,
        s(&absolute),
        &pw,
        &[
            "--json",
            "sign",
            "--cert",
            &id,
            "--key-password-file",
            s(&pw),
            s(&doc),
        ],
    ));
    // The seal's key, given as a relative --file, opens from there too.
    let again = with(&["--json"], &issue("Jan Nowak"));
    ok(sealdesk_in(&elsewhere, s(&absolute), &pw, &again));
}
