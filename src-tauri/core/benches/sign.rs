//! PAdES signing of large PDFs beside OpenSSL signing the same file with
//! the same encrypted key in the same run:
//! `cargo bench -p sealdesk-core --bench sign`.
//!
//! - time: `sign_file` on a 25 MB PDF (open the encrypted key file, copy
//!   and hash the PDF, sign, write the signed copy) against
//!   `openssl dgst -sha256 -sign KEY -passin file:PW` over the same file
//!   (which hashes it once and writes only the signature), and the ratio;
//!   the key file's PBKDF2 unlock, which dominates small files, apart;
//! - memory: peak RSS of a child process signing a 25 MB and a 250 MB PDF,
//!   and of one verifying the signed copy (revision by revision, with the
//!   difference analysis), beside each other (the bench runs itself as the
//!   child and the child reports its own high-water mark, VmHWM); both must
//!   stay flat. Linux only.

mod support;

use chrono::Utc;
use sealdesk_core::keys::file;
use sealdesk_core::keys::unlock::KeySecret;
use sealdesk_core::sign::signing::{sign_file, SignOptions};
use sealdesk_core::sign::verify::verify_file;
use std::io::Write;
use std::path::Path;
use std::time::Instant;
use support::{ms, openssl, p, per_run, row, SealOffice};

const PASSWORD: &str = "Pieczęć-2026";
/// Set in the child process: `sign|DATA_DIR|CERT_ID|INPUT|OUTPUT` or
/// `verify|DATA_DIR|SIGNED`.
const CHILD: &str = "SEALDESK_BENCH_SIGN_CHILD";

fn main() {
    if let Ok(job) = std::env::var(CHILD) {
        child(&job);
        return;
    }
    let office = SealOffice::new(["Biuro Rachunkowe", "VATPL-5260250274", "PL"], PASSWORD);
    let (d, store, data) = (office.path(), &office.store, office.data());
    let (key_path, cert) = (&office.seal_key, office.seal_id);
    let password_file = d.join("pw");
    std::fs::write(&password_file, PASSWORD).expect("password file");

    let mb25 = d.join("25mb.pdf");
    big_pdf(&mb25, 25 << 20);

    let unlock = per_run(5, || {
        file::read_encrypted(key_path, PASSWORD).expect("key opens");
    });
    println!("key file unlock (PBKDF2), ours: {:.1} ms", ms(unlock));

    let rounds = 5;
    let out = d.join("signed.pdf");
    let ours = per_run(rounds, || {
        let _ = std::fs::remove_file(&out);
        sign_file(
            store,
            cert,
            KeySecret::Password(PASSWORD),
            &mb25,
            &SignOptions {
                output: Some(&out),
                detached: false,
                reason: None,
            },
            Utc::now(),
        )
        .expect("signs");
    });
    let sig = d.join("openssl.sig");
    let pass = format!("file:{}", p(&password_file));
    let theirs = per_run(rounds, || {
        openssl(&[
            "dgst",
            "-sha256",
            "-sign",
            p(key_path),
            "-passin",
            &pass,
            "-out",
            p(&sig),
            p(&mb25),
        ])
    });
    println!(
        "{:<24} {:>7} {:>14} {:>14} {:>8}",
        "step", "rounds", "SealDesk ms", "openssl ms", "ratio"
    );
    row(24, "sign 25 MB PDF", rounds, ours, theirs);
    println!("(goal: ratio <= 1.5x; openssl: dgst -sha256 -sign with the same key file)");
    println!(
        "  without the key unlock: SealDesk {:.1} ms",
        ms(ours.saturating_sub(unlock))
    );

    let mb250 = d.join("250mb.pdf");
    big_pdf(&mb250, 250 << 20);
    let mut signing = Vec::new();
    let mut verifying = Vec::new();
    for (label, input) in [("25 MB", &mb25), ("250 MB", &mb250)] {
        let output = d.join(format!("child-{}.pdf", label.replace(' ', "")));
        let sign_job = format!("sign|{}|{cert}|{}|{}", p(&data), p(input), p(&output));
        let (peak, elapsed) = child_peak(&sign_job);
        assert!(output.exists());
        println!(
            "peak RSS signing {label}: {:.1} MB ({:.0} ms in a fresh process)",
            peak / 1024.0,
            ms(elapsed)
        );
        signing.push(peak);
        let (peak, elapsed) = child_peak(&format!("verify|{}|{}", p(&data), p(&output)));
        println!(
            "peak RSS verifying {label}: {:.1} MB ({:.0} ms in a fresh process; {:.2}x signing)",
            peak / 1024.0,
            ms(elapsed),
            peak / signing[signing.len() - 1]
        );
        verifying.push(peak);
        let _ = std::fs::remove_file(&output);
    }
    println!(
        "peak RSS 250 MB / 25 MB: signing {:.2}, verifying {:.2} (goal: flat, <= 64 MB)",
        signing[1] / signing[0],
        verifying[1] / verifying[0]
    );
}

