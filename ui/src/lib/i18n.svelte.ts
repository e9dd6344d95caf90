// The interface language: Fluent bundles for the six languages, the current
// language as reactive state, and locale-aware date and number formatting.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import type { JsonValue } from "./generated/serde_json/JsonValue";

export const LANGUAGES = ["en", "pl", "he", "it", "ru", "uk"] as const;
export type Language = (typeof LANGUAGES)[number];

const sources = import.meta.glob("../locales/*/main.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

function sourceOf(lang: Language): string {
  const text = sources[`../locales/${lang}/main.ftl`];
  // A missing file is caught by the tests; at run time English fills in.
  if (text === undefined) console.error(`no Fluent file for ${lang}`);
  return text ?? "";
}

function makeBundle(lang: Language): FluentBundle {
  const bundle = new FluentBundle(lang);
  const errors = bundle.addResource(new FluentResource(sourceOf(lang)));
  if (errors.length > 0) console.error(`Fluent errors in ${lang}`, errors);
  return bundle;
}

const bundles = new Map<Language, FluentBundle>(LANGUAGES.map((l) => [l, makeBundle(l)]));

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

export function isRtl(lang: Language): boolean {
  return lang === "he";
}

class LocaleState {
  current = $state<Language>("en");
}

export const locale = new LocaleState();

/** Switches the interface language and mirrors the layout for Hebrew. */
export function setLanguage(lang: Language): void {
  locale.current = lang;
  if (typeof document !== "undefined") {
    document.documentElement.lang = lang;
    document.documentElement.dir = isRtl(lang) ? "rtl" : "ltr";
  }
}

export type Args = Record<string, FluentVariable>;

/** Fluent arguments from the named parameters the core sends with a code
 * (JSON values): numbers and strings as they are, anything else as text. */
export function argsOf(params: JsonValue | undefined): Args {
  const args: Args = {};
  if (params && typeof params === "object" && !Array.isArray(params)) {
    for (const [name, value] of Object.entries(params)) {
      if (value === undefined || value === null) continue;
      args[name] = typeof value === "number" || typeof value === "string" ? value : JSON.stringify(value);
    }
  }
  return args;
}

/** The message `id` in the current language, English as the fallback. */
export function t(id: string, args?: Args): string {
  return format(locale.current, id, args);
}

/** The message `id` in a given language. */
export function format(lang: Language, id: string, args?: Args): string {
  for (const bundle of [bundles.get(lang), bundles.get("en")]) {
    const message = bundle?.getMessage(id);
    if (bundle && message?.value) {
      const errors: Error[] = [];
      const text = bundle.formatPattern(message.value, args ?? null, errors);
      if (errors.length === 0) return text;
    }
  }
  return id;
}

/** Whether `t(id)` finds a message, in the current language or English. */
export function has(id: string): boolean {
  return [locale.current, "en" as const].some((lang) => bundles.get(lang)?.hasMessage(id));
}

/** The message ids of a language, for completeness checks. */
export function messageIds(lang: Language): string[] {
  const resource = new FluentResource(sourceOf(lang));
  return resource.body.map((m) => m.id);
}

/** A date and time in the current language's conventions. */
export function formatDateTime(value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale.current, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/**
 * A date (without the time) in the current language's conventions. A
 * date-only string (`2026-12-06`) is a calendar day, which `Date` reads as
 * midnight UTC: it is written in UTC so no time zone moves it a day back.
 */
export function formatDate(value: string | Date): string {
  const dayOnly = typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale.current, { dateStyle: "medium", ...(dayOnly ? { timeZone: "UTC" } : {}) }).format(date);
}

/**
 * An amount of money as the core wrote it (`1350.00`, currency `UAH`) in the
 * current language's conventions: `1 350,00 UAH` in Polish. A currency code
 * Intl does not know is written after the plain number.
 */
export function formatMoney(amount: string, currency: string, lang: Language = locale.current): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currency}`;
  try {
    return new Intl.NumberFormat(lang, { style: "currency", currency, currencyDisplay: "code" }).format(value);
  } catch {
    return `${new Intl.NumberFormat(lang, { minimumFractionDigits: 2 }).format(value)} ${currency}`;
  }
}

/** A number in the current language's conventions. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale.current).format(value);
}
