// Batch renewal in the real window: a store prepared with the `sealdesk`
// command line (seal, three director certificates expiring in 20 days, one
// with an address at a domain CAs refuse). The due list shows them; the
// refused address is red and holds the wizard until corrected; a run with
// one wrong old password fails that item alone, in words; retrying with
// the right one forms it; OpenSSL accepts an envelope against the seal;
// the history lists the run; a second run e-mails its request to the CA
// through the outbox, in Ukrainian. The phrase for blocking by phone goes to a
// real GNOME Keyring; prices set in the window's price list are totalled. The native pickers cannot be driven here, so
// folders are typed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  appBinary, find, newDataDir, openApp, press, screenshot, startDriver, type, waitForText, waitForContent,
} from "./harness.mjs";
import { commandLine } from "./command-line.mjs";

const PASSWORD = "Sosna-Rzeka-Chmura-4";
const SEAL_PASSWORD = "Dab-Kasztan-Jesion-9";
const KEY_PASSWORD = "Grab-Buk-Klon-3";
const OTHER_KEY_PASSWORD = "Wierzba-Lipa-Cis-8";
const NEW_KEY_PASSWORD = "Modrzew-Olcha-Brzoza-5";

let driver;
let sealdesk;
let secret;
let work;
let dataDir;

const rows = (app, css) =>
  app.executeScript(`return [...document.querySelectorAll('${css}')].map(r => [Number(r.dataset.cert), r.dataset.state])`);

let olena;
let taras;
let ivan;

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  work = newDataDir("renewal-files");
  dataDir = join(newDataDir("renewal"), "data");
  const cli = commandLine(dataDir, work);
  ({ sealdesk, secret } = cli);
  const sealPw = cli.sealOffice({ password: PASSWORD, sealPassword: SEAL_PASSWORD });
  const keyPw = secret("key-pw", KEY_PASSWORD);
  const otherPw = secret("other-pw", OTHER_KEY_PASSWORD);
  const issue = (cn, email, pw) =>
    sealdesk("cert", "issue", "--seal", "1", "--seal-password-file", sealPw, "--profile", "signing",
      "--cn", cn, "--email", email, "--country", "UA", "--days", "20", "--generate", "ec-p256",
      "--key-password-file", pw).id;
  olena = issue("Олена Коваль", "olena@mail.ru", keyPw);
  taras = issue("Тарас Бойко", "taras@romashka.ua", otherPw);
  ivan = issue("Іван Мельник", "ivan@romashka.ua", keyPw);
  sealdesk("renew", "prices", "set", "--ca", "ТОВ «Ромашка»", "--term", "2y", "--amount", "450", "--currency", "UAH");
  // The phrase for blocking by phone goes to the real OS credential store.
  driver = await startDriver(4480, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" }, { keyring: true });
});

after(async () => {
  await driver?.stop();
});

