import { logError } from "@/lib/log";
import { buildLeaf, leafHashHex } from "@/lib/translog/leaf";
import { SIGNATURE_ALG, SIGNED_SNAPSHOT_FORMAT, verifySignedSnapshot, type TSignedSnapshot } from "./signing";
import type { TLabelSnapshot } from "./snapshot-types";
import { firstIllegalEvent, type TLabelEventKind } from "./state";

/**
 * The check on serve: does the stored label still hold together without trusting the database? Run when the public
 * page, the API record or a verification answer is built (the page is cached, so at most once a minute per label
 * and instance; see `checkLabelIntegrityCached`).
 *
 *   - the snapshot's digest is recomputed and its Ed25519 signature checked against the published keys;
 *   - the row's public code and dates are the ones inside the signed snapshot (a re-dated row is caught);
 *   - the events are complete (1, 2, 3 …, ISSUED first) and obey the state machine (rows inserted with
 *     triggers disabled are caught);
 *   - every event has its transparency log leaf, byte for byte what the event and the label's digest say, and the
 *     log holds nothing else for this label (a deleted event, e.g. an un-revocation, leaves its leaf behind).
 *
 * What this cannot see, the public log's monitors do: a log rewritten together with the events breaks the signed
 * tree heads' consistency (npm run log:monitor).
 */

export type TIntegrityProblem =
  | "snapshot_format"
  | "digest_mismatch"
  | "unknown_key"
  | "bad_signature"
  | "record_mismatch"
  | "events_incomplete"
  | "events_illegal"
  | "log_missing"
  | "log_mismatch";

export type TIntegrity = { ok: true } | { ok: false; problems: TIntegrityProblem[] };

export type TIntegrityEvent = {
  id: string;
  seq: number;
  kind: TLabelEventKind;
  at: Date;
  reason: string | null;
  supersededBy: string | null;
};

export type TIntegrityLogEntry = { leafIndex: number; leaf: string; leafHash: string; labelEventId: string };

export type TIntegrityInput = {
  publicCode: string;
  snapshot: TLabelSnapshot;
  digest: string;
  signature: string;
  keyId: string;
  issuedAt: Date;
  validUntil: Date;
  events: readonly TIntegrityEvent[];
  logEntries: readonly TIntegrityLogEntry[];
};

const SIGNATURE_PROBLEM = {
  format: "snapshot_format",
  digest_mismatch: "digest_mismatch",
  key_mismatch: "unknown_key",
  bad_signature: "bad_signature",
} as const;

export function checkLabelIntegrity(
  label: TIntegrityInput,
  publicKeyPems: readonly string[],
  now: Date = new Date(),
): TIntegrity {
  const problems = new Set<TIntegrityProblem>();
  const doc: TSignedSnapshot = {
    format: SIGNED_SNAPSHOT_FORMAT,
    snapshot: label.snapshot,
    digest: label.digest,
    signature: { alg: SIGNATURE_ALG, keyId: label.keyId, value: label.signature },
  };
  let verdict: ReturnType<typeof verifySignedSnapshot>;
  try {
    verdict = verifySignedSnapshot(publicKeyPems, doc);
  } catch {
    verdict = { valid: false, reason: "format" };
  }
  if (!verdict.valid) problems.add(SIGNATURE_PROBLEM[verdict.reason]);

  const signed = label.snapshot?.label;
  if (
    !signed ||
    signed.publicCode !== label.publicCode ||
    signed.issuedAt !== label.issuedAt.toISOString() ||
    signed.validUntil !== label.validUntil.toISOString()
  )
    problems.add("record_mismatch");

  const events = label.events;
  if (events.length === 0 || events[0]!.kind !== "ISSUED" || events.some((e, i) => e.seq !== i + 1))
    problems.add("events_incomplete");
  if (firstIllegalEvent(events, label, now)) problems.add("events_illegal");

  const byEvent = new Map(label.logEntries.map((e) => [e.labelEventId, e]));
  if (byEvent.size !== label.logEntries.length || label.logEntries.length !== events.length)
    problems.add(label.logEntries.length < events.length ? "log_missing" : "log_mismatch");
  for (const e of events) {
    const entry = byEvent.get(e.id);
    if (!entry) {
      problems.add("log_missing");
      continue;
    }
    const expected = buildLeaf({
      publicCode: label.publicCode,
      digest: label.digest,
      validUntil: label.validUntil,
      event: e,
    });
    if (entry.leaf !== expected.leaf || entry.leafHash !== leafHashHex(entry.leaf))
      problems.add("log_mismatch");
  }
  return problems.size === 0 ? { ok: true } : { ok: false, problems: [...problems] };
}

const TTL_MS = 60_000;
const MAX_ENTRIES = 4096;
const cache = new Map<string, { at: number; result: TIntegrity }>();

/** Everything but the snapshot: the cache key (a changed snapshot with the same digest fails within the TTL). */
export type TIntegrityKeyInput = Omit<TIntegrityInput, "snapshot">;

function cacheKey(label: TIntegrityKeyInput, keys: readonly string[]): string {
  return JSON.stringify([
    label.publicCode,
    label.digest,
    label.signature,
    label.keyId,
    label.issuedAt.getTime(),
    label.validUntil.getTime(),
    label.events.map((e) => [e.id, e.seq, e.kind, e.at.getTime(), e.reason, e.supersededBy]),
    label.logEntries.map((e) => [e.leafIndex, e.leafHash, e.labelEventId]),
    keys,
  ]);
}

/**
 * The same check, remembered for a minute per label (the public page's own regeneration interval): the API and the
 * list verify each label at most once a minute per instance, not on every request. Any change to the row's
 * signature, dates, events or log entries is a new key and is checked at once; a failure is logged.
 */
export function checkLabelIntegrityCached(
  label: TIntegrityInput,
  publicKeyPems: readonly string[],
  now: Date = new Date(),
): TIntegrity {
  const key = cacheKey(label, publicKeyPems);
  const hit = cache.get(key);
  if (hit && now.getTime() - hit.at < TTL_MS) return hit.result;
  const result = checkLabelIntegrity(label, publicKeyPems, now);
  if (!result.ok) logError(`label.integrity_failed ${label.publicCode}`, { problems: result.problems });
  cache.delete(key);
  cache.set(key, { at: now.getTime(), result });
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return result;
}

/**
 * The remembered result of the check, if it is still fresh, without the snapshot: lets a page that lists many labels
 * read each ~80 KB snapshot only when its check is due (lib/db/label-integrity.ts).
 */
export function rememberedLabelIntegrity(
  label: TIntegrityKeyInput,
  publicKeyPems: readonly string[],
  now: Date = new Date(),
): TIntegrity | null {
  const hit = cache.get(cacheKey(label, publicKeyPems));
  return hit && now.getTime() - hit.at < TTL_MS ? hit.result : null;
}

/** For tests: forget remembered checks. */
export function clearIntegrityCache(): void {
  cache.clear();
}
