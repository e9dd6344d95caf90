import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render } from "@testing-library/svelte";
import { tick } from "svelte";

const chooseOpenPath = vi.fn(async () => "/home/anna/umowa.pdf");
vi.mock("../dialogs", () => ({ chooseOpenPath, chooseSavePath: vi.fn(), chooseFolder: vi.fn() }));

const { default: FilePathField } = await import("./FilePathField.svelte");

afterEach(() => {
  cleanup();
  chooseOpenPath.mockClear();
});

describe("FilePathField", () => {
  it("titles the picker with its label, suggests no name and offers any file unless told", async () => {
    const { container } = render(FilePathField, { id: "doc", label: "Document", value: "", mode: "open" });
    await fireEvent.click(container.querySelector("#doc-choose")!);
    await tick();
    expect(chooseOpenPath).toHaveBeenCalledWith("Document", "", []);
    expect(container.querySelector<HTMLInputElement>("#doc")?.value).toBe("/home/anna/umowa.pdf");
  });

  it("passes on a title, name and filters it is given", async () => {
    const filters = [{ name: "PDF", extensions: ["pdf"] }];
    const { container } = render(FilePathField, {
      id: "doc",
      label: "Document",
      value: "",
      mode: "open",
      dialogTitle: "Choose a document",
      suggestedName: "a.pdf",
      filters,
    });
    await fireEvent.click(container.querySelector("#doc-choose")!);
    expect(chooseOpenPath).toHaveBeenCalledWith("Choose a document", "a.pdf", filters);
  });
});