test("a run renews the chosen certificates; a wrong old password fails one item until retried", async () => {
  const keyDir = join(work, "new-keys");
  const exportDir = join(work, "to-ca");
  const app = await openApp(driver, dataDir);
  try {
    await find(app, "#unlock-screen");
    await type(app, "#unlock-password", PASSWORD);
    await press(app, "#unlock-submit");
    await press(app, "#nav-renewal");

    // The price list in the window: the price set on the command line is
    // there; an amount the core cannot read is refused in words and not
    // stored; a price for one year is set, and one removed.
    await press(app, "#renewal-tab-prices");
    await waitForContent(app, "#renewal-price-list", (t) => t.includes("ТОВ «Ромашка»") && /UAH\s450\.00/.test(t));
    await type(app, "#renewal-price-ca", "ТОВ «Ромашка»");
    await press(app, "#renewal-price-term option[value='1y']");
    await type(app, "#renewal-price-amount", "12,345");
    await type(app, "#renewal-price-currency", "uah");
    await press(app, "#renewal-price-save");
    const refused = await waitForContent(app, "#renewal-price-problem", (t) => t.includes("is not an amount"));
    assert.ok(!refused.includes("renewal."), `a sentence, not a code: ${refused}`);
    await type(app, "#renewal-price-amount", "1234,5");
    await press(app, "#renewal-price-save");
    await waitForContent(app, "#renewal-price-done", (t) => t.includes("Price saved"));
    await waitForContent(app, "#renewal-price-list", (t) => /UAH\s1,234\.50/.test(t));
    await type(app, "#renewal-price-ca", "Другий КНЕДП");
    await type(app, "#renewal-price-amount", "10");
    await press(app, "#renewal-price-save");
    await waitForContent(app, "#renewal-price-list", (t) => t.includes("Другий КНЕДП"));
    await press(app, "#renewal-price-list tr[data-ca='Другий КНЕДП'] button");
    await waitForContent(app, "#renewal-price-list", (t) => !t.includes("Другий КНЕДП"));
    await screenshot(app, "renewal-prices");
    await press(app, "#renewal-tab-due");

    await waitForText(app, "#renewal-candidates", (t) => t.includes("Олена Коваль") && t.includes("Іван Мельник"));
    const listed = await app.executeScript(
      "return [...document.querySelectorAll('#renewal-candidates tbody tr')].map(r => Number(r.dataset.cert))",
    );
    assert.deepEqual(listed.sort(), [olena, taras, ivan].sort());
    await waitForContent(app, "#renewal-count", (t) => t.includes("Shown: 3 of 3"));
    await type(app, "#renewal-search", "тарас");
    await waitForContent(app, "#renewal-count", (t) => t.includes("Shown: 1 of 3"));
    await type(app, "#renewal-search", " ");
    // "Choose all" shows part of a choice as mixed, and chooses or clears every shown row.
    const selectAll = () => app.executeScript("const b = document.querySelector('#renewal-select-all'); return [b.checked, b.indeterminate]");
    assert.deepEqual(await selectAll(), [false, false]);
    await press(app, `#renewal-pick-${olena}`);
    assert.deepEqual(await selectAll(), [false, true], "one of three chosen is a mixed choice");
    await press(app, "#renewal-select-all");
    assert.deepEqual(await selectAll(), [true, false]);
    await waitForContent(app, "#renewal-renew", (t) => t.includes("(3)"));
    await press(app, "#renewal-select-all");
    await waitForContent(app, "#renewal-renew", (t) => t.includes("(0)"));
    for (const id of [olena, taras, ivan]) await press(app, `#renewal-pick-${id}`);
    assert.deepEqual(await selectAll(), [true, false]);
    await waitForContent(app, "#renewal-renew", (t) => t.includes("(3)"));
    await press(app, "#renewal-renew");

    await type(app, "#renewal-contact", "Dana Levi");
    await type(app, "#renewal-phone", "12");
    await press(app, "#renewal-contact");
    await waitForContent(app, "#renewal-phone-problem", (t) => t.includes("not a phone number"));
    await type(app, "#renewal-phone", "+380 44 123 45 67");
    await type(app, "#renewal-phrase", "Синій птах над Дніпром");
    await type(app, "#renewal-phrase2", "Синій птах");
    await waitForContent(app, "#renewal-phrase-mismatch", (t) => t.includes("differ"));
    await type(app, "#renewal-phrase2", "Синій птах над Дніпром");
    // The price list's price for two years, totalled; one year has none.
    // Written in the window's language: a group separator and the currency code.
    await waitForContent(app, "#renewal-total", (t) => /Total: UAH\s1,350\.00/.test(t));
    // The one-year price set in the window, totalled in the window's language.
    await press(app, "#renewal-term option[value='1y']");
    await waitForContent(app, "#renewal-total", (t) => /Total: UAH\s3,703\.50/.test(t) && !t.includes("Without a price"));
    await press(app, "#renewal-term option[value='2y']");
    await type(app, "#renewal-key-dir", keyDir);
    await type(app, "#renewal-new-password", NEW_KEY_PASSWORD);
    await type(app, "#renewal-new-password2", NEW_KEY_PASSWORD);
    await press(app, "#renewal-contact");

    // The refused address is red and holds the wizard.
    const email = await find(app, `#renewal-email-${olena}`);
    assert.equal(await email.getAttribute("data-forbidden"), "true");
    const [inputColor, errorColor] = await app.executeScript(
      `const row = document.querySelector("#renewal-wizard-items tr[data-cert='${olena}']");
       return [getComputedStyle(row.querySelector("input")).color, getComputedStyle(row.querySelector(".message.error")).color];`);
    assert.equal(inputColor, errorColor, "the refused address is shown in the error colour");
    assert.equal(await (await find(app, "#renewal-next")).isEnabled(), false);
    // The disabled Next says why, beside it.
    const missing = await waitForContent(app, "#renewal-next-missing", (t) => t.includes("fix the marked e-mails"));
    assert.ok(!missing.includes("contact person"), `only what still holds the step: ${missing}`);
    await screenshot(app, "renewal-forbidden-email");
    await type(app, `#renewal-email-${olena}`, "olena@romashka.ua");
    assert.equal(await email.getAttribute("data-forbidden"), "false");
    await app.wait(async () => (await find(app, "#renewal-next")).isEnabled(), 10_000, "Next stays disabled");
    assert.equal(await app.executeScript("return document.querySelector('#renewal-next-missing')"), null, "nothing holds Next");
    await press(app, "#renewal-next");

    await waitForContent(app, "#renewal-start-missing", (t) => t.includes("old keys' passwords"));
    await screenshot(app, "renewal-wizard-secrets");
    await type(app, "#renewal-old-secret", KEY_PASSWORD);
    await type(app, "#renewal-export-dir", exportDir);
    await press(app, "#renewal-start");

    await waitForContent(app, "#renewal-run-counts", (t) => t.includes("failed: 1") && t.includes("sent: 2"), 90_000);
    await waitForContent(app, "#renewal-run", (t) => t.includes("blocking by phone is in the system's credential store"));
    // Shown again only when asked, read back from the credential store.
    assert.equal(await app.executeScript("return document.querySelector('#renewal-phrase-value')"), null);
    await press(app, "#renewal-phrase-show");
    await waitForContent(app, "#renewal-phrase-value", (t) => t === "Синій птах над Дніпром");
    await press(app, "#renewal-phrase-show");
    assert.deepEqual(await rows(app, "#renewal-items tbody tr"), [
      [olena, "sent"],
      [taras, "failed"],
      [ivan, "sent"],
    ]);
    const reason = await waitForContent(app, `#renewal-items tr[data-cert='${taras}'] .renewal-reason`, (t) => t.length > 0);
    assert.match(reason, /password/i, `the reason in words: ${reason}`);
    assert.ok(!reason.includes("error-"), `a sentence, not a message id: ${reason}`);
    await screenshot(app, "renewal-one-failed");

    await press(app, "#renewal-retry");
    await type(app, "#renewal-retry-old", OTHER_KEY_PASSWORD);
    await type(app, "#renewal-retry-new", NEW_KEY_PASSWORD);
    await press(app, "#renewal-retry-start");
    await waitForContent(app, "#renewal-run-counts", (t) => t.includes("sent: 3") && !t.includes("failed"), 90_000);

    // Named for the holder, so a person finds Taras's envelope.
    const envelope = join(exportDir, `Тарас-Бойко-renewal-1-${taras}.p7m`);
    assert.ok(existsSync(envelope), `${envelope} exported`);
    const verified = spawnSync("openssl", ["cms", "-verify", "-inform", "DER", "-in", envelope,
      "-CAfile", join(work, "seal.pem"), "-purpose", "any", "-out", join(work, "request.der")], { encoding: "utf8" });
    assert.ok(!verified.error, `openssl is needed: ${verified.error}`);
    assert.equal(verified.status, 0, `${verified.stdout}${verified.stderr}`);
    const request = spawnSync("openssl", ["req", "-inform", "DER", "-in", join(work, "request.der"), "-noout", "-subject", "-nameopt", "RFC2253,-esc_msb"], { encoding: "utf8" });
    assert.match(request.stdout, /CN=Тарас Бойко/, `the request renews Taras: ${request.stdout}${request.stderr}`);

    await press(app, "#renewal-back");
    await waitForContent(app, "#renewal-runs", (t) => t.includes("sent: 3"));
    const runs = await app.executeScript("return [...document.querySelectorAll('#renewal-runs tbody tr')].map(r => r.dataset.run)");
    assert.deepEqual(runs, ["1"]);
    await screenshot(app, "renewal-history");

    // The due list marks the certificates as already in the run.
    await press(app, "#renewal-tab-due");
    await waitForContent(app, "#renewal-candidates", (t) => (t.match(/in run 1/g) ?? []).length === 3);
  } finally {
    await app.quit();
  }
});

