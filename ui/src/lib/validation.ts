// Checks of form input made before a command is sent, so the user sees the
// problem next to the field. The core applies the same rules again; the
// minimum length comes from the core (app_info), not from here.

import type { ErrorPayload } from "./generated/ErrorPayload";
import { errorMessageId } from "./errors";
import { argsOf, type Args } from "./i18n.svelte";

export interface Problem {
  id: string;
  args?: Args;
}

/** What is wrong with a new password and its repetition, or null. */
export function newPasswordProblem(password: string, repeated: string, minChars: number): Problem | null {
  if ([...password].length < minChars) return { id: "validation-password-short", args: { min: minChars } };
  if (password !== repeated) return { id: "validation-password-mismatch" };
  return null;
}

/**
 * The outcome of a check the core makes while a field is typed: what it
 * accepted, what it refused, or null while nothing is (yet) decided.
 */
export type LiveCheck<T> = { ok: T } | { error: ErrorPayload } | null;

/**
 * What blocks the step of a live-checked field: the core's refusal in the
 * user's language, or a request to wait while the check is running.
 */
export function liveCheckProblem<T>(check: LiveCheck<T>): Problem | null {
  if (check && "error" in check) return { id: errorMessageId(check.error.code), args: argsOf(check.error.params) };
  if (!check) return { id: "validation-business-id-checking" };
  return null;
}
