import { describe, expect, it } from "vitest";
import { dayExample, dayPattern, formatDayInput, readDayInput } from "./day-input";
import { LANGUAGES, format } from "./i18n.svelte";

describe("a day typed in the window's language", () => {
  it("is written in each language's order", () => {
    expect(formatDayInput("2026-12-06", "pl")).toBe("06.12.2026");
    expect(formatDayInput("2026-12-06", "uk")).toBe("06.12.2026");
    expect(formatDayInput("2026-12-06", "ru")).toBe("06.12.2026");
    expect(formatDayInput("2026-12-06", "it")).toBe("06/12/2026");
    expect(formatDayInput("2026-12-06", "en")).toBe("12/06/2026");
    expect(dayPattern("he").order).toEqual(["day", "month", "year"]);
    expect(formatDayInput("", "pl")).toBe("");
  });

  it("reads back what it writes, in every language", () => {
    for (const lang of LANGUAGES) {
      expect(readDayInput(formatDayInput("2027-01-31", lang), lang)).toEqual({ iso: "2027-01-31" });
    }
  });

  it("takes other separators, single digits and a pasted ISO day", () => {
    expect(readDayInput("6-12-2026", "pl")).toEqual({ iso: "2026-12-06" });
    expect(readDayInput(" 6 12 2026 ", "uk")).toEqual({ iso: "2026-12-06" });
    expect(readDayInput("2026-12-06", "en")).toEqual({ iso: "2026-12-06" });
    expect(readDayInput("", "pl")).toEqual({ iso: null });
  });

  it("refuses a day that does not exist or is not a day, with an example", () => {
    for (const typed of ["31.02.2026", "13/13/2026", "06.12.26", "yesterday", "1.2.3.4", "06.12.2026x"]) {
      const reading = readDayInput(typed, "pl");
      expect(reading, typed).toEqual({ problem: { id: "validation-day-invalid", args: { example: "31.12.2026" } } });
    }
    // The English order is month first: 31/12 is no month.
    expect("problem" in readDayInput("31/12/2026", "en")).toBe(true);
    expect(dayExample("en")).toBe("12/31/2026");
  });

  it("says so in every language", () => {
    for (const lang of LANGUAGES) {
      const text = format(lang, "validation-day-invalid", { example: dayExample(lang) });
      expect(text, lang).toContain(dayExample(lang));
      expect(text, lang).not.toContain("validation-day-invalid");
    }
  });

  it("shows the format in letters while empty, in the language's order", () => {
    for (const lang of LANGUAGES) {
      const { separator } = dayPattern(lang);
      const placeholder = format(lang, "day-input-placeholder");
      expect(placeholder.split(separator), lang).toHaveLength(3);
      expect(placeholder, lang).not.toMatch(/\d/);
    }
  });
});
