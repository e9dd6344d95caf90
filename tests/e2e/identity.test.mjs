// Registering signing identities in the real window: a company seal made
// first, then the wizard with a Polish NIP checked live (a mistyped one
// refused with the core's sentence), a short signing password accepted with
// a warning, the certificate issued by the seal, and the new identity
// active in the list; then a Ukrainian identity by request (CSR) that an
// OpenSSL CA answers, attached and selected, and the list in Hebrew.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  appBinary, By, choose, find, fluentMessage, newDataDir, openApp, press, screenshot, startDriver, type, waitForText, plain, completeFirstRun, createSeal,
} from "./harness.mjs";

const PASSWORD = "Sosna-Rzeka-Chmura-4";
const SEAL_PASSWORD = "Dab-Kasztan-Jesion-9";
const ORGANIZATION = "Biuro Rachunkowe Łódź";
const BUSINESS = "Zakład Usług Księgowych „Żuraw”";
const SIGNER = "Łukasz Żółć";
const SECOND = "Олена Коваленко";

/** OpenSSL as the outside CA: a CA of its own signs the request. */
function outsideCaSigns(dir, csr, out) {
  const run = (args) => execFileSync("openssl", args, { stdio: ["ignore", "pipe", "pipe"] });
  const key = join(dir, "ca.key");
  const ca = join(dir, "ca.pem");
  run(["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key]);
  run(["req", "-x509", "-new", "-key", key, "-subj", "/CN=Outside CA", "-days", "120",
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign", "-out", ca]);
  run(["x509", "-req", "-in", csr, "-CA", ca, "-CAkey", key, "-CAcreateserial", "-days", "90",
    "-copy_extensions", "copy", "-out", out]);
}

let driver;

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  driver = await startDriver(4462, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" });
});

after(async () => {
  await driver?.stop();
});


async function makeSeal(app, keyPath) {
  await createSeal(app, {
    keyPath, password: SEAL_PASSWORD, organization: ORGANIZATION, organizationId: "VATPL-5260250274", country: "PL",
  });
}

test("an identity registered from the seal with a checked NIP becomes the active signing identity", async () => {
  const dataDir = newDataDir("identity");
  const keyPath = join(newDataDir("identity-seal-key"), "seal.key");
  const app = await openApp(driver, dataDir);
  try {
    await completeFirstRun(app, "Anna Wiśniewska", PASSWORD);
    await makeSeal(app, keyPath);

    await (await find(app, "#nav-identities")).click();
    await find(app, "#identities-none");
    await (await find(app, "#identity-new")).click();
    await find(app, "#identity-wizard");

    // Business identifier: Poland and its NIP first; a typing slip is
    // caught live with the core's own sentence, and blocks the next step.
    assert.equal(await (await find(app, "#identity-country")).getAttribute("value"), "PL");
    await choose(app, "#identity-kind", "pl-nip");
    await type(app, "#identity-business-id", "856-734-62-16");
    const refused = plain(await waitForText(app, "#identity-business-id-check", (t) => t.includes("8567346216")));
    assert.match(refused, /check digit does not match/);
    await press(app, "#wizard-next");
    await waitForText(app, "#wizard-problem", (t) => plain(t) === refused);
    await type(app, "#identity-business-id", "856-734-62-15");
    await waitForText(app, "#identity-business-id-check", (t) => t.includes("VATPL-8567346215"));
    await screenshot(app, "identity-wizard-business-en");
    await press(app, "#wizard-next");

    await type(app, "#identity-business-name", BUSINESS);
    await type(app, "#identity-signer-name", SIGNER);
    await type(app, "#identity-email", "biuro@zuraw.example");
    await press(app, "#wizard-next");

    // The signing password: three characters are enough, the meter says weak.
    assert.equal(await (await find(app, "#identity-key-file")).isSelected(), true);
    assert.equal(await (await find(app, "#identity-algorithm")).getAttribute("value"), "ec-p256");
    await type(app, "#identity-password", "ab");
    await type(app, "#identity-password-confirm", "ab");
    await press(app, "#wizard-next");
    await waitForText(app, "#wizard-problem", (t) => plain(t) === "The password needs at least 3 characters.");
    await type(app, "#identity-password", "abc");
    await type(app, "#identity-password-confirm", "abc");
    await waitForText(app, "#identity-password-strength", (t) => t.includes("Strength"));
    await press(app, "#wizard-next");

    // The certificate from the current seal, with the seal's password.
    assert.equal(await (await find(app, "#identity-source-seal")).isSelected(), true);
    await type(app, "#identity-seal-secret", SEAL_PASSWORD);
    assert.equal(await (await find(app, "#identity-days")).getAttribute("value"), "365");
    await press(app, "#wizard-next");

    const summary = plain(await waitForText(app, "#identity-summary", (t) => t.includes(SIGNER)));
    assert.ok(summary.includes("VATPL-8567346215") && summary.includes(BUSINESS), summary);
    await waitForText(app, "#identity-weak-password", (t) => t === fluentMessage("en", "strength-weak-warning"));
    assert.equal(await (await find(app, "#identity-select-new")).isSelected(), true);
    await screenshot(app, "identity-wizard-summary-en");
    await press(app, "#wizard-next");

    await waitForText(
      app,
      "#identity-message",
      (t) => plain(t) === `The certificate of ${SIGNER} was created and selected for signing.`,
      60_000,
    );
    const row = await find(app, "#identity-list tr[data-active='true']");
    const text = plain(await row.getText());
    assert.ok(text.includes(SIGNER) && text.includes(BUSINESS) && text.includes("VATPL-8567346215"), text);
    assert.ok(text.includes(fluentMessage("en", "identity-active")), text);
    const badge = await row.findElement(By.css(".badge"));
    assert.equal(await badge.getAttribute("data-badge"), "valid");
    assert.equal((await app.findElements(By.css("#identities-none-active"))).length, 0);

    // A second identity by request to an outside CA: created but not selected.
    const outside = newDataDir("identity-ca");
    const csrPath = join(outside, "olena.csr");
    await (await find(app, "#identity-new")).click();
    await choose(app, "#identity-country", "UA");
    await choose(app, "#identity-kind", "ua-edrpou");
    await type(app, "#identity-business-id", "32855961");
    await waitForText(app, "#identity-business-id-check", (t) => t.includes("NTRUA-32855961"));
    await press(app, "#wizard-next");
    await type(app, "#identity-business-name", "ТОВ «Ромашка»");
    await type(app, "#identity-signer-name", SECOND);
    await type(app, "#identity-email", "olena@romashka.example");
    await press(app, "#wizard-next");
    await type(app, "#identity-password", "Kalyna-Verba-Dnipro-5");
    await type(app, "#identity-password-confirm", "Kalyna-Verba-Dnipro-5");
    await press(app, "#wizard-next");
    await (await find(app, "#identity-source-csr")).click();
    await type(app, "#identity-csr-path", csrPath);
    await press(app, "#wizard-next");
    await waitForText(app, "#identity-summary", (t) => t.includes(csrPath));
    await press(app, "#wizard-next");
    await waitForText(
      app,
      "#identity-message",
      (t) => plain(t).startsWith(`The identity of ${SECOND} was created but not selected: send the request`),
      60_000,
    );
    const waiting = await find(app, "#identity-row-2 .badge");
    assert.equal(await waiting.getAttribute("data-badge"), "awaiting-certificate");
    assert.equal((await app.findElements(By.css("#identity-select-2"))).length, 0, "nothing to select yet");

    // The CA's answer, attached by its typed path; the first identity stays active.
    const signed = join(outside, "olena.pem");
    outsideCaSigns(outside, csrPath, signed);
    await (await find(app, "#identity-attach-2")).click();
    await type(app, "#identity-attach-path", signed);
    await (await find(app, "#identity-attach-submit")).click();
    await waitForText(app, "#identity-message", (t) => plain(t) === `The certificate of ${SECOND} was attached.`);
    assert.equal(await (await find(app, "#identity-row-2 .badge")).getAttribute("data-badge"), "valid");
    await find(app, "#identity-row-1[data-active='true']");

    // Selecting it moves the mark: exactly one identity is active.
    await (await find(app, "#identity-select-2")).click();
    await waitForText(app, "#identity-message", (t) => plain(t) === `${SECOND} now signs your documents.`);
    await find(app, "#identity-row-2[data-active='true']");
    await find(app, "#identity-row-1[data-active='false']");
    assert.equal((await app.findElements(By.css("#identity-list tr[data-active='true']"))).length, 1);
    await screenshot(app, "identities-en");

    // In Hebrew the list is translated and mirrored.
    await (await find(app, "#nav-settings")).click();
    await choose(app, "#settings-language", "he");
    await app.wait(async () => (await app.executeScript("return document.documentElement.dir")) === "rtl", 5_000);
    await (await find(app, "#nav-identities")).click();
    const hebrew = plain(await waitForText(app, "#identity-row-2", (t) => t.includes(SECOND)));
    assert.ok(hebrew.includes(fluentMessage("he", "identity-active")), hebrew);
    assert.ok(hebrew.includes(fluentMessage("he", "badge-valid")), hebrew);
    await screenshot(app, "identities-he");
  } finally {
    await app.quit();
  }
});
