// The log monitor (`npm run log:monitor -- <url>`): what anyone outside the operator can run to hold the registry
// to its public log. Each run:
//   1. fetches the latest signed tree head and checks its signature with the log key of the key document (pinned
//      in the state file on the first run: a changed log key is reported);
//   2. checks it is consistent with the tree head seen last time (RFC 9162 consistency proof): a log that shrank,
//      forked or was rewritten is reported, and the last good head is kept so the alarm does not go away;
//   3. downloads the entries added since, checks each leaf is canonical and well-formed, recomputes the root from
//      them (compact range kept in the state file) and compares it with the signed root, and replays each label's
//      events through the state machine;
//   4. reads every label of the public registry (/api/public/labels) and reports any label whose public state,
//      history or digest disagrees with the log, any label served without log entries, any label in the log the
//      registry no longer serves, and any label the registry itself flags as failing its integrity check.
// Disagreements about anything younger than `graceMs` (10 minutes) are pending, not problems: the log step signs a
// new head every minute or so and the registry's answers may be cached for a few minutes. If one persists, a later
// run reports it.
import { z } from "zod";
import { deriveLabelHistory, firstIllegalEvent, type TLabelEventLike } from "@/lib/labels/state";
import { fromLogEvent, parseLeaf } from "./leaf";
import { CompactRange, leafHash, verifyConsistency } from "./merkle";
import { verifyTreeHead, ZSignedTreeHead, type TSignedTreeHead } from "./tree-head";

export type TFetchJson = (path: string) => Promise<unknown>;

const ZLabelSummary = z.object({
  digest: z.string(),
  validUntil: z.string(),
  issuedAt: z.string(),
  events: z.array(
    z.object({ event: z.string(), at: z.string(), reason: z.string().nullable(), index: z.number() }),
  ),
});
type TLabelSummary = z.infer<typeof ZLabelSummary>;

export const ZMonitorState = z.object({
  version: z.literal(1),
  url: z.string(),
  logKeyId: z.string(),
  treeHead: ZSignedTreeHead,
  compactRange: z.array(z.string().regex(/^[0-9a-f]{64}$/)),
  labels: z.record(z.string(), ZLabelSummary),
});
export type TMonitorState = z.infer<typeof ZMonitorState>;

export type TMonitorReport = {
  ok: boolean;
  problems: string[];
  notes: string[];
  state: TMonitorState | null;
};

const ZKeys = z.object({
  transparencyLog: z.object({
    keys: z.array(z.object({ kid: z.string(), pem: z.string() })).min(1),
  }),
});
const ZConsistency = z.object({ proof: z.array(z.string().regex(/^[0-9a-f]{64}$/)) });
const ZEntries = z.object({
  entries: z.array(z.object({ leafIndex: z.number(), leaf: z.string(), leafHash: z.string() })),
});
const ZLabelPage = z.object({
  items: z.array(
    z.object({
      code: z.string(),
      issuedAt: z.string(),
      status: z.object({ state: z.string() }),
      events: z.array(z.object({ event: z.string(), at: z.string() })),
      integrity: z.object({ digest: z.string(), verified: z.boolean(), problems: z.array(z.string()) }),
    }),
  ),
  nextCursor: z.string().nullable(),
});

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const buf = (h: string) => Buffer.from(h, "hex");

function historyOf(s: TLabelSummary, now: Date) {
  const events: TLabelEventLike[] = s.events.map((e) => ({
    kind: fromLogEvent(e.event as Parameters<typeof fromLogEvent>[0]),
    at: e.at,
    reason: e.reason,
  }));
  return { events, history: deriveLabelHistory(events, s.validUntil, now) };
}

