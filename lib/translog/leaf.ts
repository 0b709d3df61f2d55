import { z } from "zod";
import { canonicalJson, sha256Hex } from "@/lib/labels/canonical";
import { LABEL_EVENT_KINDS, type TLabelEventKind } from "@/lib/labels/state";
import { leafHash } from "./merkle";

/**
 * One leaf of the public transparency log: a label event with the label's digest, as canonical JSON (RFC 8785).
 * These exact bytes are the leaf of RFC 9162 (leaf hash = SHA-256(0x00 || bytes)); anyone holding them can check
 * the digest against the signed snapshot and the inclusion proof against a signed tree head. Nothing internal is
 * in it (no row ids, no e-mail addresses): the label's public code, its digest, the event and its public facts.
 * The database trigger translog_entry_check refuses a leaf that does not describe its event.
 */

export const LOG_ENTRY_FORMAT = "cyberlabel.log-entry/1" as const;

const EVENTS = LABEL_EVENT_KINDS.map((k) => k.toLowerCase()) as Lowercase<TLabelEventKind>[];
export type TLogEvent = Lowercase<TLabelEventKind>;

const isoMs = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

export const ZLogLeaf = z
  .object({
    format: z.literal(LOG_ENTRY_FORMAT),
    label: z.string().min(1).max(64),
    digest: z.string().regex(/^[0-9a-f]{64}$/),
    seq: z.number().int().min(1),
    event: z.enum(EVENTS as [TLogEvent, ...TLogEvent[]]),
    at: isoMs,
    reason: z.string().max(4000).nullable(),
    supersededBy: z.string().max(64).nullable(),
    validUntil: isoMs,
  })
  .strict();
export type TLogLeaf = z.infer<typeof ZLogLeaf>;

export function toLogEvent(kind: TLabelEventKind): TLogEvent {
  return kind.toLowerCase() as TLogEvent;
}

export function fromLogEvent(event: TLogEvent): TLabelEventKind {
  return event.toUpperCase() as TLabelEventKind;
}

export type TLeafInput = {
  publicCode: string;
  digest: string;
  validUntil: Date | string;
  event: {
    seq: number;
    kind: TLabelEventKind;
    at: Date | string;
    reason?: string | null;
    supersededBy?: string | null;
  };
};

export function buildLeaf(input: TLeafInput): { leaf: string; leafHash: string } {
  const value: TLogLeaf = {
    format: LOG_ENTRY_FORMAT,
    label: input.publicCode,
    digest: input.digest,
    seq: input.event.seq,
    event: toLogEvent(input.event.kind),
    at: new Date(input.event.at).toISOString(),
    reason: input.event.reason ?? null,
    supersededBy: input.event.supersededBy ?? null,
    validUntil: new Date(input.validUntil).toISOString(),
  };
  const leaf = canonicalJson(ZLogLeaf.parse(value));
  return { leaf, leafHash: leafHashHex(leaf) };
}

export function leafHashHex(leaf: string): string {
  return leafHash(Buffer.from(leaf, "utf8")).toString("hex");
}

/** A leaf as published, or null unless it is a well-formed entry in exactly its canonical form. */
export function parseLeaf(leaf: string): TLogLeaf | null {
  try {
    const parsed = ZLogLeaf.safeParse(JSON.parse(leaf));
    return parsed.success && canonicalJson(parsed.data) === leaf ? parsed.data : null;
  } catch {
    return null;
  }
}

/** For display and logs: a short, stable fingerprint of a leaf. */
export function leafFingerprint(leaf: string): string {
  return sha256Hex(leaf).slice(0, 12);
}
