// The registration wizard's form and the identity list's presentation,
// apart from how they are drawn. The core checks every field again (the
// business identifier by its national rule, the e-mail, the password's
// minimum); the kinds and the minimum come from the core (identity_limits).
import type {
  CheckedId,
  IdKind,
  IdentityRecord,
  KeyAlgorithm,
  BusinessIdKind,
  KeySecretInput,
  RegisterIdentity,
} from "./api";
import { certificateBadge, positiveInteger, type Badge } from "./pki";
import { liveCheckProblem, type LiveCheck, type Problem } from "./validation";

/** The choice for a country without a national rule: typed as a code. */
export const OTHER_COUNTRY = "other";

/** What the user fills in, step by step. */
export interface IdentityForm {
  /** A country with national rules (`PL`...), or {@link OTHER_COUNTRY}. */
  country: string;
  /** The two-letter code typed when `country` is {@link OTHER_COUNTRY}. */
  otherCountry: string;
  /** The kind, or "" to let the core guess it from the shape. */
  kind: BusinessIdKind | "";
  businessId: string;
  businessName: string;
  signerName: string;
  email: string;
  keyTarget: "file" | "token";
  algorithm: KeyAlgorithm;
  password: string;
  confirm: string;
  tokenLabel: string;
  pin: string;
  source: "seal" | "csr";
  sealId: number | null;
  /** Whether the seal's key is on a token (asks for its PIN). */
  sealOnToken: boolean;
  sealSecret: string;
  days: string;
  csrPath: string;
  select: boolean;
}

export function newIdentityForm(algorithm: KeyAlgorithm, days: number): IdentityForm {
  return {
    country: "PL",
    otherCountry: "",
    kind: "",
    businessId: "",
    businessName: "",
    signerName: "",
    email: "",
    keyTarget: "file",
    algorithm,
    password: "",
    confirm: "",
    tokenLabel: "",
    pin: "",
    source: "seal",
    sealId: null,
    sealOnToken: false,
    sealSecret: "",
    days: String(days),
    csrPath: "",
    select: true,
  };
}

/** The countries that have national rules, in the core's order. */
export function countriesOf(kinds: IdKind[]): string[] {
  return [...new Set(kinds.flatMap((k) => (k.country ? [k.country] : [])))];
}

/** The two-letter country the form stands for (upper case), or "". */
export function formCountry(form: Pick<IdentityForm, "country" | "otherCountry">): string {
  return (form.country === OTHER_COUNTRY ? form.otherCountry : form.country).trim().toUpperCase();
}

/** The kinds offered for a country: its own, else the free-form one. */
export function kindsFor(kinds: IdKind[], country: string): IdKind[] {
  const own = kinds.filter((k) => k.country === country);
  return own.length > 0 ? own : kinds.filter((k) => k.country === null);
}

/** The outcome of the live check of the business identifier. */
export type IdCheck = LiveCheck<CheckedId>;

const blank = (value: string) => value.trim() === "";

/** What the country and identifier steps lack, or null. */
export function businessProblem(form: IdentityForm, check: IdCheck): Problem | null {
  if (!/^[A-Z]{2}$/.test(formCountry(form))) return { id: "validation-country-required" };
  if (blank(form.businessId)) return { id: "validation-business-id-required" };
  // The core's own sentence, in the user's language (e.g. a wrong check digit).
  return liveCheckProblem(check);
}

/** What the business name, signer and e-mail step lacks, or null. */
export function namesProblem(form: IdentityForm): Problem | null {
  if (blank(form.businessName)) return { id: "validation-business-name-required" };
  if (blank(form.signerName)) return { id: "validation-signer-name-required" };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email.trim())) return { id: "validation-email-required" };
  return null;
}

/** What the signing secret step lacks, or null; `minChars` comes from the core. */
export function secretProblem(form: IdentityForm, minChars: number): Problem | null {
  if (form.keyTarget === "token") {
    if (blank(form.tokenLabel)) return { id: "validation-token-label-required" };
    if (form.pin === "") return { id: "validation-pin-required" };
    return null;
  }
  if ([...form.password].length < minChars) return { id: "validation-password-short", args: { min: minChars } };
  if (form.password !== form.confirm) return { id: "validation-password-mismatch" };
  return null;
}

/** What the certificate step lacks, or null. */
export function certificateProblem(form: IdentityForm, maxDays: number): Problem | null {
  if (form.source === "csr") {
    return blank(form.csrPath) ? { id: "validation-file-required" } : null;
  }
  if (form.sealId === null) return { id: "validation-seal-required" };
  if (form.sealSecret === "") return { id: "validation-seal-secret-required" };
  const days = positiveInteger(form.days);
  if (days === null || days > maxDays) return { id: "validation-days-range", args: { max: maxDays } };
  return null;
}

/** The argument of register_identity. */
export function registrationInput(form: IdentityForm): RegisterIdentity {
  const sealSecret: KeySecretInput = { kind: form.sealOnToken ? "pin" : "password", value: form.sealSecret };
  return {
    country: formCountry(form),
    kind: form.kind === "" ? null : form.kind,
    business_id: form.businessId.trim(),
    business_name: form.businessName.trim(),
    signer_name: form.signerName.trim(),
    email: form.email.trim(),
    algorithm: form.algorithm,
    key:
      form.keyTarget === "token"
        ? { kind: "token", token_label: form.tokenLabel.trim(), pin: form.pin }
        : { kind: "file", password: form.password },
    certificate:
      form.source === "csr"
        ? { kind: "csr", path: form.csrPath.trim() }
        : { kind: "seal", seal_id: form.sealId ?? 0, secret: sealSecret, days: positiveInteger(form.days) ?? 0 },
    select: form.select,
  };
}

/** Forgets the secrets typed into the form. */
export function clearIdentitySecrets(form: IdentityForm): void {
  form.password = "";
  form.confirm = "";
  form.pin = "";
  form.sealSecret = "";
}

/** The badge of an identity: waiting for the CA, or its certificate's standing. */
export function identityBadge(identity: Pick<IdentityRecord, "state" | "days_to_expiry" | "expiring_soon">): Badge {
  if (identity.state === "awaiting-certificate") return { kind: "awaiting-certificate" };
  return certificateBadge({
    status: identity.state,
    status_reason: null,
    days_to_expiry: identity.days_to_expiry ?? 0,
    expiring_soon: identity.expiring_soon,
  });
}

/** A suggested file name for the request: letters and digits of the signer's name. */
export function requestFileName(signerName: string): string {
  const base = signerName
    .trim()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return `${base || "identity"}.csr`;
}
