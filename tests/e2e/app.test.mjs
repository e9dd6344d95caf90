// The foundation in the real window: first run, restart, unlock, language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  appBinary, choose, find, fluentMessage, newDataDir, openApp, press, screenshot, startDriver, type, typeNewPassword, waitForText, By,
} from "./harness.mjs";
import { cliBinary } from "./command-line.mjs";

const ADMIN = "Dana Kowalska";
const PASSWORD = "Lipa-Kwiat-Morze-7";

let english;
let recoveryCode = "";
const dataDir = newDataDir("main");

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  english = await startDriver(4444, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" });
});

after(async () => {
  await english?.stop();
});

test("first run creates the administrator and shows the recovery code once", async () => {
  const app = await openApp(english, dataDir);
  try {
    await find(app, "#first-run");
    // The first start follows the OS language: English here.
    assert.equal(await app.executeScript("return document.documentElement.lang"), "en");
    assert.equal(await (await find(app, "#setup-language")).getAttribute("value"), "en");
    await screenshot(app, "first-run-en");
    await press(app, "#wizard-next");

    // The administrator step refuses a short password and a mismatch.
    await type(app, "#admin-name", ADMIN);
    await typeNewPassword(app, "admin-password", "abc");
    await press(app, "#wizard-next");
    await waitForText(app, "#wizard-problem", (t) => t.includes("at least") && t.includes("6"));
    await type(app, "#admin-password", PASSWORD);
    await type(app, "#admin-password-confirm", PASSWORD + "x");
    await press(app, "#wizard-next");
    await waitForText(app, "#wizard-problem", (t) => t.includes("not the same"));
    await type(app, "#admin-password-confirm", PASSWORD);
    // The strength meter comes from the core.
    await waitForText(app, "#admin-password-strength", (t) => t.includes("Strength"));
    await screenshot(app, "first-run-admin-en");
    await press(app, "#wizard-next");

    const summary = await waitForText(app, "#setup-summary", (t) => t.includes(ADMIN));
    assert.match(summary, /English/);
    await press(app, "#wizard-next");

    const code = await waitForText(app, "#recovery-code", (t) => t.length > 0);
    assert.match(code, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    recoveryCode = code;
    const continueButton = await find(app, "#recovery-continue");
    assert.equal(await continueButton.isEnabled(), false, "continue waits for the confirmation");
    await (await find(app, "#recovery-written")).click();
    await continueButton.click();
    await find(app, "#nav-identities");
    await find(app, "#screen-identities");
  } finally {
    await app.quit();
  }
});

test("a restart shows the unlock screen and a wrong password is refused", async () => {
  const app = await openApp(english, dataDir);
  try {
    await find(app, "#unlock-screen");
    await waitForText(app, "#unlock-screen h1 + p", (t) => t.includes(ADMIN));
    assert.equal((await app.findElements(By.css("#first-run"))).length, 0);

    // Wrong passwords, each after the previous wait (1, 2, 4 s) has passed,
    // so the wait after the last one is 8 s: long enough that the next try
    // surely falls inside it, however slow the machine.
    for (const pause of [0, 1_100, 2_100, 4_100]) {
      await app.sleep(pause);
      await type(app, "#unlock-password", "not-the-password");
      await (await find(app, "#unlock-submit")).click();
      const refusal = await waitForText(app, "#unlock-error", (t) => t.length > 0);
      assert.match(refusal, /Wrong login or password/);
    }
    assert.equal((await app.findElements(By.css("#nav-identities"))).length, 0, "still locked");

    // Right away, even the right password waits: the delay grows per attempt.
    await type(app, "#unlock-password", PASSWORD);
    await (await find(app, "#unlock-submit")).click();
    await waitForText(app, "#unlock-error", (t) => /wait/i.test(t));

    await app.sleep(8_200);
    await (await find(app, "#unlock-submit")).click();
    await find(app, "#nav-identities");
  } finally {
    await app.quit();
  }
});

test("switching to Hebrew mirrors the layout and translates the navigation, and it sticks", async () => {
  const app = await openApp(english, dataDir);
  try {
    await type(app, "#unlock-password", PASSWORD);
    await (await find(app, "#unlock-submit")).click();
    await (await find(app, "#nav-settings")).click();
    await find(app, "#screen-settings");
    // The About section and `sealdesk --version` name the same version and commit.
    const cliVersion = spawnSync(cliBinary, ["--version"], { encoding: "utf8" }).stdout.trim();
    const shownVersion = await waitForText(app, "#settings-version", (t) => t.length > 0);
    assert.equal(`sealdesk ${shownVersion}`, cliVersion);
    assert.match(shownVersion, /^\d+\.\d+\.\d+ \([0-9a-f]{12}\)$/, "a build from git names its commit");
    await choose(app, "#settings-language", "he");

    await app.wait(async () => (await app.executeScript("return document.documentElement.dir")) === "rtl", 5_000);
    assert.equal(await app.executeScript("return document.documentElement.lang"), "he");
    for (const screen of ["identities", "seal", "documents", "mail", "renewal", "companies", "settings"]) {
      const label = await (await find(app, `#nav-${screen}`)).getText();
      assert.equal(label, fluentMessage("he", `nav-${screen}`));
    }
    // Mirrored: the navigation sits on the right.
    const nav = await (await find(app, "nav.sidebar")).getRect();
    const content = await (await find(app, "main.content")).getRect();
    assert.ok(nav.x > content.x, "navigation is at the right edge in Hebrew");
    await screenshot(app, "settings-he");

    // The backup reports progress over a channel and lands in the audit log.
    await (await find(app, "#backup-start")).click();
    await waitForText(app, "#backup-message", (t) => t.includes("sealdesk-") && t.includes(".sqlite3"));
    await waitForText(app, "#activity", (t) => t.includes(fluentMessage("he", "audit-store-backed-up")));
  } finally {
    await app.quit();
  }

  const again = await openApp(english, dataDir);
  try {
    await find(again, "#unlock-screen");
    assert.equal(await again.executeScript("return document.documentElement.dir"), "rtl");
  } finally {
    await again.quit();
  }
});

test("the window is locked down: no inline script, no commands beyond SealDesk's own", async () => {
  const app = await openApp(english, dataDir);
  try {
    await find(app, "#unlock-screen");
    const inline = await app.executeScript(`
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.head.appendChild(s);
      return window.__injected === true;
    `);
    assert.equal(inline, false, "the CSP blocks inline scripts");
    const call = (cmd, args) =>
      app.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
           .then(() => done("allowed"), (e) => done("refused: " + JSON.stringify(e)));`,
        cmd,
        args,
      );
    assert.match(await call("plugin:path|resolve_directory", { directory: 11 }), /^refused/);
    assert.match(await call("plugin:window|close", {}), /^refused/);
    // SealDesk's own commands answer, and protected ones need the unlock.
    assert.equal(await call("app_info", {}), "allowed");
    assert.match(await call("recent_activity", { limit: 5 }), /session\.locked/);
  } finally {
    await app.quit();
  }
});

test("a forgotten password is reset with the recovery code, which is then replaced", async () => {
  assert.ok(recoveryCode, "the first-run test kept the code");
  const app = await openApp(english, dataDir);
  try {
    await (await find(app, "#unlock-forgot")).click();
    await type(app, "#recovery-input", "AAAAA-BBBBB-CCCCC-DDDDD");
    await type(app, "#recovery-new-password", "Nowe-Haslo-2027");
    await type(app, "#recovery-confirm-password", "Nowe-Haslo-2027");
    await (await find(app, "#recover-submit")).click();
    await waitForText(app, "#recover-error", (t) => t.length > 0);
    assert.equal((await app.findElements(By.css("#recovery-code"))).length, 0);

    await app.sleep(1_200);
    // Typed loosely: lower case, spaces instead of dashes.
    await type(app, "#recovery-input", recoveryCode.toLowerCase().replaceAll("-", " "));
    await (await find(app, "#recover-submit")).click();
    const fresh = await waitForText(app, "#recovery-code", (t) => t.length > 0);
    assert.match(fresh, /^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    assert.notEqual(fresh, recoveryCode);
    await (await find(app, "#recovery-written")).click();
    await (await find(app, "#recovery-continue")).click();
    await find(app, "#nav-identities");
  } finally {
    await app.quit();
  }
  const again = await openApp(english, dataDir);
  try {
    await type(again, "#unlock-password", "Nowe-Haslo-2027");
    await (await find(again, "#unlock-submit")).click();
    await find(again, "#nav-identities");
  } finally {
    await again.quit();
  }
});

test("a damaged store is reported in the window and left untouched", async () => {
  const dir = newDataDir("damaged");
  const file = join(dir, "sealdesk.sqlite3");
  const junk = Buffer.from("This is a scanned invoice, not a database. ".repeat(100));
  writeFileSync(file, junk);
  const app = await openApp(english, dir);
  try {
    const text = await waitForText(app, "#startup-error", (t) => t.includes("sealdesk.sqlite3"));
    assert.match(text, /damaged/);
    assert.equal((await app.findElements(By.css("#first-run"))).length, 0);
  } finally {
    await app.quit();
  }
  assert.deepEqual(readFileSync(file), junk);
});

test("the first start follows a Hebrew OS language", async () => {
  const hebrew = await startDriver(4446, { LANG: "he_IL.UTF-8", LC_ALL: "", LANGUAGE: "" });
  const app = await openApp(hebrew, newDataDir("hebrew"));
  try {
    await find(app, "#first-run");
    assert.equal(await app.executeScript("return document.documentElement.dir"), "rtl");
    await waitForText(app, "#first-run h1", (t) => t === fluentMessage("he", "setup-title"));
    await screenshot(app, "first-run-he");
    await press(app, "#wizard-next");
    await type(app, "#admin-name", "דנה לוי");
    await typeNewPassword(app, "admin-password", "קצר");
    await press(app, "#wizard-next");
    await waitForText(app, "#wizard-problem", (t) => t.length > 0 && !/[a-z]{4}/.test(t));
    await screenshot(app, "first-run-admin-he");
  } finally {
    await app.quit();
    await hebrew.stop();
  }
});
