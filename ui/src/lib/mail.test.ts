import { describe, expect, it } from "vitest";
import table from "../../../src-tauri/core/data/mail-providers.toml?raw";
import type { MailOptions, MailProvider, SmtpSettings, TestOutcome } from "./api";
import {
  applyProvider,
  domainOf,
  formFromSaved,
  loginProblem,
  newMailForm,
  newServerMemo,
  providerLookedUp,
  saveProblem,
  passwordInput,
  providerDisplay,
  senderProblem,
  settingsInput,
  stepSentence,
  usualPort,
} from "./mail";
import { has, messageIds } from "./i18n.svelte";

/** The choices as the core's `mail_settings` answer gives them. */
const options: MailOptions = {
  securities: [
    { security: "tls", port: 465 },
    { security: "starttls", port: 587 },
    { security: "none", port: 25 },
  ],
  auth_methods: ["plain", "login", "xoauth2", "none"],
  default_security: "starttls",
  default_auth: "plain",
};

const gmail: MailProvider = {
  name: "Gmail / Google Workspace",
  domains: ["gmail.com"],
  host: "smtp.gmail.com",
  port: 465,
  security: "tls",
  auth: ["plain", "login"],
  notes: [{ code: "app-password", text: "Needs an app password" }],
  bcc_allowed: true,
  source: "ISPDB",
};

const pec: MailProvider = {
  ...gmail,
  name: "Aruba PEC",
  host: "smtps.pec.aruba.it",
  notes: [{ code: "pec-bcc-refused", text: "" }, { code: "login-local-part", text: "" }],
  bcc_allowed: false,
};

