import { describe, expect, it } from "vitest";
import type { OutboxEntry, ShownTemplate, TemplateCatalog } from "./api";
import {
  applyProgress,
  formFromTemplate,
  insertPlaceholder,
  isCustomized,
  isUnknown,
  kindsOf,
  newSendForm,
  placeholdersOf,
  sendProblem,
  stateBadge,
  templateChanged,
  templateFromForm,
} from "./outbox";
import { LANGUAGES, has } from "./i18n.svelte";

const entry: OutboxEntry = {
  id: 7,
  message_id: "<a@b>",
  state: "queued",
  sender: "office@example.com",
  to: ["anna@example.org"],
  cc: [],
  bcc: [],
  subject: "Signed document",
  size: 1234,
  attempts: 1,
  next_attempt_at: "2026-01-01T10:01:00Z",
  last_error: { code: "mail.server-unreachable", params: { detail: "refused" } },
  created_at: "2026-01-01T10:00:00Z",
  sent_at: null,
  reference: null,
  actions: { retry: true, cancel: true },
};

const shown: ShownTemplate = {
  kind: "signed-document",
  language: "pl",
  customized: false,
  subject: "Dokument {document}",
  text: "Dzień dobry {recipient}",
  html: null,
};

describe("placeholders", () => {
  it("replace the selection and put the caret after themselves", () => {
    expect(insertPlaceholder("Hello , bye", "recipient", 6, 6)).toEqual({ text: "Hello {recipient}, bye", caret: 17 });
    expect(insertPlaceholder("Hello XX", "company", 6, 8)).toEqual({ text: "Hello {company}", caret: 15 });
  });

  it("go to the end without a caret and stay inside the text when positions are off", () => {
    expect(insertPlaceholder("Hi ", "sender", null, null)).toEqual({ text: "Hi {sender}", caret: 11 });
    expect(insertPlaceholder("ab", "login", 10, 2)).toEqual({ text: "ab{login}", caret: 9 });
    expect(insertPlaceholder("ab", "login", -3, -1)).toEqual({ text: "{login}ab", caret: 7 });
  });

  it("are those the core allows for the kind", () => {
    const catalog: TemplateCatalog = {
      entries: [{ kind: "signed-document", language: "pl", customized: true }],
      placeholders: [
        { kind: "signed-document", names: ["recipient", "document"] },
        { kind: "portal-password", names: ["recipient", "cert_password"] },
      ],
    };
    expect(placeholdersOf(catalog, "portal-password")).toContain("cert_password");
    expect(placeholdersOf(catalog, "signed-document")).not.toContain("cert_password");
    expect(placeholdersOf(null, "signed-document")).toEqual([]);
    expect(isCustomized(catalog, "signed-document", "pl")).toBe(true);
    expect(isCustomized(catalog, "signed-document", "en")).toBe(false);
    expect(kindsOf(catalog, "renewal-request")).toEqual(["signed-document", "portal-password"]);
    expect(kindsOf(null, "renewal-request")).toEqual(["renewal-request"]);
  });
});

describe("the template form", () => {
  it("sends an empty HTML field as none and notices changes", () => {
    const form = formFromTemplate(shown);
    expect(form.html).toBe("");
    expect(templateChanged(form, shown)).toBe(false);
    expect(templateFromForm({ ...form, html: "  " }).html).toBeNull();
    expect(templateFromForm({ ...form, html: "<p>x</p>" }).html).toBe("<p>x</p>");
    expect(templateChanged({ ...form, text: "Witam" }, shown)).toBe(true);
    expect(templateChanged(form, null)).toBe(false);
  });
});

describe("the outbox", () => {
  it("applies a loop report to its message only", () => {
    const other = { ...entry, id: 8 };
    const next = applyProgress([entry, other], {
      id: 7,
      message_id: "<a@b>",
      state: "sent",
      attempts: 2,
      next_attempt_at: null,
      error: null,
      copy_error: null,
      actions: { retry: false, cancel: false },
    });
    expect(next[0]).toMatchObject({
      state: "sent",
      attempts: 2,
      last_error: null,
      next_attempt_at: entry.next_attempt_at,
      actions: { retry: false, cancel: false },
    });
    expect(next[1]).toBe(other);
  });

  it("keeps the newest error of a failed attempt", () => {
    const [updated] = applyProgress([entry], {
      id: 7,
      message_id: "<a@b>",
      state: "failed",
      attempts: 3,
      next_attempt_at: null,
      error: { code: "mail.rejected", params: { reply: "550" } },
      copy_error: null,
      actions: { retry: true, cancel: true },
    });
    expect(updated?.last_error?.code).toBe("mail.rejected");
    expect(isUnknown([entry], 7)).toBe(false);
    expect(isUnknown([entry], 9)).toBe(true);
  });

  it("shows each state with its badge", () => {
    expect(stateBadge("sent")).toBe("badge-valid");
    expect(stateBadge("failed")).toBe("badge-invalid");
  });

  it("has words for every state in every language", () => {
    for (const state of ["queued", "sending", "sent", "failed", "cancelled"]) {
      expect(has(`outbox-state-${state}`)).toBe(true);
    }
    expect(LANGUAGES.length).toBe(6);
  });
});

describe("sending a document", () => {
  it("starts in the interface language and checks the address and name", () => {
    const form = newSendForm("he");
    expect(form.language).toBe("he");
    expect(sendProblem(form)?.id).toBe("validation-send-to-required");
    expect(sendProblem({ ...form, to: "   " })?.id).toBe("validation-send-to-required");
    // Several addresses are the core's to split and check, not refused here.
    expect(sendProblem({ ...form, to: "a@b.c; d@e.f", recipientName: "Anna" })).toBeNull();
    expect(sendProblem({ ...form, to: "anna@example.org" })?.id).toBe("validation-send-name-required");
    expect(sendProblem({ ...form, to: " anna@example.org ", recipientName: "Anna" })).toBeNull();
    for (const id of ["validation-send-to-required", "validation-send-name-required", "send-to-hint", "outbox-cancel-confirm", "outbox-send-now-due", "outbox-send-now-none-due", "outbox-send-now-nothing"]) {
      expect(has(id)).toBe(true);
    }
  });
});
