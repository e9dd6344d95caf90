// What the renewal screens show of the core's answers: the filter over due
// certificates and the badge of a state. Which e-mails a CA refuses,
// start-date warnings and prices come from the core's preview; counts by
// state, what each item allows and the previous delivery from the run.
import type { RenewalCandidate, RenewalDelivery, RenewalRun, RenewalState } from "./api";

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
 * Where a run's next delivery goes: where the core says it delivered
 * before (the CA's address with `language`, or the folder), else the key
 * folder.
 */
export function previousDelivery(run: Pick<RenewalRun, "previous_delivery" | "key_dir">, language: string): RenewalDelivery {
  const before = run.previous_delivery;
  if (before?.kind === "mail") return { kind: "mail", to: before.to, language };
  if (before?.kind === "export" && before.dir !== "") return { kind: "export", dir: before.dir };
  return { kind: "export", dir: run.key_dir };
}