/// Runs the bench as a child doing `job`; its peak RSS in KiB and how long
/// the whole process took.
fn child_peak(job: &str) -> (f64, std::time::Duration) {
    let exe = std::env::current_exe().expect("bench binary");
    let started = Instant::now();
    let run = std::process::Command::new(exe)
        .env(CHILD, job)
        .output()
        .expect("child runs");
    let elapsed = started.elapsed();
    assert!(
        run.status.success(),
        "the child did {job}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    let peak_kib: u64 = String::from_utf8_lossy(&run.stdout)
        .trim()
        .parse()
        .expect("the child reports its peak");
    (peak_kib as f64, elapsed)
}

/// The child: one signature, as the CLI would make it, or the check of a
/// signed copy, as `verify` would make it.
fn child(job: &str) {
    let parts: Vec<&str> = job.split('|').collect();
    match parts[..] {
        ["sign", data, cert, input, output] => {
            let (store, _scope) = support::open_signed_in(Path::new(data));
            sign_file(
                &store,
                cert.parse().expect("certificate id"),
                KeySecret::Password(PASSWORD),
                Path::new(input),
                &SignOptions {
                    output: Some(Path::new(output)),
                    detached: false,
                    reason: None,
                },
                Utc::now(),
            )
            .expect("signs");
        }
        ["verify", data, signed] => {
            let (store, _scope) = support::open_signed_in(Path::new(data));
            let verification =
                verify_file(&store, Path::new(signed), None, Utc::now()).expect("verifies");
            assert!(verification.valid, "{verification:?}");
        }
        _ => panic!("bad child job {job}"),
    }
    // The child's own high-water mark, read before it exits: rusage of a
    // spawned child would also count the parent's memory it was forked from.
    let status = std::fs::read_to_string("/proc/self/status").expect("proc status");
    let peak = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .expect("VmHWM");
    println!("{peak}");
}

/// A valid one-page PDF of about `size` bytes: its content stream is
/// mostly comment lines, written piecewise so the bench itself stays small.
fn big_pdf(path: &Path, size: usize) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).expect("create"));
    let mut offsets = Vec::new();
    let mut written = 0usize;
    let mut put = |out: &mut std::io::BufWriter<std::fs::File>, bytes: &[u8]| {
        out.write_all(bytes).expect("write");
        written += bytes.len();
        written
    };
    let mut at = put(&mut out, b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    for object in [
        "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n",
    ] {
        offsets.push(at);
        at = put(&mut out, object.as_bytes());
    }
    let line = format!("% {}\n", "x".repeat(77));
    let lines = size / line.len();
    let text = b"BT /F1 12 Tf 72 770 Td (Bench) Tj ET\n";
    let length = lines * line.len() + text.len();
    offsets.push(at);
    put(
        &mut out,
        format!("4 0 obj\n<< /Length {length} >>\nstream\n").as_bytes(),
    );
    for _ in 0..lines {
        put(&mut out, line.as_bytes());
    }
    put(&mut out, text);
    let xref = put(&mut out, b"\nendstream\nendobj\n");
    let mut table = format!("xref\n0 {}\n0000000000 65535 f\r\n", offsets.len() + 1);
    for offset in &offsets {
        table.push_str(&format!("{offset:010} 00000 n\r\n"));
    }
    table.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        offsets.len() + 1
    ));
    put(&mut out, table.as_bytes());
    out.flush().expect("flush");
}
