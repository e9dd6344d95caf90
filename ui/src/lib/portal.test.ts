import { describe, expect, it } from "vitest";
import { certificateStateId, lineErrorText, searchOf } from "./portal";

describe("portal users", () => {
  it("names each certificate state, and none", () => {
    expect(certificateStateId(null)).toBe("portal-cert-none");
    expect(certificateStateId("active")).toBe("badge-valid");
    expect(certificateStateId("revoked")).toBe("badge-revoked");
    expect(certificateStateId("mystery")).toBe("portal-cert-other");
  });

  it("sends no search for blanks", () => {
    expect(searchOf("  ")).toBeNull();
    expect(searchOf(" ann ")).toBe("ann");
  });

  it("puts the line number before the sentence", () => {
    const text = lineErrorText({ line: 3, code: "portal.invalid-email", params: { value: "x" }, message: "raw" });
    expect(text).toContain("3");
    expect(text).not.toContain("raw");
  });
});
