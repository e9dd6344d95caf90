//! A real Secret Service for tests that keep secrets in the OS credential
//! store: a D-Bus session with an unlocked GNOME Keyring.

use super::Run;
use std::path::Path;
use std::process::Command;

/// `arg` quoted for `sh`.
pub(crate) fn quote(arg: &str) -> String {
    format!("'{}'", arg.replace('\'', r"'\''"))
}

/// Runs sealdesk commands one after the other inside one D-Bus session with
/// an unlocked GNOME Keyring (the real Secret Service), then `after`, a shell
/// line run in the same session (e.g. secret-tool); each Run in order, the
/// last one being `after`'s.
pub(crate) fn in_keyring(
    home: &Path,
    data: &Path,
    commands: &[Vec<String>],
    after: &str,
    lang: &str,
) -> Vec<Run> {
    let bin = env!("CARGO_BIN_EXE_sealdesk");
    let out = home.join("out");
    std::fs::create_dir_all(&out).unwrap();
    let mut script = String::from(
        "echo -n keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90\n",
    );
    let mut steps: Vec<String> = commands
        .iter()
        .map(|args| {
            let args: Vec<String> = args.iter().map(|a| quote(a)).collect();
            format!(
                "{} --data-dir {} {}",
                quote(bin),
                quote(data.to_str().unwrap()),
                args.join(" ")
            )
        })
        .collect();
    steps.push(after.to_owned());
    for (i, step) in steps.iter().enumerate() {
        let o = out.join(i.to_string());
        let o = o.to_str().unwrap();
        script.push_str(&format!("{step} >{o}.out 2>{o}.err; echo $? >{o}.rc\n"));
    }
    let runtime = home.join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    let status = Command::new("dbus-run-session")
        .args(["--", "sh", "-c", &script])
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("share"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env_remove("SEALDESK_DATA_DIR")
        .status()
        .expect("dbus-run-session runs (apt packages dbus, gnome-keyring)");
    assert!(status.success(), "the keyring session failed: {status}");
    (0..steps.len())
        .map(|i| {
            let read = |ext: &str| std::fs::read_to_string(out.join(format!("{i}.{ext}"))).unwrap();
            Run {
                status: read("rc").trim().parse().unwrap(),
                stdout: read("out"),
                stderr: read("err"),
            }
        })
        .collect()
}
