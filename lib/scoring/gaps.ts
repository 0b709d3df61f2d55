import { conditionQuestionIds } from "@/lib/schemes/conditions";
import type { TCompiledCatalog } from "./compile";
import type { TCnResult, TCriterionResult, TEuResult, TGap, TSchemeTally, TUsResult } from "./types";

type TGroupKey = { qs: string[]; k: string };
const EMPTY_KEY: TGroupKey = { qs: [], k: "" };

// Lists built when the catalog is compiled are frozen and come back on every call (a criterion's leaf ids, its N/A
// ids, a scope's deciding ids): their group keys are worked out once. Fresh per-call lists are keyed once per call
// (a scope's missing list is shared by every criterion of that scope: 38 CRA criteria, one key).
const keyOfFrozen = new WeakMap<readonly string[], TGroupKey>();
const controlsOfFrozen = new WeakMap<readonly string[], TGroupKey>();
const triggerControls = new WeakMap<object, TGroupKey>();
const targetsOf = new WeakMap<object, string[]>();

/** The distinct ids, sorted as Array.prototype.sort sorts strings, joined: without a Set or a sort callback. */
function groupKey(ids: readonly string[]): TGroupKey {
  const n = ids.length;
  if (n === 0) return EMPTY_KEY;
  if (n === 1) {
    const only = ids[0] as string;
    return { qs: [only], k: only };
  }
  const qs: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    let j = qs.length;
    while (j > 0 && (qs[j - 1] as string) > id) j--;
    if (j > 0 && qs[j - 1] === id) continue; // already there
    qs.splice(j, 0, id);
  }
  let k = qs[0] as string;
  for (let i = 1; i < qs.length; i++) k += `|${qs[i] as string}`;
  return { qs, k };
}

/** Per-call memo of the keys of fresh lists, by identity (the last list is checked first: runs share one list). */
type TCallKeys = {
  last: readonly string[] | null;
  lastKey: TGroupKey;
  seen: Map<readonly string[], TGroupKey> | null;
};

function keyed(
  memo: TCallKeys,
  ids: readonly string[],
  make: (ids: readonly string[]) => TGroupKey,
): TGroupKey {
  if (memo.last === ids) return memo.lastKey;
  let g = memo.seen?.get(ids);
  if (!g) {
    g = make(ids);
    (memo.seen ??= new Map()).set(ids, g);
  }
  memo.last = ids;
  memo.lastKey = g;
  return g;
}

function missingKey(memo: TCallKeys, ids: readonly string[]): TGroupKey {
  if (ids.length === 0) return EMPTY_KEY;
  if (!Object.isFrozen(ids)) return keyed(memo, ids, groupKey);
  let g = keyOfFrozen.get(ids);
  if (!g) {
    g = groupKey(ids);
    keyOfFrozen.set(ids, g);
  }
  return g;
}

/** The control questions among the deciding ones (profile facts are not gaps to fix). */
function controlsKey(cc: TCompiledCatalog, memo: TCallKeys, ids: readonly string[]): TGroupKey {
  const make = (xs: readonly string[]) =>
    groupKey(xs.filter((id) => cc.questions.get(id)?.kind === "control"));
  if (!Object.isFrozen(ids)) return keyed(memo, ids, make);
  let g = controlsOfFrozen.get(ids);
  if (!g) {
    g = make(ids);
    controlsOfFrozen.set(ids, g);
  }
  return g;
}

/**
 * The gap list: what to fix, grouped by the set of questions that fixes it, ordered by how many scheme results
 * (EU articles, the US label, each China star level) the fix contributes to, then by how many criteria.
 */
const US_TARGETS: readonly string[] = ["US"];
const NO_TARGETS: readonly string[] = [];

/** A criterion's scheme targets when its scheme is in scope (the same every call): EU article or CN levels. */
function staticTargets(c: TCompiledCatalog["criteria"][number]["c"]): readonly string[] {
  let t = targetsOf.get(c);
  if (!t) {
    t = [];
    if (c.eu) t.push(`EU:${c.eu.article}`);
    else if (c.level !== undefined) for (let l = c.level; l <= 3; l++) t.push(`CN:${l}`);
    targetsOf.set(c, t);
  }
  return t;
}

const genericTargets = new Map<string, readonly string[]>();
function genericTarget(id: string): readonly string[] {
  let t = genericTargets.get(id);
  if (!t) {
    t = [id];
    genericTargets.set(id, t);
  }
  return t;
}

