// The documents of a renewal run in the real window: a store prepared with
// the `sealdesk` command line (seal, two director certificates expiring in
// 20 days, a run formed and exported). In the run view the accession card
// of one director is refused with a wrong password and no file is left,
// then signed in Ukrainian with the right one: poppler reads its text back
// and finds the signature valid, and the item lists its card. A receipt file
// is taken for its own item only; the notification for the tax authority
// waits until the new certificates are installed, then lists them. The
// native pickers cannot be driven here, so the commands behind them are
// called as the screen calls them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  appBinary, choose, find, newDataDir, openApp, press, screenshot, startDriver, type, waitForContent,
} from "./harness.mjs";
import { commandLine } from "./command-line.mjs";
import { Key } from "selenium-webdriver";

const PASSWORD = "Sosna-Rzeka-Chmura-4";
const SEAL_PASSWORD = "Dab-Kasztan-Jesion-9";
const KEY_PASSWORD = "Grab-Buk-Klon-3";
const NEW_KEY_PASSWORD = "Modrzew-Olcha-Brzoza-5";

let driver;
let sealdesk;
let secret;
let work;
let dataDir;
let olena;
let taras;

function tool(program, args) {
  const out = spawnSync(program, args, { encoding: "utf8" });
  assert.ok(!out.error, `${program} is needed (apt-get install poppler-utils): ${out.error}`);
  return out;
}

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  work = newDataDir("renewal-documents-files");
  dataDir = join(newDataDir("renewal-documents"), "data");
  const cli = commandLine(dataDir, work);
  ({ sealdesk, secret } = cli);
  const sealPw = cli.sealOffice({ password: PASSWORD, sealPassword: SEAL_PASSWORD });
  const keyPw = secret("key-pw", KEY_PASSWORD);
  const newPw = secret("new-pw", NEW_KEY_PASSWORD);
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

