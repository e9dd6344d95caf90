import { afterEach, describe, expect, it } from "vitest";
import {
  attributeLabel,
  badgeMessage,
  certificateBadge,
  colonHex,
  expiryMessage,
  holderProblem,
  isTokenLocation,
  issueKeyInput,
  keyProblem,
  newKeyChoice,
  optional,
  organizationProblem,
  positiveInteger,
  sealBadge,
  sealKeyInput,
  tokenLabel,
  yearChoices,
} from "./pki";
import type { CertificateStatus, StatusReason } from "./api";
import { format, messageIds, setLanguage, t } from "./i18n.svelte";

const facts = (status: CertificateStatus, days: number, reason: StatusReason | null = null, expiringSoon = false) => ({
  status,
  status_reason: reason,
  days_to_expiry: days,
  expiring_soon: expiringSoon,
});

afterEach(() => setLanguage("en"));

/** Text without the bidi isolation marks Fluent puts around placeables. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, "");

describe("certificate badges", () => {
  it("flags the valid certificates the core says end soon", () => {
    expect(certificateBadge(facts("valid", 400)).kind).toBe("valid");
    expect(certificateBadge(facts("valid", 10, null, true)).kind).toBe("expiring");
  });

  it("takes the core's status as it is", () => {
    expect(certificateBadge(facts("expired", -3)).kind).toBe("expired");
    // A revoked certificate is revoked, however long it would still run.
    expect(certificateBadge(facts("revoked", 300)).kind).toBe("revoked");
    expect(certificateBadge(facts("not-yet-valid", 400)).kind).toBe("not-yet-valid");
    expect(certificateBadge(facts("superseded", 10)).kind).toBe("superseded");
  });

  it("names the fallen seal as the reason", () => {
    expect(certificateBadge(facts("issuer-invalid", 100, "seal-revoked"))).toEqual({ kind: "invalid", reason: "seal-revoked" });
    expect(certificateBadge(facts("issuer-invalid", -1, "seal-expired"))).toEqual({ kind: "invalid", reason: "seal-expired" });
    const text = t(badgeMessage({ kind: "invalid", reason: "seal-revoked" }).id, { reason: "seal-revoked" });
    expect(text).toBe("Invalid: seal revoked");
    expect(t("badge-invalid", { reason: "seal-expired" })).toBe("Invalid: seal expired");
  });

  it("shows the one valid seal as current and uses seal words for the others", () => {
    expect(sealBadge(facts("valid", 1000)).kind).toBe("current");
    expect(sealBadge(facts("valid", 5)).kind).toBe("current");
    expect(sealBadge(facts("superseded", 800)).kind).toBe("seal-superseded");
    expect(sealBadge(facts("expired", -1)).kind).toBe("seal-expired");
    expect(sealBadge(facts("revoked", 500)).kind).toBe("seal-revoked");
  });

  it("has a message for every badge in every language", () => {
    const kinds = ["current", "valid", "expiring", "expired", "revoked", "superseded", "not-yet-valid", "invalid"];
    const seal = ["superseded", "expired", "revoked", "not-yet-valid"].map((k) => `seal-${k}`);
    for (const lang of ["en", "pl", "he", "it", "ru", "uk"] as const) {
      const ids = messageIds(lang);
      for (const kind of [...kinds, ...seal]) expect(ids).toContain(badgeMessage({ kind } as never).id);
    }
  });
});

describe("days to expiry", () => {
  it("says days left or days ago, with the language's plural", () => {
    expect(expiryMessage(facts("valid", 12))).toEqual({ id: "days-left", args: { days: 12 } });
    expect(expiryMessage(facts("expired", -4))).toEqual({ id: "days-ago", args: { days: 4 } });
    // Expired within the last day: the core counts whole days, so zero.
    expect(expiryMessage(facts("expired", 0))).toEqual({ id: "days-ago", args: { days: 0 } });
    expect(plain(format("en", "days-left", { days: 1 }))).toBe("1 day left");
    expect(plain(format("en", "days-left", { days: 1095 }))).toBe("1,095 days left");
    expect(plain(format("en", "days-left", { days: 0 }))).toBe("expires today");
    expect(plain(format("pl", "days-left", { days: 2 }))).toBe("zostały 2 dni");
    expect(plain(format("pl", "days-left", { days: 5 }))).toBe("zostało 5 dni");
    expect(plain(format("ru", "days-ago", { days: 21 }))).toBe("истёк 21 день назад");
    expect(plain(format("uk", "days-left", { days: 3 }))).toBe("залишилося 3 дні");
    expect(plain(format("he", "days-left", { days: 2 }))).toBe("נותרו יומיים");
  });
});

describe("token locations", () => {
  it("recognises token keys and reads the token label", () => {
    expect(isTokenLocation({ kind: "token", token: "Biuro", object: "seal-2026" })).toBe(true);
    expect(isTokenLocation({ kind: "file", path: "/home/anna/seal.key" })).toBe(false);
    expect(isTokenLocation(null)).toBe(false);
    expect(tokenLabel({ kind: "token", token: "Office A/B", object: "key" })).toBe("Office A/B");
    expect(tokenLabel({ kind: "token", token: "", object: "key" })).toBeNull();
    expect(tokenLabel({ kind: "file", path: "/tmp/token:x" })).toBeNull();
  });
});

describe("form checks", () => {
  it("asks for the key file, a password typed twice, or a registered key and its secret", () => {
    const key = newKeyChoice("ec-p256", true);
    expect(keyProblem(key)?.id).toBe("validation-key-path-required");
    key.path = "/tmp/seal.key";
    expect(keyProblem(key)?.id).toBe("validation-key-password-required");
    key.password = "Lipa-Kwiat";
    expect(keyProblem(key)?.id).toBe("validation-password-mismatch");
    key.confirm = "Lipa-Kwiat";
    expect(keyProblem(key)).toBeNull();
    // A new key SealDesk places itself needs no path.
    const issued = { ...newKeyChoice("ec-p256", false), password: "x", confirm: "x" };
    expect(keyProblem(issued)).toBeNull();

    key.mode = "existing";
    expect(keyProblem(key)?.id).toBe("validation-key-id-required");
    key.keyId = "0";
    expect(keyProblem(key)?.id).toBe("validation-key-id-required");
    key.keyId = "3";
    expect(keyProblem(key)?.id).toBe("validation-secret-required");
    key.secret = "1234";
    expect(keyProblem(key)).toBeNull();
  });

  it("needs the organisation's name, country and an identifier the core accepted", () => {
    const accepted = { ok: { organization_id: "VATPL-5260250274" } };
    expect(organizationProblem({ name: " ", orgId: "", country: "" }, null)?.id).toBe("validation-org-name-required");
    expect(organizationProblem({ name: "Biuro", orgId: "5260250274", country: "" }, null)?.id).toBe(
      "validation-country-required",
    );
    expect(organizationProblem({ name: "Biuro", orgId: "", country: "PL" }, null)?.id).toBe("validation-org-id-required");
    const org = { name: "Biuro", orgId: "5260250274", country: "PL" };
    expect(organizationProblem(org, null)?.id).toBe("validation-business-id-checking");
    const refused = {
      error: { code: "id.invalid-checksum", message: "bad check digit", params: { value: "5260250275" } },
    };
    expect(organizationProblem(org, refused)).toEqual({ id: "error-id-invalid-checksum", args: { value: "5260250275" } });
    expect(organizationProblem(org, accepted)).toBeNull();
  });

  it("checks the holder against the core's longest validity", () => {
    const holder = { profile: "signing", name: "Anna Nowak", companyCode: "", login: "", days: "365" };
    expect(holderProblem(holder, 3650)).toBeNull();
    expect(holderProblem({ ...holder, name: "" }, 3650)?.id).toBe("validation-common-name-required");
    expect(holderProblem({ ...holder, profile: "portal-user" }, 3650)?.id).toBe("validation-portal-fields-required");
    expect(holderProblem({ ...holder, profile: "portal-user", companyCode: "K-17", login: "anowak" }, 3650)).toBeNull();
    expect(holderProblem({ ...holder, days: "3651" }, 3650)).toEqual({ id: "validation-days-range", args: { max: 3650 } });
    expect(holderProblem({ ...holder, days: "1.5" }, 3650)?.id).toBe("validation-days-range");
    expect(holderProblem({ ...holder, days: "" }, 3650)?.id).toBe("validation-days-range");
  });

  it("reads whole positive numbers only", () => {
    expect(positiveInteger("12")).toBe(12);
    expect(positiveInteger(" 7 ")).toBe(7);
    expect(positiveInteger(5)).toBe(5);
    for (const bad of ["", "0", "-1", "1e3", "2.5", "abc", null, undefined, "99999999999999999999"]) {
      expect(positiveInteger(bad)).toBeNull();
    }
  });
});

describe("command arguments", () => {
  it("sends a new key file or a registered key with the right kind of secret", () => {
    const key = { ...newKeyChoice("ec-p384", true), path: " /tmp/seal.key ", password: "pw", confirm: "pw" };
    expect(sealKeyInput(key)).toEqual({ kind: "new-file", algorithm: "ec-p384", path: "/tmp/seal.key", password: "pw" });
    expect(issueKeyInput(key)).toEqual({ kind: "new", algorithm: "ec-p384", password: "pw" });
    const token = { ...key, mode: "existing" as const, keyId: "4", secret: "123456", onToken: true };
    expect(sealKeyInput(token)).toEqual({ kind: "existing", key_id: 4, secret: { kind: "pin", value: "123456" } });
    const file = { ...token, onToken: false };
    expect(issueKeyInput(file)).toEqual({ kind: "existing", key_id: 4, secret: { kind: "password", value: "123456" } });
  });

  it("leaves empty optional fields out", () => {
    expect(optional("  ")).toBeNull();
    expect(optional(" PL ")).toBe("PL");
  });
});

describe("presentation helpers", () => {
  it("groups fingerprints in byte pairs", () => {
    expect(colonHex("0a1bff")).toBe("0A:1B:FF");
    expect(colonHex("abc")).toBe("AB:C");
    expect(colonHex("")).toBe("");
  });

  it("offers 1 to the core's maximum years", () => {
    expect(yearChoices(10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(yearChoices(0)).toEqual([]);
  });

  it("names the common subject attributes and leaves others as they are", () => {
    expect(attributeLabel("organizationIdentifier")).toBe("attr-organization-identifier");
    expect(attributeLabel("2.5.4.99")).toBeNull();
  });
});
