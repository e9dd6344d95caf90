import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import Progress from "./Progress.svelte";
import WizardHarness from "./WizardHarness.test.svelte";
import WizardHeldHarness from "./WizardHeldHarness.test.svelte";
import { format, setLanguage } from "../i18n.svelte";

afterEach(() => {
  cleanup();
  setLanguage("en");
});

describe("Progress", () => {
  it("shows nothing before the first report", () => {
    const { container } = render(Progress, { progress: null });
    expect(container.querySelector("progress")).toBeNull();
  });

  it("shows the share done and the counts in the current language", () => {
    setLanguage("pl");
    const { container } = render(Progress, { progress: { done: 15000, total: 30000 } });
    expect(container.querySelector("progress")?.getAttribute("value")).toBe("50");
    // Polish groups thousands with a (narrow) no-break space.
    expect(container.textContent).toMatch(/15\s000/);
  });
});

describe("Wizard", () => {
  it("validates each step, shows a summary and commits once", async () => {
    const finish = vi.fn(async () => {});
    render(WizardHarness, { onfinish: finish });
    const next = () => fireEvent.click(screen.getByRole("button", { name: /Next|Create/ }));

    await next();
    expect(screen.getByText(/Enter your name/)).toBeTruthy();
    await fireEvent.input(screen.getByLabelText("name"), { target: { value: "Dana" } });
    await next();
    await tick();
    expect(screen.getByTestId("summary").textContent).toContain("Dana");
    expect(finish).not.toHaveBeenCalled();
    await next();
    expect(finish).toHaveBeenCalledTimes(1);
  });

  it("shows a failed commit and stays", async () => {
    const finish = vi.fn(async () => {
      throw { code: "admin.password-too-short", params: { min: 6 }, message: "x" };
    });
    render(WizardHarness, { onfinish: finish });
    await fireEvent.input(screen.getByLabelText("name"), { target: { value: "Dana" } });
    await fireEvent.click(screen.getByRole("button", { name: "Next" }));
    await fireEvent.click(screen.getByRole("button", { name: /Create/ }));
    await tick();
    expect((await screen.findByRole("alert")).textContent).toContain("6");
    expect(screen.getByTestId("summary")).toBeTruthy();
  });

  it("disables Next while a step lacks something, says what beside it, and moves on after the step's check", async () => {
    setLanguage("pl");
    const check = vi.fn(async () => {});
    const finish = vi.fn(async () => {});
    const { container } = render(WizardHeldHarness, { check, onfinish: finish });
    const next = container.querySelector<HTMLButtonElement>("#thing-next")!;
    expect(next.disabled).toBe(true);
    expect(next.getAttribute("aria-describedby")).toBe("thing-next-missing");
    const missing = container.querySelector("#thing-next-missing");
    expect(missing?.textContent).toContain(format("pl", "wizard-missing-title"));
    expect(missing?.querySelector("li[data-missing='renewal-missing-contact']")?.textContent).toBe(format("pl", "renewal-missing-contact"));
    // Enter in a field submits the form even so: the step stays, unchecked.
    await fireEvent.submit(container.querySelector("form")!);
    expect(check).not.toHaveBeenCalled();
    expect(container.querySelector(".wizard-body")?.getAttribute("data-step")).toBe("details");

    await fireEvent.input(container.querySelector("#thing-contact")!, { target: { value: "Dana" } });
    expect(container.querySelector("#thing-next-missing")).toBeNull();
    expect(next.disabled).toBe(false);
    await fireEvent.submit(container.querySelector("form")!);
    await tick();
    expect(check).toHaveBeenCalledTimes(1);
    expect(container.querySelector(".wizard-body")?.getAttribute("data-step")).toBe("secrets");
    expect(container.querySelector(".wizard-body h2")?.textContent).toBe(format("pl", "renewal-step-secrets"));
    expect(container.querySelector("#thing-next")).toBeNull();
    expect(container.querySelector("#thing-start")?.textContent?.trim()).toBe(format("pl", "renewal-start"));
    await tick();
    expect(document.activeElement?.id).toBe("thing-secret");
    expect(finish).not.toHaveBeenCalled();
  });
});
