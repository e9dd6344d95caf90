import { beforeEach, describe, expect, it, vi } from "vitest";

// What the opener plugin does when asked; a plain function rather than a
// vi.fn, whose bookkeeping of a rejected promise would itself go unhandled.
const opener = vi.hoisted(() => ({ calls: [] as string[], failure: null as string | null }));
vi.mock("@tauri-apps/plugin-opener", () => ({
  revealItemInDir: async (path: string) => {
    opener.calls.push(path);
    if (opener.failure) throw opener.failure;
  },
}));

import { errorText } from "./errors";
import { showInFolder } from "./reveal";

describe("showInFolder", () => {
  beforeEach(() => {
    opener.calls = [];
    opener.failure = null;
  });

  it("asks the file manager for the file", async () => {
    await showInFolder("/home/ewa/faktura.pdf");
    expect(opener.calls).toEqual(["/home/ewa/faktura.pdf"]);
  });

  it("turns a D-Bus failure into a sentence naming the file", async () => {
    // The plugin rejects with the bare text of the D-Bus error.
    opener.failure = "org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.FileManager1 was not provided";
    const failure = await showInFolder("/home/ewa/faktura.pdf").then(
      () => null,
      (error: unknown) => error,
    );
    const text = errorText(failure);
    expect(text).toContain("/home/ewa/faktura.pdf");
    expect(text).not.toMatch(/DBus|freedesktop/);
  });
});
