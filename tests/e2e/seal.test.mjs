// The company seal and its certificates in the real window: a seal made
// with a new key file, its place in the history, a signing certificate
// issued with a generated key, its details, a refused seal password, and
// a revoked seal invalidating what it issued.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  appBinary, choose, find, fluentMessage, newDataDir, openApp, press, screenshot, startDriver, type, waitForText, By, plain, completeFirstRun,
} from "./harness.mjs";

const ADMIN = "Anna Wiśniewska";
const PASSWORD = "Sosna-Rzeka-Chmura-4";
const SEAL_PASSWORD = "Dab-Kasztan-Jesion-9";
const ORGANIZATION = "Biuro Rachunkowe Łódź";
const HOLDER = "Jan Kowalski";

let driver;

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  driver = await startDriver(4448, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" });
});

after(async () => {
  await driver?.stop();
});


test("a seal made with a new key file issues a signing certificate; a wrong seal password is refused; revoking the seal invalidates it", async () => {
  const dataDir = newDataDir("seal");
  // The key goes where the user saves it, outside the data folder.
  const keyPath = join(newDataDir("seal-key"), "seal.key");
  const app = await openApp(driver, dataDir);
  try {
    await completeFirstRun(app, ADMIN, PASSWORD);
    await (await find(app, "#nav-seal")).click();
    await find(app, "#seal-none");
    await (await find(app, "#seal-new")).click();

    // Key: a new file, EC P-256 offered first. The native save picker
    // cannot be driven here, so the path is typed into the same field.
    await find(app, "#seal-wizard");
    assert.equal(await (await find(app, "#seal-key-mode-new")).isSelected(), true);
    assert.equal(await (await find(app, "#seal-key-algorithm")).getAttribute("value"), "ec-p256");
    await find(app, "#seal-key-path-choose");
    await press(app, "#wizard-next");
    await waitForText(app, "#wizard-problem", (t) => t === fluentMessage("en", "validation-key-path-required"));
    await type(app, "#seal-key-path", keyPath);
    await type(app, "#seal-key-password", SEAL_PASSWORD);
    await type(app, "#seal-key-password-confirm", SEAL_PASSWORD);
    await waitForText(app, "#seal-key-password-strength", (t) => t.includes("Strength"));
    await press(app, "#wizard-next");

    // Organisation.
    const orgId = await find(app, "#seal-org-id");
    assert.equal(await orgId.getAttribute("placeholder"), "VATPL-5260250274");
    await type(app, "#seal-org-name", ORGANIZATION);
    await type(app, "#seal-org-id", "526-025-02-74");
    await type(app, "#seal-country", "PL");
    // A bare NIP with country PL is checked live and becomes VATPL-....
    await waitForText(app, "#seal-org-id-check", (t) => t.includes("VATPL-5260250274"));
    await press(app, "#wizard-next");

    // Validity: three years unless chosen otherwise.
    assert.equal(await (await find(app, "#seal-years")).getAttribute("value"), "3");
    await press(app, "#wizard-next");

    const summary = await waitForText(app, "#seal-summary", (t) => t.includes(ORGANIZATION));
    assert.ok(summary.includes(keyPath), summary);
    assert.ok(summary.includes("VATPL-5260250274"), summary);
    await screenshot(app, "seal-wizard-summary-en");
    await press(app, "#wizard-next");

    // The history shows the new seal as current, with its days to expiry.
    await waitForText(app, "#pki-notice", (t) => plain(t).includes(`for ${ORGANIZATION}`));
    const row = plain(await waitForText(app, "#seal-history tbody tr", (t) => t.includes(ORGANIZATION)));
    assert.match(row, new RegExp(fluentMessage("en", "badge-current")));
    // Three years from today: 1,095 or 1,096 whole days, by leap years.
    assert.match(row, /1,09[56] days left/);
    assert.ok(readFileSync(keyPath, "utf8").startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    await screenshot(app, "seal-history-en");

    // Issue a signing certificate with a generated key.
    await (await find(app, "#tab-certificates")).click();
    await waitForText(app, "#cert-list", (t) => t.includes(ORGANIZATION));
    await (await find(app, "#cert-issue-open")).click();
    await find(app, "#issue-dialog");
    assert.equal(await (await find(app, "#issue-profile-signing")).isSelected(), true);
    assert.equal(await (await find(app, "#issue-key-mode-new")).isSelected(), true);
    await type(app, "#issue-name", HOLDER);
    await type(app, "#issue-email", "jan.kowalski@biuro.example");
    await type(app, "#issue-country", "pl");
    assert.equal(await (await find(app, "#issue-days")).getAttribute("value"), "365");
    await type(app, "#issue-key-password", "Grab-Buk-Klon-3");
    await type(app, "#issue-key-password-confirm", "Grab-Buk-Klon-3");

    // A wrong seal password: the core's error in the user's language.
    await type(app, "#issue-seal-secret", "not-the-seal-password");
    await (await find(app, "#issue-submit")).click();
    const refusal = plain(await waitForText(app, "#issue-error", (t) => t.length > 0, 60_000));
    assert.equal(refusal, `The password does not open the key file ${keyPath}.`);
    assert.equal((await app.findElements(By.css(`[data-subject*="${HOLDER}"]`))).length, 0, "nothing issued");

    await type(app, "#issue-seal-secret", SEAL_PASSWORD);
    await (await find(app, "#issue-submit")).click();
    await waitForText(app, "#certs-message", (t) => plain(t).includes(`issued: ${HOLDER}.`), 60_000);
    assert.equal((await app.findElements(By.css("#issue-dialog"))).length, 0, "the dialog closed");

    const issued = await find(app, `#cert-list tr[data-subject*="${HOLDER}"]`);
    const badge = await issued.findElement(By.css(".badge"));
    assert.equal(await badge.getAttribute("data-badge"), "valid");
    assert.equal(await badge.getText(), fluentMessage("en", "badge-valid"));
    assert.match(plain(await issued.getText()), /36[45] days left/);
    await screenshot(app, "certificates-en");

    // Details: the fingerprint shown is the one of the certificate itself.
    await (await issued.findElement(By.css("button"))).click();
    const sha256 = await waitForText(app, "#detail-sha256", (t) => t.length > 0);
    assert.match(sha256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const pem = await (await find(app, "#detail-pem")).getAttribute("value");
    const certificate = new X509Certificate(pem);
    assert.equal(sha256, certificate.fingerprint256);
    assert.match(certificate.subject, new RegExp(`CN=${HOLDER}`));
    assert.match(await (await find(app, "#detail-key-usage")).getText(), /digitalSignature, nonRepudiation/);
    const chain = await (await find(app, "#detail-chain")).getText();
    assert.ok(chain.includes(HOLDER) && chain.includes(ORGANIZATION), chain);
    await screenshot(app, "certificate-detail-en");

    // Revoking the seal, after a confirmation, invalidates what it issued.
    await (await find(app, "#tab-seals")).click();
    await (await find(app, "#seal-revoke-1")).click();
    await waitForText(app, "#seal-revoke-confirm", (t) => t.includes(ORGANIZATION));
    await (await find(app, "#seal-revoke-confirm-yes")).click();
    await waitForText(app, "#seal-history tbody tr", (t) => t.includes(fluentMessage("en", "badge-seal-revoked")));
    await (await find(app, "#tab-certificates")).click();
    const fallen = await find(app, `#cert-list tr[data-subject*="${HOLDER}"] .badge`);
    assert.equal(await fallen.getAttribute("data-badge"), "invalid");
    assert.equal(plain(await fallen.getText()), "Invalid: seal revoked");
    assert.equal(await (await find(app, "#cert-issue-open")).isEnabled(), false, "no seal left to issue with");

    // In Hebrew the same screens are mirrored and translated.
    await (await find(app, "#nav-settings")).click();
    await choose(app, "#settings-language", "he");
    await app.wait(async () => (await app.executeScript("return document.documentElement.dir")) === "rtl", 5_000);
    await (await find(app, "#nav-seal")).click();
    const hebrewRow = await waitForText(app, "#seal-history tbody tr", (t) => t.includes(ORGANIZATION));
    assert.ok(hebrewRow.includes(fluentMessage("he", "badge-seal-revoked")), hebrewRow);
    const table = await (await find(app, "#seal-history")).getRect();
    const firstColumn = await (await find(app, "#seal-history th")).getRect();
    assert.ok(firstColumn.x + firstColumn.width > table.x + table.width / 2, "the first column is on the right");
    await screenshot(app, "seal-history-he");
  } finally {
    await app.quit();
  }
});
