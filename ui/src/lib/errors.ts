// Turns an error from the core into a sentence in the user's language.
import { isErrorPayload } from "./api";
import { argsOf, has, t } from "./i18n.svelte";

/** The Fluent message id of a stable error code: `a.b-c` -> `error-a-b-c`. */
export function errorMessageId(code: string): string {
  return `error-${code.replaceAll(".", "-")}`;
}

/** A localized sentence for anything a command may throw. */
export function errorText(error: unknown): string {
  if (isErrorPayload(error)) {
    const id = errorMessageId(error.code);
    return has(id) ? t(id, argsOf(error.params)) : error.message;
  }
  return t("error-unknown", { detail: String(error) });
}
