import { describe, expect, it } from "vitest";
import { errorText } from "./errors";
import { ScreenCommands } from "./screen-commands.svelte";

const locked = { code: "session.locked", message: "locked", params: {} };
const refused = { code: "pki.field-required", message: "raw text", params: { field: "O" } };

describe("ScreenCommands", () => {
  it("is busy while a command runs, then shows its sentence and reads the data again", async () => {
    const commands = new ScreenCommands(() => {});
    let reloads = 0;
    let busyInside = false;
    await commands.run(
      async () => {
        busyInside = commands.busy;
        return "Done.";
      },
      async () => {
        reloads += 1;
      },
    );
    expect(busyInside).toBe(true);
    expect(commands.busy).toBe(false);
    expect(commands.message).toEqual({ ok: true, text: "Done." });
    expect(reloads).toBe(1);
  });

  it("shows a refusal in words and does not read the data again", async () => {
    const commands = new ScreenCommands(() => {});
    let reloads = 0;
    await commands.run(
      () => Promise.reject(refused),
      async () => {
        reloads += 1;
      },
    );
    expect(commands.busy).toBe(false);
    expect(commands.message?.ok).toBe(false);
    expect(commands.message?.text).toBe(errorText(refused));
    expect(commands.message?.text).not.toBe("raw text");
    expect(reloads).toBe(0);
  });

  it("sends the user to the unlock screen when the session has closed", () => {
    let lockedOut = 0;
    const commands = new ScreenCommands(() => (lockedOut += 1));
    commands.fail(locked);
    expect(lockedOut).toBe(1);
    commands.fail(refused);
    expect(lockedOut).toBe(1);
    expect(commands.message?.ok).toBe(false);
  });
});
