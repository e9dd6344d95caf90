//! The `sealdesk` binary run as a user would: real store files in temporary
//! folders, secrets in files, exit codes and `error[CODE]` lines checked.

mod companies;
mod identity;
mod ids;
mod keyring;
mod keys;
mod mail;
mod mail_templates;
mod pades;
mod pkcs12;
mod pki;
mod portal;
mod portal_send;
mod readme;
mod renewal;
mod renewal_documents;
mod sign;
mod smtp;
mod smtp_server;
mod support;
mod token;
mod trust;
mod user_input;
mod verify;

use std::path::Path;
use std::process::Command;
use support::*;

#[test]
fn init_creates_the_store_and_prints_json() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pw = secret_file(tmp.path(), "admin-pw", "Lipa-Kwiat-7\n");
    let run = sealdesk(
        &data,
        &[
            "--json",
            "init",
            "--admin-password-file",
            pw.to_str().unwrap(),
            "--admin-name",
            "Dana",
        ],
        &[],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let json: serde_json::Value =
        serde_json::from_str(&run.stdout).expect("stdout is one JSON value");
    assert_eq!(json["data_dir"], data.to_str().unwrap());
    let code = json["recovery_code"].as_str().unwrap();
    assert_eq!(code.len(), 23);
    assert!(store_file(&data).exists());

    let status = sealdesk(&data, &["--json", "status"], &[]);
    assert_eq!(status.status, 0, "{}", status.stderr);
    let json: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(json["initialized"], true);
    assert_eq!(json["administrator"], "Dana");
    assert_eq!(json["schema_version"], 13);
}

#[cfg(unix)]
#[test]
fn under_umask_000_the_data_folder_is_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pw = secret_file(tmp.path(), "admin-pw", "Lipa-Kwiat-7\n");
    let key = tmp.path().join("seal.key");
    let bin = env!("CARGO_BIN_EXE_sealdesk");
    let script = format!(
        "umask 000 && {bin} --data-dir {d} init --admin-password-file {pw} >/dev/null && \
         {bin} --data-dir {d} --operator-password-file {pw} key generate --algorithm ec-p256 --file {key} --password-file {pw} >/dev/null",
        d = data.display(),
        pw = pw.display(),
        key = key.display(),
    );
    let out = Command::new("sh").args(["-c", &script]).output().unwrap();
    assert_ok(&out);
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("keys")), 0o700);
    assert_eq!(mode(&data.join("outbox")), 0o700);
    assert_eq!(mode(&store_file(&data)), 0o600);
    for entry in std::fs::read_dir(&data).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            assert_eq!(mode(&entry.path()), 0o600, "{}", entry.path().display());
        }
    }
    assert_eq!(mode(&key), 0o600);
}

#[test]
fn a_stale_temporary_file_in_the_data_folder_is_swept_and_a_fresh_one_kept() {
    let office = Office::new();
    let data = &office.data;
    let stale = data.join(".sealdesk-Qw12Er");
    let fresh = data.join(".sealdesk-Ty34Ui");
    std::fs::write(&stale, b"half a signed PDF").unwrap();
    std::fs::write(&fresh, b"being written").unwrap();
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 3600))
        .unwrap();
    let status = sealdesk(data, &["status"], &[]);
    assert_eq!(status.status, 0, "{}", status.stderr);
    assert!(!stale.exists(), "the stale temporary file is removed");
    assert!(fresh.exists(), "a fresh one may still be written: kept");
}

#[test]
fn the_data_dir_can_come_from_the_environment() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("from-env");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_sealdesk"));
    let out = cmd
        .args(["--json", "init", "--admin-password-env", "SD_PW"])
        .env("SEALDESK_DATA_DIR", &data)
        .env("SD_PW", "Lipa-Kwiat-7")
        .output()
        .unwrap();
    assert_ok(&out);
    assert!(store_file(&data).exists());
}

#[test]
fn a_second_init_is_refused_with_a_stable_code() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pw = secret_file(tmp.path(), "pw", "Lipa-Kwiat-7");
    let args = ["init", "--admin-password-file", pw.to_str().unwrap()];
    assert_eq!(sealdesk(&data, &args, &[]).status, 0);
    let again = sealdesk(&data, &args, &[]);
    assert_eq!(again.status, 1);
    assert_eq!(
        again.stderr.trim(),
        "error[admin.already-initialized]: SealDesk is already set up in this data folder."
    );
    assert!(again.stdout.is_empty());
}

#[test]
fn a_short_password_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pw = secret_file(tmp.path(), "admin-pw", "12345\n");
    let run = init(&data, &pw);
    expect_error(&run, "admin.password-too-short");
    assert!(run.stderr.contains('6'));
    // No administrator was made: signing in, even with that password, says so.
    let status = sealdesk(&data, &["--json", "status"], &[]);
    expect_error(&status, "admin.not-initialized");
}

