// The native open and save pickers. They cannot be driven by WebDriver, so
// every field they fill also takes a typed path.
import { open, save } from "@tauri-apps/plugin-dialog";

export interface FileFilter {
  /** Shown in the picker's type list. */
  name: string;
  /** Extensions without the dot. */
  extensions: string[];
}

/** Asks where to save a file; null when the user cancelled. */
export async function chooseSavePath(title: string, defaultPath: string, filters: FileFilter[]): Promise<string | null> {
  return save({ title, defaultPath: defaultPath || undefined, filters });
}

/** Asks for one existing file to read; null when the user cancelled. */
export async function chooseOpenPath(title: string, defaultPath: string, filters: FileFilter[]): Promise<string | null> {
  const chosen = await open({ title, defaultPath: defaultPath || undefined, filters, multiple: false, directory: false });
  return typeof chosen === "string" ? chosen : null;
}

/** Asks for any number of existing files; empty when the user cancelled. */
export async function chooseOpenPaths(title: string, filters: FileFilter[]): Promise<string[]> {
  const chosen = await open({ title, filters, multiple: true, directory: false });
  if (chosen === null) return [];
  return Array.isArray(chosen) ? chosen : [chosen];
}