export function buildGaps(
  cc: TCompiledCatalog,
  results: TCriterionResult[],
  eu: TEuResult,
  us: TUsResult,
  cn: TCnResult,
  generic?: Readonly<Record<string, TSchemeTally | undefined>>,
): TGap[] {
  const groups = new Map<string, TGap>();
  const add = (
    key: TGroupKey,
    kind: TGap["kind"],
    targets: readonly string[],
    criterion?: string,
    restriction?: string,
  ) => {
    let g = groups.get(key.k);
    if (!g) {
      g = { questionIds: [...key.qs], criteria: [], restrictions: [], targets: [], kind };
      groups.set(key.k, g);
    }
    if (kind === "fail") g.kind = "fail";
    if (criterion) g.criteria.push(criterion);
    if (restriction && !g.restrictions.includes(restriction)) g.restrictions.push(restriction);
    for (const t of targets) if (!g.targets.includes(t)) g.targets.push(t);
  };
  const memo: TCallKeys = { last: null, lastKey: EMPTY_KEY, seen: null };
  const euIn = new Set(eu.articles.filter((x) => x.inScope !== false).map((x) => x.part));
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as TCriterionResult;
    if (r.verdict === "PASS" || r.verdict === "NOT_APPLICABLE") continue;
    const c = cc.criteria[i]?.c; // results are in catalog order
    if (!c || c.gate) continue; // a failed scope gate is a fact about the product, not something to fix
    let targets: readonly string[];
    if (c.eu) targets = euIn.has(c.eu.part) ? staticTargets(c) : NO_TARGETS;
    else if (c.scheme === "US_CTM") targets = us.inScope === false ? NO_TARGETS : US_TARGETS;
    else if (c.level !== undefined && cn.inScope !== false) targets = staticTargets(c);
    else if (generic) {
      // Catalog 1.2.0+: a scheme without dedicated code is one target, named by its id, while it may apply.
      const g = generic[c.scheme];
      targets = g && g.inScope !== false ? genericTarget(c.scheme) : NO_TARGETS;
    } else targets = NO_TARGETS;
    if (targets.length === 0) continue;
    const key =
      r.verdict === "UNANSWERED"
        ? missingKey(memo, r.missing)
        : r.stage === "override"
          ? EMPTY_KEY
          : controlsKey(cc, memo, r.deciding);
    add(key, r.verdict === "FAIL" ? "fail" : "unanswered", targets, r.key);
  }
  const restrictions = cc.catalog.schemes.find((s) => s.id === "EU_RED")?.restrictions ?? [];
  for (const art of eu.articles) {
    for (const rr of art.restrictions) {
      if (rr.triggered !== true) continue;
      const def = restrictions.find((d) => d.id === rr.id);
      let key = def ? triggerControls.get(def) : EMPTY_KEY;
      if (key === undefined && def) {
        key = groupKey(
          conditionQuestionIds(def.trigger).filter((q) => cc.questions.get(q)?.kind === "control"),
        );
        triggerControls.set(def, key);
      }
      // R3 is triggered by a profile fact (an update mechanism): no answer fixes it, so it is a route note, not a gap.
      if (key && key.qs.length > 0) add(key, "fail", [`EU:${art.article}`], undefined, rr.id);
    }
  }
  const rank = collationRanks(cc);
  return [...groups.values()].sort(
    (x, y) =>
      y.targets.length - x.targets.length ||
      y.criteria.length - x.criteria.length ||
      byCollation(rank, x.questionIds[0] ?? "", y.questionIds[0] ?? ""),
  );
}

const ranksOf = new WeakMap<TCompiledCatalog, ReadonlyMap<string, number>>();

/**
 * The question ids (and "") ranked once per catalog in localeCompare order, equal ranks for ids it finds equal:
 * comparing ranks gives the sign localeCompare gives, so the gap order is the same without a collation per compare.
 */
function collationRanks(cc: TCompiledCatalog): ReadonlyMap<string, number> {
  let m = ranksOf.get(cc);
  if (!m) {
    const sorted = ["", ...cc.index.ids].sort((a, b) => a.localeCompare(b));
    const ranks = new Map<string, number>();
    let r = 0;
    sorted.forEach((id, i) => {
      if (i > 0 && (sorted[i - 1] as string).localeCompare(id) !== 0) r++;
      ranks.set(id, r);
    });
    m = ranks;
    ranksOf.set(cc, m);
  }
  return m;
}

function byCollation(rank: ReadonlyMap<string, number>, a: string, b: string): number {
  const ra = rank.get(a);
  const rb = rank.get(b);
  return ra === undefined || rb === undefined ? a.localeCompare(b) : ra - rb;
}
