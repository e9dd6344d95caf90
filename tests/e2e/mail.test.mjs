// Mail in the real window, against a real SMTP server (aiosmtpd, STARTTLS,
// a certificate of a test CA made with OpenSSL): the wizard saves the
// server with the CA file and the password in the real OS credential store;
// a template is edited with a placeholder chip, refused with an unknown
// placeholder and previewed; a PDF is signed and sent by e-mail and the
// server receives it with the signed PDF attached; a PDF signed earlier is
// sent S/MIME-signed; with the server down a
// message shows why it waits, and after the server is back Retry delivers
// it exactly once.
//
// The test server takes a new port each start, so the app talks to a
// small TCP relay on a fixed port; "stopping the server" closes both.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import net from "node:net";
import { createInterface } from "node:readline";
import {
  appBinary, repoRoot, find, newDataDir, openApp, press, screenshot, startDriver, type, choose, waitForContent, fluentMessage, By,
} from "./harness.mjs";
import { commandLine } from "./command-line.mjs";

const PASSWORD = "Sosna-Rzeka-Chmura-4";
const SEAL_PASSWORD = "Dab-Kasztan-Jesion-9";
const KEY_PASSWORD = "Grab-Buk-Klon-3";
const SMTP_USER = "dana";
const SMTP_PASSWORD = "Kwiat-Lipa-77";
const python = process.env.SEALDESK_SMTP_PYTHON;

let driver;
let sealdesk;
let secret;
let work;
let dataDir;
let relay;
let server;

function run(command, args, options = {}) {
  const done = spawnSync(command, args, { encoding: "utf8", ...options });
  assert.ok(!done.error, `${command} is needed: ${done.error}`);
  assert.equal(done.status, 0, `${command} ${args.join(" ")} failed:\n${done.stdout}${done.stderr}`);
  return done.stdout;
}

/** A test CA and a server certificate for localhost it issued. */
function makeServerPki(dir) {
  mkdirSync(dir, { recursive: true });
  const ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
  run("openssl", ["req", "-x509", ...ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Test Mail CA"], { cwd: dir });
  writeFileSync(join(dir, "server.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
  run("openssl", ["req", ...ec, "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=mail test server"], { cwd: dir });
  run("openssl", ["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
    "-days", "2", "-extfile", "server.ext", "-out", "server.pem"], { cwd: dir });
  return { ca: join(dir, "ca.pem"), cert: join(dir, "server.pem"), key: join(dir, "server.key") };
}

/** Starts tests/support/smtp_server.py keeping messages in `store`; resolves with its port. */
function startSmtp(pki, store) {
  mkdirSync(store, { recursive: true });
  const child = spawn(python, [join(repoRoot, "tests", "support", "smtp_server.py"), pki.cert, pki.key, "starttls",
    SMTP_USER, SMTP_PASSWORD, store], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    createInterface({ input: child.stdout }).once("line", (line) => resolve({ child, port: Number(line.trim()), store }));
  });
}

function stopSmtp(smtp) {
  return new Promise((done) => {
    if (!smtp || smtp.child.exitCode !== null) return done();
    smtp.child.once("exit", () => done());
    smtp.child.kill("SIGTERM");
  });
}

/** A TCP relay on a fixed port to whichever server runs now. */
function startRelay(port, target) {
  const sockets = new Set();
  const listener = net.createServer((client) => {
    const upstream = net.connect(target(), "127.0.0.1");
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  return new Promise((resolve, reject) => {
    listener.once("error", reject);
    listener.listen(port, "127.0.0.1", () =>
      resolve({
        port: listener.address().port,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            listener.close(() => done());
          }),
      }),
    );
  });
}

/** Subject, recipients and attachments of a received .eml, read by Python's email package. */
function readEml(path) {
  const script = `
import email, email.policy, json, sys, base64
msg = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
parts = []
for part in msg.walk():
    if part.get_filename():
        parts.append({"name": part.get_filename(), "type": part.get_content_type(),
                      "head": base64.b64encode(part.get_payload(decode=True)[:8]).decode()})
print(json.dumps({"subject": str(msg["subject"]), "to": str(msg["to"]), "type": msg.get_content_type(),
                  "attachments": parts}))
`;
  const parsed = JSON.parse(run(python, ["-c", script, path]));
  for (const a of parsed.attachments) a.head = Buffer.from(a.head, "base64").toString("latin1");
  return parsed;
}

const emls = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".eml")).sort() : []);

