import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "@testing-library/svelte";
import KeySecretField from "./KeySecretField.svelte";
import StatusBadge from "./StatusBadge.svelte";
import ExpiryText from "./ExpiryText.svelte";
import { format, setLanguage } from "../i18n.svelte";

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
