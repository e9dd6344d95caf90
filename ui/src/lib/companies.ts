// The forms of the Companies screen as the core takes them, where each of
// the core's refusals is shown (next to the field it concerns), and who is
// signed in, in words. What a company or an operator may be is decided by
// the core; nothing here checks more than that a number is a number.

import type { Actor } from "./generated/Actor";
import type { Company } from "./generated/Company";
import type { CompanyRequest } from "./generated/CompanyRequest";
import type { Language } from "./generated/Language";
import { has, t, type Args } from "./i18n.svelte";
import { optional } from "./pki";
import type { Problem } from "./validation";

/** A company as its dialog holds it while it is typed. */
export interface CompanyForm {
  code: string;
  name: string;
  country: string;
  businessId: string;
  /** Empty: the company has no language of its own. */
  language: Language | "";
  /** Empty: no limit. */
  quota: string;
  certFolder: string;
  monthlyFolders: boolean;
  publicationUrl: string;
}

/** The form of a new company (`null`) or of a company to change. */
export function companyForm(company: Company | null): CompanyForm {
  return {
    code: company?.code ?? "",
    name: company?.name ?? "",
    country: company?.country ?? "",
    businessId: company?.business_id ?? "",
    language: company?.language ?? "",
    quota: company?.quota === null || company?.quota === undefined ? "" : String(company.quota),
    certFolder: company?.cert_folder ?? "",
    monthlyFolders: company?.monthly_folders ?? false,
    publicationUrl: company?.publication_url ?? "",
  };
}

const MAX_QUOTA = 0xffff_ffff;

/** The quota as typed: a whole number, none when empty, or undefined when it is not a number. */
function quotaOf(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n <= MAX_QUOTA ? n : undefined;
}

/** Why the quota cannot be sent as a number, or null. */
export function quotaProblem(text: string): Problem | null {
  return quotaOf(text) === undefined ? { id: "validation-quota-number" } : null;
}

/** The request the core checks and stores; call it once `quotaProblem` is null. */
export function companyRequest(form: CompanyForm): CompanyRequest {
  return {
    name: form.name,
    country: optional(form.country),
    business_id: optional(form.businessId),
    language: form.language === "" ? null : form.language,
    quota: quotaOf(form.quota) ?? null,
    cert_folder: optional(form.certFolder),
    monthly_folders: form.monthlyFolders,
    publication_url: optional(form.publicationUrl),
  };
}

/** The fields of the company dialog a refusal of the core can concern. */
export type CompanyField = "code" | "name" | "country" | "businessId" | "quota";

/** The field of the company dialog the core's refusal `code` is about, or null. */
export function companyFieldOf(code: string): CompanyField | null {
  if (code === "company.invalid-code" || code === "company.code-taken") return "code";
  if (code === "company.name-required") return "name";
  if (code === "pki.invalid-country") return "country";
  if (code.startsWith("id.")) return "businessId";
  if (code === "company.quota-below-active") return "quota";
  return null;
}

/** The fields of the operator dialog a refusal of the core can concern. */
export type OperatorField = "login" | "name" | "password";

/** The field of the operator dialog the core's refusal `code` is about, or null. */
export function operatorFieldOf(code: string): OperatorField | null {
  if (code === "operator.invalid-login" || code === "operator.login-taken") return "login";
  if (code === "admin.name-required") return "name";
  if (code === "admin.password-too-short") return "password";
  return null;
}

/**
 * Who acts, as a key: the app starts afresh for someone else, so nothing
 * one operator saw or half typed is left for the next one.
 */
export function actorKey(actor: Actor | undefined): string {
  if (!actor) return "";
  return actor.kind === "administrator" ? "administrator" : `operator:${actor.id}`;
}

/** The sentence naming who is signed in, as a Fluent id and its arguments. */
export function actorLine(actor: Actor): { id: string; args: Args } {
  return actor.kind === "administrator"
    ? { id: "shell-actor-administrator", args: { name: actor.name } }
    : { id: "shell-actor-operator", args: { name: actor.name, login: actor.login } };
}

/** A country by its two-letter code: its name where the app has one, else the code; a dash for none. */
export function countryName(code: string | null): string {
  if (!code) return "—";
  const id = `country-${code.toLowerCase()}`;
  return has(id) ? t(id) : code;
}
