// The mail screens' logic apart from how they are drawn: the settings form,
// how a detected provider and a connection test are shown (as Fluent ids,
// so the words stay in the locale files) and the checks made before a
// command is sent. The core checks everything again.
import type { MailAuth, MailOptions, MailProvider, MailSecurity, SmtpSettings, SmtpSettingsInput, TestOutcome } from "./api";
import type { Problem } from "./validation";
import { errorMessageId } from "./errors";

/** The usual port of `security`, as the core's form choices give it. */
export function usualPort(options: MailOptions, security: MailSecurity): number | null {
  return options.securities.find((choice) => choice.security === security)?.port ?? null;
}

/** The settings wizard's fields. The password lives here only while typed. */
export interface MailForm {
  fromAddress: string;
  fromName: string;
  /** "detected": the provider table's settings; "manual": typed by the user. */
  serverSource: "detected" | "manual";
  host: string;
  port: number;
  security: MailSecurity;
  auth: MailAuth;
  username: string;
  password: string;
  bccSelf: boolean;
  emlDir: string;
  caFile: string;
  /** The user confirmed an unencrypted connection. */
  plainConfirmed: boolean;
}

/** An empty form starting with the core's default protection and sign-in. */
export function newMailForm(options: MailOptions): MailForm {
  return {
    fromAddress: "",
    fromName: "",
    serverSource: "manual",
    host: "",
    port: usualPort(options, options.default_security) ?? 0,
    security: options.default_security,
    auth: options.default_auth,
    username: "",
    password: "",
    bccSelf: false,
    emlDir: "",
    caFile: "",
    plainConfirmed: false,
  };
}

/** The form for editing saved settings; the password is never sent back. */
export function formFromSaved(saved: SmtpSettings): MailForm {
  return {
    fromAddress: saved.from_address,
    fromName: saved.from_name ?? "",
    serverSource: "manual",
    host: saved.host,
    port: saved.port,
    security: saved.security,
    auth: saved.auth,
    username: saved.username ?? "",
    password: "",
    bccSelf: saved.bcc_self !== null,
    emlDir: saved.eml_dir ?? "",
    caFile: saved.ca_file ?? "",
    plainConfirmed: saved.plain_warning,
  };
}

/** The domain of an address, or "" while it has none. */
export function domainOf(address: string): string {
  const at = address.trim().lastIndexOf("@");
  return at < 0 ? "" : address.trim().slice(at + 1).toLowerCase();
}

/** Copies a detected provider's server into the form; the login defaults to the address. */
export function applyProvider(form: MailForm, provider: MailProvider): void {
  form.serverSource = "detected";
  form.host = provider.host;
  form.port = provider.port;
  form.security = provider.security;
  form.auth = provider.auth[0] ?? "none";
  form.plainConfirmed = false;
  if (form.username.trim() === "") {
    const address = form.fromAddress.trim();
    const localOnly = provider.notes.some((n) => n.code === "login-local-part");
    form.username = localOnly ? address.slice(0, Math.max(0, address.lastIndexOf("@"))) : address;
  }
  if (!provider.bcc_allowed) form.bccSelf = false;
}

/** A provider as shown: each part a Fluent id (or a literal that is the same in every language). */
export interface ProviderDisplay {
  name: string;
  server: string;
  securityId: string;
  authIds: string[];
  noteIds: string[];
}

export function providerDisplay(provider: MailProvider): ProviderDisplay {
  return {
    name: provider.name,
    server: `${provider.host}:${provider.port}`,
    securityId: `mail-security-${provider.security}`,
    authIds: provider.auth.length === 0 ? ["mail-auth-none"] : provider.auth.map((a) => `mail-auth-${a}`),
    noteIds: provider.notes.map((n) => `mail-note-${n.code}`),
  };
}

/** A connection test's result as shown: the step's name and the sentence. */
export interface StepSentence {
  ok: boolean;
  stepId: string;
  /** The Fluent id of the sentence (the core's outcome code). */
  sentenceId: string;
  /** The core's English sentence, for a code the locale files do not know. */
  fallback: string;
  detail: string | null;
}

