//! A SoftHSM2 token of its own for each test.
//!
//! SoftHSM reads its configuration (named by `SOFTHSM2_CONF`) when the
//! module starts, and this process has one environment. So the variable is
//! set once, to one file, and each test rewrites that file to point at its
//! own token folder; tests using a token run one at a time, and the module
//! is finalised between them because no test keeps a [`super::Module`].

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};

/// The user PIN of every test token.
pub(crate) const USER_PIN: &str = "1234";
const SO_PIN: &str = "5678";

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());
static CONF_PATH: OnceLock<PathBuf> = OnceLock::new();

/// Where the SoftHSM2 module is installed (Debian and Ubuntu use either
/// folder depending on the release); `SOFTHSM2_MODULE` overrides.
pub(crate) fn module_path() -> PathBuf {
    let mut candidates: Vec<PathBuf> = std::env::var_os("SOFTHSM2_MODULE")
        .map(PathBuf::from)
        .into_iter()
        .collect();
    candidates.extend(
        [
            "/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib64/pkcs11/libsofthsm2.so",
            "/usr/local/lib/softhsm/libsofthsm2.so",
            "/opt/homebrew/lib/softhsm/libsofthsm2.so",
        ]
        .map(PathBuf::from),
    );
    candidates
        .into_iter()
        .find(|p| p.is_file())
        .expect("SoftHSM2 is installed (apt-get install softhsm2; scripts/test does it)")
}

/// An initialised token labelled as asked, in a token folder of its own.
pub(crate) struct TestToken {
    /// The token's label.
    pub label: String,
    /// The SoftHSM2 module.
    pub module: PathBuf,
    conf: PathBuf,
    _dir: tempfile::TempDir,
    // Last, so the next test waits until this token's files are gone.
    _turn: MutexGuard<'static, ()>,
}

impl Drop for TestToken {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.conf);
    }
}

/// Waits for its turn and makes a fresh token labelled `label`.
pub(crate) fn token(label: &str) -> TestToken {
    let turn = ONE_AT_A_TIME.lock().unwrap_or_else(PoisonError::into_inner);
    let conf = CONF_PATH
        .get_or_init(|| {
            let path = std::env::temp_dir().join(format!(
                "sealdesk-core-test-softhsm2-{}.conf",
                std::process::id()
            ));
            std::env::set_var("SOFTHSM2_CONF", &path);
            path
        })
        .clone();
    let dir = tempfile::tempdir().expect("temporary folder");
    let tokens = dir.path().join("tokens");
    std::fs::create_dir(&tokens).expect("token folder");
    write_conf(&conf, &tokens);
    let out = Command::new("softhsm2-util")
        .args(["--init-token", "--free", "--label", label])
        .args(["--pin", USER_PIN, "--so-pin", SO_PIN])
        .env("SOFTHSM2_CONF", &conf)
        .output()
        .expect("softhsm2-util is installed (apt-get install softhsm2)");
    assert!(
        out.status.success(),
        "softhsm2-util: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    TestToken {
        label: label.to_string(),
        module: module_path(),
        conf,
        _dir: dir,
        _turn: turn,
    }
}

fn write_conf(conf: &Path, tokens: &Path) {
    std::fs::write(
        conf,
        format!(
            "directories.tokendir = {}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n",
            tokens.display()
        ),
    )
    .expect("SoftHSM2 configuration written");
}
