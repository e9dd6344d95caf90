// What the Portal users screen shows of the core's answers.
import type { LineError } from "./api";
import { errorText } from "./errors";
import { t } from "./i18n.svelte";

/** The message naming a user's certificate state, as the core stored it. */
export function certificateStateId(state: string | null): string {
  if (state === null) return "portal-cert-none";
  if (state === "active") return "badge-valid";
  if (state === "revoked" || state === "superseded") return `badge-${state}`;
  return "portal-cert-other";
}

/** "line N: sentence" for one line the import refused. */
export function lineErrorText(error: LineError): string {
  return t("portal-import-line", { line: error.line, problem: errorText(error) });
}

/** The query's search text: none when only blanks were typed. */
export function searchOf(typed: string): string | null {
  const trimmed = typed.trim();
  return trimmed === "" ? null : trimmed;
}