#[test]
fn errors_speak_the_users_language() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pw = secret_file(tmp.path(), "pw", "123");
    for (lang, word) in [
        ("pl_PL.UTF-8", "znak"),
        ("uk_UA.UTF-8", "символ"),
        ("he_IL.UTF-8", "תווים"),
    ] {
        let run = sealdesk(
            &data,
            &["init", "--admin-password-file", pw.to_str().unwrap()],
            &[("LANG", lang)],
        );
        expect_error(&run, "admin.password-too-short");
        assert!(run.stderr.contains(word), "{lang}: {}", run.stderr);
    }
}

#[test]
fn a_missing_secret_file_is_a_clear_error() {
    let tmp = tempfile::tempdir().unwrap();
    let run = sealdesk(
        tmp.path(),
        &["init", "--admin-password-file", "/no/such/file"],
        &[],
    );
    // The file is named and the reason is said in words, as for any file.
    expect_error(&run, "io.not-found");
    assert!(run.stderr.contains("/no/such/file"));
}

#[test]
fn wrong_usage_exits_with_2() {
    let tmp = tempfile::tempdir().unwrap();
    assert_eq!(sealdesk(tmp.path(), &["init"], &[]).status, 2);
    assert_eq!(sealdesk(tmp.path(), &["no-such-command"], &[]).status, 2);
    // A secret as a plain argument is not accepted.
    assert_eq!(
        sealdesk(tmp.path(), &["init", "--admin-password", "x"], &[]).status,
        2
    );
}

#[test]
fn status_without_a_store_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let run = sealdesk(&tmp.path().join("empty"), &["status"], &[]);
    expect_error(&run, "store.missing");
    assert!(!tmp.path().join("empty").exists(), "status creates nothing");
}

#[test]
fn a_file_that_is_not_a_store_is_refused_and_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let junk = b"%PDF-1.7 not a database at all ".repeat(100);
    std::fs::write(store_file(tmp.path()), &junk).unwrap();
    let pw = secret_file(tmp.path(), "pw", "Lipa-Kwiat-7");
    let run = init(tmp.path(), &pw);
    expect_error(&run, "store.corrupt");
    assert_eq!(std::fs::read(store_file(tmp.path())).unwrap(), junk);
}

#[test]
fn a_store_from_a_newer_sealdesk_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let pw = secret_file(tmp.path(), "pw", "Lipa-Kwiat-7");
    assert_eq!(init(tmp.path(), &pw).status, 0);
    let conn = rusqlite::Connection::open(store_file(tmp.path())).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let run = sealdesk(tmp.path(), &["status"], &[]);
    expect_error(&run, "store.schema-too-new");
    assert!(run.stderr.contains("99"));
}

#[test]
fn a_store_held_by_another_writer_gives_in_use_after_waiting() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pw = secret_file(tmp.path(), "admin-pw", "Lipa-Kwiat-7");
    // Hold the write lock as another process would.
    let holder = {
        let out = init(&data, &pw);
        assert_eq!(out.status, 0, "{}", out.stderr);
        let conn = rusqlite::Connection::open(store_file(&data)).unwrap();
        conn.execute_batch(
            "BEGIN IMMEDIATE; INSERT INTO setting (key, value) VALUES ('held', '1');",
        )
        .unwrap();
        conn
    };
    let other = secret_file(tmp.path(), "pw2", "Another-pass-9");
    let run = init(&data, &other);
    expect_error(&run, "store.in-use");
    holder.execute_batch("ROLLBACK").unwrap();
    let status = sealdesk(&data, &["--json", "status"], &[]);
    assert_eq!(status.status, 0, "{}", status.stderr);
}

#[test]
fn two_processes_initialising_at_once_leave_one_administrator() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("race");
    let pw = secret_file(tmp.path(), "pw", "Lipa-Kwiat-7");
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_sealdesk"))
            .arg("--data-dir")
            .arg(&data)
            .args(["init", "--admin-password-file", pw.to_str().unwrap()])
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .output()
            .unwrap()
    };
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(spawn);
        let b = s.spawn(spawn);
        (a.join().unwrap(), b.join().unwrap())
    });
    let ok = [&a, &b].iter().filter(|o| o.status.success()).count();
    assert_eq!(ok, 1, "exactly one init wins");
    let loser = if a.status.success() { &b } else { &a };
    let err = String::from_utf8_lossy(&loser.stderr);
    assert!(
        err.starts_with("error[admin.already-initialized]")
            || err.starts_with("error[store.in-use]"),
        "{err}"
    );
    let conn = rusqlite::Connection::open(store_file(&data)).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let admins: i64 = conn
        .query_row("SELECT count(*) FROM administrator", [], |r| r.get(0))
        .unwrap();
    assert_eq!(admins, 1);
}

