// What the renewal screens show of the core's answers: the filter over due
// certificates, counts by state, and the badge of a state. Which e-mails a
// CA refuses, start-date warnings and prices come from the core's preview.
import type { RenewalCandidate, RenewalDelivery, RenewalItem, RenewalRun, RenewalState } from "./api";

/** The distinct CAs of the candidates, sorted. */
export function issuers(candidates: readonly RenewalCandidate[]): string[] {
  return [...new Set(candidates.map((c) => c.ca))].sort();
}

/** Candidates of CA `issuer` (all when empty) whose subject or e-mail contains `text`. */
export function filterCandidates(
  candidates: readonly RenewalCandidate[],
  issuer: string,
  text: string,
): RenewalCandidate[] {
  const needle = text.trim().toLowerCase();
  return candidates.filter(
    (c) =>
      (issuer === "" || c.ca === issuer) &&
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
