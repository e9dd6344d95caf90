// Signing documents in the real window: a store prepared with the
// `sealdesk` command line (administrator, seal, a signing certificate),
// then several files signed in one batch with the key password asked once.
// A wrong password signs nothing and keeps the list; a missing file is
// flagged on its row when added or when it goes before signing, and is left
// out while the others are signed; OpenSSL verifies each .p7s against the seal. The native picker
// cannot be driven here, so paths are typed into the same list.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  appBinary, repoRoot, find, newDataDir, openApp, screenshot, startDriver, type, waitForText, By, plain, waitForContent,
} from "./harness.mjs";
import { commandLine } from "./command-line.mjs";

const PASSWORD = "Sosna-Rzeka-Chmura-4";
const SEAL_PASSWORD = "Dab-Kasztan-Jesion-9";
const KEY_PASSWORD = "Grab-Buk-Klon-3";

let driver;
let sealdesk;
let secret;
let work;
let dataDir;

function openssl(...args) {
  const run = spawnSync("openssl", args, { encoding: "utf8" });
  assert.ok(!run.error, `openssl is needed: ${run.error}`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  work = newDataDir("documents-files");
  dataDir = join(newDataDir("documents"), "data");
  const cli = commandLine(dataDir, work);
  ({ sealdesk, secret } = cli);
  const sealPw = cli.sealOffice({ password: PASSWORD, sealPassword: SEAL_PASSWORD });
  const keyPw = secret("key-pw", KEY_PASSWORD);
  sealdesk("cert", "issue", "--seal", "1", "--seal-password-file", sealPw, "--profile", "signing",
    "--cn", "Олена Коваль", "--generate", "ec-p256", "--key-password-file", keyPw);
  driver = await startDriver(4460, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" });
});

after(async () => {
  await driver?.stop();
});


async function addPath(app, path) {
  await type(app, "#docs-path", path);
  await (await find(app, "#docs-path-add")).click();
  await waitForText(app, "#docs-files", (t) => t.includes(path));
}

/** What the list shows of each file: path, the core's problem code, the
 * warning under it, and whether its buttons sit on the file's own line. */
function listedFiles(app) {
  return app.executeScript(`
    return [...document.querySelectorAll('#docs-files li')].map((li) => {
      const name = li.querySelector('.file-name').getBoundingClientRect();
      const remove = li.querySelector('.docs-remove').getBoundingClientRect();
      return {
        path: li.dataset.path,
        problem: li.dataset.problem ?? null,
        warning: li.querySelector('.file-missing')?.textContent.replace(/[\u2068\u2069]/g, '') ?? null,
        removeOnItsLine: remove.top < name.bottom && remove.bottom > name.top,
      };
    });
  `);
}

async function waitForProblem(app, path, code) {
  await app.wait(
    async () => (await listedFiles(app)).some((f) => f.path === path && f.problem === code),
    15_000,
    `${path} is never flagged ${code}`,
  );
}

test("a batch is signed with one password; a wrong one signs nothing", async () => {
  const invoice = join(work, "Рахунок 7.txt");
  const contract = join(work, "contract.xml");
  const missing = join(work, "gone.txt");
  const later = join(work, "deleted later.txt");
  const pdf = join(work, "Umowa Łódź.pdf");
  copyFileSync(join(repoRoot, "tests", "fixtures", "pdf", "minimal-document.pdf"), pdf);
  writeFileSync(invoice, "Рахунок № 7 на 1 200,00 грн\n");
  writeFileSync(contract, "<contract id=\"42\"/>\n");
  writeFileSync(later, "here when added\n");

  const app = await openApp(driver, dataDir);
  try {
    await find(app, "#unlock-screen");
    await type(app, "#unlock-password", PASSWORD);
    await (await find(app, "#unlock-submit")).click();
    await (await find(app, "#nav-documents")).click();
    await waitForText(app, "#docs-certificate", (t) => t.includes("Олена Коваль"));

    for (const path of [invoice, missing, contract, pdf, later]) await addPath(app, path);
    // The same file twice stays once in the list.
    await addPath(app, invoice);
    assert.equal((await app.findElements(By.css("#docs-files li"))).length, 5);
    // A file that is not there is flagged on its row as soon as it is added,
    // in words, and is not counted for signing.
    await waitForProblem(app, missing, "io.missing");
    const listed = await listedFiles(app);
    const flagged = listed.find((f) => f.path === missing);
    assert.match(flagged.warning, /is not there: it was moved, renamed or deleted/);
    assert.match(flagged.warning, /left out of signing/);
    assert.ok(!/os error|io\.missing/.test(flagged.warning), `no raw error: ${flagged.warning}`);
    assert.deepEqual(listed.filter((f) => f.problem).map((f) => f.path), [missing]);
    assert.ok(listed.every((f) => f.removeOnItsLine), `Remove sits on each file's line: ${JSON.stringify(listed)}`);
    const label = await app.executeScript("return document.querySelector('#docs-sign').textContent");
    assert.equal(plain(label).trim(), "Sign 4 files");
    await screenshot(app, "documents-missing-flagged");

    await type(app, "#docs-secret", "not-the-password");
    await (await find(app, "#docs-sign")).click();
    await waitForText(app, "#docs-message", (t) => /password/i.test(t));
    assert.equal((await app.findElements(By.css("#docs-files li"))).length, 5, "the list is kept");
    assert.ok(!existsSync(`${invoice}.p7s`), "nothing signed with a wrong password");

    // A file that goes after it was added is found missing before signing.
    rmSync(later);
    await type(app, "#docs-secret", KEY_PASSWORD);
    await (await find(app, "#docs-sign")).click();
    const summary = await waitForContent(app, "#docs-summary", (t) => t.includes("Signed: 3"));
    assert.match(summary, /Failed: 0/);
    await screenshot(app, "documents-signed");

    const outcomes = await app.executeScript(
      "return [...document.querySelectorAll('#docs-results tbody tr')].map(r => [r.dataset.path, r.dataset.outcome])",
    );
    // The missing files were not part of the batch.
    assert.deepEqual(outcomes, [
      [invoice, "signed"],
      [contract, "signed"],
      [pdf, "signed"],
    ]);
    assert.ok(!existsSync(`${missing}.p7s`) && !existsSync(`${later}.p7s`), "no signature of a missing file");
    // Each signature written was checked at once.
    const verdicts = await app.executeScript(
      "return [...document.querySelectorAll('#docs-results [data-verdict]')].map(b => b.dataset.verdict)",
    );
    assert.deepEqual(verdicts, ["valid", "valid", "valid"]);
    // Only the flagged files stay in the list, each with its warning.
    await waitForProblem(app, later, "io.missing");
    const left = (await listedFiles(app)).map((f) => [f.path, f.problem]);
    assert.deepEqual(left, [
      [missing, "io.missing"],
      [later, "io.missing"],
    ]);
  } finally {
    await app.quit();
  }

  for (const file of [invoice, contract]) {
    const ok = openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", `${file}.p7s`,
      "-content", file, "-CAfile", join(work, "seal.pem"), "-purpose", "any", "-out", "/dev/null");
    assert.equal(ok.status, 0, ok.output);
    assert.match(ok.output, /Verification successful/);
  }
  // The PDF is signed inside a copy that keeps every original byte.
  const signedPdf = join(work, "Umowa Łódź-signed.pdf");
  const original = readFileSync(pdf);
  assert.ok(readFileSync(signedPdf).subarray(0, original.length).equals(original), "original bytes kept");
  const pdfsig = spawnSync("pdfsig", [signedPdf], { encoding: "utf8" });
  assert.ok(!pdfsig.error, `poppler's pdfsig is needed: ${pdfsig.error}`);
  assert.match(pdfsig.stdout, /Signature is Valid\./);
  assert.match(pdfsig.stdout, /Total document signed/);
  assert.match(pdfsig.stdout, /ETSI\.CAdES\.detached/);

  writeFileSync(contract, "<contract id=\"43\"/>\n");
  const changed = openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", `${contract}.p7s`,
    "-content", contract, "-CAfile", join(work, "seal.pem"), "-purpose", "any", "-out", "/dev/null");
  assert.notEqual(changed.status, 0, "a changed file no longer verifies");
});

