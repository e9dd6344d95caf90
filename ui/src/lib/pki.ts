// How the seal and certificate screens present what the core computed
// (status, reason, days to expiry) and which form fields must be filled in
// before a command is sent. The core decides validity and checks every
// field again; ranges come from the core's limits (pki_limits).
import type { CertificateRecord, CheckedOrganizationId, IssueKeyInput, KeyAlgorithm, KeyLocation, KeySecretInput, SealKeyInput, StatusReason } from "./api";
import { liveCheckProblem, type LiveCheck, type Problem } from "./validation";

export type BadgeKind =
  | "current"
  | "seal-superseded"
  | "seal-expired"
  | "seal-revoked"
  | "seal-not-yet-valid"
  | "valid"
  | "expiring"
  | "expired"
  | "revoked"
  | "superseded"
  | "not-yet-valid"
  | "invalid"
  | "awaiting-certificate";

export interface Badge {
  kind: BadgeKind;
  /** Why a certificate is invalid although it is fine itself. */
  reason?: StatusReason;
}

type StatusFacts = Pick<CertificateRecord, "status" | "status_reason" | "days_to_expiry" | "expiring_soon">;

/** The badge of a certificate in the list. */
export function certificateBadge(record: StatusFacts): Badge {
  switch (record.status) {
    case "revoked":
    case "expired":
    case "superseded":
    case "not-yet-valid":
      return { kind: record.status };
    case "issuer-invalid":
      return { kind: "invalid", reason: record.status_reason ?? "seal-expired" };
    case "valid":
      return { kind: record.expiring_soon ? "expiring" : "valid" };
  }
}

/**
 * The badge of a seal in the history: the one valid seal is the current one.
 * Seals have badges of their own because several languages inflect the
 * word by the grammatical gender of "seal", which differs from "certificate".
 */
export function sealBadge(record: StatusFacts): Badge {
  switch (record.status) {
    case "valid":
      return { kind: "current" };
    case "superseded":
    case "expired":
    case "revoked":
    case "not-yet-valid":
      return { kind: `seal-${record.status}` };
    case "issuer-invalid":
      return certificateBadge(record);
  }
}

/** The Fluent id and arguments of a badge's text. */
export function badgeMessage(badge: Badge): { id: string; args?: Record<string, string> } {
  return badge.kind === "invalid"
    ? { id: "badge-invalid", args: { reason: badge.reason ?? "seal-expired" } }
    : { id: `badge-${badge.kind}` };
}

/** The Fluent id and arguments of "N days left" / "expired N days ago". */
export function expiryMessage(record: StatusFacts): { id: string; args: Record<string, number> } {
  if (record.status === "expired" || record.days_to_expiry < 0) {
    return { id: "days-ago", args: { days: Math.abs(record.days_to_expiry) } };
  }
  return { id: "days-left", args: { days: record.days_to_expiry } };
}

/** Whether a key is on a token (a PIN opens it). */
export function isTokenLocation(location: KeyLocation | null | undefined): boolean {
  return location?.kind === "token";
}

/** The label of the token holding a key, or null for a key file. */
export function tokenLabel(location: KeyLocation | null | undefined): string | null {
  return location?.kind === "token" && location.token !== "" ? location.token : null;
}

/** The secret argument for a key: a PIN for a token key, else a password. */
export function keySecret(onToken: boolean, value: string): KeySecretInput {
  return { kind: onToken ? "pin" : "password", value };
}

/** A fingerprint or serial as upper-case byte pairs: `AB:CD:...`. */
export function colonHex(hex: string): string {
  return (hex.toUpperCase().match(/[0-9A-F]{1,2}/g) ?? []).join(":");
}

/** 1 to `max`, the choices of a validity in years. */
export function yearChoices(max: number): number[] {
  return Array.from({ length: Math.max(0, Math.trunc(max)) }, (_, i) => i + 1);
}

