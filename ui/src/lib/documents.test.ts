import { describe, expect, it } from "vitest";
import { addPaths, batchSummary, commonName, fileName, folderOf, signerChoices } from "./documents";
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
      { input: "/a", signed: { output: "/a.p7s", format: "cades" }, verification: null, error: null },
      { input: "/b", signed: null, verification: null, error: error("io") },
      { input: "/c", signed: null, verification: null, error: error("cancelled") },
      { input: "/d", signed: null, verification: null, error: error("cancelled") },
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

/** Text without the isolation marks. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, "");

describe("signerChoices", () => {
  const cert = (id: number, subject: string) => ({
    id,
    subject,
    holder: { name: subject.replace(/^CN=/, ""), organization: id === 1 ? "Biuro Rachunkowe" : null, identifier: id === 1 ? "VATPL-5260250274" : null, email: null },
    not_after: "2027-01-01T00:00:00Z",
    on_token: id === 3,
  });
  it("names certificates by identity and puts the active one first", () => {
    const choices = signerChoices(
      [cert(1, "CN=Plain Holder"), cert(2, "CN=Jan"), cert(3, "CN=Dana")],
      [
        { certificate_id: 2, business_name: "Biuro", signer_name: "Jan Kowalski", active: false },
        { certificate_id: 3, business_name: "דנה בע״מ", signer_name: "דנה לוי", active: true },
        { certificate_id: null, business_name: "Waiting", signer_name: "Nobody", active: false },
      ],
    );
    expect(choices.map((c) => [c.certificateId, plain(c.label), c.active, c.onToken])).toEqual([
      [3, "דנה לוי (דנה בע״מ)", true, true],
      [2, "Jan Kowalski (Biuro)", false, false],
      [1, "Plain Holder, Biuro Rachunkowe · VATPL-5260250274", false, false],
    ]);
    // Each part is isolated, the identifier as left to right, so in Hebrew
    // the line keeps its order and the identifier reads forwards.
    expect(choices[0]!.label).toBe("\u2068דנה לוי\u2069 (\u2068דנה בע״מ\u2069)");
    expect(choices[2]!.label).toContain("\u2066VATPL-5260250274\u2069");
  });
  it("shows a bidi override in a holder's name as a visible mark, not as an isolate", () => {
    const [choice] = signerChoices([{ ...cert(4, "CN=x"), holder: { name: "\u202eevil", organization: null, identifier: null, email: null } }], []);
    expect(choice!.label).toBe("\u2068⟨U+202E⟩evil\u2069");
  });
});
