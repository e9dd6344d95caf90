# Shared helpers of the start and test scripts: install what is missing.
# Sourced, not run.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export ROOT

# Debian/Ubuntu packages the desktop app needs to build and run (libdbus:
# the Secret Service client that keeps the mail password).
APP_PACKAGES=(
  build-essential pkg-config libssl-dev
  libwebkit2gtk-4.1-dev libsoup-3.0-dev libjavascriptcoregtk-4.1-dev librsvg2-dev
  fonts-noto-core libdbus-1-dev
)
# ... and what the tests add: a virtual display, the WebKit WebDriver,
# OpenSSL as the independent check of what SealDesk writes, SoftHSM2 as the
# PKCS#11 token and OpenSC's pkcs11-tool to inspect it; poppler's pdfsig
# (with NSS's certutil for its trust store), qpdf and Ghostscript to check
# and to produce PDFs; a D-Bus session with GNOME Keyring as the real OS
# credential store (Secret Service) and secret-tool to look into it.
TEST_PACKAGES=(
  xvfb xauth webkit2gtk-driver openssl softhsm2 opensc
  poppler-utils libnss3-tools qpdf ghostscript python3-venv
  dbus dbus-x11 gnome-keyring libsecret-tools
)
PYHANKO_VERSION=0.38.0
AIOSMTPD_VERSION=1.4.6
PYHANKO_CLI_VERSION=0.6.0

TAURI_DRIVER_VERSION=2.1.0
CARGO_DENY_VERSION=0.20.2
CARGO_FUZZ_VERSION=0.13.2
# The fuzz targets of sealdesk-core (src-tauri/core/fuzz) and how long the
# test script runs each one.
FUZZ_TARGETS=(certificate_import pkcs12_import csr_import signature_verify pdf_prepare)
FUZZ_SECONDS="${SEALDESK_FUZZ_SECONDS:-30}"
MIN_NODE_MAJOR=20
MIN_NODE_MINOR=19

