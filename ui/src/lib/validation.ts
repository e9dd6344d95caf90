// Checks of form input made before a command is sent, so the user sees the
// problem next to the field. The core applies the same rules again; the
// minimum length comes from the core (app_info), not from here.

import type { Args } from "./i18n.svelte";

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
