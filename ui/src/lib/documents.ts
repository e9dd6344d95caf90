// The list of files to sign and what to say about a finished batch.
import type { IdentityRecord, SignedItem, SigningCertificate } from "./api";
import { holderLine, isolate } from "./holder";
import { visible } from "./visible";

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

/** A path cut after each separator, where PathText lets it break. */
export function pathParts(path: string): string[] {
  return path.match(/[^\\/]*[\\/]|[^\\/]+$/g) ?? [path];
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

/** One entry of the "sign with" list. */
export interface SignerChoice {
  certificateId: number;
  /** What the user reads: the identity's names, or the certificate's
   * holder (name, organisation, identifier), each part isolated so the line
   * reads right in a right-to-left page and inside a message. */
  label: string;
  notAfter: string;
  onToken: boolean;
  /** The active signing identity's certificate. */
  active: boolean;
}

/**
 * The certificates that can sign, named by their signing identity when
 * they have one: the active identity first, then the other identities,
 * then certificates without an identity.
 */
export function signerChoices(
  certificates: readonly SigningCertificate[],
  identities: readonly Pick<IdentityRecord, "certificate_id" | "business_name" | "signer_name" | "active">[],
): SignerChoice[] {
  const byCertificate = new Map(identities.filter((i) => i.certificate_id !== null).map((i) => [i.certificate_id, i]));
  const rank = (c: SignerChoice) => (c.active ? 0 : byCertificate.has(c.certificateId) ? 1 : 2);
  return certificates
    .map((c) => {
      const identity = byCertificate.get(c.id);
      return {
        certificateId: c.id,
        label: identity
          ? `${isolate(visible(identity.signer_name))} (${isolate(visible(identity.business_name))})`
          : holderLine(c.holder),
        notAfter: c.not_after,
        onToken: c.on_token,
        active: identity?.active ?? false,
      };
    })
    .sort((a, b) => rank(a) - rank(b));
}
