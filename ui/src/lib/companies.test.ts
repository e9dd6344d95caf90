import { afterEach, describe, expect, it } from "vitest";
import {
  actorKey,
  actorLine,
  companyFieldOf,
  companyForm,
  companyRequest,
  countryName,
  operatorFieldOf,
  quotaProblem,
} from "./companies";
import { setLanguage } from "./i18n.svelte";
import type { Company } from "./generated/Company";

const NORD: Company = {
  id: 2,
  code: "NORD",
  name: "Biuro Rachunkowe Nord Sp. z o.o.",
  country: "PL",
  business_id: "5260250274",
  organization_identifier: "VATPL-5260250274",
  language: "pl",
  quota: 0,
  cert_folder: "/srv/certyfikaty",
  monthly_folders: true,
  publication_url: null,
};

afterEach(() => setLanguage("en"));

describe("the company form", () => {
  it("starts empty for a new company and sends empty fields as none", () => {
    const request = companyRequest(companyForm(null));
    expect(request).toEqual({
      name: "",
      country: null,
      business_id: null,
      language: null,
      quota: null,
      cert_folder: null,
      monthly_folders: false,
      publication_url: null,
    });
  });

  it("holds a company as it was and gives back the same request", () => {
    const form = companyForm(NORD);
    expect(form.quota).toBe("0");
    expect(form.code).toBe("NORD");
    expect(companyRequest(form)).toEqual({
      name: NORD.name,
      country: "PL",
      business_id: "5260250274",
      language: "pl",
      quota: 0,
      cert_folder: "/srv/certyfikaty",
      monthly_folders: true,
      publication_url: null,
    });
  });

  it("trims the optional fields and leaves the name to the core", () => {
    const form = { ...companyForm(null), name: "  ", country: " il ", quota: " 12 ", publicationUrl: "   " };
    const request = companyRequest(form);
    expect(request.name).toBe("  ");
    expect(request.country).toBe("il");
    expect(request.quota).toBe(12);
    expect(request.publication_url).toBeNull();
  });
});

describe("quotaProblem", () => {
  it("takes a whole number or nothing", () => {
    expect(quotaProblem("")).toBeNull();
    expect(quotaProblem("0")).toBeNull();
    expect(quotaProblem("4294967295")).toBeNull();
  });

  it("refuses what is not a whole number the core can hold", () => {
    for (const typed of ["-1", "2.5", "ten", "1e3", "4294967296"]) {
      expect([typed, quotaProblem(typed)]).toEqual([typed, { id: "validation-quota-number" }]);
    }
  });
});

describe("where a refusal is shown", () => {
  it("puts the company's refusals under their fields", () => {
    expect(companyFieldOf("company.code-taken")).toBe("code");
    expect(companyFieldOf("company.invalid-code")).toBe("code");
    expect(companyFieldOf("company.name-required")).toBe("name");
    expect(companyFieldOf("pki.invalid-country")).toBe("country");
    expect(companyFieldOf("id.invalid-checksum")).toBe("businessId");
    expect(companyFieldOf("company.quota-below-active")).toBe("quota");
  });

  it("leaves the rest to the dialog's own message", () => {
    expect(companyFieldOf("auth.administrator-only")).toBeNull();
    expect(companyFieldOf("session.locked")).toBeNull();
    expect(operatorFieldOf("store.database")).toBeNull();
  });

  it("puts the operator's refusals under their fields", () => {
    expect(operatorFieldOf("operator.login-taken")).toBe("login");
    expect(operatorFieldOf("operator.invalid-login")).toBe("login");
    expect(operatorFieldOf("admin.name-required")).toBe("name");
    expect(operatorFieldOf("admin.password-too-short")).toBe("password");
  });
});

describe("who is signed in", () => {
  it("tells two operators apart, and both from the administrator", () => {
    const jan = actorKey({ kind: "operator", id: 1, login: "jan", name: "Jan" });
    const ewa = actorKey({ kind: "operator", id: 2, login: "ewa", name: "Ewa" });
    const admin = actorKey({ kind: "administrator", name: "Dana" });
    expect(new Set([jan, ewa, admin, actorKey(undefined)]).size).toBe(4);
  });

  it("names the operator with the login, the administrator with the role", () => {
    expect(actorLine({ kind: "operator", id: 1, login: "jan", name: "Jan Nowak" })).toEqual({
      id: "shell-actor-operator",
      args: { name: "Jan Nowak", login: "jan" },
    });
    expect(actorLine({ kind: "administrator", name: "Dana" }).id).toBe("shell-actor-administrator");
  });
});

describe("countryName", () => {
  it("names a country the app knows in the user's language, else shows the code", () => {
    expect(countryName("PL")).toBe("Poland");
    setLanguage("pl");
    expect(countryName("pl")).toBe("Polska");
    expect(countryName("DE")).toBe("DE");
    expect(countryName(null)).toBe("—");
  });
});
