import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import ActionMenu from "./ActionMenu.svelte";
import Tabs from "./Tabs.svelte";
import { formatMoney } from "../i18n.svelte";

afterEach(cleanup);

describe("ActionMenu", () => {
  const actions = (run: () => void) => [
    { label: "Receipt", run: vi.fn() },
    { label: "Off", disabled: true, run: vi.fn() },
    { label: "Cancel item", run },
  ];

  it("opens on its first action, moves with the arrows over disabled ones and runs the chosen one", async () => {
    const run = vi.fn();
    render(ActionMenu, { label: "Actions", actions: actions(run) });
    const button = screen.getByRole("button", { name: /Actions/ });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    await fireEvent.click(button);
    await tick();
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement?.textContent).toBe("Receipt");
    await fireEvent.keyDown(screen.getByRole("menu"), { key: "ArrowDown" });
    expect(document.activeElement?.textContent).toBe("Cancel item");
    await fireEvent.click(document.activeElement as HTMLElement);
    expect(run).toHaveBeenCalledOnce();
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it("closes on Escape without running anything and gives focus back", async () => {
    const run = vi.fn();
    render(ActionMenu, { label: "Actions", actions: actions(run) });
    const button = screen.getByRole("button", { name: /Actions/ });
    await fireEvent.keyDown(button, { key: "ArrowUp" });
    await tick();
    expect(document.activeElement?.textContent).toBe("Cancel item");
    await fireEvent.keyDown(screen.getByRole("menu"), { key: "Escape" });
    expect(screen.queryByRole("menu")).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(run).not.toHaveBeenCalled();
  });
});

describe("Tabs", () => {
  it("marks the active tab and moves with the arrow keys, wrapping around", async () => {
    const onselect = vi.fn();
    render(Tabs, { label: "Renewal", active: "b", tabs: [{ id: "a", title: "A" }, { id: "b", title: "B" }], onselect });
    const [a, b] = screen.getAllByRole("tab");
    expect(b?.getAttribute("aria-selected")).toBe("true");
    expect(a?.getAttribute("aria-selected")).toBe("false");
    expect(a?.tabIndex).toBe(-1);
    await fireEvent.keyDown(screen.getByRole("tablist"), { key: "ArrowRight" });
    expect(onselect).toHaveBeenLastCalledWith("a");
    await fireEvent.keyDown(screen.getByRole("tablist"), { key: "End" });
    expect(onselect).toHaveBeenLastCalledWith("b");
  });
});

describe("formatMoney", () => {
  it("writes the core's amount in the language's conventions", () => {
    expect(formatMoney("1350.00", "UAH", "en")).toMatch(/^UAH\s1,350\.00$/);
    expect(formatMoney("13500.00", "PLN", "pl")).toMatch(/^13\s500,00\sPLN$/);
  });

  it("keeps an amount it cannot read as it came", () => {
    expect(formatMoney("12x", "UAH", "en")).toBe("12x UAH");
  });
});
