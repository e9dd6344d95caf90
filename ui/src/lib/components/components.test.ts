import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import Progress from "./Progress.svelte";
import WizardHarness from "./WizardHarness.test.svelte";
import { setLanguage } from "../i18n.svelte";

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
});