test("a run can e-mail its requests to the CA: each goes to the outbox once, in the CA's language", async () => {
  // An outgoing server without a login; nothing listens there, so the
  // request waits in the outbox.
  sealdesk("smtp", "set", "--host", "127.0.0.1", "--port", "9", "--security", "starttls", "--auth", "none",
    "--from", "office@romashka.ua");
  const maria = sealdesk("cert", "issue", "--seal", "1", "--seal-password-file", join(work, "seal-pw"),
    "--profile", "signing", "--cn", "Марія Шевчук", "--email", "maria@romashka.ua", "--country", "UA",
    "--days", "20", "--generate", "ec-p256", "--key-password-file", join(work, "key-pw")).id;
  const app = await openApp(driver, dataDir);
  try {
    await find(app, "#unlock-screen");
    await type(app, "#unlock-password", PASSWORD);
    await press(app, "#unlock-submit");
    await press(app, "#nav-renewal");
    await waitForText(app, "#renewal-candidates", (t) => t.includes("Марія Шевчук"));
    await press(app, `#renewal-pick-${maria}`);
    await press(app, "#renewal-renew");
    await type(app, "#renewal-contact", "Dana Levi");
    await type(app, "#renewal-phone", "+380 44 123 45 67");
    await type(app, "#renewal-key-dir", join(work, "new-keys-2"));
    await type(app, "#renewal-new-password", NEW_KEY_PASSWORD);
    await type(app, "#renewal-new-password2", NEW_KEY_PASSWORD);
    await press(app, "#renewal-contact");
    await app.wait(async () => (await find(app, "#renewal-next")).isEnabled(), 10_000, "Next stays disabled");
    await press(app, "#renewal-next");

    await type(app, "#renewal-old-secret", KEY_PASSWORD);
    await press(app, "#renewal-deliver-mail");
    await type(app, "#renewal-ca-address", "cert@acsk");
    assert.equal(await (await find(app, "#renewal-start")).isEnabled(), false, "a typo in the address holds the run");
    await type(app, "#renewal-ca-address", "cert@acsk.example.ua");
    await press(app, "#renewal-ca-language option[value='uk']");
    await press(app, "#renewal-start");

    await waitForContent(app, "#renewal-run-counts", (t) => t.includes("sent: 1"), 90_000);
    const mailed = await waitForContent(app, `#renewal-items tr[data-cert='${maria}'] .renewal-mail`, (t) => t.includes("cert@acsk.example.ua"));
    assert.match(mailed, /E-mailed to/, mailed);
    await screenshot(app, "renewal-mailed");

    const run = sealdesk("renew", "status", "2");
    const item = run.items.find((i) => i.cert_id === maria);
    assert.equal(item.delivered_to, "mailto:cert@acsk.example.ua");
    assert.ok(item.mail, "the item names its outbox message");
    assert.notEqual(item.mail.state, "sent", "nothing listens on the server's port");
    assert.notEqual(item.mail.state, "cancelled");
    const outbox = spawnSync("python3", ["-c",
      "import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); print(json.dumps(c.execute('SELECT subject, reference FROM outbox_message').fetchall()))",
      join(dataDir, "sealdesk.sqlite3")], { encoding: "utf8" });
    assert.equal(outbox.status, 0, outbox.stderr);
    assert.deepEqual(JSON.parse(outbox.stdout), [[
      "Запит на подовження сертифіката: Марія Шевчук", `renewal-item:${item.item_id}`,
    ]], "one letter, in Ukrainian");
  } finally {
    await app.quit();
  }
});
