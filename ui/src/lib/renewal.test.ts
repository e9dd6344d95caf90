import { describe, expect, it } from "vitest";
import type { RenewalCandidate } from "./api";
import {
  looksLikeAddress,
  previousDelivery,
  filterCandidates,
  issuers,
  oldSecrets,
  warningMessageId,
  stateBadgeClass,
} from "./renewal";

function candidate(id: number, subject: string, ca: string, email: string | null): RenewalCandidate {
  return {
    id,
    subject,
    holder: subject,
    issuer: `CN=${ca}`,
    email,
    forbidden_email: false,
    not_after: "2026-12-20T00:00:00Z",
    days_to_expiry: 27,
    key_algorithm: "ec-p256",
    on_token: false,
    open_run: null,
    default_start: "2026-12-17",
    ca,
    price_one_year: null,
    price_two_years: null,
  };
}

describe("due certificates", () => {
  const list = [
    candidate(1, "CN=Олена Петренко,C=UA", "ТОВ Ромашка", "olena@mail.ru"),
    candidate(2, "CN=Taras\\, junior,C=UA", "Other Seal", "taras@example.org"),
  ];
  it("are filtered by issuer and by text in subject or e-mail", () => {
    expect(filterCandidates(list, "", "").map((c) => c.id)).toEqual([1, 2]);
    expect(filterCandidates(list, "Other Seal", "").map((c) => c.id)).toEqual([2]);
    expect(filterCandidates(list, "", "ОЛЕНА").map((c) => c.id)).toEqual([1]);
    expect(filterCandidates(list, "", "example.org").map((c) => c.id)).toEqual([2]);
    expect(filterCandidates(list, "Other Seal", "олена")).toEqual([]);
  });
  it("list their CAs once each, sorted", () => {
    expect(issuers([...list, list[0]!])).toEqual(["Other Seal", "ТОВ Ромашка"]);
  });
});

describe("run items", () => {
  it("have a badge per state", () => {
    expect(stateBadgeClass("failed")).toBe("badge-invalid");
    expect(stateBadgeClass("installed")).toBe("badge-valid");
    expect(stateBadgeClass("sent")).toBe("badge-expiring");
    expect(stateBadgeClass("cancelled")).toBe("badge-neutral");
  });
});

describe("old secrets", () => {
  it("are shared or per certificate, empty ones left out", () => {
    expect(oldSecrets([1, 2], true, "pw", {})).toEqual({ 1: "pw", 2: "pw" });
    expect(oldSecrets([1, 2], false, "pw", { 1: "a", 2: "" })).toEqual({ 1: "a" });
    expect(oldSecrets([1], true, "", {})).toEqual({});
  });
});

describe("plan warnings", () => {
  it("name warnings by their code", () => {
    expect(warningMessageId("renewal.start-close-to-expiry")).toBe("warning-renewal-start-close-to-expiry");
  });
});

describe("delivery", () => {
  const keyDir = "/home/o/keys";
  it("resumes by mail when the run mailed before", () => {
    expect(previousDelivery({ key_dir: keyDir, previous_delivery: { kind: "mail", to: "cert@acsk.example.ua" } }, "uk")).toEqual({
      kind: "mail",
      to: "cert@acsk.example.ua",
      language: "uk",
    });
  });

  it("resumes into the folder the run exported to", () => {
    const before = { kind: "export" as const, dir: "/home/o/to-ca", path: "/home/o/to-ca/renewal-1-2.p7m" };
    expect(previousDelivery({ key_dir: keyDir, previous_delivery: before }, "en")).toEqual({ kind: "export", dir: "/home/o/to-ca" });
  });

  it("falls back to the key folder when nothing was delivered", () => {
    expect(previousDelivery({ key_dir: keyDir, previous_delivery: null }, "en")).toEqual({ kind: "export", dir: keyDir });
  });

  it("tells an address from a typo", () => {
    expect(looksLikeAddress(" cert@acsk.example.ua ")).toBe(true);
    expect(looksLikeAddress("cert@acsk")).toBe(false);
    expect(looksLikeAddress("cert acsk@example.ua")).toBe(false);
    expect(looksLikeAddress("")).toBe(false);
  });
});
