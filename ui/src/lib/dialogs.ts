// The native save picker. It cannot be driven by WebDriver, so every field
// it fills also takes a typed path.
import { save } from "@tauri-apps/plugin-dialog";

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
