import { conditionQuestionIds } from "@/lib/schemes/conditions";
import type { TCompiledCatalog } from "./compile";
import type { TCnResult, TCriterionResult, TEuResult, TGap, TSchemeTally, TUsResult } from "./types";

type TGroupKey = { qs: string[]; k: string };
const EMPTY_KEY: TGroupKey = { qs: [], k: "" };

// Lists built when the catalog is compiled are frozen and come back on every call (a criterion's leaf ids, its N/A
// ids, a scope's deciding ids): their group keys are worked out once. Fresh per-call lists are keyed each time.
const keyOfFrozen = new WeakMap<readonly string[], TGroupKey>();
const controlsOfFrozen = new WeakMap<readonly string[], TGroupKey>();
const triggerControls = new WeakMap<object, TGroupKey>();
const targetsOf = new WeakMap<object, string[]>();

function groupKey(ids: readonly string[]): TGroupKey {
  if (ids.length === 0) return EMPTY_KEY;
  const qs = ids.length === 1 ? [ids[0] as string] : [...new Set(ids)].sort();
  return { qs, k: qs.join("|") };
}

function missingKey(ids: readonly string[]): TGroupKey {
  if (!Object.isFrozen(ids)) return groupKey(ids);
  let g = keyOfFrozen.get(ids);
  if (!g) {
    g = groupKey(ids);
    keyOfFrozen.set(ids, g);
  }
  return g;
}

/** The control questions among the deciding ones (profile facts are not gaps to fix). */
function controlsKey(cc: TCompiledCatalog, ids: readonly string[]): TGroupKey {
  const frozen = Object.isFrozen(ids);
  let g = frozen ? controlsOfFrozen.get(ids) : undefined;
  if (!g) {
    g = groupKey(ids.filter((id) => cc.questions.get(id)?.kind === "control"));
    if (frozen) controlsOfFrozen.set(ids, g);
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
        ? missingKey(r.missing)
        : r.stage === "override"
          ? EMPTY_KEY
          : controlsKey(cc, r.deciding);
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
  return [...groups.values()].sort(
    (x, y) =>
      y.targets.length - x.targets.length ||
      y.criteria.length - x.criteria.length ||
      (x.questionIds[0] ?? "").localeCompare(y.questionIds[0] ?? ""),
  );
}
