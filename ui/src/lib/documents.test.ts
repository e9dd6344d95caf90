import { describe, expect, it } from "vitest";
import { addPaths, batchSummary, commonName, fileName, folderOf } from "./documents";
import type { SignedItem } from "./api";

describe("addPaths", () => {
  it("appends new paths in order and drops blanks and repeats", () => {
    expect(addPaths(["/a.pdf"], [" /b.pdf ", "", "/a.pdf", "/b.pdf", "/c.txt"])).toEqual([
      "/a.pdf",
      "/b.pdf",
      "/c.txt",
    ]);
  });
  it("does not change the list it was given", () => {
    const current = ["/a.pdf"];
    addPaths(current, ["/b.pdf"]);
    expect(current).toEqual(["/a.pdf"]);
  });
});

describe("fileName and folderOf", () => {
  it("split POSIX and Windows paths", () => {
    expect(fileName("/home/anna/Faktura 1.pdf")).toBe("Faktura 1.pdf");
    expect(fileName("C:\\Users\\Dana\\חשבונית.pdf")).toBe("חשבונית.pdf");
    expect(folderOf("/home/anna/Faktura 1.pdf")).toBe("/home/anna");
    expect(folderOf("C:\\Users\\Dana\\a.pdf")).toBe("C:\\Users\\Dana");
    expect(folderOf("a.pdf")).toBe("");
  });
});

describe("batchSummary", () => {
  const error = (code: string) => ({ code, params: {}, message: code });
  it("counts signed, failed and stopped files", () => {
    const items: SignedItem[] = [
      { input: "/a", signed: { output: "/a.p7s", format: "cades" }, error: null },
      { input: "/b", signed: null, error: error("io") },
      { input: "/c", signed: null, error: error("cancelled") },
      { input: "/d", signed: null, error: error("cancelled") },
    ];
    expect(batchSummary(items)).toEqual({ signed: 1, failed: 1, stopped: 2 });
  });
});

describe("commonName", () => {
  it("reads CN with escaped commas and falls back to the subject", () => {
    expect(commonName("CN=Nowak\\, Anna,O=Biuro,C=PL")).toBe("Nowak, Anna");
    expect(commonName("O=Biuro,CN=Олена Коваль")).toBe("Олена Коваль");
    expect(commonName("O=Biuro")).toBe("O=Biuro");
  });
});
