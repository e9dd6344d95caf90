// How files reach the window: the native open and save pickers, and files
// dropped on it. Pickers cannot be driven by WebDriver, so every field they
// fill also takes a typed path.
import { getCurrentWebview } from "@tauri-apps/api/webview";
import { open, save } from "@tauri-apps/plugin-dialog";
import { errorText } from "./errors";

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

/** Asks for one existing folder; null when the user cancelled. */
export async function chooseFolder(title: string, defaultPath: string): Promise<string | null> {
  const chosen = await open({ title, defaultPath: defaultPath || undefined, multiple: false, directory: true });
  return typeof chosen === "string" ? chosen : null;
}

/** Asks for any number of existing files; empty when the user cancelled. */
export async function chooseOpenPaths(title: string, filters: FileFilter[]): Promise<string[]> {
  const chosen = await open({ title, filters, multiple: true, directory: false });
  if (chosen === null) return [];
  return Array.isArray(chosen) ? chosen : [chosen];
}

/**
 * Calls `onDrop` with the paths of files dropped on the window and
 * `onHover` while files are dragged over it. Returns what stops listening;
 * where the window cannot report drops, nothing happens and picking files
 * still works.
 */
export async function listenForDroppedFiles(
  onDrop: (paths: string[]) => void,
  onHover: (hovering: boolean) => void = () => {},
): Promise<() => void> {
  try {
    return await getCurrentWebview().onDragDropEvent((event) => {
      const kind = event.payload.type;
      onHover(kind === "enter" || kind === "over");
      if (kind === "drop") onDrop(event.payload.paths);
    });
  } catch (error) {
    console.error("file drop unavailable", errorText(error));
    return () => {};
  }
}