/** Waits until the server's folder holds `count` complete messages. */
async function waitForMessages(dir, count, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const done = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).length : 0;
    if (done >= count) return emls(dir);
    if (Date.now() > deadline) throw new Error(`the server received ${done} messages, not ${count}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const outboxRow = (app, subjectPart) =>
  app.executeScript(
    `return [...document.querySelectorAll('#outbox-table tbody tr')]
       .filter(r => r.querySelector('.outbox-subject').textContent.includes(arguments[0]))
       .map(r => ({ id: Number(r.dataset.id), state: r.dataset.state,
                    error: r.querySelector('.outbox-error')?.textContent ?? null,
                    attempts: Number(r.querySelector('.outbox-attempts').textContent) }))[0] ?? null`,
    subjectPart,
  );

async function waitForRow(app, subjectPart, predicate, timeoutMs = 30_000) {
  let last = null;
  await app.wait(async () => {
    last = await outboxRow(app, subjectPart);
    return last !== null && predicate(last);
  }, timeoutMs, `outbox row ${subjectPart} never matched; last: ${JSON.stringify(last)}`);
  return last;
}

let pki;

before(async () => {
  assert.ok(existsSync(appBinary), `build the app first: ${appBinary} is missing`);
  assert.ok(python, "SEALDESK_SMTP_PYTHON is not set: run `source scripts/lib.sh; ensure_aiosmtpd` first");
  work = newDataDir("mail-files");
  dataDir = join(newDataDir("mail"), "data");
  const cli = commandLine(dataDir, work);
  ({ sealdesk, secret } = cli);
  const sealPw = cli.sealOffice({ password: PASSWORD, sealPassword: SEAL_PASSWORD, organization: "Romashka LLC", exportSeal: false });
  const keyPw = secret("key-pw", KEY_PASSWORD);
  sealdesk("cert", "issue", "--seal", "1", "--seal-password-file", sealPw, "--profile", "signing",
    "--cn", "Olena Koval", "--email", "olena@romashka.example", "--generate", "ec-p256", "--key-password-file", keyPw);
  pki = makeServerPki(join(work, "pki"));
  server = await startSmtp(pki, join(work, "received-1"));
  relay = await startRelay(0, () => server.port);
  // The SMTP password goes to the real OS credential store.
  driver = await startDriver(4470, { LANG: "en_US.UTF-8", LC_ALL: "", LANGUAGE: "" }, { keyring: true });
});

after(async () => {
  await driver?.stop();
  await relay?.close();
  await stopSmtp(server);
});

async function addFile(app, path) {
  await type(app, "#docs-path", path);
  await press(app, "#docs-path-add");
  await find(app, `#docs-files li[data-path="${path}"]`);
}

async function sendByMail(app, path, to, name) {
  await addFile(app, path);
  await press(app, `#docs-files li[data-path="${path}"] .docs-send`);
  await find(app, "#send-mail");
  assert.equal(await (await find(app, "#send-language")).getAttribute("value"), "en", "the UI language by default");
  await type(app, "#send-to", to);
  await type(app, "#send-name", name);
  await type(app, "#send-secret", KEY_PASSWORD);
  await press(app, "#send-submit");
  await waitForContent(app, "#docs-sent", (t) => t.includes("waits in the outbox"));
}

