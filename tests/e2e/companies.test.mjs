// Companies and operators in the real window: the administrator adds a
// second company (the identifier checked live, a taken code refused under
// its field) and an operator of it (a taken login refused the same way),
// then renames it and the sidebar follows; after the lock the operator signs in with login and password and sees
// only that company, in the sidebar and in the list, with nothing to add;
// a wrong password of the operator is refused in words; and the screen in
// Hebrew.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import {
  appBinary, By, choose, completeFirstRun, find, fluentMessage, newDataDir, openApp, plain, press, screenshot, startDriver, type,
  typeNewPassword, waitForContent, waitForText,
} from "./harness.mjs";

const ADMIN = "Dana Kowalska";
const PASSWORD = "Grusza-Wierzba-Klon-3";
const COMPANY = "Biuro Rachunkowe „Północ” Sp. z o.o.";
const RENAMED = `${COMPANY}, oddział Gdańsk`;
const OPERATOR = "Jan Nowak";
const LOGIN = "jan.nowak";
const OPERATOR_PASSWORD = "Modrzew-Buk-Lipa-8";

let driver;
const dataDir = newDataDir("companies");

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  driver = await startDriver(4444, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" });
});

after(async () => {
  await driver?.stop();
});

/** The codes of the companies the list shows. */
async function listedCodes(app) {
  const rows = await app.findElements(By.css("#company-list tbody tr"));
  return Promise.all(rows.map((row) => row.getAttribute("data-code")));
}

async function signIn(app, login, password) {
  await find(app, "#unlock-screen");
  await type(app, "#unlock-login", login);
  await type(app, "#unlock-password", password);
  await press(app, "#unlock-submit");
}

test("the administrator adds a company and its operator; after the lock the operator sees only that company", async () => {
  const app = await openApp(driver, dataDir);
  try {
    await completeFirstRun(app, ADMIN, PASSWORD);
    await waitForText(app, "#shell-actor", (t) => t.includes(ADMIN) && t.includes("administrator"));
    // One company so far: named, with nothing to switch to.
    await waitForText(app, "#shell-company-name", (t) => t.includes("MAIN"));
    assert.equal((await app.findElements(By.css("#shell-company"))).length, 0);

    await press(app, "#nav-companies");
    await find(app, "#company-row-MAIN");
    assert.deepEqual(await listedCodes(app), ["MAIN"]);
    await find(app, "#company-open-MAIN");

    await press(app, "#companies-add");
    await find(app, "#company-dialog");
    await type(app, "#company-name", COMPANY);
    await type(app, "#company-code", "main");
    await type(app, "#company-country", "PL");
    // The identifier is checked by the country's rule while it is typed.
    await type(app, "#company-business-id", "5260250275");
    await waitForText(app, "#company-business-id-check", (t) => t.includes("check digit"));
    await type(app, "#company-business-id", "526-025-02-74");
    await waitForText(app, "#company-business-id-check", (t) => t.includes("VATPL-5260250274"));
    await type(app, "#company-quota", "ten");
    await press(app, "#company-submit");
    await waitForText(app, "#company-problem", (t) => t.includes("whole number"));
    await type(app, "#company-quota", "25");
    // A taken code is refused under the code, in words.
    await press(app, "#company-submit");
    const taken = plain(await waitForText(app, "#company-code-error", (t) => t.length > 0));
    assert.equal(taken, "Another company already has the code MAIN. Choose another code.");
    await type(app, "#company-code", "nord");
    await press(app, "#company-submit");
    await waitForText(app, "#companies-message", (t) => t.includes("NORD"));
    assert.equal((await app.findElements(By.css("#company-dialog"))).length, 0, "the dialog closed");
    assert.deepEqual(await listedCodes(app), ["MAIN", "NORD"]);
    assert.equal(await (await find(app, "#company-row-NORD [data-quota]")).getText(), "25");
    assert.match(await (await find(app, "#company-row-NORD")).getText(), /Poland/);

    // Two companies: the sidebar switches; the screen shows the one open.
    await choose(app, "#shell-company", "NORD");
    await waitForText(app, "#operators-title", (t) => plain(t).includes(COMPANY));
    await find(app, "#company-open-NORD");
    assert.equal((await app.findElements(By.css("#company-open-MAIN"))).length, 0);
    await find(app, "#operators-none");

    await press(app, "#operators-add");
    await find(app, "#operator-dialog");
    await type(app, "#operator-login", "admin");
    await type(app, "#operator-name", OPERATOR);
    await typeNewPassword(app, "operator-password", OPERATOR_PASSWORD);
    await type(app, "#operator-password-confirm", OPERATOR_PASSWORD + "x");
    await press(app, "#operator-submit");
    await waitForText(app, "#operator-problem", (t) => t.includes("not the same"));
    await type(app, "#operator-password-confirm", OPERATOR_PASSWORD);
    await press(app, "#operator-submit");
    await waitForText(app, "#operator-login-error", (t) => plain(t) === "The login admin is taken. Choose another one.");
    await type(app, "#operator-login", LOGIN);
    await press(app, "#operator-submit");
    await waitForText(app, "#companies-message", (t) => t.includes(LOGIN));
    await find(app, `#operator-list tr[data-login="${LOGIN}"]`);

    // A change to the company open shows in the sidebar at once; its code stays.
    await press(app, "#company-edit-NORD");
    await find(app, "#company-dialog");
    assert.equal(await (await find(app, "#company-code")).getAttribute("readonly"), "true");
    await type(app, "#company-name", RENAMED);
    await press(app, "#company-submit");
    await waitForText(app, "#companies-message", (t) => plain(t).includes(RENAMED));
    await waitForContent(app, "#shell-company option[value=NORD]", (t) => t.includes(RENAMED));
    await waitForText(app, "#operators-title", (t) => plain(t).includes(RENAMED));
    await screenshot(app, "companies-admin-en");

    await press(app, "#lock-button");
    // The operator signs in in the same window: nothing of the administrator's screen is left.
    await signIn(app, LOGIN, OPERATOR_PASSWORD);
    await waitForText(app, "#shell-actor", (t) => t.includes(OPERATOR) && t.includes(LOGIN));
    await waitForText(app, "#shell-company-name", (t) => plain(t).includes(RENAMED) && t.includes("NORD"));
    assert.equal((await app.findElements(By.css("#shell-company"))).length, 0, "an operator has no company switch");
    await press(app, "#nav-companies");
    await find(app, "#company-row-NORD");
    assert.deepEqual(await listedCodes(app), ["NORD"]);
    assert.equal((await app.findElements(By.css("#companies-add"))).length, 0);
    assert.equal((await app.findElements(By.css("#operators-card, [id^=company-edit-]"))).length, 0);
    await screenshot(app, "companies-operator-en");
  } finally {
    await app.quit();
  }
});

