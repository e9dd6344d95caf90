import { describe, expect, it } from "vitest";
import { newPasswordProblem } from "./validation";

describe("newPasswordProblem", () => {
  it("counts characters, not UTF-16 units", () => {
    expect(newPasswordProblem("👍👍👍", "👍👍👍", 4)?.id).toBe("validation-password-short");
    expect(newPasswordProblem("סיסמהא", "סיסמהא", 6)).toBeNull();
  });

  it("names the minimum and then the mismatch", () => {
    expect(newPasswordProblem("abc", "abc", 6)).toEqual({ id: "validation-password-short", args: { min: 6 } });
    expect(newPasswordProblem("abcdef", "abcdeg", 6)?.id).toBe("validation-password-mismatch");
  });
});
