import { describe, expect, it } from "vitest";
import {
  exportProblem,
  extensionOf,
  importProblem,
  importedMessage,
  isPkcs12Path,
  issuePkcs12Problem,
  issuePkcs12Target,
  newIssuePkcs12Form,
  pkcs12Profile,
  suggestedExportName,
  withExtension,
  type ExportForm,
} from "./certificate-files";
import { format } from "./i18n.svelte";
import type { CertificateRecord } from "./api";

describe("file names", () => {
  it("reads the extension of the last part of a path only", () => {
    expect(extensionOf("/home/anna/jan.P12")).toBe("p12");
    expect(extensionOf("C:\\Users\\anna\\cert.der")).toBe("der");
    expect(extensionOf("/home/anna.d/certificate")).toBeNull();
    expect(extensionOf("/home/anna/.pem")).toBeNull();
    expect(extensionOf("jan.")).toBeNull();
    expect(extensionOf("")).toBeNull();
  });

  it("asks for a password for .p12 and .pfx files", () => {
    expect(isPkcs12Path("/tmp/jan.p12")).toBe(true);
    expect(isPkcs12Path(" /tmp/JAN.PFX ")).toBe(true);
    expect(isPkcs12Path("/tmp/jan.pem")).toBe(false);
    expect(isPkcs12Path("/tmp/p12")).toBe(false);
  });

  it("gives the path the extension of the chosen format", () => {
    expect(withExtension("/tmp/jan.pem", "cer")).toBe("/tmp/jan.cer");
    expect(withExtension("/tmp/jan.CER", "p12")).toBe("/tmp/jan.p12");
    expect(withExtension("/tmp/jan", "pem")).toBe("/tmp/jan.pem");
    expect(withExtension("/tmp/jan.", "pem")).toBe("/tmp/jan.pem");
    expect(withExtension("/tmp/v1.2/jan", "pem")).toBe("/tmp/v1.2/jan.pem");
    // Another extension is the user's choice; the core explains what it takes.
    expect(withExtension("/tmp/jan.txt", "pem")).toBe("/tmp/jan.txt");
    expect(withExtension("   ", "pem")).toBe("");
  });

  it("offers a name by the certificate number and the format", () => {
    expect(suggestedExportName(7, "pem")).toBe("certificate-7.pem");
    expect(suggestedExportName(7, "der")).toBe("certificate-7.cer");
    expect(suggestedExportName(7, "pkcs12")).toBe("certificate-7.p12");
  });
});

describe("export formats", () => {

  it("names the weaker protection only when asked for", () => {
    expect(pkcs12Profile(false)).toBe("modern");
    expect(pkcs12Profile(true)).toBe("legacy-windows");
  });
});

describe("form problems", () => {
  it("needs a file to import, and a password for a PKCS#12", () => {
    expect(importProblem({ path: " ", password: "", askPassword: false })?.id).toBe("validation-import-file-required");
    expect(importProblem({ path: "/tmp/a.pem", password: "", askPassword: false })).toBeNull();
    expect(importProblem({ path: "/tmp/a.p12", password: "", askPassword: true })?.id).toBe(
      "validation-import-password-required",
    );
    expect(importProblem({ path: "/tmp/a.p12", password: "x", askPassword: true })).toBeNull();
  });

  it("needs a file; for PKCS#12 the key password and a new password typed twice", () => {
    const form: ExportForm = { format: "pem", path: "", keyPassword: "", password: "", confirm: "", legacy: false };
    expect(exportProblem(form)?.id).toBe("validation-file-required");
    expect(exportProblem({ ...form, path: "/tmp/a.pem" })).toBeNull();
    const p12 = { ...form, format: "pkcs12" as const, path: "/tmp/a.p12" };
    expect(exportProblem(p12)?.id).toBe("validation-export-key-password-required");
    expect(exportProblem({ ...p12, keyPassword: "k" })?.id).toBe("validation-pkcs12-password-required");
    expect(exportProblem({ ...p12, keyPassword: "k", password: "a", confirm: "b" })?.id).toBe("validation-password-mismatch");
    expect(exportProblem({ ...p12, keyPassword: "k", password: "a", confirm: "a" })).toBeNull();
  });

  it("checks the PKCS#12 part of the issue form only when it is asked for", () => {
    const form = newIssuePkcs12Form();
    expect(issuePkcs12Problem(form)).toBeNull();
    const on = { ...form, enabled: true };
    expect(issuePkcs12Problem(on)?.id).toBe("validation-file-required");
    expect(issuePkcs12Problem({ ...on, path: "/tmp/jan.p12" })?.id).toBe("validation-pkcs12-password-required");
    expect(issuePkcs12Problem({ ...on, path: "/tmp/jan.p12", password: "a", confirm: "a" })).toBeNull();
  });

  it("sends the PKCS#12 target only when asked for and possible", () => {
    const form = { enabled: true, path: " /tmp/jan.p12 ", password: "pw", confirm: "pw", legacy: true };
    expect(issuePkcs12Target(form, false)).toEqual({ path: "/tmp/jan.p12", password: "pw", profile: "legacy-windows" });
    expect(issuePkcs12Target(form, true)).toBeNull();
    expect(issuePkcs12Target({ ...form, enabled: false }, false)).toBeNull();
  });
});

describe("messages", () => {
  it("counts imported certificates by each language's plural rules", () => {
    expect(format("en", "import-done", { count: 1 })).toBe("One certificate imported.");
    expect(format("en", "import-done", { count: 3 })).toContain("certificates imported");
    expect(format("pl", "import-done", { count: 3 })).toContain("certyfikaty");
    expect(format("pl", "import-done", { count: 5 })).toContain("certyfikatów");
    expect(format("he", "import-done", { count: 2 })).toBe("יובאו שתי תעודות.");
    expect(format("uk", "import-done", { count: 5 })).toContain("сертифікатів");
    for (const language of ["en", "pl", "he", "it", "ru", "uk"] as const) {
      expect(format(language, "import-nothing-new", { count: 2 })).toContain("SealDesk");
      expect(format(language, "import-key-added", { count: 1 })).toContain("SealDesk");
    }
  });
});

describe("what an import added", () => {
  const record = {} as CertificateRecord;
  it("counts the new certificates, else says a key was added or nothing was", () => {
    expect(importedMessage({ certificates: [record, record], added: 1, key_added: true })).toEqual({ id: "import-done", args: { count: 1 } });
    expect(importedMessage({ certificates: [record], added: 0, key_added: true }).id).toBe("import-key-added");
    expect(importedMessage({ certificates: [record, record], added: 0, key_added: false })).toEqual({ id: "import-nothing-new", args: { count: 2 } });
  });
});
