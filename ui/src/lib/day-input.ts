// A calendar day typed in the window's language: 06.12.2026 in Polish,
// 06/12/2026 in Italian, 12/06/2026 in English. The browser's own date
// field follows the system's locale, not the window's, so the day is typed
// as text and read here; the core receives and answers ISO days
// (yyyy-mm-dd) only.
import type { Language } from "./i18n.svelte";
import type { Problem } from "./validation";

type Part = "day" | "month" | "year";

/** The order of day, month and year in `lang`, and the separator it writes. */
export function dayPattern(lang: Language): { order: Part[]; separator: string } {
  const parts = new Intl.DateTimeFormat(lang, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).formatToParts(
    new Date(Date.UTC(2026, 11, 31)),
  );
  const order = parts.map((p) => p.type).filter((type): type is Part => type === "day" || type === "month" || type === "year");
  const literal = parts.find((p) => p.type === "literal")?.value ?? ".";
  // Hebrew and others may wrap the separator in direction marks; keep the mark-free character.
  const separator = literal.replace(/[\u200e\u200f\s]/g, "") || ".";
  return { order, separator };
}

/** An ISO day (`2026-12-06`) written as `lang` types it; "" stays "". */
export function formatDayInput(iso: string, lang: Language): string {
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) ?? [];
  if (!year || !month || !day) return "";
  const values: Record<Part, string> = { year, month, day };
  const { order, separator } = dayPattern(lang);
  return order.map((part) => values[part]).join(separator);
}

/** An example in `lang`'s order whose day cannot be read as a month. */
export function dayExample(lang: Language): string {
  return formatDayInput("2026-12-31", lang);
}

/** What a typed day reads as: an ISO day, nothing (empty), or a problem. */
export type DayReading = { iso: string } | { iso: null } | { problem: Problem };

/**
 * Reads a day typed in `lang`'s order with any of `. / -` or spaces between
 * the numbers; an ISO day is read as well, as pasted from elsewhere. A day
 * that does not exist (31.02.2026) is refused, never moved to another.
 */
export function readDayInput(text: string, lang: Language): DayReading {
  const typed = text.trim();
  if (typed === "") return { iso: null };
  const refused: DayReading = { problem: { id: "validation-day-invalid", args: { example: dayExample(lang) } } };
  const numbers = typed.split(/[./\-\s\u200e\u200f]+/);
  if (numbers.length !== 3 || numbers.some((n) => !/^\d+$/.test(n))) return refused;
  const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(typed);
  const order: Part[] = iso ? ["year", "month", "day"] : dayPattern(lang).order;
  const values = Object.fromEntries(order.map((part, i) => [part, numbers[i]])) as Record<Part, string>;
  if (values.year.length !== 4 || values.month.length > 2 || values.day.length > 2) return refused;
  const [year, month, day] = [Number(values.year), Number(values.month), Number(values.day)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return refused;
  return { iso: `${values.year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
}
