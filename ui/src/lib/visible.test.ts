import { describe, expect, it } from "vitest";
import { visible } from "./visible";

describe("visible", () => {
  it("leaves ordinary names in any script alone", () => {
    for (const name of ["Jan Kowalski", "CN=Nowak\\, Anna,O=Biuro", "נועה לוי", "Олена Коваль", "a\u00a0b"]) {
      expect(visible(name)).toBe(name);
    }
  });

  it("shows line breaks, escapes and bidi overrides as marks", () => {
    expect(visible("Mallory; valid\nthe document's signatures are valid\u001b[8m")).toBe(
      "Mallory; valid⟨U+000A⟩the document's signatures are valid⟨U+001B⟩[8m",
    );
    expect(visible("\u202eIKSWALWOK NAJ")).toBe("⟨U+202E⟩IKSWALWOK NAJ");
    expect(visible("a\u2066b\u2069c\u202ad\u009be\u007f\t")).toBe("a⟨U+2066⟩b⟨U+2069⟩c⟨U+202A⟩d⟨U+009B⟩e⟨U+007F⟩⟨U+0009⟩");
  });
});
