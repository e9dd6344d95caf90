//! A real Secret Service for tests that keep secrets in the OS credential
//! store: a D-Bus session with an unlocked GNOME Keyring.

use crate::support::*;
use std::path::Path;
use std::process::Command;

/// The longest a command inside a keyring session may take.
const STEP_LIMIT_SECS: u64 = 120;

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
        // Bounded: a credential store waiting for an unlock must fail the
        // test, never hang it.
        script.push_str(&format!(
            "timeout -k 5 {STEP_LIMIT_SECS} {step} >{o}.out 2>{o}.err; echo $? >{o}.rc\n"
        ));
    }
    let runtime = home.join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    let mut session = Command::new("dbus-run-session");
    session_env(&mut session, data);
    let status = session
        .args(["--", "sh", "-c", &script])
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("share"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("LANG", lang)
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

/// A D-Bus session with an unlocked GNOME Keyring that stays up while the
/// test starts and stops servers and runs (or kills) sealdesk processes at
/// its own pace; ended when dropped.
pub(crate) struct KeyringSession {
    child: std::process::Child,
    bus: String,
    home: std::path::PathBuf,
}

impl KeyringSession {
    /// Starts the session with `home` as HOME.
    pub(crate) fn start(home: &Path) -> KeyringSession {
        Self::start_in(home, &[])
    }

    /// Starts the session on a virtual display (Xvfb), where the keyring's
    /// unlock prompt opens and waits for an answer as on a desktop; `None`
    /// without xvfb-run.
    pub(crate) fn start_with_display(home: &Path) -> Option<KeyringSession> {
        let found = Command::new("xvfb-run")
            .arg("--help")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok();
        found.then(|| Self::start_in(home, &["xvfb-run", "--auto-servernum"]))
    }

    fn start_in(home: &Path, wrapper: &[&str]) -> KeyringSession {
        use std::io::BufRead;
        let runtime = home.join("run");
        std::fs::create_dir_all(&runtime).unwrap();
        // The daemon takes the Secret Service name a moment after --unlock
        // returns: wait for it, so that no call starts a second daemon. The
        // shell then prints the bus address and waits for its stdin to close
        // (the session's end).
        let script = "echo -n keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90\n\
                      for i in $(seq 100); do\n\
                        dbus-send --session --dest=org.freedesktop.DBus --print-reply /org/freedesktop/DBus \
                          org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true' && break\n\
                        sleep 0.05\n\
                      done\n\
                      echo \"$DBUS_SESSION_BUS_ADDRESS\"\n\
                      cat >/dev/null\n";
        let mut argv: Vec<&str> = wrapper.to_vec();
        argv.extend(["dbus-run-session", "--", "sh", "-c", script]);
        let mut child = Command::new(argv[0])
            .args(&argv[1..])
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("share"))
            .env("XDG_RUNTIME_DIR", &runtime)
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("dbus-run-session runs (apt packages dbus, gnome-keyring)");
        let mut bus = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut bus)
            .unwrap();
        let bus = bus.trim().to_owned();
        assert!(!bus.is_empty(), "the keyring session did not start");
        KeyringSession {
            child,
            bus,
            home: home.to_owned(),
        }
    }

    /// A sealdesk command on `data` inside the session, in English, not
    /// started yet.
    pub(crate) fn command(&self, data: &Path, args: &[&str]) -> Command {
        let mut cmd = self.tool(env!("CARGO_BIN_EXE_sealdesk"));
        session_env(&mut cmd, data);
        cmd.arg("--data-dir").arg(data).args(args);
        cmd
    }

    /// Any program inside the session (secret-tool, say), in English.
    pub(crate) fn tool(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("HOME", &self.home)
            .env("XDG_DATA_HOME", self.home.join("share"))
            .env("XDG_RUNTIME_DIR", self.home.join("run"))
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "en_US.UTF-8")
            .env_remove("SEALDESK_DATA_DIR");
        cmd
    }

    /// Locks the login keyring, as a screen lock or a fresh login does.
    pub(crate) fn lock(&self) {
        let status = self
            .tool("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.secrets",
                "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.Lock",
                "array:objpath:/org/freedesktop/secrets/collection/login",
            ])
            .stdout(std::process::Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "the keyring could not be locked");
    }

    /// Runs a sealdesk command on `data` inside the session, with `env`
    /// added to its environment; killed (and the test failed) when it does
    /// not end within `limit`.
    pub(crate) fn run_within(
        &self,
        data: &Path,
        args: &[&str],
        env: &[(&str, &str)],
        limit: std::time::Duration,
    ) -> Run {
        use std::io::Read;
        let mut child = self
            .command(data, args)
            .envs(env.iter().copied())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("sealdesk runs");
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > limit {
                let _ = child.kill();
                let _ = child.wait();
                panic!("sealdesk {args:?} did not end within {limit:?}");
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        let mut stdout = String::new();
        let mut stderr = String::new();
        child
            .stdout
            .take()
            .unwrap()
            .read_to_string(&mut stdout)
            .unwrap();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        Run {
            status: status.code().unwrap_or(-1),
            stdout,
            stderr,
        }
    }

    /// Runs a sealdesk command on `data` inside the session, with `env`
    /// added to its environment.
    pub(crate) fn run(&self, data: &Path, args: &[&str], env: &[(String, String)]) -> Run {
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.run_within(
            data,
            args,
            &env,
            std::time::Duration::from_secs(STEP_LIMIT_SECS),
        )
    }
}

impl Drop for KeyringSession {
    fn drop(&mut self) {
        // Closing stdin ends the shell, and dbus-run-session with it.
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}
