// The sentence for a failed command; a command refused because the core's
// idle lock closed the session also sends the user back to the unlock screen.
import { isErrorPayload } from "./api";
import { errorText } from "./errors";

export function failureText(error: unknown, onlocked: () => void): string {
  if (isErrorPayload(error) && error.code === "session.locked") onlocked();
  return errorText(error);
}
