// A certificate's holder as one line of plain text, for places that cannot
// hold markup (a <select>'s options): each part is isolated with Unicode
// marks, so in Hebrew the identifier still reads left to right and the
// parts keep their order.
import type { Holder } from "./generated/Holder";
import { visible } from "./visible";

/** `text` as a first-strong isolate (its own direction, from its letters). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** `text` as a left-to-right isolate (identifiers, e-mails). */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}

/** "Name, Organisation · Identifier", each part isolated; the parts the
 * holder lacks are left out. Hidden characters in them are made visible
 * first, so only these marks steer the direction. */
export function holderLine(holder: Holder): string {
  let line = isolate(visible(holder.name));
  if (holder.organization) line += `, ${isolate(visible(holder.organization))}`;
  if (holder.identifier) line += ` · ${isolateLtr(visible(holder.identifier))}`;
  return line;
}

/** `value` with its spaces and hyphens made non-breaking, for a short
 * value shown inside a sentence (a phone number), where no markup can
 * keep it on one line. */
export function unbroken(value: string): string {
  return value.replace(/ /g, "\u00a0").replace(/-/g, "\u2011");
}
