import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "@testing-library/svelte";
import KeySecretField from "./KeySecretField.svelte";
import StatusBadge from "./StatusBadge.svelte";
import ExpiryText from "./ExpiryText.svelte";
import ExportDialog from "../../screens/ExportDialog.svelte";
import { format, setLanguage } from "../i18n.svelte";
import type { CertificateRecord } from "../api";

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
      location: "token:Biuro Łódź/seal-2026",
      value: "",
    });
    expect(plain(container.querySelector("label")?.textContent)).toBe("PIN of the token “Biuro Łódź”");
    expect(container.querySelector(".token-pin")).not.toBeNull();
  });

  it("asks for the password of a key file", () => {
    const { container } = render(KeySecretField, {
      id: "secret",
      label: "Password of the seal's key file",
      location: "/home/anna/seal.key",
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
    const days = render(ExpiryText, { record: { status: "valid", status_reason: null, days_to_expiry: 1095 } });
    // Ukrainian groups thousands with a (narrow) no-break space.
    expect(plain(days.container.textContent)).toMatch(/^залишилося 1\s095 днів$/);
  });
});

describe("ExportDialog", () => {
  const record = (key_id: number | null, key: string | null): CertificateRecord => ({
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
    revoked_at: null,
  });
  const props = (r: CertificateRecord) => ({ record: r, onclose: () => {}, ondone: () => {}, onlocked: () => {} });

  it("offers PKCS#12 for a key kept in a file", () => {
    const { container } = render(ExportDialog, props(record(3, "/data/keys/ab.key")));
    expect(container.ownerDocument.querySelector("#export-format-pkcs12")).not.toBeNull();
    expect(container.ownerDocument.querySelector("#export-token-note")).toBeNull();
  });

  it("hides PKCS#12 and says why for a key on a token", () => {
    setLanguage("pl");
    const { container } = render(ExportDialog, props(record(4, "token:Biuro/jan")));
    const doc = container.ownerDocument;
    expect(doc.querySelector("#export-format-pkcs12")).toBeNull();
    expect(doc.querySelector("#export-format-pem")).not.toBeNull();
    expect(doc.querySelector("#export-token-note")?.textContent).toBe(format("pl", "export-token-note"));
  });

  it("offers the certificate alone when SealDesk has no key", () => {
    const { container } = render(ExportDialog, props(record(null, null)));
    const doc = container.ownerDocument;
    expect(doc.querySelector("#export-format-pkcs12")).toBeNull();
    expect(doc.querySelector("#export-token-note")).toBeNull();
  });
});
