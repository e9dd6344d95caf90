// What the renewal screens show of the core's answers: which addresses a CA
// will refuse (checked again by the core when the run is planned), the
// filter over due certificates, counts by state, and the badge of a state.
import type { Money, RenewalCandidate, RenewalDelivery, RenewalItem, RenewalRun, RenewalState } from "./api";

/** Whether `address` is in one of `domains` or a subdomain of one. */
export function emailForbidden(address: string | null | undefined, domains: readonly string[]): boolean {
  const at = address?.lastIndexOf("@") ?? -1;
  if (!address || at < 0) return false;
  const domain = address.slice(at + 1).replace(/\.+$/, "").toLowerCase();
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** The common name of an RFC 4514 subject, or the whole subject. */
export function holderName(subject: string): string {
  const match = /(?:^|,)\s*CN=((?:\\.|[^,])*)/.exec(subject);
  return match?.[1] !== undefined ? match[1].replace(/\\(.)/g, "$1") : subject;
}

/** The distinct issuers of the candidates, by holder name, sorted. */
export function issuers(candidates: readonly RenewalCandidate[]): string[] {
  return [...new Set(candidates.map((c) => holderName(c.issuer)))].sort();
}

/** Candidates of `issuer` (all when empty) whose subject or e-mail contains `text`. */
export function filterCandidates(
  candidates: readonly RenewalCandidate[],
  issuer: string,
  text: string,
): RenewalCandidate[] {
  const needle = text.trim().toLowerCase();
  return candidates.filter(
    (c) =>
      (issuer === "" || holderName(c.issuer) === issuer) &&
      (needle === "" || c.subject.toLowerCase().includes(needle) || (c.email ?? "").toLowerCase().includes(needle)),
  );
}

/** The CSS class of the badge of a state. */
export function stateBadgeClass(state: RenewalState): string {
  switch (state) {
    case "installed":
    case "issued":
      return "badge-valid";
    case "failed":
      return "badge-invalid";
    case "cancelled":
      return "badge-neutral";
    default:
      return "badge-expiring";
  }
}

/** How many items are in each state, in the order items move through them. */
export function countsByState(items: readonly RenewalItem[]): [RenewalState, number][] {
  const order: RenewalState[] = [
    "planned",
    "formed",
    "sent",
    "receipt1",
    "receipt2",
    "issued",
    "installed",
    "failed",
    "cancelled",
  ];
  return order.map((s) => [s, items.filter((i) => i.state === s).length] as [RenewalState, number]).filter(([, n]) => n > 0);
}

/** Items that a run would still form and send (the retry of failed ones included). */
export function pendingItems(items: readonly RenewalItem[]): RenewalItem[] {
  return items.filter((i) => i.state === "planned" || i.state === "formed" || i.state === "failed");
}

/** Whole days from `today` to `date` (both YYYY-MM-DD). */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Whether a start date leaves under two days to get the new certificate. */
export function startTooSoon(start: string, today: string): boolean {
  return daysUntil(start, today) < 2;
}

/**
 * The old keys' secrets the run sends: the shared one for every item, or
 * each item's own; items without one are left out (the core then fails
 * them asking for it).
 */
export function oldSecrets(
  certIds: readonly number[],
  shared: boolean,
  sharedSecret: string,
  perCertificate: Record<number, string>,
): Record<number, string> {
  const result: Record<number, string> = {};
  for (const id of certIds) {
    const value = shared ? sharedSecret : (perCertificate[id] ?? "");
    if (value !== "") result[id] = value;
  }
  return result;
}

/** What the wizard hands to the run view to start the run at once. */
export interface StartSecrets {
  oldSecrets: Record<number, string>;
  newKeyPassword: string;
  delivery: RenewalDelivery;
  /** Sentences about the plan to show above the run (warnings, totals). */
  notes: string[];
}

/** The price list's price of renewing `c` for `years`, or null when none is set. */
export function priceOf(c: RenewalCandidate, years: 1 | 2): Money | null {
  return years === 1 ? c.price_one_year : c.price_two_years;
}

/**
 * Totals per currency (sorted by code) of the chosen certificates, and how
 * many have no price: those are never counted as zero.
 */
export function priceTotals(chosen: readonly RenewalCandidate[], years: 1 | 2): { totals: Money[]; unpriced: number } {
  const sums = new Map<string, number>();
  let unpriced = 0;
  for (const c of chosen) {
    const price = priceOf(c, years);
    if (price === null) unpriced += 1;
    else sums.set(price.currency, (sums.get(price.currency) ?? 0) + price.minor);
  }
  const totals = [...sums.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, minor]) => ({ currency, minor, amount: minorText(minor) }));
  return { totals, unpriced };
}

/** Minor units as a two-decimal amount, as the core writes it. */
export function minorText(minor: number): string {
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** The Fluent message id of a plan warning: `a.b-c` -> `warning-a-b-c`. */
export function warningMessageId(code: string): string {
  return `warning-${code.replaceAll(".", "-")}`;
}

/** A plausible e-mail address: something@domain.tld, no spaces. */
export function looksLikeAddress(address: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address.trim());
}

/**
 * How a run delivered before, read from its delivered items: the CA's
 * address when its requests went by mail, else the folder they were
 * exported to; `fallbackDir` and `language` fill in what the run does not say.
 */
export function previousDelivery(run: RenewalRun, fallbackDir: string, language: string): RenewalDelivery {
  const delivered = run.items.map((i) => i.delivered_to).find((d): d is string => !!d);
  if (delivered?.startsWith("mailto:")) return { kind: "mail", to: delivered.slice("mailto:".length), language };
  if (delivered) {
    const cut = Math.max(delivered.lastIndexOf("/"), delivered.lastIndexOf("\\"));
    if (cut > 0) return { kind: "export", dir: delivered.slice(0, cut) };
  }
  return { kind: "export", dir: fallbackDir };
}
