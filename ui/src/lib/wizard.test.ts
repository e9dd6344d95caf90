import { describe, expect, it } from "vitest";
import { WizardModel } from "./wizard";

function model(name: { value: string }) {
  return new WizardModel([
    { id: "one", title: "t1" },
    { id: "two", title: "t2", validate: () => (name.value ? null : { id: "validation-name-required" }) },
    { id: "summary", title: "t3" },
  ]);
}

describe("WizardModel", () => {
  it("stays on a step that does not validate and says why", () => {
    const name = { value: "" };
    const w = model(name);
    expect(w.next()).toBe(true);
    expect(w.next()).toBe(false);
    expect(w.current.id).toBe("two");
    expect(w.problem?.id).toBe("validation-name-required");
    name.value = "Dana";
    expect(w.next()).toBe(true);
    expect(w.problem).toBeNull();
    expect(w.isLast).toBe(true);
  });

  it("goes back without validating and never before the first step", () => {
    const w = model({ value: "" });
    w.back();
    expect(w.index).toBe(0);
    w.next();
    w.next();
    w.back();
    expect(w.current.id).toBe("one");
    expect(w.problem).toBeNull();
  });

  it("checks every step before committing and jumps to the first bad one", () => {
    const name = { value: "Dana" };
    const w = model(name);
    w.next();
    w.next();
    name.value = "";
    expect(w.allValid()).toBe(false);
    expect(w.current.id).toBe("two");
  });

  it("is held while a step lists what it lacks or waits for the core, also at the final check", () => {
    const lacks = { list: ["renewal-missing-contact"], waiting: false };
    const w = new WizardModel([
      { id: "details", title: "t1", missing: () => lacks.list, waiting: () => lacks.waiting },
      { id: "summary", title: "t2" },
    ]);
    expect(w.held).toBe(true);
    expect(w.next()).toBe(false);
    expect(w.current.id).toBe("details");
    expect(w.problem).toBeNull();
    lacks.list = [];
    lacks.waiting = true;
    expect(w.next()).toBe(false);
    lacks.waiting = false;
    expect(w.next()).toBe(true);
    lacks.list = ["renewal-missing-contact"];
    expect(w.allValid()).toBe(false);
    expect(w.current.id).toBe("details");
  });

  it("refuses an empty wizard", () => {
    expect(() => new WizardModel([])).toThrow();
  });
});