say() { printf '\n==> %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs the named Debian packages that are not installed yet.
apt_ensure() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    say "Please install these packages with your system's package manager: ${missing[*]}"
    return 1
  fi
  say "Installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

# pyHanko, the independent PDF signature validator of the tests, in a
# virtual environment kept in the user's cache; exports SEALDESK_PYHANKO.
ensure_pyhanko() {
  local venv="${XDG_CACHE_HOME:-$HOME/.cache}/sealdesk/pyhanko-$PYHANKO_VERSION"
  if [ ! -x "$venv/bin/pyhanko" ]; then
    say "Installing pyHanko $PYHANKO_VERSION"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "pyHanko==$PYHANKO_VERSION" "pyhanko-cli==$PYHANKO_CLI_VERSION"
  fi
  export SEALDESK_PYHANKO="$venv/bin/pyhanko"
}

# aiosmtpd: the real SMTP server (STARTTLS, AUTH) the mail tests talk to,
# run from tests/support/smtp_server.py with this venv's python.
ensure_aiosmtpd() {
  local venv="${XDG_CACHE_HOME:-$HOME/.cache}/sealdesk/aiosmtpd-$AIOSMTPD_VERSION"
  if [ ! -x "$venv/bin/aiosmtpd" ]; then
    say "Installing aiosmtpd $AIOSMTPD_VERSION"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "aiosmtpd==$AIOSMTPD_VERSION"
  fi
  export SEALDESK_SMTP_PYTHON="$venv/bin/python"
}

require_rust() {
  if ! command -v cargo >/dev/null; then
    say "Rust is missing. Install it from https://rustup.rs (rustup), then run this again."
    exit 1
  fi
}

require_node() {
  if ! command -v node >/dev/null; then
    apt_ensure nodejs npm
  fi
  local version major minor
  version="$(node --version | sed 's/^v//')"
  major="${version%%.*}"; minor="$(echo "$version" | cut -d. -f2)"
  if [ "$major" -lt "$MIN_NODE_MAJOR" ] || { [ "$major" -eq "$MIN_NODE_MAJOR" ] && [ "$minor" -lt "$MIN_NODE_MINOR" ]; }; then
    say "Node.js $version is too old: the front end needs $MIN_NODE_MAJOR.$MIN_NODE_MINOR or newer (Node 22 LTS recommended; see README)."
    exit 1
  fi
}

# Installs a cargo tool at a pinned version unless that version is present.
cargo_tool() {
  local crate="$1" version="$2"
  if cargo install --list | grep -qx "$crate v$version:"; then return 0; fi
  say "Installing $crate $version"
  cargo install "$crate" --version "$version" --locked --quiet
}

# Runs one fuzz target of sealdesk-core for FUZZ_SECONDS from its seeds and
# the corpus earlier runs grew; fails on a crash, a leak or an input slower
# than 10 s, keeping the input under src-tauri/core/fuzz/artifacts.
# cargo-fuzz's sanitizer flags are nightly features: RUSTC_BOOTSTRAP lets the
# stable toolchain accept them, so no nightly toolchain is needed.
fuzz_target() {
  local target="$1" fuzz_dir="$ROOT/src-tauri/core/fuzz" log
  mkdir -p "$fuzz_dir/corpus/$target"
  log="$(mktemp)"
  if ! (cd "$ROOT/src-tauri/core" && RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" \
      "fuzz/corpus/$target" "fuzz/seeds/$target" \
      -- -max_total_time="$FUZZ_SECONDS" -timeout=10) >"$log" 2>&1; then
    tail -n 80 "$log" >&2
    say "Fuzz target $target failed; the input is in src-tauri/core/fuzz/artifacts/$target"
    rm -f "$log"
    return 1
  fi
  echo "$target: $(grep -E '^Done [0-9]+ runs' "$log" | tail -n 1)"
  rm -f "$log"
}

# Front-end modules, installed exactly as locked; skipped when up to date.
npm_ci() {
  local dir="$1"
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "Installing node modules in ${dir#"$ROOT"/}"
    npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
  fi
}

build_ui() {
  npm_ci "$ROOT/ui"
  say "Building the user interface"
  npm run --prefix "$ROOT/ui" --silent build >/dev/null
}

# An offline snapshot of the RustSec advisory database (a git bundle), used
# when the online database cannot be fetched. SEALDESK_ADVISORY_BUNDLE names
# it; by default it is looked for in the shared data folder beside the
# repository.
ADVISORY_BUNDLE="${SEALDESK_ADVISORY_BUNDLE:-$ROOT/../shared/data/rustsec/advisory-db.bundle}"
# cargo-deny keeps the database of its default URL in this folder of its
# default db-path.
ADVISORY_DB_DIR="${CARGO_HOME:-$HOME/.cargo}/advisory-dbs/advisory-db-3157b0e258782691"

# cargo deny's advisory check: against the online database, else against the
# offline snapshot. Only a failed download falls back; every other failure
# (an advisory, a yanked crate) stops the run.
check_advisories() {
  local log
  log="$(mktemp)"
  if cargo deny --log-level error check advisories 2>"$log"; then
    echo "advisories ok (online database)"
  elif grep -q "failed to fetch advisory database" "$log"; then
    if [ ! -f "$ADVISORY_BUNDLE" ]; then
      echo "advisories NOT CHECKED: the RustSec database could not be downloaded and no snapshot is at $ADVISORY_BUNDLE" >&2
      rm -f "$log"
      return 0
    fi
    rm -rf "$ADVISORY_DB_DIR"
    mkdir -p "$(dirname "$ADVISORY_DB_DIR")"
    git -c advice.defaultBranchName=false clone -q "$ADVISORY_BUNDLE" "$ADVISORY_DB_DIR"
    local snapshot_date
    snapshot_date="$(git -C "$ADVISORY_DB_DIR" log -1 --format=%cs)"
    if cargo deny --offline --log-level error check advisories 2>"$log"; then
      echo "advisories ok (offline snapshot of $snapshot_date)"
    else
      cat "$log" >&2
      rm -f "$log"
      return 1
    fi
  else
    cat "$log" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
}
