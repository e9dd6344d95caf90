import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { createRawSnippet, tick } from "svelte";
import DialogForm from "./DialogForm.svelte";
import { format, setLanguage } from "../i18n.svelte";
import type { Problem } from "../validation";

afterEach(() => {
  cleanup();
  setLanguage("en");
});

const field = createRawSnippet(() => ({ render: () => `<input id="thing" type="text" />` }));

function dialog(check: () => Problem | null, onsubmit: () => Promise<void>, onlocked = () => {}) {
  return render(DialogForm, { id: "thing", submitLabel: "csr-submit", check, onsubmit, oncancel: () => {}, onlocked, children: field });
}

describe("DialogForm", () => {
  it("shows what the form lacks, sends nothing, and forgets it once typing starts", async () => {
    setLanguage("pl");
    const send = vi.fn(async () => {});
    const { container } = dialog(() => ({ id: "validation-common-name-required" }), send);
    await fireEvent.click(screen.getByRole("button", { name: format("pl", "csr-submit") }));
    const problem = container.querySelector("#thing-problem");
    expect(problem?.textContent).toBe(format("pl", "validation-common-name-required"));
    expect(send).not.toHaveBeenCalled();
    await fireEvent.input(container.querySelector("#thing")!);
    expect(container.querySelector("#thing-problem")).toBeNull();
  });

  it("sends once, says why a command failed, and reports a closed session", async () => {
    const onlocked = vi.fn();
    const send = vi.fn(async () => {
      throw { code: "session.locked", params: {}, message: "locked" };
    });
    const { container } = dialog(() => null, send, onlocked);
    await fireEvent.submit(container.querySelector("form")!);
    await tick();
    expect(send).toHaveBeenCalledTimes(1);
    expect(onlocked).toHaveBeenCalledTimes(1);
    expect(container.querySelector("#thing-error")?.textContent).toBe(format("en", "error-session-locked"));
    expect((container.querySelector("#thing-submit") as HTMLButtonElement).disabled).toBe(false);
  });
});
