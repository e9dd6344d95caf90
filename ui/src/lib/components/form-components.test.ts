import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { createRawSnippet, tick } from "svelte";
import DialogForm from "./DialogForm.svelte";
import WizardCard from "./WizardCard.svelte";
import RadioChoice from "./RadioChoice.svelte";
import TextField from "./TextField.svelte";
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

describe("WizardCard", () => {
  const stepText = createRawSnippet((id: () => string) => ({ render: () => `<p data-testid="step">${id()}</p>` }));
  const steps = [{ id: "only", title: "setup-step-summary" }];

  it("titles the card, cancels by its link and reports a commit refused by the lock", async () => {
    setLanguage("he");
    const oncancel = vi.fn();
    const onlocked = vi.fn();
    const onfinish = vi.fn(async () => {
      throw { code: "session.locked", params: {}, message: "locked" };
    });
    const { container } = render(WizardCard, {
      id: "thing-wizard",
      title: "seal-wizard-title",
      oncancel,
      steps,
      finishLabel: "seal-finish",
      onfinish,
      onlocked,
      step: stepText,
    });
    const card = container.querySelector("section#thing-wizard.card");
    expect(card?.querySelector("h2")?.textContent).toBe(format("he", "seal-wizard-title"));
    expect(screen.getByTestId("step").textContent).toBe("only");
    await fireEvent.click(container.querySelector("#thing-wizard-cancel")!);
    expect(oncancel).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByRole("button", { name: format("he", "seal-finish") }));
    await tick();
    expect(onfinish).toHaveBeenCalledTimes(1);
    expect(onlocked).toHaveBeenCalledTimes(1);
    expect(container.querySelector("#wizard-failure")?.textContent).toBe(format("he", "error-session-locked"));
  });
});

describe("RadioChoice", () => {
  it("checks the current value, names the group and tells which was chosen", async () => {
    const chosen = vi.fn();
    const { container } = render(RadioChoice<string>, {
      name: "colour",
      legend: "Colour",
      value: "red",
      options: [
        { id: "colour-red", value: "red", label: "Red" },
        { id: "colour-blue", value: "blue", label: "Blue", onchange: chosen },
        { id: "colour-green", value: "green", label: "Green", disabled: true },
      ],
    });
    const radio = (id: string) => container.querySelector<HTMLInputElement>(`fieldset.choice label.check > input#${id}`)!;
    expect(container.querySelector("legend")?.textContent).toBe("Colour");
    expect(radio("colour-red").checked).toBe(true);
    expect(radio("colour-red").name).toBe("colour");
    expect(radio("colour-green").disabled).toBe(true);
    expect(radio("colour-blue").parentElement?.textContent?.trim()).toBe("Blue");
    await fireEvent.click(radio("colour-blue"));
    expect(radio("colour-red").checked).toBe(false);
    expect(chosen).toHaveBeenCalledTimes(1);
  });
});

describe("TextField", () => {
  it("labels its input, passes the other attributes on and shows the hint", () => {
    const { container } = render(TextField, {
      id: "country",
      label: "Country",
      value: "PL",
      type: "text",
      dir: "ltr",
      maxlength: 2,
      hint: "Two letters",
      narrow: true,
    });
    const field = container.querySelector("div.field.narrow");
    expect(field?.querySelector("label")?.getAttribute("for")).toBe("country");
    const input = field?.querySelector<HTMLInputElement>("input#country");
    expect(input?.value).toBe("PL");
    expect(input?.getAttribute("dir")).toBe("ltr");
    expect(input?.getAttribute("maxlength")).toBe("2");
    expect(field?.querySelector("p.hint")?.textContent).toBe("Two letters");
  });

  it("is a plain field without a hint, and reads a number input as a number", async () => {
    let seen: unknown = null;
    const { container } = render(TextField, {
      id: "days",
      label: "Days",
      get value() {
        return 10;
      },
      set value(v: string | number | null | undefined) {
        seen = v;
      },
      type: "number",
    });
    expect(container.querySelector("div.field")?.classList.contains("narrow")).toBe(false);
    expect(container.querySelector("p.hint")).toBeNull();
    await fireEvent.input(container.querySelector("input#days")!, { target: { value: "30" } });
    expect(seen).toBe(30);
  });
});