#[test]
fn backup_writes_a_store_that_opens() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pw = secret_file(tmp.path(), "admin-pw", "Lipa-Kwiat-7");
    assert_eq!(
        sealdesk(
            &data,
            &[
                "init",
                "--admin-password-file",
                pw.to_str().unwrap(),
                "--admin-name",
                "Ola"
            ],
            &[]
        )
        .status,
        0
    );
    let copy_dir = tmp.path().join("copy");
    std::fs::create_dir(&copy_dir).unwrap();
    let out = store_file(&copy_dir);
    let run = sealdesk(
        &data,
        &["--json", "backup", "--out", out.to_str().unwrap()],
        &[],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let status = sealdesk(&copy_dir, &["--json", "status"], &[]);
    let json: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(json["administrator"], "Ola");
}

/// A store set up by `init` with the administrator Ola, in `tmp/data`.
fn store_with_ola(tmp: &Path) -> std::path::PathBuf {
    let data = tmp.join("data");
    let pw = secret_file(tmp, "admin-pw", "Lipa-Kwiat-7");
    let run = sealdesk(
        &data,
        &[
            "init",
            "--admin-password-file",
            pw.to_str().unwrap(),
            "--admin-name",
            "Ola",
        ],
        &[],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    data
}

/// Whether the window shows the first-steps guide: a setting the tests
/// change to tell one state of the store from another.
fn guide_shown(data: &Path) -> bool {
    let run = sealdesk(data, &["--json", "first-steps"], &[]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    json["shown"].as_bool().unwrap()
}

#[test]
fn backup_into_a_folder_names_the_file_and_restore_brings_it_back() {
    let tmp = tempfile::tempdir().unwrap();
    let data = store_with_ola(tmp.path());
    let folder = tmp.path().join("pendrive");
    std::fs::create_dir(&folder).unwrap();
    let run = sealdesk(
        &data,
        &["--json", "backup", "--into", folder.to_str().unwrap()],
        &[],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let written = std::path::PathBuf::from(json["path"].as_str().unwrap());
    assert_eq!(
        written.parent(),
        Some(folder.as_path()),
        "in the folder chosen"
    );
    assert!(written.is_file());

    // A change after the backup, which the restore undoes.
    assert!(guide_shown(&data));
    assert_eq!(sealdesk(&data, &["first-steps", "--hide"], &[]).status, 0);
    assert!(!guide_shown(&data));

    let run = sealdesk(
        &data,
        &["--json", "restore", written.to_str().unwrap()],
        &[],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let previous = std::path::PathBuf::from(json["previous"].as_str().unwrap());
    assert!(previous.is_file(), "the store as it was is kept");
    assert!(guide_shown(&data), "the backup's state is back");
    let status = sealdesk(&data, &["--json", "status"], &[]);
    let json: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    assert_eq!(json["administrator"], "Ola");
}

#[test]
fn a_damaged_backup_is_refused_and_the_store_stays_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let data = store_with_ola(tmp.path());
    let copy = tmp.path().join("copy.sqlite");
    let run = sealdesk(&data, &["backup", "--out", copy.to_str().unwrap()], &[]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    // Cut in half, as a copy interrupted on its way to a pen drive.
    let bytes = std::fs::read(&copy).unwrap();
    let damaged = tmp.path().join("damaged.sqlite");
    std::fs::write(&damaged, &bytes[..bytes.len() / 2]).unwrap();
    let junk = tmp.path().join("notes.txt");
    std::fs::write(&junk, b"not a backup at all").unwrap();

    assert_eq!(sealdesk(&data, &["first-steps", "--hide"], &[]).status, 0);
    let backups = |data: &Path| std::fs::read_dir(data.join("backups")).map_or(0, |d| d.count());
    let before = backups(&data);
    for file in [&damaged, &junk] {
        let run = sealdesk(&data, &["restore", file.to_str().unwrap()], &[]);
        expect_error(&run, "store.backup-invalid");
        assert!(!guide_shown(&data), "nothing changed: {}", file.display());
        assert_eq!(backups(&data), before, "no copy made for a refused file");
    }
    let missing = sealdesk(&data, &["restore", "/no/such/backup.sqlite"], &[]);
    assert_eq!(missing.status, 1, "{}", missing.stderr);
    assert!(!guide_shown(&data));
}

#[test]
fn the_version_names_the_commit_it_was_built_from() {
    let out = Command::new(env!("CARGO_BIN_EXE_sealdesk"))
        .arg("--version")
        .output()
        .unwrap();
    assert_ok(&out);
    let version = String::from_utf8(out.stdout).unwrap();
    // Built from a git checkout, the line names its commit; from a source
    // archive without git or SEALDESK_COMMIT, the version alone.
    let commit = Command::new("git")
        .args(["rev-parse", "--short=12", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| String::from_utf8(out.stdout).unwrap().trim().to_owned());
    let expected = match (std::env::var("SEALDESK_COMMIT").ok(), commit) {
        (Some(given), _) if !given.trim().is_empty() => {
            format!("sealdesk {} ({})", env!("CARGO_PKG_VERSION"), given.trim())
        }
        (None, Some(commit)) => format!("sealdesk {} ({commit})", env!("CARGO_PKG_VERSION")),
        _ => format!("sealdesk {}", env!("CARGO_PKG_VERSION")),
    };
    assert_eq!(version.trim_end(), expected);
}
