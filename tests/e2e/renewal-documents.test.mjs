// The documents of a renewal run in the real window: a store prepared with
// the `sealdesk` command line (seal, two director certificates expiring in
// 20 days, a run formed and exported). In the run view the accession card
// of one director is refused with a wrong password and no file is left,
// then signed in Ukrainian with the right one: poppler reads its text back
// and finds the signature valid, and the item lists its card. Receipt files
// can be imported for sent items; the notification for the tax authority
// waits until a new certificate is installed. The native pickers cannot be
// driven here, so their imports are covered by the command-line tests.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  appBinary, choose, find, newDataDir, openApp, press, screenshot, startDriver, type, waitForContent,
} from "./harness.mjs";

const PASSWORD = "Sosna-Rzeka-Chmura-4";
const SEAL_PASSWORD = "Dab-Kasztan-Jesion-9";
const KEY_PASSWORD = "Grab-Buk-Klon-3";
const NEW_KEY_PASSWORD = "Modrzew-Olcha-Brzoza-5";
const cli = process.env.SEALDESK_CLI ?? join(dirname(appBinary), "sealdesk");

let driver;
let work;
let dataDir;
let olena;
let taras;

function sealdesk(...args) {
  const run = spawnSync(cli, ["--data-dir", dataDir, "--json", ...args], { encoding: "utf8" });
  assert.ok(!run.error, `the sealdesk command line is needed (cargo build): ${run.error}`);
  assert.equal(run.status, 0, `sealdesk ${args.join(" ")} failed:\n${run.stdout}${run.stderr}`);
  return JSON.parse(run.stdout);
}

function secret(name, value) {
  const path = join(work, name);
  writeFileSync(path, value, { mode: 0o600 });
  return path;
}

function tool(program, args) {
  const out = spawnSync(program, args, { encoding: "utf8" });
  assert.ok(!out.error, `${program} is needed (apt-get install poppler-utils): ${out.error}`);
  return out;
}

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  assert.ok(existsSync(cli), `build the command line first: ${cli} is missing`);
  work = newDataDir("renewal-documents-files");
  dataDir = join(newDataDir("renewal-documents"), "data");
  const admin = secret("admin-pw", PASSWORD);
  const sealPw = secret("seal-pw", SEAL_PASSWORD);
  const keyPw = secret("key-pw", KEY_PASSWORD);
  const newPw = secret("new-pw", NEW_KEY_PASSWORD);
  sealdesk("init", "--admin-password-file", admin, "--admin-name", "Dana Levi");
  sealdesk("key", "generate", "--algorithm", "ec-p256", "--file", join(work, "seal.key"), "--password-file", sealPw);
  sealdesk("seal", "create", "--key", "1", "--key-password-file", sealPw,
    "--org", "ТОВ «Ромашка»", "--org-id", "NTRUA-14360570", "--country", "UA");
  const issue = (cn, email) =>
    sealdesk("cert", "issue", "--seal", "1", "--seal-password-file", sealPw, "--profile", "signing",
      "--cn", cn, "--email", email, "--country", "UA", "--days", "20", "--generate", "ec-p256",
      "--key-password-file", keyPw).id;
  olena = issue("Олена Коваль", "olena@romashka.ua");
  taras = issue("Тарас Бойко", "taras@romashka.ua");
  sealdesk("renew", "plan", "--certs", `${olena},${taras}`, "--contact", "Dana Levi",
    "--phone", "+380 44 123 45 67", "--key-dir", join(work, "new-keys"), "--key-password-file", newPw);
  const old = secret("old", `${olena}\t${KEY_PASSWORD}\n${taras}\t${KEY_PASSWORD}\n`);
  sealdesk("renew", "run", "1", "--old-secrets", old, "--key-password-file", newPw,
    "--deliver", `export:${join(work, "to-ca")}`);
  driver = await startDriver(4490, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" });
});

after(async () => {
  await driver?.stop();
});

test("the accession card is signed with the old certificate; a wrong password leaves no card", async () => {
  const keyDir = join(work, "new-keys");
  const cards = () => readdirSync(keyDir).filter((f) => f.includes("-card") || f.startsWith(".card-"));
  const app = await openApp(driver, dataDir);
  try {
    await find(app, "#unlock-screen");
    await type(app, "#unlock-password", PASSWORD);
    await press(app, "#unlock-submit");
    await press(app, "#nav-renewal");
    await press(app, "#renewal-tab-history");
    await press(app, "#renewal-runs tr[data-run='1'] button");
    await waitForContent(app, "#renewal-run-counts", (t) => t.includes("sent: 2"));

    // Sent items can take a receipt file; nothing is installed, so no notification yet.
    for (const id of [olena, taras]) {
      await find(app, `#renewal-items tr[data-cert='${id}'] .renewal-receipt-file`);
    }
    assert.equal(await app.executeScript("return document.querySelector('#renewal-notification')"), null);

    await press(app, `#renewal-items tr[data-cert='${olena}'] .renewal-card`);
    await choose(app, "#renewal-card-lang", "uk");
    await type(app, "#renewal-card-secret", "not-the-password");
    await press(app, "#renewal-card-sign");
    const refused = await waitForContent(app, "#renewal-card-message", (t) => t.length > 0);
    assert.match(refused, /password/i, `the reason in words: ${refused}`);
    assert.deepEqual(cards(), [], "no card, signed or not, after a wrong password");
    await screenshot(app, "renewal-card-wrong-password");

    await type(app, "#renewal-card-secret", KEY_PASSWORD);
    await press(app, "#renewal-card-sign");
    await waitForContent(app, "#renewal-run-message", (t) => t.includes("Accession card signed"), 60_000);
    const card = join(keyDir, `renewal-1-${olena}-card.pdf`);
    assert.ok(existsSync(card), `${card} written`);
    await waitForContent(app, `#renewal-items tr[data-cert='${olena}']`, (t) => t.includes("Accession card:"));
    await screenshot(app, "renewal-card-signed");

    const text = tool("pdftotext", [card, "-"]).stdout;
    for (const expected of ["Картка приєднання", "Олена Коваль", "Dana Levi"]) {
      assert.ok(text.includes(expected), `${expected} missing from the card: ${text}`);
    }
    const checked = tool("pdfsig", [card]).stdout;
    assert.match(checked, /Signature Validation: Signature is Valid\./, checked);
  } finally {
    await app.quit();
  }
});
