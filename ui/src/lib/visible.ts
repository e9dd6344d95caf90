// Names from certificates and messages (subjects, signers, recipients) come
// from outside: a line break, an escape or a bidi override in one would
// reorder or hide what the window shows ("JAN KOWALSKI" written backwards
// behind U+202E). Every such character is shown as a visible mark instead.

/** Control characters (C0, DEL, C1) and bidi embeddings, overrides and isolates. */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** `text` with each control or bidi character written as ⟨U+XXXX⟩. */
export function visible(text: string): string {
  return text.replace(HIDDEN, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}⟩`);
}