test("the Verify screen says a signed PDF is valid, a changed copy is not, and an unsigned one has no signature", async () => {
  const signedPdf = join(work, "Umowa Łódź-signed.pdf");
  assert.ok(existsSync(signedPdf), "made by the signing test");
  const bytes = readFileSync(signedPdf);
  const at = bytes.indexOf("stream");
  bytes[at + 20] ^= 1;
  const changed = join(work, "changed.pdf");
  writeFileSync(changed, bytes);
  // Bytes added after the signature: the signed version is intact, the
  // file as it is now is not what was signed.
  const extended = join(work, "extended.pdf");
  writeFileSync(extended, Buffer.concat([readFileSync(signedPdf), Buffer.from("\n% added later\n")]));

  const app = await openApp(driver, dataDir);
  try {
    await find(app, "#unlock-screen");
    await type(app, "#unlock-password", PASSWORD);
    await (await find(app, "#unlock-submit")).click();
    await (await find(app, "#nav-verify")).click();

    await type(app, "#verify-path", signedPdf);
    await (await find(app, "#verify-run")).click();
    await waitForContent(app, "#verify-verdict", (t) => t.includes("The signature is valid."));
    const signer = await waitForContent(app, "#verify-signatures .signer .holder-name", (t) => t.length > 0);
    assert.equal(signer, "Олена Коваль");
    // The signer and the seal are named by their holders, never by a raw DN.
    const named = await waitForContent(app, "#verify-signatures", (t) => t.length > 0);
    assert.ok(!/CN=|organizationIdentifier=/.test(named), `no DN on the verify screen: ${named}`);
    await waitForContent(app, "#verify-signatures", (t) => t.includes("the whole file as it is now"));
    // The trust anchor is named with the fingerprint OpenSSL reads off the seal.
    const sealFingerprint = /Fingerprint=([0-9A-F:]+)/.exec(
      openssl("x509", "-in", join(work, "seal.pem"), "-noout", "-fingerprint", "-sha256").output,
    )?.[1];
    assert.ok(sealFingerprint, "OpenSSL gives the seal's fingerprint");
    const anchor = await waitForContent(app, "#verify-signatures .trust-anchor", (t) => t.length > 0);
    assert.ok(anchor.includes(sealFingerprint), `the seal is the trust anchor: ${anchor}`);
    await screenshot(app, "verify-valid-en");

    await type(app, "#verify-path", changed);
    await (await find(app, "#verify-run")).click();
    await waitForContent(app, "#verify-verdict", (t) => t.includes("NOT valid"));
    const problems = await app.executeScript(
      "return [...document.querySelectorAll('#verify-signatures [data-problem]')].map(p => p.dataset.problem)",
    );
    assert.ok(problems.includes("digest-mismatch"), `problems shown: ${problems}`);
    const sentence = await waitForContent(app, "#verify-signatures [data-problem='digest-mismatch']", (t) => t.length > 0);
    assert.ok(!sentence.includes("verify-problem"), `a sentence, not a message id: ${sentence}`);
    await screenshot(app, "verify-changed-en");

    await type(app, "#verify-path", extended);
    await (await find(app, "#verify-run")).click();
    await waitForContent(app, "#verify-verdict", (t) => t.includes("NOT valid"));
    const covers = await waitForContent(app, "#verify-signatures", (t) => t.includes("changes were added to it later"));
    assert.ok(!covers.includes("as it is now"), `a changed file is not covered as it is now: ${covers}`);

    await type(app, "#verify-path", join(work, "Umowa Łódź.pdf"));
    await (await find(app, "#verify-run")).click();
    const unsigned = await waitForContent(app, "#verify-verdict", (t) => t.includes("no signature"));
    assert.ok(!unsigned.includes("NOT valid"), `an unsigned file is not a failed signature: ${unsigned}`);
    assert.ok(!unsigned.includes("signatures inside"), `an unsigned file names no signature format: ${unsigned}`);
    assert.ok(unsigned.includes("Umowa Łódź.pdf"), `the verdict names the file: ${unsigned}`);
    assert.equal(await app.executeScript("return document.querySelector('#verify-verdict').dataset.verdict"), "unsigned");
    await screenshot(app, "verify-unsigned-en");

    await type(app, "#verify-path", join(work, "nowhere.pdf"));
    await (await find(app, "#verify-run")).click();
    await waitForContent(app, "#verify-error", (t) => t.includes("nowhere.pdf"));
  } finally {
    await app.quit();
  }
});
