// Importing and exporting certificate files: the file name a format asks
// for, and what the import, export and "also save as PKCS#12" forms lack
// before a command is sent. Which formats a certificate allows comes from
// the core; it reads the file's content and checks everything again.
import type { ExportFormat, Imported, Pkcs12Profile } from "./api";
import type { Problem } from "./validation";

/** Extensions of PKCS#12 files, which need a password. */
export const PKCS12_EXTENSIONS = ["p12", "pfx"];
/** Extensions of certificate files (PEM or DER, one certificate or a chain). */
export const CERTIFICATE_EXTENSIONS = ["pem", "crt", "cer", "der"];

/** The extension each export format is saved with; the core picks PEM or DER by it. */
export const EXPORT_EXTENSION: Record<ExportFormat, string> = { pem: "pem", der: "cer", pkcs12: "p12" };

const KNOWN_EXTENSIONS = new Set([...CERTIFICATE_EXTENSIONS, ...PKCS12_EXTENSIONS]);

/** The lower-case extension of a path's last part, or null. */
export function extensionOf(path: string): string | null {
  const name = path.trim().split(/[\\/]/).pop() ?? "";
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : null;
}

/** Whether a path names a PKCS#12 file (.p12, .pfx). */
export function isPkcs12Path(path: string): boolean {
  return PKCS12_EXTENSIONS.includes(extensionOf(path) ?? "");
}

/**
 * The path with the extension a format asks for: a certificate or PKCS#12
 * extension is replaced, a name without one gets it, any other is left for
 * the core to refuse with its own message.
 */
export function withExtension(path: string, extension: string): string {
  const trimmed = path.trim();
  if (trimmed === "") return "";
  const current = extensionOf(trimmed);
  if (current === null) return `${trimmed.replace(/\.$/, "")}.${extension}`;
  if (!KNOWN_EXTENSIONS.has(current)) return trimmed;
  return `${trimmed.slice(0, trimmed.length - current.length)}${extension}`;
}

/** The file name offered for an export. */
export function suggestedExportName(id: number, format: ExportFormat): string {
  return `certificate-${id}.${EXPORT_EXTENSION[format]}`;
}

/** The PKCS#12 protection for the "old Windows" choice. */
export function pkcs12Profile(legacy: boolean): Pkcs12Profile {
  return legacy ? "legacy-windows" : "modern";
}

/** What a new PKCS#12 password, typed twice, lacks. */
export function pkcs12PasswordProblem(password: string, confirm: string): Problem | null {
  if (password === "") return { id: "validation-pkcs12-password-required" };
  if (password !== confirm) return { id: "validation-password-mismatch" };
  return null;
}

const blank = (value: string) => value.trim() === "";

/** What the import form lacks; `askPassword` when the file is (or proved to be) a PKCS#12. */
export function importProblem(form: { path: string; password: string; askPassword: boolean }): Problem | null {
  if (blank(form.path)) return { id: "validation-import-file-required" };
  if (form.askPassword && form.password === "") return { id: "validation-import-password-required" };
  return null;
}

/** The export form as the user fills it in. */
export interface ExportForm {
  format: ExportFormat;
  path: string;
  keyPassword: string;
  password: string;
  confirm: string;
  legacy: boolean;
}

/** What the export form lacks. */
export function exportProblem(form: ExportForm): Problem | null {
  if (blank(form.path)) return { id: "validation-file-required" };
  if (form.format !== "pkcs12") return null;
  if (form.keyPassword === "") return { id: "validation-export-key-password-required" };
  return pkcs12PasswordProblem(form.password, form.confirm);
}

/** The "also save as PKCS#12" part of the issue form. */
export interface IssuePkcs12Form {
  enabled: boolean;
  path: string;
  password: string;
  confirm: string;
  legacy: boolean;
}

export function newIssuePkcs12Form(): IssuePkcs12Form {
  return { enabled: false, path: "", password: "", confirm: "", legacy: false };
}

/** What the "also save as PKCS#12" part lacks, when it is asked for. */
export function issuePkcs12Problem(form: IssuePkcs12Form): Problem | null {
  if (!form.enabled) return null;
  if (blank(form.path)) return { id: "validation-file-required" };
  return pkcs12PasswordProblem(form.password, form.confirm);
}

/** The `pkcs12` argument of issue_certificate; null when not asked for or not possible. */
export function issuePkcs12Target(
  form: IssuePkcs12Form,
  keyOnToken: boolean,
): { path: string; password: string; profile: Pkcs12Profile } | null {
  if (!form.enabled || keyOnToken) return null;
  return { path: form.path.trim(), password: form.password, profile: pkcs12Profile(form.legacy) };
}

/**
 * The sentence saying what an import added: the count of new certificates,
 * a key added to one already there, or that the file held nothing new.
 */
export function importedMessage(result: Imported): { id: string; args: { count: number } } {
  if (result.added > 0) return { id: "import-done", args: { count: result.added } };
  if (result.key_added) return { id: "import-key-added", args: { count: result.certificates.length } };
  return { id: "import-nothing-new", args: { count: result.certificates.length } };
}