/** A positive whole number typed into a field, or null. */
export function positiveInteger(value: unknown): number | null {
  const text = String(value ?? "").trim();
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

const blank = (value: string | null | undefined) => (value ?? "").trim() === "";

/** What the key part of a form (new key or registered key) lacks, or null. */
export interface KeyForm {
  mode: "new" | "existing";
  /** For a new key file chosen by the user; absent when SealDesk picks the place. */
  path?: string;
  password: string;
  confirm: string;
  keyId: string;
  secret: string;
}

export function keyProblem(form: KeyForm): Problem | null {
  if (form.mode === "existing") {
    if (positiveInteger(form.keyId) === null) return { id: "validation-key-id-required" };
    if (form.secret === "") return { id: "validation-secret-required" };
    return null;
  }
  if (form.path !== undefined && blank(form.path)) return { id: "validation-key-path-required" };
  if (form.password === "") return { id: "validation-key-password-required" };
  if (form.password !== form.confirm) return { id: "validation-password-mismatch" };
  return null;
}

/**
 * What the organisation step of the seal wizard lacks, or null; `check` is
 * the core's live check of the identifier for the country.
 */
export function organizationProblem(
  org: { name: string; orgId: string; country: string },
  check: LiveCheck<CheckedOrganizationId>,
): Problem | null {
  if (blank(org.name)) return { id: "validation-org-name-required" };
  if (blank(org.country)) return { id: "validation-country-required" };
  if (blank(org.orgId)) return { id: "validation-org-id-required" };
  return liveCheckProblem(check);
}

/** What the holder part of the issue form lacks, or null. */
export function holderProblem(
  holder: { profile: string; name: string; companyCode: string; login: string; days: string },
  maxDays: number,
): Problem | null {
  if (blank(holder.name)) return { id: "validation-common-name-required" };
  if (holder.profile === "portal-user" && (blank(holder.companyCode) || blank(holder.login))) {
    return { id: "validation-portal-fields-required" };
  }
  const days = positiveInteger(holder.days);
  if (days === null || days > maxDays) return { id: "validation-days-range", args: { max: maxDays } };
  return null;
}

/** An optional text field as the core expects it: trimmed, or null when empty. */
export function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** The key part of a form as the user fills it in. */
export interface KeyChoice extends KeyForm {
  algorithm: KeyAlgorithm;
  /** Whether the registered key is on a token (asks for its PIN). */
  onToken: boolean;
}

export function newKeyChoice(algorithm: KeyAlgorithm, withPath: boolean): KeyChoice {
  return {
    mode: "new",
    algorithm,
    ...(withPath ? { path: "" } : {}),
    password: "",
    confirm: "",
    keyId: "",
    secret: "",
    onToken: false,
  };
}

function existingKey(choice: KeyChoice): Extract<SealKeyInput, { kind: "existing" }> {
  return { kind: "existing", key_id: positiveInteger(choice.keyId) ?? 0, secret: keySecret(choice.onToken, choice.secret) };
}

/** The `key` argument of create_seal. */
export function sealKeyInput(choice: KeyChoice): SealKeyInput {
  return choice.mode === "new"
    ? { kind: "new-file", algorithm: choice.algorithm, path: (choice.path ?? "").trim(), password: choice.password }
    : existingKey(choice);
}

/** The `key` argument of issue_certificate. */
export function issueKeyInput(choice: KeyChoice): IssueKeyInput {
  return choice.mode === "new"
    ? { kind: "new", algorithm: choice.algorithm, password: choice.password }
    : existingKey(choice);
}

/** Forgets the secrets typed into a key choice. */
export function clearSecrets(choice: KeyChoice): void {
  choice.password = "";
  choice.confirm = "";
  choice.secret = "";
}

const ATTRIBUTE_LABELS: Record<string, string> = {
  CN: "attr-common-name",
  O: "attr-organization",
  OU: "attr-organizational-unit",
  C: "attr-country",
  L: "attr-locality",
  ST: "attr-state",
  SN: "attr-surname",
  givenName: "attr-given-name",
  title: "attr-title",
  serialNumber: "attr-serial-number",
  organizationIdentifier: "attr-organization-identifier",
  UID: "attr-user-id",
  emailAddress: "attr-email",
};

/** The Fluent id naming a subject attribute (`CN`, `O`, ...), or null for others. */
export function attributeLabel(name: string): string | null {
  return ATTRIBUTE_LABELS[name] ?? null;
}