export function stepSentence(outcome: TestOutcome): StepSentence {
  return {
    ok: outcome.ok,
    stepId: `mail-step-${outcome.step}`,
    sentenceId: errorMessageId(outcome.code),
    fallback: outcome.message,
    detail: outcome.detail,
  };
}

const ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Step 1: the sender and the server. */
export function senderProblem(form: MailForm): Problem | null {
  if (!ADDRESS.test(form.fromAddress.trim())) return { id: "validation-email-required" };
  if (form.host.trim() === "") return { id: "validation-mail-host-required" };
  if (!Number.isInteger(form.port) || form.port < 1 || form.port > 65535) return { id: "error-mail-invalid-port" };
  if (form.security === "none" && !form.plainConfirmed) return { id: "validation-mail-plain-confirm" };
  return null;
}

/** Step 2: the login; an empty password is fine when one is saved. */
export function loginProblem(form: MailForm, passwordSaved: boolean): Problem | null {
  if (form.auth === "none") return null;
  if (form.username.trim() === "") return { id: "validation-mail-user-required" };
  if (form.password === "" && !passwordSaved) return { id: "validation-mail-password-required" };
  return null;
}

const optional = (text: string): string | null => (text.trim() === "" ? null : text.trim());

/** The settings the commands take; no password. */
export function settingsInput(form: MailForm): SmtpSettingsInput {
  const login = form.auth !== "none";
  return {
    from_address: form.fromAddress.trim(),
    from_name: optional(form.fromName),
    host: form.host.trim(),
    port: form.port,
    security: form.security,
    auth: form.auth,
    username: login ? optional(form.username) : null,
    bcc_self: form.bccSelf ? form.fromAddress.trim() : null,
    eml_dir: optional(form.emlDir),
    ca_file: optional(form.caFile),
  };
}

/** The password to send: null when the saved one is to be kept or none is needed. */
export function passwordInput(form: MailForm): string | null {
  return form.auth === "none" || form.password === "" ? null : form.password;
}

/**
 * What the wizard filled in by itself from a detected provider, so that a
 * later address can replace it without touching what the user typed.
 */
export interface ServerMemo {
  /** The domain the server settings were last chosen for. */
  domain: string | null;
  /** The server name copied from a provider, while it is unchanged. */
  filledHost: string | null;
  /** The login copied from the address, while it is unchanged. */
  filledUser: string | null;
}

/** The memo of a new form, or of saved settings kept as they are for their own domain. */
export function newServerMemo(form: MailForm, editing: boolean): ServerMemo {
  return { domain: editing ? domainOf(form.fromAddress) : null, filledHost: null, filledUser: null };
}

/**
 * Takes the provider the core found (or not) for the address's `domain`.
 * A newly detected provider replaces the server, also after an unknown
 * domain sent the user to the manual fields; an unknown domain clears a
 * server and login that came from an earlier address, and keeps what the
 * user typed. Nothing changes while the domain stays the same.
 */
export function providerLookedUp(form: MailForm, memo: ServerMemo, domain: string, found: MailProvider | null): void {
  if (domain === memo.domain) return;
  memo.domain = domain;
  const hostFilled = memo.filledHost !== null && form.host.trim() === memo.filledHost;
  const userFilled = memo.filledUser !== null && form.username.trim() === memo.filledUser;
  if (userFilled) form.username = "";
  memo.filledUser = null;
  if (found) {
    const typedUser = form.username.trim() !== "";
    applyProvider(form, found);
    memo.filledHost = form.host;
    memo.filledUser = typedUser ? null : form.username;
    return;
  }
  if (hostFilled) form.host = "";
  memo.filledHost = null;
  form.serverSource = "manual";
}

/**
 * What keeps the settings from being saved after the connection test: a
 * failed test (the core's verdict) must be confirmed.
 */
export function saveProblem(outcome: TestOutcome | null, failedConfirmed: boolean): Problem | null {
  if (outcome && !outcome.ok && !failedConfirmed) return { id: "validation-mail-test-failed-confirm" };
  return null;
}
