//! What the benches share: running OpenSSL, timing rounds, printing rows.

use std::process::Command;
use std::time::{Duration, Instant};

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