export async function runMonitor(opts: {
  url: string;
  fetchJson: TFetchJson;
  state: TMonitorState | null;
  now?: Date;
  graceMs?: number;
}): Promise<TMonitorReport> {
  const now = opts.now ?? new Date();
  const grace = opts.graceMs ?? 10 * 60_000;
  const problems: string[] = [];
  const notes: string[] = [];
  const fail = (msg: string): TMonitorReport => ({
    ok: false,
    problems: [...problems, msg],
    notes,
    state: opts.state,
  });

  const keysDoc = ZKeys.safeParse(await opts.fetchJson("/.well-known/cyberlabel-label-keys.json"));
  if (!keysDoc.success) return fail("the key document lists no transparency log key");
  const logKeys = keysDoc.data.transparencyLog.keys;
  const prev = opts.state;
  if (prev && !logKeys.some((k) => k.kid === prev.logKeyId))
    return fail(`the log key changed: ${prev.logKeyId} is no longer published (a new key means a new log)`);
  const pinned = prev ? logKeys.filter((k) => k.kid === prev.logKeyId) : logKeys;

  const sthParsed = ZSignedTreeHead.safeParse(await opts.fetchJson("/api/public/log/tree-head"));
  if (!sthParsed.success) return fail("the tree head is malformed");
  const sth: TSignedTreeHead = sthParsed.data;
  if (
    !verifyTreeHead(
      pinned.map((k) => k.pem),
      sth,
    )
  )
    return fail(`the tree head of size ${sth.treeSize} is not signed by the log key`);

  // 2. Consistency with the head seen last time.
  const seen = prev?.treeHead;
  const range = prev
    ? CompactRange.restore(seen!.treeSize, prev.compactRange.map(buf))
    : CompactRange.empty();
  const labels: Record<string, TLabelSummary> = structuredClone(prev?.labels ?? {});
  if (seen) {
    if (sth.treeSize < seen.treeSize)
      return fail(`the log shrank: tree size ${sth.treeSize} after ${seen.treeSize} was signed`);
    if (sth.timestamp < seen.timestamp) {
      notes.push(`an older tree head was served (cached?); keeping size ${seen.treeSize}`);
      return { ok: true, problems, notes, state: prev };
    }
    if (sth.treeSize === seen.treeSize) {
      if (sth.rootHash !== seen.rootHash)
        return fail(`two different roots were signed for tree size ${sth.treeSize}: the log forked`);
    } else if (seen.treeSize > 0) {
      const c = ZConsistency.safeParse(
        await opts.fetchJson(
          `/api/public/log/proof/consistency?first=${seen.treeSize}&second=${sth.treeSize}`,
        ),
      );
      if (
        !c.success ||
        !verifyConsistency(
          seen.treeSize,
          sth.treeSize,
          buf(seen.rootHash),
          buf(sth.rootHash),
          c.data.proof.map(buf),
        )
      )
        return fail(
          `tree size ${sth.treeSize} is not an extension of tree size ${seen.treeSize} seen before: the log was rewritten`,
        );
    }
  }

  // 3. The new entries, hashed into the signed root.
  for (let start = range.size; start < sth.treeSize;) {
    const end = Math.min(start + 256, sth.treeSize);
    const page = ZEntries.safeParse(
      await opts.fetchJson(`/api/public/log/entries?start=${start}&end=${end}`),
    );
    if (!page.success || page.data.entries.length === 0)
      return fail(`entries from ${start} could not be read`);
    for (const e of page.data.entries) {
      if (e.leafIndex !== range.size) return fail(`entry ${range.size} is missing from the entries served`);
      const leaf = parseLeaf(e.leaf);
      if (!leaf) return fail(`entry ${e.leafIndex} is not a well-formed canonical log entry`);
      if (e.leafHash !== leafHashOf(e.leaf)) return fail(`entry ${e.leafIndex} carries a wrong leaf hash`);
      range.appendLeafHash(buf(e.leafHash));
      const s = (labels[leaf.label] ??= {
        digest: leaf.digest,
        validUntil: leaf.validUntil,
        issuedAt: leaf.at,
        events: [],
      });
      if (leaf.seq !== s.events.length + 1 || leaf.digest !== s.digest || leaf.validUntil !== s.validUntil)
        problems.push(`label ${leaf.label}: entry ${e.leafIndex} does not continue its history in the log`);
      s.events.push({ event: leaf.event, at: leaf.at, reason: leaf.reason, index: e.leafIndex });
    }
    start = end;
  }
  if (hex(range.root()) !== sth.rootHash)
    return fail(`the entries served do not hash to the signed root of tree size ${sth.treeSize}`);
  for (const [code, s] of Object.entries(labels)) {
    const { events } = historyOf(s, now);
    const illegal = firstIllegalEvent(events, { issuedAt: s.issuedAt, validUntil: s.validUntil }, now);
    if (illegal) problems.push(`label ${code}: its log history is impossible (${illegal.problem})`);
  }

  // 4. The registry against the log. A disagreement about something younger than `grace` is only pending: the log
  // signs a tree head about once a minute, and the registry's answers may be cached for a few minutes.
  const served = new Set<string>();
  const recent = (at: string) => Date.parse(at) >= now.getTime() - grace;
  const disagree = (what: string, youngest: string[]) =>
    youngest.length > 0 && youngest.every(recent)
      ? notes.push(`${what} (recent: pending)`)
      : problems.push(what);
  let cursor: string | null = null;
  let pages = 0;
  do {
    const path: string = `/api/public/labels?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page = ZLabelPage.safeParse(await opts.fetchJson(path));
    if (!page.success) return fail("the label registry could not be read");
    for (const r of page.data.items) {
      served.add(r.code);
      const s = labels[r.code];
      if (!r.integrity.verified)
        problems.push(
          `label ${r.code}: the registry reports its integrity check failed (${r.integrity.problems.join(", ")})`,
        );
      if (!s) {
        disagree(`label ${r.code} is served but not in the log`, [r.issuedAt]);
        continue;
      }
      if (r.integrity.digest !== s.digest)
        problems.push(
          `label ${r.code}: the registry's digest ${r.integrity.digest.slice(0, 12)}… is not the logged one`,
        );
      const logged = s.events.map((e) => e.event);
      const shown = r.events.map((e) => e.event);
      const common = Math.min(logged.length, shown.length);
      const history = `the registry shows history [${shown.join(", ")}], the log says [${logged.join(", ")}]`;
      if (logged.slice(0, common).some((e, i) => shown[i] !== e))
        problems.push(`label ${r.code}: ${history}`);
      else if (shown.length > logged.length)
        disagree(
          `label ${r.code}: ${shown.slice(common).join(", ")} is shown but not in the signed log`,
          r.events.slice(common).map((e) => e.at),
        );
      else if (logged.length > shown.length)
        disagree(
          `label ${r.code}: ${history}`,
          s.events.slice(common).map((e) => e.at),
        );
      else {
        const want = historyOf(s, now).history.state;
        if (r.status.state !== want && r.status.state !== "integrity_failed")
          disagree(`label ${r.code}: the registry says "${r.status.state}", the log says "${want}"`, [
            s.validUntil,
          ]);
      }
    }
    cursor = page.data.nextCursor;
    pages++;
  } while (cursor && pages < 100_000);
  for (const code of Object.keys(labels))
    if (!served.has(code)) problems.push(`label ${code} is in the log but the registry no longer serves it`);

  notes.push(
    `tree head ${sth.treeSize} (${new Date(sth.timestamp).toISOString()}) verified${seen ? `, consistent with ${seen.treeSize} seen before` : ""}; ${served.size} label(s) compared with the log`,
  );
  const state: TMonitorState = {
    version: 1,
    url: opts.url,
    logKeyId: sth.keyId,
    treeHead: sth,
    compactRange: range.hashes().map(hex),
    labels,
  };
  return { ok: problems.length === 0, problems, notes, state };
}

/** Recomputed from the leaf's bytes, never taken from the server. */
function leafHashOf(leaf: string): string {
  return hex(leafHash(Buffer.from(leaf, "utf8")));
}
