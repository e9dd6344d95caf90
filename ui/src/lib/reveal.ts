// "Show in folder": asks the system's file manager to show a file. Where no
// file manager answers (a desktop without one, a broken D-Bus session), the
// opener fails with the system's own text; the user reads a sentence that
// says so and where the file is, never that text.
import { revealItemInDir } from "@tauri-apps/plugin-opener";
import type { ErrorPayload } from "./api";

/** Shows `path` in the file manager; fails with the `desktop.no-file-manager` error. */
export async function showInFolder(path: string): Promise<void> {
  try {
    await revealItemInDir(path);
  } catch (error) {
    const failure: ErrorPayload = { code: "desktop.no-file-manager", params: { path }, message: String(error) };
    throw failure;
  }
}
