// Starts tauri-driver and opens the real SealDesk window through
// WebKitWebDriver. Needs a display (the test command runs under Xvfb).
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir, homedir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import net from "node:net";
import { Builder, By, until, error as webdriverError } from "selenium-webdriver";

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, "../..");
const targetDir = process.env.CARGO_TARGET_DIR ?? join(repoRoot, "target");
export const appBinary = process.env.SEALDESK_APP ?? join(targetDir, "debug", "sealdesk-desktop");
const driverBinary = process.env.TAURI_DRIVER ?? join(homedir(), ".cargo", "bin", "tauri-driver");

/** A new empty data folder for one scenario. */
export function newDataDir(name) {
  return mkdtempSync(join(tmpdir(), `sealdesk-e2e-${name}-`));
}

let session = null;

/**
 * The environment of the app's D-Bus session: one session bus per test
 * file with an unlocked GNOME Keyring (the real OS credential store) in a
 * fresh HOME, started on first use and ended when the test process exits.
 * The window and every command a test runs get it, so that nothing falls
 * back to a bus of its own (libdbus autolaunches one when DISPLAY is set),
 * where a locked keyring would wait for an unlock nobody can give.
 */
export function appSession() {
  if (session) return session.env;
  const home = mkdtempSync(join(tmpdir(), "sealdesk-e2e-session-"));
  const base = { HOME: home, XDG_DATA_HOME: join(home, "share"), XDG_RUNTIME_DIR: home };
  // dbus-daemon --fork returns once the bus listens; gnome-keyring-daemon
  // takes the Secret Service name a moment after --unlock returns: wait
  // for it, so that no call starts a second daemon.
  const script = `set -e
out=$(dbus-daemon --session --fork --print-address=1 --print-pid=1)
address=$(echo "$out" | sed -n 1p)
export DBUS_SESSION_BUS_ADDRESS="$address"
echo "$out" | sed -n 2p
echo -n keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
for i in $(seq 100); do
  dbus-send --session --dest=org.freedesktop.DBus --print-reply /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true' && break
  sleep 0.05
done
echo "$address"`;
  const started = spawnSync("sh", ["-c", script], {
    env: { ...process.env, ...base, DBUS_SESSION_BUS_ADDRESS: "" },
    encoding: "utf8",
    timeout: 30_000,
  });
  const [pid, address] = (started.stdout ?? "").trim().split("\n");
  if (started.status !== 0 || !address) {
    if (pid) stopBus(Number(pid));
    throw new Error(`the D-Bus session with GNOME Keyring did not start (apt packages dbus, gnome-keyring): ${started.error ?? ""}${started.stderr}`);
  }
  session = { pid: Number(pid), env: { ...base, DBUS_SESSION_BUS_ADDRESS: address } };
  // The keyring daemon leaves when its bus does.
  process.once("exit", () => stopBus(session.pid));
  return session.env;
}

function stopBus(pid) {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolvePort, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolvePort();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`tauri-driver did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * Starts tauri-driver on `port` with extra environment (for example a LANG
 * that the app reads as the OS language). Returns a handle with stop().
 */
export async function startDriver(port, env = {}) {
  const args = ["--port", String(port), "--native-port", String(port + 1)];
  // The driver (and so the app) runs in the app's D-Bus session with an
  // unlocked GNOME Keyring, the real OS credential store.
  const [command, commandArgs] = [driverBinary, args];
  const keyringEnv = appSession();
  // The driver's output goes to a file, not to this process's pipes: an app
  // or daemon that outlives its driver must not hold the test runner's
  // output open, which would keep the runner waiting after the last test.
  const logPath = join(tmpdir(), `sealdesk-e2e-driver-${port}.log`);
  const log = openSync(logPath, "a");
  // Its own process group, so that stop() ends the driver, WebKitWebDriver
  // and the app together.
  const child = spawn(command, commandArgs, {
    env: { ...process.env, ...env, ...keyringEnv },
    stdio: ["ignore", log, log],
    detached: true,
  });
  closeSync(log);
  await waitForPort(port, 15_000);
  const driver = { port };
  await warmUp(driver);
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The whole group has already ended.
    }
  };
  return {
    ...driver,
    logPath,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) {
          signalGroup("SIGKILL");
          return done();
        }
        const force = setTimeout(() => signalGroup("SIGKILL"), 5_000);
        child.once("exit", () => {
          clearTimeout(force);
          // Whatever the driver started and left behind goes with it.
          signalGroup("SIGKILL");
          done();
        });
        signalGroup("SIGTERM");
      }),
  };
}

/**
 * Opens the window once on a throwaway data folder and waits, with a
 * generous limit, until the UI has rendered. The first window on a fresh
 * machine pays for WebKit's caches, fonts and the keyring's first start;
 * that cost must not eat into the first test's own waits.
 */
async function warmUp(driver) {
  const app = await openApp(driver, newDataDir("warm-up"));
  try {
    await app.wait(until.elementLocated(By.css("#first-run, #startup-error")), 120_000);
  } finally {
    await app.quit();
  }
}

/** Opens the app window on a data folder. */
export async function openApp(driver, dataDir) {
  const capabilities = {
    browserName: "wry",
    "tauri:options": { application: appBinary, args: ["--data-dir", dataDir] },
  };
  const session = await new Builder()
    .usingServer(`http://127.0.0.1:${driver.port}/`)
    .withCapabilities(capabilities)
    .build();
  return session;
}

