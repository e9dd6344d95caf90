import { describe, expect, it } from "vitest";
import { holderLine, isolate, isolateLtr, unbroken } from "./holder";

describe("holderLine", () => {
  it("isolates each part and leaves out the missing ones", () => {
    expect(holderLine({ name: "Anna Nowak", organization: null, identifier: null, email: "a@b.pl" })).toBe(isolate("Anna Nowak"));
    expect(holderLine({ name: "חותמת", organization: "דנה בע״מ", identifier: "NTRIL-514000000", email: null })).toBe(
      `${isolate("חותמת")}, ${isolate("דנה בע״מ")} · ${isolateLtr("NTRIL-514000000")}`,
    );
  });
  it("never shows a DN's escapes, since it works on the holder's fields", () => {
    expect(holderLine({ name: "Nowak, Anna", organization: null, identifier: "TINPL-1", email: null })).not.toContain("\\");
  });
});

describe("unbroken", () => {
  it("keeps a phone number on one line", () => {
    expect(unbroken("+972 50-123 4567")).toBe("+972\u00a050\u2011123\u00a04567");
    expect(unbroken("+972 50 123 4567")).not.toContain(" ");
  });
});
