// Contractors and portal users in the real window: the administrator
// imports a CSV file with two bad lines and both are named with their line
// numbers (nothing imported); then a good file of three users, whose counts
// are shown; the search narrows the table as one types; and the screen in
// Hebrew.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  appBinary, By, choose, completeFirstRun, find, fluentMessage, newDataDir, openApp, plain, press, screenshot, startDriver, type,
  waitForText,
} from "./harness.mjs";

const ADMIN = "Dana Kowalska";
const PASSWORD = "Grusza-Wierzba-Klon-3";
const HEADER = "contractor_code,contractor_name,login,name,email,lang";

let driver;
const dataDir = newDataDir("portal-users");
const badCsv = join(dataDir, "bad.csv");
const goodCsv = join(dataDir, "good.csv");

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  driver = await startDriver(4444, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" });
  writeFileSync(badCsv, [
    HEADER,
    "BUD,Budimex,anna,Anna Wiśniewska,anna@budimex.example,pl",
    "BUD,Budimex,piotr,Piotr Zieliński,not-an-address,pl",
    "BUD,Budimex,ewa,Ewa Lis,ewa@budimex.example,xx",
    "",
  ].join("\n"));
  writeFileSync(goodCsv, [
    HEADER,
    "BUD,Budimex,anna,Anna Wiśniewska,anna@budimex.example,pl",
    "BUD,Budimex,piotr,Piotr Zieliński,piotr@budimex.example,pl",
    "ELT,Eltel Networks,marco,Marco Rossi,marco@eltel.example,it",
    "",
  ].join("\n"));
});

after(async () => {
  await driver?.stop();
});

/** The logins the table shows. */
async function listedLogins(app) {
  const rows = await app.findElements(By.css("#portal-user-list tbody tr[data-login]"));
  return Promise.all(rows.map((row) => row.getAttribute("data-login")));
}

async function importFile(app, path) {
  await type(app, "#portal-import-path", path);
  await press(app, "#portal-import");
}

test("a CSV file with two bad lines names both; a good one imports three users the search then narrows", async () => {
  const app = await openApp(driver, dataDir);
  try {
    await completeFirstRun(app, ADMIN, PASSWORD);
    await press(app, "#nav-portal");
    await waitForText(app, "#portal-none", (t) => t === fluentMessage("en", "portal-none"));

    await importFile(app, badCsv);
    const errors = await waitForText(app, "#portal-import-errors", (t) => plain(t).includes("line 3") && plain(t).includes("line 4"));
    const lines = await app.findElements(By.css("#portal-import-errors li"));
    assert.deepEqual(await Promise.all(lines.map((l) => l.getAttribute("data-line"))), ["3", "4"]);
    const texts = await Promise.all(lines.map(async (l) => plain(await l.getText())));
    assert.match(texts[0], /^line 3: .*not-an-address.* is not an e-mail address\.$/);
    assert.match(texts[1], /^line 4: .*xx.* is not a language/);
    assert.ok(!errors.includes("portal."), `no raw code shown: ${errors}`);
    // All or nothing: the good first line was not imported either.
    assert.equal((await app.findElements(By.css("#portal-user-list"))).length, 0);

    await importFile(app, goodCsv);
    await waitForText(app, "#portal-message", (t) => plain(t).includes("3 new"));
    assert.equal((await app.findElements(By.css("#portal-import-errors"))).length, 0);
    await find(app, "#portal-row-ELT-marco");
    assert.deepEqual((await listedLogins(app)).sort(), ["anna", "marco", "piotr"]);

    // Each key typed asks the core again: "r" matches two, "rc" one.
    const search = await find(app, "#portal-search");
    await search.sendKeys("r");
    await app.wait(async () => (await listedLogins(app)).length === 2, 5_000, "the search for r shows two users");
    assert.deepEqual((await listedLogins(app)).sort(), ["marco", "piotr"]);
    await search.sendKeys("c");
    await app.wait(async () => (await listedLogins(app)).length === 1, 5_000, "the search for rc shows one user");
    assert.deepEqual(await listedLogins(app), ["marco"]);
    await search.sendKeys("zzz");
    await waitForText(app, "#portal-none", (t) => plain(t) === fluentMessage("en", "portal-none-found"));
    await screenshot(app, "portal-users-en");
  } finally {
    await app.quit();
  }
});

test("the Portal users screen in Hebrew is mirrored and translated", async () => {
  const app = await openApp(driver, dataDir);
  try {
    await find(app, "#unlock-screen");
    await choose(app, "#unlock-language", "he");
    await app.wait(async () => (await app.executeScript("return document.documentElement.dir")) === "rtl", 5_000);
    await type(app, "#unlock-login", "admin");
    await type(app, "#unlock-password", PASSWORD);
    await press(app, "#unlock-submit");
    await press(app, "#nav-portal");
    await find(app, "#portal-row-ELT-marco");
    await waitForText(app, "#portal-card h2", (t) => t === fluentMessage("he", "portal-title"));
    const login = await (await find(app, "#portal-row-ELT-marco td:nth-child(2)")).getRect();
    const name = await (await find(app, "#portal-row-ELT-marco td:nth-child(3)")).getRect();
    assert.ok(login.x > name.x, "the columns run from the right");
    await screenshot(app, "portal-users-he");
  } finally {
    await app.quit();
  }
});