/** Waits for an element by CSS selector and returns it once visible. */
export async function find(session, css, timeoutMs = 15_000) {
  const element = await session.wait(until.elementLocated(By.css(css)), timeoutMs);
  await session.wait(until.elementIsVisible(element), timeoutMs);
  return element;
}

/**
 * Waits until the element's text satisfies `predicate`; returns the text.
 * An element replaced between finding and reading it (a live check's
 * answer to an earlier keystroke) is looked up again.
 */
export async function waitForText(session, css, predicate, timeoutMs = 15_000) {
  let last = "";
  await session.wait(async () => {
    const elements = await session.findElements(By.css(css));
    if (elements.length === 0) return false;
    try {
      last = await elements[0].getText();
    } catch (failure) {
      if (failure instanceof webdriverError.StaleElementReferenceError) return false;
      throw failure;
    }
    return predicate(last);
  }, timeoutMs, `text of ${css} never matched; last: ${JSON.stringify(last)}`);
  return last;
}

/** Types into an input, replacing what it held. */
export async function type(session, css, text) {
  const input = await find(session, css);
  await input.clear();
  await input.sendKeys(text);
}

/** Chooses an option of a <select> by its value. */
export async function choose(session, css, value) {
  const option = await find(session, `${css} option[value="${value}"]`);
  await option.click();
}

/** Reads a message of a Fluent file, without placeables (for checks). */
export function fluentMessage(lang, id) {
  const text = readFileSync(join(repoRoot, "ui", "src", "locales", lang, "main.ftl"), "utf8");
  const line = text.split("\n").find((l) => l.startsWith(`${id} =`));
  if (!line) throw new Error(`no message ${id} in ${lang}`);
  return line.slice(id.length + 2).trim();
}

/** Saves a screenshot when SEALDESK_SCREENSHOTS names a folder. */
export async function screenshot(session, name) {
  const folder = process.env.SEALDESK_SCREENSHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${name}.png`), await session.takeScreenshot(), "base64");
}

export { By, until };

/** Text without the bidi isolation marks Fluent puts around placeables. */
export const plain = (text) => text.replace(/[\u2068\u2069]/g, "");

/**
 * Waits until the element's text content (also when scrolled out of view,
 * where WebDriver's visible text is empty) satisfies `predicate`.
 */
export async function waitForContent(session, css, predicate, timeoutMs = 30_000) {
  let last = "";
  await session.wait(
    async () => {
      const text = await session.executeScript("return document.querySelector(arguments[0])?.textContent ?? ''", css);
      last = plain(text).trim();
      return predicate(last);
    },
    timeoutMs,
    `text of ${css} never matched`,
  );
  return last;
}

/** Clicks a button that may have to be scrolled into view first. */
export async function press(session, css) {
  const button = await find(session, css);
  await session.executeScript("arguments[0].scrollIntoView({ block: 'center' })", button);
  await settled(session, button);
  await button.click();
}

/**
 * Waits until an element stays where it is for two looks in a row: a click
 * goes to the place the element had when it was located, so a hint arriving
 * from the core in between would make it land on something else.
 */
async function settled(session, element, timeoutMs = 5_000) {
  let before = await element.getRect();
  await session.wait(async () => {
    await new Promise((done) => setTimeout(done, 100));
    const now = await element.getRect();
    const same = now.x === before.x && now.y === before.y && now.width === before.width && now.height === before.height;
    before = now;
    return same;
  }, timeoutMs, "the element kept moving");
}

/** Types a new password and its confirmation, once the core's strength meter has appeared. */
export async function typeNewPassword(session, id, password) {
  await type(session, `#${id}`, password);
  await find(session, `#${id}-strength`);
  await type(session, `#${id}-confirm`, password);
}

/** The first-run wizard: the administrator, then past the recovery code into the app. */
export async function completeFirstRun(session, name, password) {
  await find(session, "#first-run");
  await press(session, "#wizard-next");
  await type(session, "#admin-name", name);
  await typeNewPassword(session, "admin-password", password);
  await press(session, "#wizard-next");
  await find(session, "#setup-summary");
  await press(session, "#wizard-next");
  await waitForText(session, "#recovery-code", (t) => t.length > 0);
  await (await find(session, "#recovery-written")).click();
  await (await find(session, "#recovery-continue")).click();
  await find(session, "#nav-identities");
}

/** The seal wizard with a new key file; returns once the seal is listed. */
export async function createSeal(session, { keyPath, password, organization, organizationId, country }) {
  await (await find(session, "#nav-seal")).click();
  await (await find(session, "#seal-new")).click();
  await type(session, "#seal-key-path", keyPath);
  await typeNewPassword(session, "seal-key-password", password);
  await press(session, "#wizard-next");
  await type(session, "#seal-org-name", organization);
  await type(session, "#seal-org-id", organizationId);
  await type(session, "#seal-country", country);
  // The core checks the identifier by the country's rule while it is typed.
  await waitForText(session, "#seal-org-id-check", (t) => t.includes(organizationId));
  await press(session, "#wizard-next");
  await press(session, "#wizard-next");
  await waitForText(session, "#seal-summary", (t) => t.includes(organization));
  await press(session, "#wizard-next");
  await waitForText(session, "#seal-history tbody tr", (t) => t.includes(organization));
}
