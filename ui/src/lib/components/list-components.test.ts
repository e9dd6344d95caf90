import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render } from "@testing-library/svelte";
import { createRawSnippet } from "svelte";
import DataTable from "./DataTable.svelte";
import ResultMessage from "./ResultMessage.svelte";
import { format, setLanguage } from "../i18n.svelte";

afterEach(() => {
  cleanup();
  setLanguage("en");
});

interface Item {
  id: number;
  name: string;
}

const nameRow = createRawSnippet((item: () => Item) => ({
  render: () => `<tr data-id="${item().id}"><td>${item().name}</td></tr>`,
}));

describe("DataTable", () => {
  it("titles the columns in the current language and draws one row per item, in order", () => {
    setLanguage("pl");
    const items: Item[] = [
      { id: 2, name: "Łódź" },
      { id: 1, name: "Kraków" },
    ];
    const { container } = render(DataTable<Item>, {
      id: "places",
      columns: ["certs-col-subject", { title: "certs-open", hidden: true }],
      items,
      key: (item: Item) => item.id,
      row: nameRow,
    });
    const table = container.querySelector("table#places.table");
    expect(table).not.toBeNull();
    expect([...table!.querySelectorAll("thead th")].map((c) => c.textContent?.trim())).toEqual([
      format("pl", "certs-col-subject"),
      format("pl", "certs-open"),
    ]);
    expect([...table!.querySelectorAll("tbody tr")].map((r) => r.getAttribute("data-id"))).toEqual(["2", "1"]);
    expect(table!.querySelector("tbody")?.textContent).toBe("ŁódźKraków");
  });

  it("draws an empty body for no items", () => {
    const { container } = render(DataTable<Item>, {
      id: "none",
      columns: [{ title: "certs-col-subject" }],
      items: [],
      key: (item: Item) => item.id,
      row: nameRow,
    });
    expect(container.querySelectorAll("tbody tr")).toHaveLength(0);
  });

  it("draws the open item's panel under its row, across all columns", () => {
    const panel = createRawSnippet((item: () => Item) => ({
      render: () => `<form data-for="${item().id}"></form>`,
    }));
    const { container } = render(DataTable<Item>, {
      id: "places",
      columns: ["certs-col-subject", { title: "certs-open", hidden: true }],
      items: [
        { id: 2, name: "Łódź" },
        { id: 1, name: "Kraków" },
      ],
      key: (item: Item) => item.id,
      row: nameRow,
      open: (item: Item) => item.id === 2,
      panel,
      panelClass: "opened",
    });
    const [first, opened, second] = [...container.querySelectorAll("tbody tr")];
    expect(container.querySelectorAll("tbody tr")).toHaveLength(3);
    expect(first?.getAttribute("data-id")).toBe("2");
    expect(opened?.className).toBe("opened");
    expect(opened?.querySelector("td")?.getAttribute("colspan")).toBe("2");
    expect(opened?.querySelector("td > form")?.getAttribute("data-for")).toBe("2");
    expect(second?.getAttribute("data-id")).toBe("1");
  });
});

describe("ResultMessage", () => {
  it("shows nothing while there is no result", () => {
    const { container } = render(ResultMessage, { id: "done", message: null, role: "status" });
    expect(container.querySelector("p")).toBeNull();
  });

  it("marks a success and a failure apart and is announced as told", () => {
    const ok = render(ResultMessage, { id: "saved", message: { ok: true, text: "Saved." }, role: "status" });
    const shown = ok.container.querySelector("p#saved");
    expect(shown?.className).toBe("message success");
    expect(shown?.getAttribute("role")).toBe("status");
    expect(shown?.textContent).toBe("Saved.");

    const failed = render(ResultMessage, { id: "failed", message: { ok: false, text: "No." } });
    const refused = failed.container.querySelector("p#failed");
    expect(refused?.className).toBe("message error");
    expect(refused?.hasAttribute("role")).toBe(false);
  });
});
