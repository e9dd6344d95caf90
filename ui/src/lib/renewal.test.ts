import { describe, expect, it } from "vitest";
import type { RenewalCandidate, RenewalItem, RenewalRun } from "./api";
import {
  looksLikeAddress,
  previousDelivery,
  countsByState,
  filterCandidates,
  issuers,
  oldSecrets,
  pendingItems,
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

function item(cert_id: number, state: RenewalItem["state"]): RenewalItem {
  return {
    item_id: cert_id,
    cert_id,
    holder: `holder ${cert_id}`,
    state,
    email: null,
    start_date: "2026-12-17",
    key_id: null,
    key: null,
    request: null,
    pkcs10: null,
    delivered_to: null,
    mail: null,
    new_cert_id: null,
    card: null,
    receipts: [],
    error_code: null,
    error_params: null,
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
  it("are counted by state in the order of the steps", () => {
    const items = [item(1, "failed"), item(2, "sent"), item(3, "sent"), item(4, "planned")];
    expect(countsByState(items)).toEqual([
      ["planned", 1],
      ["sent", 2],
      ["failed", 1],
    ]);
    expect(pendingItems(items).map((i) => i.cert_id)).toEqual([1, 4]);
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
  const run = (delivered: (string | null)[]): RenewalRun => ({
    run_id: 1,
    created_at: "2026-11-01T10:00:00Z",
    term_years: 2,
    contact: "Олена",
    phone: "+380441234567",
    key_dir: "/home/o/keys",
    state: "open",
    items: delivered.map((d, n) => ({ ...item(n + 1, d ? "sent" : "failed"), delivered_to: d })),
  });

  it("resumes by mail when the run mailed before", () => {
    expect(previousDelivery(run([null, "mailto:cert@acsk.example.ua"]), "/keys", "uk")).toEqual({
      kind: "mail",
      to: "cert@acsk.example.ua",
      language: "uk",
    });
  });

  it("resumes into the folder the run exported to", () => {
    expect(previousDelivery(run(["/home/o/to-ca/renewal-1-2.p7m"]), "/keys", "en")).toEqual({ kind: "export", dir: "/home/o/to-ca" });
    expect(previousDelivery(run(["C:\\Users\\o\\to-ca\\renewal-1-2.p7m"]), "/keys", "en")).toEqual({
      kind: "export",
      dir: "C:\\Users\\o\\to-ca",
    });
  });

  it("falls back to the key folder when nothing was delivered", () => {
    expect(previousDelivery(run([null]), "/home/o/keys", "en")).toEqual({ kind: "export", dir: "/home/o/keys" });
  });

  it("tells an address from a typo", () => {
    expect(looksLikeAddress(" cert@acsk.example.ua ")).toBe(true);
    expect(looksLikeAddress("cert@acsk")).toBe(false);
    expect(looksLikeAddress("cert acsk@example.ua")).toBe(false);
    expect(looksLikeAddress("")).toBe(false);
  });
});