describe("providerDisplay", () => {
  it("names the server and gives Fluent ids for security, sign-in and notes", () => {
    expect(providerDisplay(gmail)).toEqual({
      name: "Gmail / Google Workspace",
      server: "smtp.gmail.com:465",
      securityId: "mail-security-tls",
      authIds: ["mail-auth-plain", "mail-auth-login"],
      noteIds: ["mail-note-app-password"],
    });
  });
  it("shows a relay without sign-in as such", () => {
    expect(providerDisplay({ ...gmail, auth: [], security: "none" }).authIds).toEqual(["mail-auth-none"]);
  });
  it("has a sentence for every note code of the shipped table", () => {
    const notes = table.slice(table.indexOf("[notes]"), table.indexOf("[[provider]]"));
    const codes = [...notes.matchAll(/^([a-z0-9-]+) = /gm)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(5);
    for (const code of codes) expect([code, has(`mail-note-${code}`)]).toEqual([code, true]);
  });
});

describe("applyProvider", () => {
  it("takes the server and proposes the address as login", () => {
    const form = newMailForm(options);
    form.fromAddress = "dana@gmail.com";
    form.bccSelf = true;
    applyProvider(form, gmail);
    expect([form.serverSource, form.host, form.port, form.security, form.auth, form.username]).toEqual([
      "detected",
      "smtp.gmail.com",
      465,
      "tls",
      "plain",
      "dana@gmail.com",
    ]);
    expect(form.bccSelf).toBe(true);
  });
  it("uses the local part where the provider says so, drops Bcc for PEC and keeps a typed login", () => {
    const form = newMailForm(options);
    form.fromAddress = "studio@pec.it";
    form.bccSelf = true;
    applyProvider(form, pec);
    expect(form.username).toBe("studio");
    expect(form.bccSelf).toBe(false);
    form.username = "typed";
    applyProvider(form, gmail);
    expect(form.username).toBe("typed");
  });
});

describe("providerLookedUp", () => {
  const wp: MailProvider = { ...gmail, name: "WP", domains: ["wp.pl"], host: "smtp.wp.pl", notes: [] };

  /** The address typed, then the core's answer for its domain. */
  function typed(form: ReturnType<typeof newMailForm>, memo: ReturnType<typeof newServerMemo>, address: string, found: MailProvider | null) {
    form.fromAddress = address;
    providerLookedUp(form, memo, domainOf(address), found);
  }

  it("clears a server and login an earlier address filled in when the domain is unknown", () => {
    const form = newMailForm(options);
    const memo = newServerMemo(form, false);
    typed(form, memo, "jan@wp.pl", wp);
    expect([form.serverSource, form.host, form.username]).toEqual(["detected", "smtp.wp.pl", "jan@wp.pl"]);
    typed(form, memo, "jan@biuro-nieznane.pl", null);
    expect([form.serverSource, form.host, form.username]).toEqual(["manual", "", ""]);
  });

  it("lets a provider detected after an unknown domain replace the manual fields", () => {
    const form = newMailForm(options);
    const memo = newServerMemo(form, false);
    typed(form, memo, "jan@wp.pl", wp);
    typed(form, memo, "jan@biuro-nieznane.pl", null);
    typed(form, memo, "dana@gmail.com", gmail);
    expect([form.serverSource, form.host, form.port, form.username]).toEqual(["detected", "smtp.gmail.com", 465, "dana@gmail.com"]);
  });

  it("keeps what the user typed for an unknown domain, and a typed login across providers", () => {
    const form = newMailForm(options);
    const memo = newServerMemo(form, false);
    typed(form, memo, "jan@biuro-nieznane.pl", null);
    form.host = "poczta.biuro-nieznane.pl";
    form.username = "jan";
    typed(form, memo, "jan@inne-nieznane.pl", null);
    expect([form.serverSource, form.host, form.username]).toEqual(["manual", "poczta.biuro-nieznane.pl", "jan"]);
    typed(form, memo, "jan@wp.pl", wp);
    expect([form.host, form.username]).toEqual(["smtp.wp.pl", "jan"]);
  });

  it("leaves saved settings alone for their own domain and the user's choice while the domain stays", () => {
    const form = newMailForm(options);
    form.fromAddress = "dana@gmail.com";
    form.host = "relay.example.net";
    const memo = newServerMemo(form, true);
    providerLookedUp(form, memo, "gmail.com", gmail);
    expect([form.serverSource, form.host]).toEqual(["manual", "relay.example.net"]);
    typed(form, memo, "dana@wp.pl", wp);
    expect(form.host).toBe("smtp.wp.pl");
    form.serverSource = "manual";
    typed(form, memo, "anna@wp.pl", wp);
    expect(form.serverSource).toBe("manual");
  });
});

describe("saveProblem", () => {
  const outcome = (ok: boolean): TestOutcome => ({ ok, step: "connect", code: ok ? "mail.test-ok" : "mail.connect", message: "", detail: null });
  it("asks to confirm saving after a failed test, and nothing otherwise", () => {
    expect(saveProblem(outcome(false), false)?.id).toBe("validation-mail-test-failed-confirm");
    expect(saveProblem(outcome(false), true)).toBeNull();
    expect(saveProblem(outcome(true), false)).toBeNull();
    expect(saveProblem(null, false)).toBeNull();
  });
});

describe("stepSentence", () => {
  const outcome = (step: TestOutcome["step"], code: string): TestOutcome => ({
    ok: step === "done",
    step,
    code,
    message: "English",
    detail: "535 5.7.8",
  });
  it("maps each step to its name and the code to its sentence", () => {
    expect(stepSentence(outcome("auth", "smtp.auth"))).toEqual({
      ok: false,
      stepId: "mail-step-auth",
      sentenceId: "error-smtp-auth",
      fallback: "English",
      detail: "535 5.7.8",
    });
    expect(stepSentence(outcome("done", "smtp.done")).ok).toBe(true);
  });
  it("has a step name in the locale files for every step", () => {
    const ids = messageIds("en");
    for (const step of ["dns", "connect", "tls", "auth", "sender", "done"] as const) {
      expect(ids).toContain(stepSentence(outcome(step, "x")).stepId);
    }
  });
});

describe("checks and command input", () => {
  it("asks for an address, a server and confirmation of an unencrypted one", () => {
    const form = newMailForm(options);
    expect(senderProblem(form)?.id).toBe("validation-email-required");
    form.fromAddress = "dana@example.com";
    expect(senderProblem(form)?.id).toBe("validation-mail-host-required");
    form.host = "mail.example.com";
    expect(senderProblem(form)).toBeNull();
    form.port = 70000;
    expect(senderProblem(form)?.id).toBe("error-mail-invalid-port");
    form.port = 25;
    form.security = "none";
    expect(senderProblem(form)?.id).toBe("validation-mail-plain-confirm");
    form.plainConfirmed = true;
    expect(senderProblem(form)).toBeNull();
  });
  it("needs a password unless one is saved or no sign-in is used", () => {
    const form = newMailForm(options);
    expect(loginProblem(form, false)?.id).toBe("validation-mail-user-required");
    form.username = "dana";
    expect(loginProblem(form, false)?.id).toBe("validation-mail-password-required");
    expect(loginProblem(form, true)).toBeNull();
    form.auth = "none";
    expect(loginProblem(form, false)).toBeNull();
  });
  it("sends trimmed settings, no login for no sign-in, and no empty password", () => {
    const form = newMailForm(options);
    form.fromAddress = " dana@example.com ";
    form.host = " mail.example.com ";
    form.username = "dana";
    form.bccSelf = true;
    expect(settingsInput(form)).toEqual({
      from_address: "dana@example.com",
      from_name: null,
      host: "mail.example.com",
      port: 587,
      security: "starttls",
      auth: "plain",
      username: "dana",
      bcc_self: "dana@example.com",
      eml_dir: null,
      ca_file: null,
    });
    expect(passwordInput(form)).toBeNull();
    form.password = "pw";
    expect(passwordInput(form)).toBe("pw");
    form.auth = "none";
    expect(settingsInput(form).username).toBeNull();
    expect(passwordInput(form)).toBeNull();
  });
  it("edits saved settings without their password", () => {
    const saved: SmtpSettings = {
      from_address: "dana@example.com",
      from_name: "Dana",
      host: "mail.example.com",
      port: 465,
      security: "tls",
      plain_warning: false,
      auth: "login",
      username: "dana",
      bcc_self: "dana@example.com",
      eml_dir: "/tmp/sent",
      ca_file: null,
    };
    const form = formFromSaved(saved);
    expect(form.password).toBe("");
    expect(form.bccSelf).toBe(true);
    const { plain_warning: _, ...input } = saved;
    expect(settingsInput(form)).toEqual(input);
  });
  it("starts a new form with the core's default protection and its usual port", () => {
    const form = newMailForm(options);
    expect(form.security).toBe("starttls");
    expect(form.port).toBe(587);
    expect(usualPort(options, "tls")).toBe(465);
  });
  it("finds the domain of an address", () => {
    expect(domainOf(" Dana@Gmail.COM ")).toBe("gmail.com");
    expect(domainOf("dana")).toBe("");
  });
});