test("the operator signs in after a restart, and a wrong password is refused in words", async () => {
  const app = await openApp(driver, dataDir);
  try {
    await find(app, "#unlock-screen");
    assert.equal(await (await find(app, "#unlock-login")).getAttribute("value"), "admin", "the administrator is the default");
    await type(app, "#unlock-login", LOGIN);
    await type(app, "#unlock-password", "not-the-password");
    await press(app, "#unlock-submit");
    const refusal = plain(await waitForText(app, "#unlock-error", (t) => t.length > 0));
    assert.match(refusal, /^Wrong login or password\. You can try again in 1 second\.$/);
    assert.equal((await app.findElements(By.css("#nav-companies"))).length, 0, "still locked");

    // A login nobody has gets the same answer, so logins cannot be guessed.
    await app.sleep(1_100);
    await type(app, "#unlock-login", "nobody");
    await press(app, "#unlock-submit");
    await waitForText(app, "#unlock-error", (t) => t.startsWith("Wrong login or password"));

    await app.sleep(2_100);
    await type(app, "#unlock-login", LOGIN);
    await type(app, "#unlock-password", OPERATOR_PASSWORD);
    await press(app, "#unlock-submit");
    await waitForText(app, "#shell-actor", (t) => t.includes(OPERATOR));
    await press(app, "#nav-companies");
    await find(app, "#company-row-NORD");
    assert.deepEqual(await listedCodes(app), ["NORD"]);
  } finally {
    await app.quit();
  }
});

test("the Companies screen in Hebrew is mirrored and translated", async () => {
  const app = await openApp(driver, dataDir);
  try {
    await find(app, "#unlock-screen");
    await choose(app, "#unlock-language", "he");
    await app.wait(async () => (await app.executeScript("return document.documentElement.dir")) === "rtl", 5_000);
    await waitForText(app, "label[for=unlock-login]", (t) => t === fluentMessage("he", "unlock-login"));
    await signIn(app, "admin", PASSWORD);
    await press(app, "#nav-companies");
    await find(app, "#company-row-NORD");
    await waitForText(app, "#companies-card h2", (t) => t === fluentMessage("he", "companies-title"));
    await waitForText(app, "#shell-company option[value=MAIN]", () => true);
    const nav = await (await find(app, "nav.sidebar")).getRect();
    const content = await (await find(app, "main.content")).getRect();
    assert.ok(nav.x > content.x, "the sidebar is at the right edge in Hebrew");
    // The code reads left to right inside the right-to-left row.
    const code = await (await find(app, "#company-row-NORD td:first-child")).getRect();
    const name = await (await find(app, "#company-row-NORD td:nth-child(2)")).getRect();
    assert.ok(code.x > name.x, "the first column is at the right");
    await screenshot(app, "companies-he");
    await press(app, "#company-edit-NORD");
    await find(app, "#company-dialog");
    assert.equal(await (await find(app, "#company-code")).getAttribute("value"), "NORD");
    await screenshot(app, "company-dialog-he");
  } finally {
    await app.quit();
  }
});
