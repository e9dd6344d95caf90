// The installed app, as `scripts/package --check` tries it: the first-run
// screen shows, and Settings names the version and commit that the
// installed `sealdesk --version` says. Not part of the end-to-end suite; run
// with SEALDESK_APP and SEALDESK_CLI naming the installed binaries.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { completeFirstRun, find, newDataDir, openApp, screenshot, startDriver, waitForText } from "./harness.mjs";
import { cliBinary } from "./command-line.mjs";

let driver;

before(async () => {
  assert.ok(process.env.SEALDESK_APP, "SEALDESK_APP names the installed app");
  driver = await startDriver(4544, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" });
});

after(async () => {
  await driver?.stop();
});

test("the installed app starts on its first-run screen and names its build", async () => {
  const app = await openApp(driver, newDataDir("installed"));
  try {
    await find(app, "#first-run", 60_000);
    await screenshot(app, "installed-first-run");
    await completeFirstRun(app, "Dana Kowalska", "Lipa-Kwiat-Morze-7");
    await (await find(app, "#nav-settings")).click();
    const shown = await waitForText(app, "#settings-version", (t) => t.length > 0);
    const cli = spawnSync(cliBinary, ["--version"], { encoding: "utf8" }).stdout.trim();
    assert.equal(`sealdesk ${shown}`, cli);
    console.log(`installed app Settings: ${shown}; ${cliBinary} --version: ${cli}`);
  } finally {
    await app.quit();
  }
});
