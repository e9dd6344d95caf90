import { describe, expect, it } from "vitest";
import type { IdKind } from "./api";
import {
  OTHER_COUNTRY,
  businessProblem,
  certificateProblem,
  countriesOf,
  formCountry,
  identityBadge,
  kindsFor,
  namesProblem,
  newIdentityForm,
  registrationInput,
  requestFileName,
  secretProblem,
  clearIdentitySecrets,
} from "./identity";

const KINDS: IdKind[] = [
  { name: "il-company", label: "ח.פ./ע.מ.", country: "IL" },
  { name: "pl-nip", label: "NIP", country: "PL" },
  { name: "pl-regon", label: "REGON", country: "PL" },
  { name: "ua-edrpou", label: "ЄДРПОУ", country: "UA" },
  { name: "other", label: "ID", country: null },
];

const checked = { ok: { kind: "pl-nip" as const, normalized: "8567346215", subject_value: "VATPL-8567346215" } };

describe("countries and kinds", () => {
  it("offers each country with rules once, in order", () => {
    expect(countriesOf(KINDS)).toEqual(["IL", "PL", "UA"]);
  });

  it("offers a country's own kinds, else the free-form one", () => {
    expect(kindsFor(KINDS, "PL").map((k) => k.name)).toEqual(["pl-nip", "pl-regon"]);
    expect(kindsFor(KINDS, "DE").map((k) => k.name)).toEqual(["other"]);
  });

  it("takes a typed code for another country", () => {
    expect(formCountry({ country: "PL", otherCountry: "" })).toBe("PL");
    expect(formCountry({ country: OTHER_COUNTRY, otherCountry: " de " })).toBe("DE");
  });
});

describe("the wizard's steps", () => {
  it("needs a checked business identifier and shows the core's refusal", () => {
    const form = newIdentityForm("ec-p256", 365);
    expect(businessProblem(form, null)?.id).toBe("validation-business-id-required");
    form.businessId = "8567346216";
    const refusal = {
      error: { code: "id.invalid-checksum", params: { value: "8567346216", kind: "NIP", country: "PL" }, message: "x" },
    };
    expect(businessProblem(form, refusal)).toEqual({
      id: "error-id-invalid-checksum",
      args: { value: "8567346216", kind: "NIP", country: "PL" },
    });
    expect(businessProblem(form, null)?.id).toBe("validation-business-id-checking");
    expect(businessProblem(form, checked)).toBeNull();
    form.country = OTHER_COUNTRY;
    form.otherCountry = "D";
    expect(businessProblem(form, checked)?.id).toBe("validation-country-required");
  });

  it("needs the names and a plausible e-mail", () => {
    const form = newIdentityForm("ec-p256", 365);
    expect(namesProblem(form)?.id).toBe("validation-business-name-required");
    form.businessName = "Żuraw";
    expect(namesProblem(form)?.id).toBe("validation-signer-name-required");
    form.signerName = "Łukasz Żółć";
    form.email = "lukasz@";
    expect(namesProblem(form)?.id).toBe("validation-email-required");
    form.email = "lukasz@zuraw.pl";
    expect(namesProblem(form)).toBeNull();
  });

  it("allows a short signing password from the core's minimum, typed twice", () => {
    const form = newIdentityForm("ec-p256", 365);
    form.password = "ab";
    expect(secretProblem(form, 3)).toEqual({ id: "validation-password-short", args: { min: 3 } });
    form.password = "abc";
    expect(secretProblem(form, 3)?.id).toBe("validation-password-mismatch");
    form.confirm = "abc";
    expect(secretProblem(form, 3)).toBeNull();
    form.keyTarget = "token";
    expect(secretProblem(form, 3)?.id).toBe("validation-token-label-required");
    form.tokenLabel = "podpis";
    expect(secretProblem(form, 3)?.id).toBe("validation-pin-required");
    form.pin = "1234";
    expect(secretProblem(form, 3)).toBeNull();
  });

  it("needs a seal with its secret and a validity in range, or a request file", () => {
    const form = newIdentityForm("ec-p256", 365);
    expect(certificateProblem(form, 3650)?.id).toBe("validation-seal-required");
    form.sealId = 1;
    expect(certificateProblem(form, 3650)?.id).toBe("validation-seal-secret-required");
    form.sealSecret = "seal-pw";
    form.days = "4000";
    expect(certificateProblem(form, 3650)).toEqual({ id: "validation-days-range", args: { max: 3650 } });
    form.days = "365";
    expect(certificateProblem(form, 3650)).toBeNull();
    form.source = "csr";
    expect(certificateProblem(form, 3650)?.id).toBe("validation-file-required");
    form.csrPath = "/tmp/a.csr";
    expect(certificateProblem(form, 3650)).toBeNull();
  });
});

describe("the registration sent to the core", () => {
  it("carries a file key and the seal with its password", () => {
    const form = newIdentityForm("ec-p256", 365);
    Object.assign(form, {
      kind: "pl-nip",
      businessId: " 856-734-62-15 ",
      businessName: " Żuraw ",
      signerName: "Łukasz Żółć",
      email: "lukasz@zuraw.pl",
      password: "abc",
      confirm: "abc",
      sealId: 2,
      sealSecret: "seal-pw",
    });
    expect(registrationInput(form)).toEqual({
      country: "PL",
      kind: "pl-nip",
      business_id: "856-734-62-15",
      business_name: "Żuraw",
      signer_name: "Łukasz Żółć",
      email: "lukasz@zuraw.pl",
      algorithm: "ec-p256",
      key: { kind: "file", password: "abc" },
      certificate: { kind: "seal", seal_id: 2, secret: { kind: "password", value: "seal-pw" }, days: 365 },
      select: true,
    });
    clearIdentitySecrets(form);
    expect([form.password, form.confirm, form.pin, form.sealSecret]).toEqual(["", "", "", ""]);
  });

  it("carries a token key, a guessed kind and a request file", () => {
    const form = newIdentityForm("ec-p384", 365);
    Object.assign(form, { keyTarget: "token", tokenLabel: " podpis ", pin: "1234", source: "csr", csrPath: " /tmp/r.csr " });
    const input = registrationInput(form);
    expect(input.kind).toBeNull();
    expect(input.key).toEqual({ kind: "token", token_label: "podpis", pin: "1234" });
    expect(input.certificate).toEqual({ kind: "csr", path: "/tmp/r.csr" });
  });
});

describe("the identity list", () => {
  it("marks identities waiting for the CA and shows the certificate's standing", () => {
    expect(identityBadge({ state: "awaiting-certificate", days_to_expiry: null, expiring_soon: false })).toEqual({
      kind: "awaiting-certificate",
    });
    expect(identityBadge({ state: "valid", days_to_expiry: 200, expiring_soon: false })).toEqual({ kind: "valid" });
    expect(identityBadge({ state: "valid", days_to_expiry: 10, expiring_soon: true })).toEqual({ kind: "expiring" });
    expect(identityBadge({ state: "expired", days_to_expiry: -3, expiring_soon: false })).toEqual({ kind: "expired" });
  });

  it("suggests a request file name from the signer", () => {
    expect(requestFileName("Łukasz Żółć")).toBe("łukasz-zołc.csr");
    expect(requestFileName("Олена Коваленко")).toBe("олена-коваленко.csr");
    expect(requestFileName("  ")).toBe("identity.csr");
  });
});
