// The layout of every screen in the real window, in English, Polish and
// Hebrew, at 1280x800 and at the smallest window the app allows: nothing
// wider than its card, controls big enough to hit, dialog footers that
// cover no field, focus that stays in an open dialog and Escape that closes
// it from anywhere, and no raw error text. The store is filled with the
// `sealdesk` command line first (a seal, an identity, issued certificates,
// a renewal run, an outbox message whose delivery failed), so that tables
// have rows. Each screen, language and size that breaks a rule fails on its
// own, naming every element, its text and the measurement.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { existsSync } from "node:fs";
import {
  appBinary, choose, find, newDataDir, openApp, press, repoRoot, screenshot, startDriver, type, By,
} from "./harness.mjs";
import { commandLine } from "./command-line.mjs";
import { Key } from "selenium-webdriver";

const PASSWORD = "Jodla-Sosna-Wrzos-6";
const SEAL_PASSWORD = "Olcha-Topola-Grab-2";
const KEY_PASSWORD = "Kalina-Bez-Jarzab-5";
const NEW_KEY_PASSWORD = "Jawor-Dereń-Cis-7";

const config = JSON.parse(readFileSync(join(repoRoot, "tauri.conf.json"), "utf8"));
const mainWindow = config.app.windows[0];
/** The window sizes every screen is checked at: a common laptop and the smallest allowed. */
const SIZES = [
  { name: "1280x800", width: 1280, height: 800 },
  { name: `${mainWindow.minWidth}x${mainWindow.minHeight}`, width: mainWindow.minWidth, height: mainWindow.minHeight },
];

/** Every Fluent message id of the English UI: one shown as text means a missing translation. */
const MESSAGE_IDS = readdirSync(join(repoRoot, "ui", "src", "locales", "en"))
  .filter((f) => f.endsWith(".ftl"))
  .flatMap((f) => readFileSync(join(repoRoot, "ui", "src", "locales", "en", f), "utf8").split("\n"))
  .map((line) => /^([a-z][a-z0-9-]*) =/.exec(line)?.[1])
  .filter((id) => id && id.includes("-"));

let driver;
let work;
let dataDir;
let renewable;
let issued;
let pdf;

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  work = newDataDir("layout-files");
  dataDir = join(newDataDir("layout"), "data");
  const cli = commandLine(dataDir, work);
  const { sealdesk, secret } = cli;
  const sealPw = cli.sealOffice({ password: PASSWORD, sealPassword: SEAL_PASSWORD });
  const keyPw = secret("key-pw", KEY_PASSWORD);
  const newPw = secret("new-pw", NEW_KEY_PASSWORD);
  sealdesk("identity", "create", "--country", "PL", "--kind", "pl-nip", "--business-id", "856-734-62-15",
    "--business-name", "Zakład Usług Księgowych „Żuraw” Sp. z o.o.", "--signer-name", "Małgorzata Brzęczyszczykiewicz",
    "--email", "malgorzata.brzeczyszczykiewicz@zuraw-ksiegowosc.pl", "--password-file", keyPw,
    "--seal", "1", "--seal-password-file", sealPw);
  const issue = (cn, email, days) =>
    sealdesk("cert", "issue", "--seal", "1", "--seal-password-file", sealPw, "--profile", "signing",
      "--cn", cn, "--email", email, "--country", "UA", "--days", String(days), "--generate", "ec-p256",
      "--key-password-file", keyPw).id;
  issued = issue("Олександра Костянтинівна Вишневецька-Задунайська", "oleksandra.vyshnevetska@romashka-holding.ua", 365);
  // Due for renewal and in no run yet, so the wizard can start with it.
  renewable = issue("Марія Шевчук", "maria@romashka.ua", 20);
  const taras = issue("Тарас Бойко", "taras@romashka.ua", 20);
  const other = issue("Іван Мельник", "ivan@romashka.ua", 20);
  sealdesk("renew", "plan", "--certs", `${taras},${other}`, "--contact", "Dana Levi",
    "--phone", "+380 44 123 45 67", "--key-dir", join(work, "new-keys"), "--key-password-file", newPw);
  const old = secret("old", `${taras}\t${KEY_PASSWORD}\n${other}\t${KEY_PASSWORD}\n`);
  sealdesk("renew", "run", "1", "--old-secrets", old, "--key-password-file", newPw,
    "--deliver", `export:${join(work, "to-ca")}`);
  // Nothing listens on port 9: the message's delivery fails and says why.
  sealdesk("smtp", "set", "--host", "127.0.0.1", "--port", "9", "--security", "starttls", "--auth", "none",
    "--from", "office@romashka.ua");
  const body = join(work, "body.txt");
  writeFileSync(body, "Dzień dobry,\nw załączniku faktura.\n");
  sealdesk("mail", "send", "--to", "ksiegowosc.klienta@przyklad-firmy.pl", "--subject",
    "Faktura VAT nr FV/2026/12/000123 za usługi księgowe w grudniu", "--body-file", body);
  cli.sealdesk("outbox", "run", "--once");
  pdf = join(work, "Umowa o świadczenie usług księgowych Łódź.pdf");
  copyFileSync(join(repoRoot, "tests", "fixtures", "pdf", "minimal-document.pdf"), pdf);
  driver = await startDriver(4500, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" });
});

