import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "@testing-library/svelte";
import KeySecretField from "./KeySecretField.svelte";
import StatusBadge from "./StatusBadge.svelte";
import ExpiryText from "./ExpiryText.svelte";
import TableHead from "./TableHead.svelte";
import ExportDialog from "../../screens/ExportDialog.svelte";
import { format, setLanguage } from "../i18n.svelte";
import type { CertificateRecord, ExportFormat, KeyLocation } from "../api";

/** Text without the bidi isolation marks Fluent puts around placeables. */
const plain = (text: string | null | undefined) => (text ?? "").replace(/[\u2068\u2069]/g, "");

afterEach(() => {
  cleanup();
  setLanguage("en");
});

describe("KeySecretField", () => {
  it("asks for the token's PIN when the key is on a token", () => {
    const { container } = render(KeySecretField, {
      id: "secret",
      label: "Password of the seal's key file",
      location: { kind: "token", token: "Biuro Łódź", object: "seal-2026" },
      value: "",
    });
    expect(plain(container.querySelector("label")?.textContent)).toBe("PIN of the token “Biuro Łódź”");
    expect(container.querySelector(".token-pin")).not.toBeNull();
  });

  it("asks for the password of a key file", () => {
    const { container } = render(KeySecretField, {
      id: "secret",
      label: "Password of the seal's key file",
      location: { kind: "file", path: "/home/anna/seal.key" },
      value: "",
    });
    expect(container.querySelector("label")?.textContent).toBe("Password of the seal's key file");
    expect(container.querySelector(".token-pin")).toBeNull();
  });
});

describe("StatusBadge and ExpiryText", () => {
  it("say the standing and days in the current language", () => {
    setLanguage("uk");
    const badge = render(StatusBadge, { badge: { kind: "invalid", reason: "seal-expired" } });
    expect(badge.container.textContent).toBe(format("uk", "badge-invalid", { reason: "seal-expired" }));
    const days = render(ExpiryText, { record: { status: "valid", status_reason: null, days_to_expiry: 1095, expiring_soon: false } });
    // Ukrainian groups thousands with a (narrow) no-break space.
    expect(plain(days.container.textContent)).toMatch(/^залишилося 1\s095 днів$/);
  });
});

describe("ExportDialog", () => {
  const record = (key_id: number | null, key: KeyLocation | null, export_formats: ExportFormat[]): CertificateRecord => ({
    id: 7,
    subject: "CN=Jan Kowalski",
    issuer: "CN=Biuro Rachunkowe Łódź",
    serial: "0a",
    not_before: "2026-01-01T00:00:00Z",
    not_after: "2027-01-01T00:00:00Z",
    sha256: "00",
    is_ca: false,
    trusted: false,
    source: "issued",
    profile: "signing",
    state: "active",
    key_id,
    key,
    issuer_id: 1,
    status: "valid",
    status_reason: null,
    days_to_expiry: 300,
    expiring_soon: false,
    export_formats,
    revoked_at: null,
    holder: { name: "Jan Kowalski", organization: null, identifier: null, email: null },
  });
  const props = (r: CertificateRecord) => ({ record: r, onclose: () => {}, ondone: () => {}, onlocked: () => {} });

  it("offers the formats the core allows: PKCS#12 for a key kept in a file", () => {
    const { container } = render(ExportDialog, props(record(3, { kind: "file", path: "/data/keys/ab.key" }, ["pem", "der", "pkcs12"])));
    expect(container.ownerDocument.querySelector("#export-format-pkcs12")).not.toBeNull();
    expect(container.ownerDocument.querySelector("#export-token-note")).toBeNull();
  });

  it("hides PKCS#12 and says why for a key on a token", () => {
    setLanguage("pl");
    const { container } = render(ExportDialog, props(record(4, { kind: "token", token: "Biuro", object: "jan" }, ["pem", "der"])));
    const doc = container.ownerDocument;
    expect(doc.querySelector("#export-format-pkcs12")).toBeNull();
    expect(doc.querySelector("#export-format-pem")).not.toBeNull();
    expect(doc.querySelector("#export-token-note")?.textContent).toBe(format("pl", "export-token-note"));
  });

  it("offers the certificate alone when SealDesk has no key", () => {
    const { container } = render(ExportDialog, props(record(null, null, ["pem", "der"])));
    const doc = container.ownerDocument;
    expect(doc.querySelector("#export-format-pkcs12")).toBeNull();
    expect(doc.querySelector("#export-token-note")).toBeNull();
  });
});

describe("TableHead", () => {
  it("titles each column in the current language and hides only what it is told to", () => {
    setLanguage("pl");
    const { container } = render(TableHead, {
      columns: ["certs-col-subject", { title: "certs-open", hidden: true }],
    });
    const cells = [...container.querySelectorAll("th")];
    expect(cells.map((c) => c.textContent?.trim())).toEqual([format("pl", "certs-col-subject"), format("pl", "certs-open")]);
    expect(cells[0]?.querySelector(".visually-hidden")).toBeNull();
    expect(cells[1]?.querySelector(".visually-hidden")).not.toBeNull();
  });
});
