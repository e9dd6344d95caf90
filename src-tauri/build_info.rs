// The commit a binary is built from, shared by the build scripts of the
// desktop app and the `sealdesk` command (included with `include!`), so that
// both say the same version and commit.
//
// `SEALDESK_COMMIT` wins when set (a build from a source archive, or a
// release pipeline that names its commit); otherwise git is asked. Without
// either the commit is empty and only the version is shown.

/// Sets `SEALDESK_VERSION_LINE` (`0.1.0 (1a2b3c4d5e6f)`, or the version
/// alone) for the crate being built, and tells cargo when to ask again.
fn emit_version_line() {
    println!("cargo::rerun-if-env-changed=SEALDESK_COMMIT");
    let commit = match std::env::var("SEALDESK_COMMIT") {
        Ok(commit) => commit.trim().to_owned(),
        Err(_) => {
            watch_git_head();
            git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_default()
        }
    };
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let line = if commit.is_empty() {
        version
    } else {
        format!("{version} ({commit})")
    };
    println!("cargo::rustc-env=SEALDESK_VERSION_LINE={line}");
}

/// Reruns the build script when HEAD moves: HEAD itself, the branch it
/// names and the packed refs. Only files that exist are named, since cargo
/// reruns on every build for a file that does not.
fn watch_git_head() {
    let mut watched = vec!["HEAD".to_owned(), "packed-refs".to_owned()];
    if let Some(branch) = git(&["symbolic-ref", "-q", "HEAD"]) {
        watched.push(branch);
    }
    for name in watched {
        if let Some(path) = git(&["rev-parse", "--git-path", &name]) {
            let path = std::path::Path::new(&path);
            if path.exists() {
                println!("cargo::rerun-if-changed={}", path.display());
            }
        }
    }
}

/// One line git prints, or nothing when git is missing or fails.
fn git(args: &[&str]) -> Option<String> {
    let output = std::process::Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let line = text.trim();
    (output.status.success() && !line.is_empty()).then(|| line.to_owned())
}
