// The template editor's, the outbox view's and the "send by e-mail"
// dialog's logic apart from how they are drawn. The core checks and renders
// everything; these only shape what the screens show.
import type {
  DeliveryProgress,
  MailTemplate,
  OutboxEntry,
  OutboxState,
  ShownTemplate,
  TemplateCatalog,
  TemplateKind,
} from "./api";
import { LANGUAGES, type Language } from "./i18n.svelte";
import type { Problem } from "./validation";

/** The template editor's fields; an empty HTML field means "made from the text". */
export interface TemplateForm {
  subject: string;
  text: string;
  html: string;
}

export function formFromTemplate(shown: ShownTemplate): TemplateForm {
  return { subject: shown.subject, text: shown.text, html: shown.html ?? "" };
}

export function templateFromForm(form: TemplateForm): MailTemplate {
  return { subject: form.subject, text: form.text, html: form.html.trim() === "" ? null : form.html };
}

/** Whether the form differs from the template it was loaded from. */
export function templateChanged(form: TemplateForm, shown: ShownTemplate | null): boolean {
  if (!shown) return false;
  const original = formFromTemplate(shown);
  return form.subject !== original.subject || form.text !== original.text || form.html !== original.html;
}

/** The template kinds the core offers, in its order; `current` while none is known. */
export function kindsOf(catalog: TemplateCatalog | null, current: TemplateKind): TemplateKind[] {
  return catalog?.placeholders.map((p) => p.kind) ?? [current];
}

/** The placeholders the core allows in `kind`, in its order. */
export function placeholdersOf(catalog: TemplateCatalog | null, kind: TemplateKind): string[] {
  return catalog?.placeholders.find((p) => p.kind === kind)?.names ?? [];
}

/** Whether the user changed `kind` in `language`. */
export function isCustomized(catalog: TemplateCatalog | null, kind: TemplateKind, language: Language): boolean {
  return catalog?.entries.some((e) => e.kind === kind && e.language === language && e.customized) ?? false;
}

/**
 * Puts `{name}` in place of the selection `start..end` of `text`; returns
 * the new text and where the caret goes (just after the placeholder).
 */
export function insertPlaceholder(
  text: string,
  name: string,
  start: number | null,
  end: number | null,
): { text: string; caret: number } {
  const token = `{${name}}`;
  const from = clamp(start ?? text.length, text.length);
  const to = Math.max(from, clamp(end ?? from, text.length));
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
}

function clamp(position: number, length: number): number {
  return Math.min(Math.max(0, position), length);
}

/** The badge class of each outbox state. */
export function stateBadge(state: OutboxState): string {
  switch (state) {
    case "sent":
      return "badge-valid";
    case "failed":
      return "badge-invalid";
    case "queued":
    case "sending":
      return "badge-expiring";
    case "cancelled":
      return "badge-neutral";
  }
}

/** The outbox list with one loop report applied to its message. */
export function applyProgress(entries: OutboxEntry[], progress: DeliveryProgress): OutboxEntry[] {
  return entries.map((entry) =>
    entry.id === progress.id
      ? {
          ...entry,
          state: progress.state,
          attempts: progress.attempts,
          next_attempt_at: progress.next_attempt_at ?? entry.next_attempt_at,
          last_error: progress.error ?? (progress.state === "sent" ? null : entry.last_error),
          actions: progress.actions,
        }
      : entry,
  );
}

/** Whether a report names a message the list does not show yet. */
export function isUnknown(entries: OutboxEntry[], id: number): boolean {
  return !entries.some((e) => e.id === id);
}

/** The "send by e-mail" dialog's fields. */
export interface SendForm {
  to: string;
  recipientName: string;
  language: Language;
  smime: boolean;
  largeConfirmed: boolean;
}

export function newSendForm(uiLanguage: Language): SendForm {
  return { to: "", recipientName: "", language: uiLanguage, smime: false, largeConfirmed: false };
}

/**
 * What is still missing before the dialog can send. The addresses
 * themselves are the core's to check: it refuses a bad one, by name, before
 * the key is opened.
 */
export function sendProblem(form: SendForm): Problem | null {
  if (form.to.trim() === "") return { id: "validation-send-to-required" };
  if (form.recipientName.trim() === "") return { id: "validation-send-name-required" };
  return null;
}

export { LANGUAGES };
