// Certificate files in the real window: a certificate issued with "also
// save as PKCS#12", exported from its detail view as PKCS#12 and DER, and a
// PKCS#12 made by OpenSSL imported (a wrong password refused first). OpenSSL
// 3, without -legacy, reads every PKCS#12 SealDesk writes. The native
// pickers cannot be driven here, so paths are typed into the same fields.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  appBinary, choose, find, fluentMessage, newDataDir, openApp, screenshot, startDriver, type, waitForText, By, plain, press, completeFirstRun, createSeal,
} from "./harness.mjs";

const ADMIN = "Anna Wiśniewska";
const PASSWORD = "Sosna-Rzeka-Chmura-4";
const SEAL_PASSWORD = "Dab-Kasztan-Jesion-9";
const ORGANIZATION = "Biuro Rachunkowe Łódź";
const HOLDER = "Jan Kowalski";
const KEY_PASSWORD = "Grab-Buk-Klon-3";
const P12_PASSWORD = "Wierzba-Olcha-Lipa-7";
const IMPORTED = "Ewa Nowak";
const IMPORT_PASSWORD = "Modrzew-Cis-Jodla-5";

let driver;

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  driver = await startDriver(4450, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" });
});

after(async () => {
  await driver?.stop();
});


/** Runs OpenSSL; fails the test with its output when it fails. */
function openssl(...args) {
  const run = spawnSync("openssl", args, { encoding: "utf8" });
  assert.ok(!run.error, `openssl is needed: ${run.error}`);
  assert.equal(run.status, 0, `openssl ${args.join(" ")} failed:\n${run.stdout}${run.stderr}`);
  return `${run.stdout}${run.stderr}`;
}

/** First run and a seal with a new key file, as the seal test does step by step. */
async function setUpWithSeal(app, keyPath) {
  await completeFirstRun(app, ADMIN, PASSWORD);
  await createSeal(app, {
    keyPath, password: SEAL_PASSWORD, organization: ORGANIZATION, organizationId: "VATPL-5260250274", country: "PL",
  });
}

