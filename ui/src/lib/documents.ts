// The list of files to sign and what to say about a finished batch.
import type { SignedItem } from "./api";

/** `current` with `added` appended, blank and repeated paths left out. */
export function addPaths(current: readonly string[], added: readonly string[]): string[] {
  const out = [...current];
  const seen = new Set(current);
  for (const raw of added) {
    const path = raw.trim();
    if (path === "" || seen.has(path)) continue;
    seen.add(path);
    out.push(path);
  }
  return out;
}

/** The last part of a path, for Windows and POSIX separators alike. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== "");
  return parts.at(-1) ?? path;
}

/** The folder a path is in ("" when it has none). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return cut > 0 ? path.slice(0, cut) : "";
}

/** Counts of a finished batch: signed, failed and not reached (stopped). */
export function batchSummary(items: readonly SignedItem[]): { signed: number; failed: number; stopped: number } {
  let signed = 0;
  let failed = 0;
  let stopped = 0;
  for (const item of items) {
    if (item.signed) signed += 1;
    else if (item.error?.code === "cancelled") stopped += 1;
    else failed += 1;
  }
  return { signed, failed, stopped };
}

/** The common name of an RFC 4514 subject, or the subject itself. */
export function commonName(subject: string): string {
  const match = /(?:^|,)\s*CN=((?:\\.|[^,\\])*)/.exec(subject);
  return match?.[1] !== undefined ? match[1].replace(/\\(.)/g, "$1") : subject;
}
