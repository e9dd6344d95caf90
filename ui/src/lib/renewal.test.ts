import { describe, expect, it } from "vitest";
import type { RenewalCandidate, RenewalItem, RenewalRun } from "./api";
import {
  looksLikeAddress,
  previousDelivery,
  countsByState,
  emailForbidden,
  filterCandidates,
  holderName,
  issuers,
  oldSecrets,
  minorText,
  pendingItems,
  priceTotals,
  warningMessageId,
  startTooSoon,
  stateBadgeClass,
} from "./renewal";

const domains = ["mail.ru", "yandex.ua"];

function candidate(id: number, subject: string, issuer: string, email: string | null): RenewalCandidate {
  return {
    id,
    subject,
    issuer,
    email,
    not_after: "2026-12-20T00:00:00Z",
    days_to_expiry: 27,
    key_algorithm: "ec-p256",
    on_token: false,
    open_run: null,
    default_start: "2026-12-17",
    ca: "ТОВ Ромашка",
    price_one_year: null,
    price_two_years: null,
  };
}

function item(cert_id: number, state: RenewalItem["state"]): RenewalItem {
  return {
    item_id: cert_id,
    cert_id,
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

describe("forbidden e-mail domains", () => {
  it("match the domain, its subdomains and any case", () => {
    expect(emailForbidden("olena@mail.ru", domains)).toBe(true);
    expect(emailForbidden("olena@MAIL.RU.", domains)).toBe(true);
    expect(emailForbidden("taras@kyiv.yandex.ua", domains)).toBe(true);
  });
  it("leave other addresses alone", () => {
    expect(emailForbidden("olena@notmail.ru", domains)).toBe(false);
    expect(emailForbidden("olena@gmail.com", domains)).toBe(false);
    expect(emailForbidden("no-at-sign", domains)).toBe(false);
    expect(emailForbidden(null, domains)).toBe(false);
    expect(emailForbidden("a@mail.ru", [])).toBe(false);
  });
});

describe("due certificates", () => {
  const list = [
    candidate(1, "CN=Олена Петренко,C=UA", "CN=ТОВ Ромашка,C=UA", "olena@mail.ru"),
    candidate(2, "CN=Taras\\, junior,C=UA", "CN=Other Seal", "taras@example.org"),
  ];
  it("are filtered by issuer and by text in subject or e-mail", () => {
    expect(filterCandidates(list, "", "").map((c) => c.id)).toEqual([1, 2]);
    expect(filterCandidates(list, "Other Seal", "").map((c) => c.id)).toEqual([2]);
    expect(filterCandidates(list, "", "ОЛЕНА").map((c) => c.id)).toEqual([1]);
    expect(filterCandidates(list, "", "example.org").map((c) => c.id)).toEqual([2]);
    expect(filterCandidates(list, "Other Seal", "олена")).toEqual([]);
  });
  it("name their holders and issuers", () => {
    expect(holderName("CN=Taras\\, junior,C=UA")).toBe("Taras, junior");
    expect(holderName("O=No CN")).toBe("O=No CN");
    expect(issuers(list)).toEqual(["Other Seal", "ТОВ Ромашка"]);
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

describe("start dates", () => {
  it("warn when under two days away", () => {
    expect(startTooSoon("2026-11-24", "2026-11-23")).toBe(true);
    expect(startTooSoon("2026-11-23", "2026-11-23")).toBe(true);
    expect(startTooSoon("2026-11-25", "2026-11-23")).toBe(false);
  });
});

describe("old secrets", () => {
  it("are shared or per certificate, empty ones left out", () => {
    expect(oldSecrets([1, 2], true, "pw", {})).toEqual({ 1: "pw", 2: "pw" });
    expect(oldSecrets([1, 2], false, "pw", { 1: "a", 2: "" })).toEqual({ 1: "a" });
    expect(oldSecrets([1], true, "", {})).toEqual({});
  });
});

describe("prices", () => {
  const priced = (id: number, minor: number | null, currency = "UAH") => ({
    ...candidate(id, "CN=A", "CN=CA", null),
    price_two_years: minor === null ? null : { minor, currency, amount: minorText(minor) },
  });
  it("total per currency and count the certificates without a price apart", () => {
    const chosen = [priced(1, 120_050), priced(2, 99_950), priced(3, null), priced(4, 5_000, "PLN")];
    expect(priceTotals(chosen, 2)).toEqual({
      totals: [
        { currency: "PLN", minor: 5_000, amount: "50.00" },
        { currency: "UAH", minor: 220_000, amount: "2200.00" },
      ],
      unpriced: 1,
    });
    expect(priceTotals(chosen, 1)).toEqual({ totals: [], unpriced: 4 });
  });
  it("write minor units with two decimals", () => {
    expect(minorText(5)).toBe("0.05");
    expect(minorText(123_450)).toBe("1234.50");
  });
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
