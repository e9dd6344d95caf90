import { afterEach, describe, expect, it } from "vitest";
import { focusFirstField, nextInCycle, openLayer, tabbables } from "./focus";

function page() {
  document.body.innerHTML = `
    <div id="app">
      <nav><button id="nav">Nav</button></nav>
      <main>
        <button id="opener">Open</button>
        <div id="dialog">
          <button class="modal-close" id="close">Close</button>
          <button id="disabled" disabled>Off</button>
          <input id="first" />
          <input id="hidden-field" hidden />
          <button id="ok">OK</button>
        </div>
      </main>
    </div>`;
  return document.getElementById("dialog")!;
}

function press(key: string, shiftKey = false) {
  const event = new KeyboardEvent("keydown", { key, shiftKey, bubbles: true, cancelable: true });
  (document.activeElement ?? document.body).dispatchEvent(event);
  return event;
}

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

describe("focus", () => {
  it("lists only controls Tab can reach", () => {
    expect(tabbables(page()).map((e) => e.id)).toEqual(["close", "first", "ok"]);
  });

  it("focuses the first field, not the close button", () => {
    const dialog = page();
    expect(focusFirstField(dialog)).toBe(true);
    expect(document.activeElement?.id).toBe("first");
    expect(focusFirstField(null)).toBe(false);
  });

  it("falls back to the first button when there is no field", () => {
    document.body.innerHTML = `<div id="d"><button id="a" disabled>A</button><button id="b">B</button></div>`;
    focusFirstField(document.getElementById("d"));
    expect(document.activeElement?.id).toBe("b");
  });

  it("cycles at both ends", () => {
    const items = tabbables(page());
    expect(nextInCycle(items, items[2] ?? null, false)?.id).toBe("close");
    expect(nextInCycle(items, items[0] ?? null, true)?.id).toBe("ok");
    expect(nextInCycle(items, null, false)?.id).toBe("close");
    expect(nextInCycle([], null, false)).toBeNull();
  });

  it("keeps Tab inside the dialog and makes the page behind inert", () => {
    const dialog = page();
    document.getElementById("opener")!.focus();
    close = openLayer(dialog, () => {});
    expect(document.querySelector("nav")!.hasAttribute("inert")).toBe(true);
    expect(document.getElementById("opener")!.hasAttribute("inert")).toBe(true);
    expect(dialog.hasAttribute("inert")).toBe(false);
    document.getElementById("ok")!.focus();
    expect(press("Tab").defaultPrevented).toBe(true);
    expect(document.activeElement?.id).toBe("close");
    press("Tab", true);
    expect(document.activeElement?.id).toBe("ok");
  });

  it("closes the top dialog on Escape even when focus is outside it", () => {
    const dialog = page();
    let closed = 0;
    close = openLayer(dialog, () => closed++);
    document.body.focus();
    press("Escape");
    expect(closed).toBe(1);
  });

  it("ignores keys while the dialog sits under an inert lock", () => {
    const dialog = page();
    let closed = 0;
    close = openLayer(dialog, () => closed++);
    document.getElementById("app")!.setAttribute("inert", "");
    press("Escape");
    expect(closed).toBe(0);
  });

  it("gives focus back to the opener and lifts inert on close", () => {
    const dialog = page();
    document.getElementById("opener")!.focus();
    const release = openLayer(dialog, () => {});
    document.getElementById("first")!.focus();
    release();
    expect(document.activeElement?.id).toBe("opener");
    expect(document.querySelector("nav")!.hasAttribute("inert")).toBe(false);
    let closed = 0;
    press("Escape");
    expect(closed).toBe(0);
  });

  it("lets only the top of two dialogs take Escape", () => {
    const dialog = page();
    const inner = document.createElement("div");
    inner.innerHTML = `<input id="inner" />`;
    document.body.append(inner);
    const order: string[] = [];
    const outer = openLayer(dialog, () => order.push("outer"));
    const top = openLayer(inner, () => order.push("inner"));
    press("Escape");
    top();
    press("Escape");
    outer();
    expect(order).toEqual(["inner", "outer"]);
  });
});