test("set up, edit a template, send a signed PDF; a message waiting for a stopped server is retried once", async () => {
  const contract = join(work, "contract-42.pdf");
  const invoice = join(work, "invoice-7.pdf");
  const offer = join(work, "offer-3.pdf");
  for (const file of [contract, invoice, offer]) {
    copyFileSync(join(repoRoot, "tests", "fixtures", "pdf", "minimal-document.pdf"), file);
  }

  const app = await openApp(driver, dataDir);
  try {
    await find(app, "#unlock-screen");
    await type(app, "#unlock-password", PASSWORD);
    await press(app, "#unlock-submit");
    await press(app, "#nav-mail");

    // The outgoing server, with the test CA's certificate.
    await press(app, "#mail-setup");
    await type(app, "#mail-from", "office@romashka.example");
    await type(app, "#mail-from-name", "Romashka LLC");
    await find(app, "#mail-provider-unknown");
    await type(app, "#mail-host", "localhost");
    await choose(app, "#mail-security", "starttls");
    await type(app, "#mail-port", String(relay.port));
    await choose(app, "#mail-auth", "plain");
    await press(app, "#wizard-next");
    await type(app, "#mail-user", SMTP_USER);
    await type(app, "#mail-password", SMTP_PASSWORD);
    await type(app, "#mail-ca-file", pki.ca);
    await press(app, "#wizard-next");
    await press(app, "#mail-test");
    await app.wait(async () => (await (await find(app, "#mail-test-result")).getAttribute("data-step")) === "done", 30_000);
    await press(app, "#wizard-next");
    await waitForContent(app, "#mail-message", (t) => t.includes("is saved"));
    await waitForContent(app, "#mail-saved-settings", (t) => t.includes(pki.ca));
    await waitForContent(app, "#mail-password-state", (t) => t.includes("Saved in the system's password store"));
    await find(app, "#outbox-empty");

    // The signed-document template in English: an unknown placeholder is
    // refused in words; a chip inserts a known one; the preview is the core's.
    await choose(app, "#tpl-kind", "signed-document");
    await waitForContent(app, "#tpl-origin", (t) => t.includes("default wording"));
    await type(app, "#tpl-text", "Dear {recipient}, see {nope}.");
    await press(app, "#tpl-preview");
    await waitForContent(app, "#tpl-message", (t) => t.includes("Unknown placeholder {nope}"));
    await type(app, "#tpl-text", "Dear {recipient},\nthe signed document is attached.\n{sender}");
    await type(app, "#tpl-subject", "Signed for you: ");
    await press(app, '#tpl-chips [data-placeholder="document"]');
    const subject = await app.executeScript("return document.querySelector('#tpl-subject').value");
    assert.equal(subject, "Signed for you: {document}");
    await press(app, "#tpl-preview");
    const previewSubject = await waitForContent(app, "#tpl-preview-subject", (t) => t.startsWith("Signed for you: "));
    assert.ok(!previewSubject.includes("{"), `sample values filled in: ${previewSubject}`);
    await waitForContent(app, "#tpl-preview-text", (t) => t.startsWith("Dear "));
    await press(app, "#tpl-save");
    await waitForContent(app, "#tpl-message", (t) => t.includes("template is saved"));
    await waitForContent(app, "#tpl-origin", (t) => t.includes("own wording"));
    await screenshot(app, "mail-template");

    // A signed PDF sent by e-mail reaches the server.
    await press(app, "#nav-documents");
    await sendByMail(app, contract, "anna@client.example", "Anna Nowak");
    await press(app, "#docs-open-outbox");
    await waitForRow(app, "contract-42.pdf", (r) => r.state === "sent");
    const [first] = await waitForMessages(server.store, 1);
    const mail = readEml(join(server.store, first));
    assert.equal(mail.subject, "Signed for you: contract-42.pdf");
    assert.match(mail.to, /anna@client\.example/);
    assert.equal(mail.attachments.length, 1);
    assert.equal(mail.attachments[0].name, "contract-42-signed.pdf");
    assert.equal(mail.attachments[0].type, "application/pdf");
    assert.ok(mail.attachments[0].head.startsWith("%PDF"), "the signed PDF is attached");
    const envelope = JSON.parse(readFileSync(join(server.store, first.replace(".eml", ".json")), "utf8"));
    assert.deepEqual(envelope.rcpt_tos, ["anna@client.example"]);

    // A document signed in a batch is sent afterwards, the message itself
    // S/MIME-signed: only then is the key asked for again.
    await press(app, "#nav-documents");
    await addFile(app, offer);
    await type(app, "#docs-secret", KEY_PASSWORD);
    await press(app, "#docs-sign");
    await waitForContent(app, "#docs-summary", (t) => t.includes("Signed: 1"));
    await press(app, `#docs-results tr[data-path="${offer}"] .docs-send-signed`);
    await find(app, "#send-mail");
    assert.equal((await app.findElements(By.css("#send-secret"))).length, 0, "no key needed without S/MIME");
    await type(app, "#send-to", "olga@client.example");
    await type(app, "#send-name", "Olga Shevchenko");
    await press(app, "#send-smime");
    await type(app, "#send-secret", "not-the-password");
    await press(app, "#send-submit");
    await waitForContent(app, "#send-error", (t) => /password/i.test(t));
    await type(app, "#send-secret", KEY_PASSWORD);
    await press(app, "#send-submit");
    await waitForContent(app, "#docs-sent", (t) => t.includes("offer-3-signed.pdf"));
    const [, second] = await waitForMessages(server.store, 2);
    const signedMail = readEml(join(server.store, second));
    assert.equal(signedMail.subject, "Signed for you: offer-3.pdf");
    assert.equal(signedMail.type, "multipart/signed");
    assert.deepEqual(signedMail.attachments.map((a) => a.name), ["offer-3-signed.pdf", "smime.p7s"]);
    assert.ok(signedMail.attachments[0].head.startsWith("%PDF"));

    // Sending the contract again: its signed copy is already there and is
    // this document signed with this certificate, so it goes as it is,
    // without the key; or it is signed again under a free name, the first
    // copy left alone.
    const firstCopy = join(work, "contract-42-signed.pdf");
    const firstBytes = readFileSync(firstCopy);
    const openSend = async (path) => {
      if ((await app.findElements(By.css(`#docs-files li[data-path="${path}"]`))).length === 0) await addFile(app, path);
      await press(app, `#docs-files li[data-path="${path}"] .docs-send`);
      await find(app, "#send-mail");
    };
    await openSend(contract);
    await waitForContent(app, "#send-existing", (t) => t.includes("contract-42-signed.pdf") && t.includes("Olena Koval"));
    assert.equal(await (await find(app, "#send-existing-reuse")).isSelected(), true, "sending the copy as it is comes first");
    assert.equal((await app.findElements(By.css("#send-secret"))).length, 0, "no key to send it as it is");
    assert.equal((await app.findElements(By.css("#send-output-name"))).length, 0);
    await type(app, "#send-to", "anna@client.example");
    await type(app, "#send-name", "Anna Nowak");
    await press(app, "#send-submit");
    await waitForContent(app, "#docs-sent", (t) => t.includes("contract-42-signed.pdf"));
    const [, , third] = await waitForMessages(server.store, 3);
    assert.deepEqual(readEml(join(server.store, third)).attachments.map((a) => a.name), ["contract-42-signed.pdf"]);

    await openSend(contract);
    await press(app, "#send-existing-again");
    assert.equal(await (await find(app, "#send-output-name")).getAttribute("value"), "contract-42-signed-2.pdf", "a free name is offered");
    await type(app, "#send-to", "anna@client.example");
    await type(app, "#send-name", "Anna Nowak");
    await type(app, "#send-secret", KEY_PASSWORD);
    await type(app, "#send-output-name", "../contract.pdf");
    await press(app, "#send-submit");
    await waitForContent(app, "#send-output-name-error", (t) => t.includes("not a file name"));
    await type(app, "#send-output-name", "contract-42-signed.pdf");
    await press(app, "#send-submit");
    await waitForContent(app, "#send-output-name-error", (t) => t.includes("already exists"));
    await type(app, "#send-output-name", "contract-42-signed-2.pdf");
    await press(app, "#send-submit");
    await waitForContent(app, "#docs-sent", (t) => t.includes("contract-42-signed-2.pdf"));
    const [, , , fourth] = await waitForMessages(server.store, 4);
    assert.deepEqual(readEml(join(server.store, fourth)).attachments.map((a) => a.name), ["contract-42-signed-2.pdf"]);
    assert.ok(readFileSync(firstCopy).equals(firstBytes), "the first signed copy is left as it was");

    // Another file under the signed copy's name is not offered for sending:
    // the new signed copy gets another name.
    const letter = join(work, "letter-9.pdf");
    copyFileSync(join(repoRoot, "tests", "fixtures", "pdf", "minimal-document.pdf"), letter);
    copyFileSync(join(repoRoot, "tests", "fixtures", "pdf", "pdfkit.pdf"), join(work, "letter-9-signed.pdf"));
    await openSend(letter);
    await waitForContent(app, "#send-existing", (t) => t.includes("letter-9-signed.pdf") && t.includes("not this document"));
    assert.equal((await app.findElements(By.css("#send-existing-reuse"))).length, 0);
    assert.equal(await (await find(app, "#send-output-name")).getAttribute("value"), "letter-9-signed-2.pdf");
    await find(app, "#send-secret");
    await press(app, "#send-mail .modal-close");

    // A file too large for many servers needs a confirmation; closing the
    // dialog sends nothing.
    const scan = join(work, "scan.tiff");
    writeFileSync(scan, Buffer.alloc(16 * 1024 * 1024, 7));
    await addFile(app, scan);
    await press(app, `#docs-files li[data-path="${scan}"] .docs-send`);
    await find(app, "#send-large");
    await type(app, "#send-to", "anna@client.example");
    await type(app, "#send-name", "Anna Nowak");
    await type(app, "#send-secret", KEY_PASSWORD);
    assert.equal(await (await find(app, "#send-submit")).isEnabled(), false, "not without the confirmation");
    await press(app, "#send-large-confirm");
    assert.equal(await (await find(app, "#send-submit")).isEnabled(), true);
    await press(app, "#send-mail .modal-close");
    assert.equal((await app.findElements(By.css("#send-mail"))).length, 0);
    assert.ok(!existsSync(`${scan}.p7s`), "nothing signed");

    // The server goes away: the next message waits and says why.
    await relay.close();
    await stopSmtp(server);
    await press(app, "#nav-documents");
    await sendByMail(app, invoice, "ivan@client.example", "Ivan Melnyk");
    await press(app, "#docs-open-outbox");
    const waiting = await waitForRow(app, "invoice-7.pdf", (r) => r.error !== null);
    assert.equal(waiting.state, "queued");
    assert.equal(waiting.attempts, 1);
    // Said in words: nothing listens on the port any more, with no system
    // text such as "Connection refused (os error 111)".
    assert.match(waiting.error, /refused the connection|could not be reached/);
    assert.doesNotMatch(waiting.error, /os error|\(\d+\)/);
    await screenshot(app, "mail-outbox-waiting");
    // Send now with nothing due says when the next try is, and Cancel asks
    // first: going back leaves the message waiting.
    await press(app, "#outbox-send-now");
    await waitForContent(app, "#outbox-message", (t) => t.includes("Nothing is due now. The next message is due at"));
    await press(app, `#outbox-table tr[data-id="${waiting.id}"] .outbox-cancel`);
    await waitForContent(app, "#outbox-cancel-confirm", (t) => t.includes("Cancel sending") && t.includes("invoice-7.pdf"));
    await press(app, "#outbox-cancel-confirm-cancel");
    assert.equal((await app.findElements(By.css("#outbox-cancel-confirm"))).length, 0);
    assert.equal((await outboxRow(app, "invoice-7.pdf")).state, "queued");

    // Back again: Retry sends it now, once.
    server = await startSmtp(pki, join(work, "received-2"));
    const port = relay.port;
    relay = await startRelay(port, () => server.port);
    await press(app, `#outbox-table tr[data-id="${waiting.id}"] .outbox-retry`);
    const delivered = await waitForRow(app, "invoice-7.pdf", (r) => r.state === "sent");
    assert.equal(delivered.attempts, 2);
    assert.equal(delivered.error, null);
    await waitForMessages(server.store, 1);
    await new Promise((r) => setTimeout(r, 2000));
    const again = emls(server.store);
    assert.equal(again.length, 1, "delivered exactly once");
    assert.equal(readEml(join(server.store, again[0])).subject, "Signed for you: invoice-7.pdf");
    assert.equal((await app.findElements(By.css("#outbox-table tbody tr"))).length, 5);
    await screenshot(app, "mail-outbox-sent");

    // In Hebrew the screen runs right to left, states and templates in Hebrew.
    // The activity list tells what happened, in words.
    await press(app, "#nav-settings");
    await waitForContent(app, "#activity", (t) =>
      ["Template signed-document (en) saved", "Message 5 put back for sending", "Message 5 sent", "Message 5 not sent yet (attempt 1)"]
        .every((line) => t.includes(line)));
    await choose(app, "#settings-language", "he");
    await press(app, "#nav-mail");
    await waitForContent(app, "#outbox-table", (t) => t.includes(fluentMessage("he", "outbox-state-sent")));
    assert.equal(await app.executeScript("return document.documentElement.dir"), "rtl");
    await waitForContent(app, "#mail-templates h2", (t) => t === fluentMessage("he", "tpl-title"));
    await choose(app, "#tpl-kind", "renewal-request");
    await press(app, "#tpl-preview");
    await waitForContent(app, "#tpl-preview-output", (t) => /[\u0590-\u05FF]/.test(t));
    assert.equal(await (await find(app, "#tpl-preview-output")).getAttribute("dir"), "rtl");
    await screenshot(app, "mail-hebrew");
  } finally {
    await app.quit();
  }
});
