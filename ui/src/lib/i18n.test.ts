import { afterEach, describe, expect, it } from "vitest";
import { FluentResource } from "@fluent/bundle";
import { LANGUAGES, format, formatDate, formatNumber, messageIds, setLanguage, t } from "./i18n.svelte";
import { errorMessageId, errorText } from "./errors";

const sources = import.meta.glob("../locales/*/main.ftl", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

/** The variables each message uses, e.g. {"error-io": ["detail", "path"]}. */
function variables(lang: string): Map<string, string[]> {
  const text = sources[`../locales/${lang}/main.ftl`]!;
  const result = new Map<string, string[]>();
  let current = "";
  for (const line of text.split("\n")) {
    const start = /^([a-z][a-z0-9-]*) =/.exec(line);
    if (start) current = start[1]!;
    if (!current || line.startsWith("#")) continue;
    const found = [...line.matchAll(/\{\s*\$([a-z_]+)/g)].map((m) => m[1]!);
    result.set(current, [...new Set([...(result.get(current) ?? []), ...found])].sort());
  }
  return result;
}

afterEach(() => setLanguage("en"));

describe("translations", () => {
  const english = messageIds("en").sort();

  it.each(LANGUAGES)("%s parses and has exactly the English messages", (lang) => {
    const resource = new FluentResource(sources[`../locales/${lang}/main.ftl`]!);
    expect(resource.body.length).toBe(english.length);
    expect(messageIds(lang).sort()).toEqual(english);
  });

  it.each(LANGUAGES)("%s uses the same variables as English", (lang) => {
    const en = variables("en");
    const theirs = variables(lang);
    for (const [id, vars] of en) expect([id, theirs.get(id)]).toEqual([id, vars]);
  });

  it("formats plurals per language", () => {
    const one = format("en", "error-admin-throttled", { seconds: 1 });
    expect(one).toContain("second");
    expect(one).not.toContain("seconds");
    expect(format("en", "error-admin-throttled", { seconds: 5 })).toContain("seconds");
    const pl2 = format("pl", "error-admin-throttled", { seconds: 2 });
    const pl5 = format("pl", "error-admin-throttled", { seconds: 5 });
    expect(pl2).not.toEqual(pl5.replace("5", "2"));
  });
});

describe("language switching", () => {
  it("mirrors the document for Hebrew only", () => {
    setLanguage("he");
    expect(document.documentElement.dir).toBe("rtl");
    expect(document.documentElement.lang).toBe("he");
    expect(t("nav-settings")).toBe(format("he", "nav-settings"));
    setLanguage("uk");
    expect(document.documentElement.dir).toBe("ltr");
  });

  it("writes a calendar day as that day, whatever the time zone", () => {
    setLanguage("pl");
    const day = formatDate("2026-12-06");
    expect(day).toContain("6");
    expect(day).toContain("2026");
    expect(day).not.toContain("5");
    setLanguage("en");
    expect(formatDate("2026-01-01")).toContain("2026");
    expect(formatDate("2026-01-01")).not.toContain("2025");
  });

  it("formats numbers by the language", () => {
    setLanguage("en");
    expect(formatNumber(12345.5)).toBe("12,345.5");
    setLanguage("it");
    expect(formatNumber(12345.5)).toBe("12.345,5");
  });
});

describe("errors", () => {
  it("maps codes to message ids", () => {
    expect(errorMessageId("admin.wrong-password")).toBe("error-admin-wrong-password");
  });

  it("localizes a core error with its parameters", () => {
    setLanguage("en");
    const text = errorText({ code: "admin.password-too-short", params: { min: 6 }, message: "fallback" });
    expect(text).toContain("6");
    expect(text).not.toBe("fallback");
  });

  it("falls back to the core's English sentence for an unknown code", () => {
    expect(errorText({ code: "new.thing", params: {}, message: "the fallback" })).toBe("the fallback");
  });

  it("describes a thrown non-core value in words, without its raw text", () => {
    const text = errorText(new Error("org.freedesktop.DBus.Error.ServiceUnknown: boom"));
    expect(text).toBe(t("error-unknown"));
    expect(text).not.toMatch(/boom|DBus/);
  });

  it("names the part of a template in the user's language", () => {
    setLanguage("pl");
    const text = errorText({ code: "mail.template-empty", params: { part: "text" }, message: "" });
    expect(text).toBe("Treść szablonu nie może być pusta.");
    const brace = errorText({ code: "mail.template-unbalanced-brace", params: { part: "subject" }, message: "" });
    expect(brace.replace(/[\u2068\u2069]/g, "")).toContain("w temacie");
  });

  it("says why the mail server could not be reached, not the system's text", () => {
    const text = errorText({
      code: "mail.server-unreachable",
      params: { reason: "connection-refused", detail: "Connection refused (os error 111)" },
      message: "",
    });
    expect(text).toMatch(/refused the connection/);
    expect(text).not.toMatch(/os error/);
    const missing = errorText({ code: "io.not-found", params: { path: "/tmp/a.pdf" }, message: "" });
    expect(missing).toContain("/tmp/a.pdf");
  });
});