test("a run's accession card is signed with the old certificate, its receipts kept and its notification written", async () => {
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

    // Sent items can take a receipt file, offered in each row's menu of
    // actions; nothing is installed, so no notification yet.
    for (const id of [olena, taras]) {
      await press(app, `#renewal-items tr[data-cert='${id}'] .renewal-actions`);
      await find(app, `#renewal-items tr[data-cert='${id}'] .renewal-receipt-file`);
      // The menu opens on its first action; Escape closes it and gives focus back to its button.
      assert.equal(await app.executeScript("return document.activeElement?.getAttribute('role')"), "menuitem");
      await app.switchTo().activeElement().sendKeys(Key.ESCAPE);
      await app.wait(async () => (await app.executeScript("return document.querySelector('[role=menu]')")) === null, 5_000, "the menu stays open");
      assert.equal(await app.executeScript("return document.activeElement?.getAttribute('aria-haspopup')"), "menu");
    }
    // Each item's files are listed under its holder, named for the holder.
    await waitForContent(app, `#renewal-items tr[data-cert='${olena}'] .renewal-files`, (t) => t.includes(`Олена-Коваль-renewal-1-${olena}.p7m`));
    assert.equal(await app.executeScript("return document.querySelector('#renewal-notification')"), null);

    await press(app, `#renewal-items tr[data-cert='${olena}'] .renewal-actions`);
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
    const card = join(keyDir, `Олена-Коваль-renewal-1-${olena}-card.pdf`);
    assert.ok(existsSync(card), `${card} written`);
    await waitForContent(app, `#renewal-items tr[data-cert='${olena}']`, (t) => t.includes("Accession card:"));
    await screenshot(app, "renewal-card-signed");

    const text = tool("pdftotext", [card, "-"]).stdout;
    for (const expected of ["Картка приєднання", "Олена Коваль", "Dana Levi"]) {
      assert.ok(text.includes(expected), `${expected} missing from the card: ${text}`);
    }
    const checked = tool("pdfsig", [card]).stdout;
    assert.match(checked, /Signature Validation: Signature is Valid\./, checked);

    // The pickers of receipt files and of the notification's file are
    // native dialogs; the window's commands behind them are called as the
    // screen calls them once a path is chosen.
    const call = (cmd, args) =>
      app.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
           .then((v) => done({ ok: v }), (e) => done({ error: e }));`,
        cmd,
        args,
      );
    const receipt = join(work, "kvytantsiia-1.txt");
    writeFileSync(receipt, `Квитанція №1: файл Тарас-Бойко-renewal-1-${taras}.p7m отримано.\n`);
    const wrong = await call("import_renewal_receipt", { runId: 1, certId: olena, path: receipt });
    assert.equal(wrong.error?.code, "renewal.not-a-receipt", JSON.stringify(wrong));
    const taken = await call("import_renewal_receipt", { runId: 1, certId: taras, path: receipt });
    assert.equal(taken.ok?.state, "receipt1", JSON.stringify(taken));
    assert.ok(existsSync(join(keyDir, `Тарас-Бойко-renewal-1-${taras}-receipt1.txt`)), "the receipt's copy is kept");
    const early = await call("export_renewal_notification", { runId: 1, format: "csv", lang: "uk", path: join(work, "early.csv") });
    assert.equal(early.error?.code, "renewal.nothing-installed", JSON.stringify(early));

    // The seal issues from the requests (OpenSSL with the seal's key); the
    // new certificates install, and the run view offers the notification.
    const issued = [];
    for (const [id, holder] of [[olena, "Олена-Коваль"], [taras, "Тарас-Бойко"]]) {
      const request = join(keyDir, `${holder}-renewal-1-${id}.p10`);
      const pem = join(work, `req-${id}.pem`);
      const out = join(work, `new-${id}.pem`);
      for (const args of [
        ["req", "-inform", "DER", "-in", request, "-out", pem],
        ["x509", "-req", "-in", pem, "-CA", join(work, "seal.pem"), "-CAkey", join(work, "seal.key"),
          "-passin", `file:${join(work, "seal-pw")}`, "-CAcreateserial", "-days", "730", "-copy_extensions", "copy",
          "-out", out],
      ]) {
        const done = tool("openssl", args);
        assert.equal(done.status, 0, `openssl ${args.join(" ")}: ${done.stderr}`);
      }
      issued.push(out);
    }
    sealdesk("renew", "import", ...issued);
    await press(app, "#renewal-back");
    await press(app, "#renewal-runs tr[data-run='1'] button");
    await waitForContent(app, "#renewal-run-counts", (t) => t.includes("installed: 2"));
    await find(app, "#renewal-notification-export");
    const csvPath = join(work, "notification.csv");
    const written = await call("export_renewal_notification", { runId: 1, format: "csv", lang: "uk", path: csvPath });
    assert.equal(written.ok?.certificates.length, 2, JSON.stringify(written));
    const lines = readFileSync(csvPath, "utf8").trim().split("\n");
    assert.equal(lines[0], "director,tax_id,serial,valid_from,valid_until,issuer,old_certificate_id");
    assert.ok(lines[1].startsWith("Олена Коваль,"), lines[1]);
    await screenshot(app, "renewal-notification");

    // Nothing in the run's card is wider than the card, in English, Polish
    // and Hebrew, at 1280x800 and at the smallest window.
    const overflowing = () =>
      app.executeScript(`const card = document.querySelector("#renewal-run");
        return [...card.querySelectorAll("*")].filter((e) => e.getClientRects().length > 0 && !e.closest("select") && ( e.getBoundingClientRect().right > card.getBoundingClientRect().right + 1
          || e.getBoundingClientRect().left < card.getBoundingClientRect().left - 1)).map((e) => e.outerHTML.slice(0, 80))
          .concat(card.scrollWidth > card.clientWidth ? ["scrolls sideways"] : []);`);
    for (const lang of ["en", "pl", "he"]) {
      if (lang !== "en") {
        await press(app, "#nav-settings");
        await choose(app, "#settings-language", lang);
        await app.wait(async () => (await app.executeScript("return document.documentElement.lang")) === lang, 5_000);
        await press(app, "#nav-renewal");
        await press(app, "#renewal-tab-history");
        await press(app, "#renewal-runs tr[data-run='1'] button");
        await find(app, "#renewal-notification-export");
      }
      for (const [width, height] of [[1280, 800], [820, 560]]) {
        await app.manage().window().setRect({ width, height });
        await app.sleep(300);
        assert.deepEqual(await overflowing(), [], `${lang} at ${width}x${height}`);
        await screenshot(app, `renewal-run-${lang}-${width}x${height}`);
      }
    }
  } finally {
    await app.quit();
  }
});