after(async () => {
  await driver?.stop();
});

/**
 * Runs in the page: the problems of the open dialog (else of the current
 * screen), each as a line naming the element, its text and the measurement.
 * `nonEnglish` adds the English sentences of system errors to what counts
 * as raw text.
 */
function auditInPage(messageIds, nonEnglish) {
  const dialogs = [...document.querySelectorAll("[role=dialog]")];
  const root = dialogs.at(-1) ?? document.querySelector("main") ?? document.body;
  const problems = [];
  const shown = (el) => {
    if (typeof el.checkVisibility === "function" && !el.checkVisibility({ checkOpacity: false, checkVisibilityCSS: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const describe = (el) => {
    let name = el.tagName.toLowerCase();
    if (el.id) name += `#${el.id}`;
    const classes = [...el.classList].filter((c) => !c.startsWith("svelte-")).slice(0, 3);
    if (classes.length) name += `.${classes.join(".")}`;
    const text = (el.innerText ?? el.value ?? "").replace(/\s+/g, " ").trim();
    return text ? `${name} "${text.length > 50 ? `${text.slice(0, 50)}…` : text}"` : name;
  };
  const px = (n) => `${Math.round(n)} px`;

  // Horizontal overflow: the page, each card, its tables and whatever
  // passes a card's edge (only the outermost such element is named).
  const page = document.documentElement;
  if (page.scrollWidth > page.clientWidth + 1) {
    problems.push(`page scrolls sideways: scrollWidth ${px(page.scrollWidth)} > clientWidth ${px(page.clientWidth)}`);
  }
  const cards = [...(root.matches(".card") ? [root] : []), ...root.querySelectorAll(".card")].filter(shown);
  for (const card of cards) {
    if (card.scrollWidth > card.clientWidth + 1) {
      // Name what reaches furthest, shown or not: a hidden box can widen
      // the scroll area as much as a visible one.
      const cardRight = card.getBoundingClientRect().right;
      const widest = [...card.querySelectorAll("*")]
        .map((el) => ({ el, right: el.getBoundingClientRect().right }))
        .filter(({ right }) => right > cardRight + 1)
        .sort((a, b) => b.right - a.right)
        .slice(0, 3)
        .map(({ el, right }) => `${describe(el).slice(0, 60)} to ${px(right)}`);
      const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node && widest.length < 3; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const right = range.getBoundingClientRect().right;
        if (right > cardRight + 1) widest.push(`text "${node.textContent.trim().slice(0, 40)}" in ${describe(node.parentElement).slice(0, 40)} to ${px(right)}`);
      }
      problems.push(`${describe(card).slice(0, 60)} scrolls sideways: scrollWidth ${px(card.scrollWidth)} > clientWidth ${px(card.clientWidth)}${widest.length ? `; furthest: ${widest.join(", ")}` : ""}`);
    }
    for (const table of card.querySelectorAll("table")) {
      if (!shown(table)) continue;
      for (const box of [table, table.parentElement]) {
        if (box !== card && box.scrollWidth > box.clientWidth + 1) {
          problems.push(`${describe(box).slice(0, 60)} in a card scrolls sideways: scrollWidth ${px(box.scrollWidth)} > clientWidth ${px(box.clientWidth)}`);
        }
      }
    }
    const style = getComputedStyle(card);
    const edge = card.getBoundingClientRect();
    const left = edge.left + parseFloat(style.borderLeftWidth);
    const right = edge.right - parseFloat(style.borderRightWidth);
    const reported = new Set();
    for (const el of card.querySelectorAll("*")) {
      if (el.closest(".card") !== card && el.closest(".card") !== null && el.closest(".card") !== card) continue;
      if ([...reported].some((r) => r.contains(el))) continue;
      if (!shown(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.right > right + 1 || r.left < left - 1) {
        reported.add(el);
        const by = Math.max(r.right - right, left - r.left);
        problems.push(`${describe(el)} passes the edge of its card (${describe(card).slice(0, 40)}) by ${px(by)}: element ${px(r.left)}..${px(r.right)}, card ${px(left)}..${px(right)}`);
      }
    }
    // Text that does not wrap runs out of a narrow box without widening
    // the box itself: measure the text, and name the box it belongs to.
    const texts = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent.trim() || el.closest(".card") !== card) continue;
      if ([...reported].some((r) => r.contains(el)) || !shown(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const r = { left: box.left, right: box.right };
      // What a box inside the card clips (a visually hidden label) is not seen past the edge.
      for (let up = el; up && up !== card; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") {
          const clip = up.getBoundingClientRect();
          r.left = Math.max(r.left, clip.left);
          r.right = Math.min(r.right, clip.right);
        }
      }
      if (r.right - r.left > 0 && (r.right > right + 1 || r.left < left - 1)) {
        reported.add(el);
        const by = Math.max(r.right - right, left - r.left);
        problems.push(`the text of ${describe(el)} passes the edge of its card (${describe(card).slice(0, 40)}) by ${px(by)}: text ${px(r.left)}..${px(r.right)}, card ${px(left)}..${px(right)}`);
      }
    }
  }

  // Controls big enough to see and hit.
  for (const el of root.querySelectorAll("button, input[type=checkbox], input[type=radio]")) {
    if (!shown(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < 15.5 || r.height < 15.5) {
      problems.push(`${describe(el)} is smaller than 16x16 px: ${r.width.toFixed(1)}x${r.height.toFixed(1)} px`);
    }
  }

  // A dialog's footer must not sit over the fields at the end of its body.
  if (dialogs.length) {
    // Whatever scrolls in the dialog (its body, a form's field area) is
    // scrolled to its end, where the last field must sit above the footer.
    for (const el of [root, ...root.querySelectorAll("*")]) {
      if (el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY)) {
        el.scrollTop = el.scrollHeight;
      }
    }
    for (const footer of root.querySelectorAll(".dialog-footer, .actions")) {
      if (!shown(footer)) continue;
      const f = footer.getBoundingClientRect();
      for (const field of root.querySelectorAll("input, select, textarea")) {
        if (footer.contains(field) || !shown(field)) continue;
        const r = field.getBoundingClientRect();
        const overlap = Math.min(r.bottom, f.bottom) - Math.max(r.top, f.top);
        const across = Math.min(r.right, f.right) - Math.max(r.left, f.left);
        if (overlap > 1 && across > 1) {
          const label = field.labels?.[0]?.innerText?.trim() ?? "";
          problems.push(`${describe(footer).slice(0, 60)} covers ${describe(field)}${label ? ` (${label})` : ""} by ${px(overlap)}`);
        }
      }
    }
  }

  // Raw error text: system messages, D-Bus, dotted or snake_case codes,
  // message ids shown instead of their text.
  const raw = [/os error \d*/i, /\bD-?Bus\b/, /org\.freedesktop/, /\bfailed to lookup address/i];
  if (nonEnglish) raw.push(/Connection refused/i, /No such file or directory/i, /Permission denied/i, /timed out/i, /\bfailed to\b/i);
  const files = /^(pdf|p7s|p7m|pem|cer|crt|der|p12|pfx|key|txt|xml|csr|eml|sqlite3|json|html|zip|png|svg)$/i;
  const domains = /^(pl|ua|il|com|org|net|eu|ru|it|uk|de|io|example|local|localhost|invalid|test)$/i;
  const ids = new Set(messageIds);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    // A template's placeholder chip shows the very `{name}` it inserts: template syntax, not an error.
    if (!el || el.closest("textarea, script, style, details:not([open]), [data-placeholder]") || !shown(el)) continue;
    const text = node.textContent.replace(/[\u2068\u2069]/g, "");
    const found = [];
    for (const pattern of raw) {
      const m = pattern.exec(text);
      if (m) found.push(m[0]);
    }
    for (const m of text.matchAll(/(?<![\w@/\\.:-])([a-z][a-z0-9_]+(?:\.[a-z][a-z0-9_-]+)+)(?![\w@/\\-]|\.\w)/g)) {
      const parts = m[1].split(".");
      if (files.test(parts.at(-1)) || domains.test(parts.at(-1))) continue;
      found.push(m[1]);
    }
    for (const m of text.matchAll(/\b[a-z]+_[a-z_]+\b/g)) found.push(m[0]);
    for (const m of text.matchAll(/\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b/g)) if (ids.has(m[0])) found.push(m[0]);
    for (const what of found) {
      const line = `raw text "${what}" in ${describe(el)}`;
      if (!seen.has(line)) {
        seen.add(line);
        problems.push(line);
      }
    }
  }
  return problems;
}

/** A session of the window in one language, with the problems it found per screen and size. */
class Tour {
  constructor(app, lang, t) {
    this.app = app;
    this.lang = lang;
    this.t = t;
    this.size = SIZES[0];
  }

  async resize(size) {
    this.size = size;
    await this.app.manage().window().setRect({ width: size.width, height: size.height });
    await this.app.sleep(300);
  }

  /**
   * Opens a screen by `open`, checks it (as a subtest of its own: one
   * failure per screen, language and size) and, for a dialog, its focus
   * and Escape; `close` leaves it.
   */
  async check(name, open, { dialog = null, close = null } = {}) {
    await this.t.test(`${name} (${this.lang}, ${this.size.name})`, async () => {
      const problems = [];
      try {
        await open();
        if (dialog) await find(this.app, `#${dialog}`);
        await this.app.sleep(400);
        problems.push(...(await this.app.executeScript(auditInPage, MESSAGE_IDS, this.lang !== "en")));
        await screenshot(this.app, `${name}-${this.lang}-${this.size.name}`);
        if (dialog) problems.push(...(await this.focus(dialog)));
      } finally {
        await this.leave(dialog, close);
      }
      const unique = [...new Set(problems)];
      assert.equal(unique.length, 0,
        `${name} in ${this.lang} at ${this.size.name} (window ${await this.viewport()}):\n  ${unique.join("\n  ")}`);
    });
  }

  async viewport() {
    return this.app.executeScript("return `${innerWidth}x${innerHeight}`");
  }

  /** Tab and Shift+Tab stay in the dialog; Escape closes it after focus was moved out. */
  async focus(dialog) {
    const problems = [];
    const inside = () => this.app.executeScript(
      "const d = document.getElementById(arguments[0]); const a = document.activeElement; return [!!d && d.contains(a), a ? a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') : 'none']",
      dialog);
    const count = await this.app.executeScript(
      "return document.getElementById(arguments[0]).querySelectorAll('a[href], button, input, select, textarea').length", dialog);
    const presses = Math.min(count + 2, 30);
    for (const [keys, label] of [[Key.TAB, "Tab"], [Key.chord(Key.SHIFT, Key.TAB), "Shift+Tab"]]) {
      for (let i = 0; i < presses; i++) {
        await this.app.actions().sendKeys(keys).perform();
        const [ok, where] = await inside();
        if (!ok) {
          problems.push(`focus left the dialog #${dialog} after ${i + 1} x ${label}: on ${where}`);
          break;
        }
      }
    }
    await this.app.executeScript("document.activeElement?.blur(); document.body.focus()");
    await this.app.actions().sendKeys(Key.ESCAPE).perform();
    await this.app.sleep(300);
    const open = await this.app.executeScript("return !!document.getElementById(arguments[0])", dialog);
    if (open) problems.push(`Escape did not close the dialog #${dialog} once focus was moved out of it`);
    return problems;
  }

  /** Leaves a dialog or wizard however it is still open, so the next screen starts clean. */
  async leave(dialog, close) {
    if (dialog) {
      const still = await this.app.executeScript("return !!document.getElementById(arguments[0])", dialog);
      if (still) {
        await this.app.executeScript(
          "document.getElementById(arguments[0])?.querySelector('.modal-close')?.click()", dialog);
      }
    }
    if (close) {
      try {
        await close();
      } catch {
        // The screen is left by the next navigation anyway.
      }
    }
  }

  nav(screen) {
    return press(this.app, `#nav-${screen}`);
  }
}

/** Every screen, dialog and wizard, at one window size. */
async function tourAll(tour) {
  const { app } = tour;
  const cancel = (id) => async () => {
    if ((await app.findElements(By.css(`#${id}-cancel`))).length) await press(app, `#${id}-cancel`);
  };

  await tour.check("identities", async () => {
    await tour.nav("identities");
    await find(app, "#identity-list");
  });
  await tour.check("identity-wizard", async () => {
    await tour.nav("identities");
    await press(app, "#identity-new");
    await find(app, "#identity-wizard");
  }, { close: cancel("identity-wizard") });

  await tour.check("seal", async () => {
    await tour.nav("seal");
    await press(app, "#tab-seals");
    await find(app, "#seal-history");
  });
  await tour.check("seal-wizard", async () => {
    await tour.nav("seal");
    await press(app, "#tab-seals");
    await press(app, "#seal-new");
    await find(app, "#seal-wizard");
  }, { close: cancel("seal-wizard") });
  await tour.check("certificates", async () => {
    await tour.nav("seal");
    await press(app, "#tab-certificates");
    await find(app, `#cert-row-${issued}`);
  });
  await tour.check("issue-certificate", async () => {
    await tour.nav("seal");
    await press(app, "#tab-certificates");
    await press(app, "#cert-issue-open");
  }, { dialog: "issue-dialog" });
  await tour.check("certificate-detail", async () => {
    await tour.nav("seal");
    await press(app, "#tab-certificates");
    await press(app, `#cert-open-${issued}`);
    await find(app, "#detail-facts");
  });
  await tour.check("pkcs12-export", async () => {
    await tour.nav("seal");
    await press(app, "#tab-certificates");
    await press(app, `#cert-open-${issued}`);
    await press(app, "#detail-export");
    await find(app, "#export-dialog");
    // The longest form: PKCS#12 with its password fields.
    await app.executeScript("document.querySelector('#export-dialog input[id^=export-format-][id*=\"12\"]')?.click()");
  }, { dialog: "export-dialog" });

  const withFile = async () => {
    await tour.nav("documents");
    await type(app, "#docs-path", pdf);
    await press(app, "#docs-path-add");
    await find(app, "#docs-files li");
  };
  await tour.check("documents", withFile);
  await tour.check("send-by-mail", async () => {
    await withFile();
    await press(app, "#docs-files .docs-send");
  }, { dialog: "send-mail" });

  await tour.check("verify", async () => {
    await tour.nav("verify");
    await find(app, "#screen-verify");
  });

  await tour.check("mail", async () => {
    await tour.nav("mail");
    await find(app, "#outbox-table");
  });
  await tour.check("mail-wizard", async () => {
    await tour.nav("mail");
    await press(app, "#mail-setup");
    await find(app, "#mail-wizard");
  }, { close: cancel("mail-wizard") });

  await tour.check("renewal-due", async () => {
    await tour.nav("renewal");
    await press(app, "#renewal-tab-due");
    await find(app, "#renewal-candidates");
  });
  await tour.check("renewal-wizard", async () => {
    await tour.nav("renewal");
    await press(app, "#renewal-tab-due");
    await press(app, `#renewal-pick-${renewable}`);
    await press(app, "#renewal-renew");
    await find(app, "#renewal-wizard");
  }, {
    // The wizard's card leaves it by its Cancel link, back to the due list.
    close: () => press(app, "#renewal-wizard-cancel"),
  });
  await tour.check("renewal-history", async () => {
    await tour.nav("renewal");
    await press(app, "#renewal-tab-history");
    await find(app, "#renewal-runs");
  });
  await tour.check("renewal-run", async () => {
    await tour.nav("renewal");
    await press(app, "#renewal-tab-history");
    await press(app, "#renewal-runs tbody tr button");
    await find(app, "#renewal-items");
  });

  await tour.check("companies", async () => {
    await tour.nav("companies");
    await find(app, "#company-list");
  });
  await tour.check("company-dialog", async () => {
    await tour.nav("companies");
    await press(app, "#companies-add");
  }, { dialog: "company-dialog" });
  await tour.check("operator-dialog", async () => {
    await tour.nav("companies");
    await press(app, "#operators-add");
  }, { dialog: "operator-dialog" });
  await tour.check("portal", async () => {
    await tour.nav("portal");
    await find(app, "#portal-search");
  });
  await tour.check("contractor-dialog", async () => {
    await tour.nav("portal");
    await press(app, "#portal-add-contractor");
  }, { dialog: "contractor-dialog" });
  await tour.check("settings", async () => {
    await tour.nav("settings");
    await find(app, "#settings-language");
  });
}

for (const lang of ["en", "pl", "he"]) {
  test(`every screen keeps its layout in ${lang}`, async (t) => {
    const app = await openApp(driver, dataDir);
    try {
      await find(app, "#unlock-screen");
      await type(app, "#unlock-password", PASSWORD);
      await press(app, "#unlock-submit");
      await find(app, "#nav-settings");
      await press(app, "#nav-settings");
      await choose(app, "#settings-language", lang);
      await app.wait(async () => (await app.executeScript("return document.documentElement.lang")) === lang, 10_000);
      const tour = new Tour(app, lang, t);
      for (const size of SIZES) {
        await tour.resize(size);
        await tourAll(tour);
      }
    } finally {
      await app.quit();
    }
  });
}