test("certificates go out as PKCS#12 and DER that OpenSSL reads, and an OpenSSL PKCS#12 comes in after a wrong password is refused", async () => {
  const dataDir = newDataDir("certificates");
  const files = newDataDir("certificate-files");
  const app = await openApp(driver, dataDir);
  try {
    await setUpWithSeal(app, join(files, "seal.key"));

    // Issue with a new key, and save it as PKCS#12 at once.
    await (await find(app, "#tab-certificates")).click();
    await (await find(app, "#cert-issue-open")).click();
    await find(app, "#issue-dialog");
    await type(app, "#issue-name", HOLDER);
    await type(app, "#issue-key-password", KEY_PASSWORD);
    await type(app, "#issue-key-password-confirm", KEY_PASSWORD);
    // The strength meter comes from the core a moment later and moves the
    // fields below it: press the checkbox once it is in place.
    await waitForText(app, "#issue-key-password-strength", (t) => t.includes("Strength"));
    await press(app, "#issue-p12");
    const issuedP12 = join(files, "jan-issued.p12");
    await find(app, "#issue-p12-path-choose");
    await type(app, "#issue-p12-path", issuedP12);
    await type(app, "#issue-p12-password", P12_PASSWORD);
    await type(app, "#issue-p12-password-confirm", "not the same");
    await type(app, "#issue-seal-secret", SEAL_PASSWORD);
    await press(app, "#issue-submit");
    await waitForText(app, "#issue-problem", (t) => t === fluentMessage("en", "validation-password-mismatch"));
    await type(app, "#issue-p12-password-confirm", P12_PASSWORD);
    await screenshot(app, "issue-with-p12-en");
    await press(app, "#issue-submit");
    await waitForText(app, "#certs-message", (t) => plain(t).includes(`The PKCS#12 file was written to ${issuedP12}.`), 60_000);
    const issuedInfo = openssl("pkcs12", "-info", "-nokeys", "-in", issuedP12, "-passin", `pass:${P12_PASSWORD}`);
    assert.match(issuedInfo, new RegExp(`subject=.*CN ?= ?${HOLDER}`));
    // OpenSSL escapes the non-ASCII letters of the seal's name; its identifier is plain.
    assert.match(issuedInfo, /subject=.*organizationIdentifier = VATPL-5260250274/, "the seal is in the chain");

    // Export from the detail view as PKCS#12: a wrong key password first.
    await (await find(app, `#cert-list tr[data-subject*="${HOLDER}"] button`)).click();
    await find(app, "#cert-detail");
    await (await find(app, "#detail-export")).click();
    await find(app, "#export-dialog");
    await press(app, "#export-format-pkcs12");
    const exportedP12 = join(files, "jan-export.p12");
    await type(app, "#export-path", exportedP12);
    await type(app, "#export-key-password", "not-the-key-password");
    await type(app, "#export-p12-password", P12_PASSWORD);
    await type(app, "#export-p12-password-confirm", P12_PASSWORD);
    await waitForText(app, "#export-p12-password-strength", (t) => t.includes("Strength"));
    // The weaker protection is a choice, marked as weaker.
    assert.equal(await (await find(app, "#export-p12-legacy")).isSelected(), false);
    const legacyLabel = await (await find(app, "#export-p12-legacy")).findElement(By.xpath("..")).getText();
    assert.equal(legacyLabel.trim(), fluentMessage("en", "p12-legacy"));
    await press(app, "#export-submit");
    const wrongKey = plain(await waitForText(app, "#export-error", (t) => t.length > 0, 60_000));
    assert.match(wrongKey, /^The password does not open the key file .+\.key\.$/);
    assert.equal(existsSync(exportedP12), false, "nothing written");

    await type(app, "#export-key-password", KEY_PASSWORD);
    await screenshot(app, "export-p12-en");
    await press(app, "#export-submit");
    await waitForText(app, "#detail-message", (t) => plain(t) === `Saved to ${exportedP12}.`, 60_000);
    assert.equal((await app.findElements(By.css("#export-dialog"))).length, 0, "the dialog closed");
    const exportedInfo = openssl("pkcs12", "-info", "-nokeys", "-in", exportedP12, "-passin", `pass:${P12_PASSWORD}`);
    assert.match(exportedInfo, new RegExp(`subject=.*CN ?= ?${HOLDER}`));
    assert.match(exportedInfo, /AES-256-CBC/, "the modern protection by default");
    const wrong = spawnSync("openssl", ["pkcs12", "-info", "-nokeys", "-in", exportedP12, "-passin", "pass:wrong"]);
    assert.notEqual(wrong.status, 0, "the PKCS#12 password protects it");

    // The certificate alone as DER, by the .cer name the format gives it.
    await (await find(app, "#detail-export")).click();
    await press(app, "#export-format-der");
    await type(app, "#export-path", join(files, "jan"));
    await press(app, "#export-format-pem");
    await press(app, "#export-format-der");
    const derPath = join(files, "jan.cer");
    assert.equal(await (await find(app, "#export-path")).getAttribute("value"), derPath);
    await press(app, "#export-submit");
    await waitForText(app, "#detail-message", (t) => plain(t) === `Saved to ${derPath}.`);
    assert.match(openssl("x509", "-inform", "DER", "-in", derPath, "-noout", "-subject"), new RegExp(`CN ?= ?${HOLDER}`));

    // A PKCS#12 made by OpenSSL 3 (its defaults: AES-256, PBKDF2).
    const importKey = join(files, "ewa.key.pem");
    const importCert = join(files, "ewa.crt");
    const importP12 = join(files, "ewa.p12");
    openssl(
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
      "-keyout", importKey, "-out", importCert, "-days", "90", "-subj", `/CN=${IMPORTED}/O=Kancelaria Nowak`,
    );
    openssl("pkcs12", "-export", "-inkey", importKey, "-in", importCert, "-out", importP12, "-passout", `pass:${IMPORT_PASSWORD}`);

    await (await find(app, "#detail-back")).click();
    await (await find(app, "#cert-import-open")).click();
    await find(app, "#import-dialog");
    await find(app, "#import-path-choose");
    assert.equal((await app.findElements(By.css("#import-password"))).length, 0, "no password before a PKCS#12 is chosen");
    await type(app, "#import-path", importP12);
    await type(app, "#import-password", "not-the-password");
    await press(app, "#import-submit");
    const refusal = await waitForText(app, "#import-error", (t) => t.length > 0, 60_000);
    assert.equal(refusal, fluentMessage("en", "error-pkcs12-wrong-password"));
    await find(app, "#import-dialog");
    assert.equal((await app.findElements(By.css(`[data-subject*="${IMPORTED}"]`))).length, 0, "nothing imported");

    await type(app, "#import-password", IMPORT_PASSWORD);
    await press(app, "#import-submit");
    const result = plain(await waitForText(app, "#import-result", (t) => t.includes(IMPORTED), 60_000));
    assert.ok(result.includes("Kancelaria Nowak"), result);
    assert.ok(result.includes(fluentMessage("en", "import-with-key")), result);
    assert.equal(await (await find(app, "#import-done")).getText(), "One certificate imported.");
    await screenshot(app, "import-result-en");
    await press(app, "#import-close");
    const row = await find(app, `#cert-list tr[data-subject*="${IMPORTED}"]`);
    assert.equal(await (await row.findElement(By.css(".badge"))).getAttribute("data-badge"), "valid");

    // In Hebrew the import dialog is translated and mirrored: the picker
    // button sits to the left of the path.
    await (await find(app, "#nav-settings")).click();
    await choose(app, "#settings-language", "he");
    await app.wait(async () => (await app.executeScript("return document.documentElement.dir")) === "rtl", 5_000);
    await (await find(app, "#nav-seal")).click();
    await (await find(app, "#tab-certificates")).click();
    await (await find(app, "#cert-import-open")).click();
    await waitForText(app, "#import-dialog-title", (t) => t.includes(fluentMessage("he", "import-title")));
    const input = await (await find(app, "#import-path")).getRect();
    const button = await (await find(app, "#import-path-choose")).getRect();
    assert.ok(button.x + button.width <= input.x + 1, "the button is on the left in Hebrew");
    await screenshot(app, "import-dialog-he");
  } finally {
    await app.quit();
  }
});
