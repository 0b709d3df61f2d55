import { TRI_FALSE, TRI_TRUE, type TTri } from "@/lib/schemes/conditions";
import type { TControlAnswer } from "@/lib/schemes/types";
import {
  explainBuffer as B,
  ST_NA,
  type TCompiledCond,
  type TCompiledCriterion,
  type TSlots,
} from "./compile";
import type { TCriterionResult, TStage, TVerdict } from "./types";

/**
 * Evaluates one criterion: scope → applicability → claimed N/A → satisfaction. Pure. The hot path avoids
 * allocation where it can (this is what keeps assess() under the cost of JSON.parse of its input): explanation
 * results land in one reused record, and the common "every leaf decided" case returns a precomputed id list.
 */

/** The value of a scope for this call, computed once and shared by every criterion of that scope. */
export type TScopeValue = { tri: TTri; deciding: readonly string[]; missing: readonly string[] };

const NONE: readonly string[] = Object.freeze([]);

function isUnjustifiedNa(val: unknown): boolean {
  if (typeof val !== "object" || val === null || Array.isArray(val)) return false;
  const c = val as TControlAnswer;
  return (
    c.status === "not_applicable" && !(typeof c.justification === "string" && c.justification.trim() !== "")
  );
}

/** Result of the last explain() call (reused, copy what you keep). */
const X = { tri: TRI_FALSE as TTri, deciding: NONE, missing: NONE, hasNull: false };

function collect(
  slots: readonly number[],
  count: number,
  v: TSlots,
  ids: readonly string[],
  same: readonly string[] | null,
): void {
  let missing: string[] | null = null;
  let hasNull = false;
  for (let i = 0; i < count; i++) {
    const s = slots[i] as number;
    const val = v[s];
    if (val === undefined || val === null) hasNull = true;
    else if (!isUnjustifiedNa(val)) continue;
    const id = ids[s] as string;
    if (missing === null) missing = [id];
    else if (!missing.includes(id)) missing.push(id);
  }
  X.hasNull = hasNull;
  X.missing = missing ?? NONE;
  if (same !== null) {
    X.deciding = same;
    return;
  }
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = ids[slots[i] as number] as string;
    if (!out.includes(id)) out.push(id);
  }
  X.deciding = out;
}

export function explain(c: TCompiledCond, v: TSlots, ids: readonly string[]): typeof X {
  const leaf = c.leaf;
  if (leaf >= 0) {
    // One leaf: it always decides, so its explanation is its own frozen id list; no buffer, no collect().
    X.tri = c.ev(v, false);
    const val = v[leaf];
    const hasNull = val === undefined || val === null;
    X.hasNull = hasNull;
    X.missing = hasNull || isUnjustifiedNa(val) ? c.leafIds : NONE;
    X.deciding = c.leafIds;
    return X;
  }
  B.top = 0;
  X.tri = c.ev(v, true);
  const top = B.top;
  const leaves = c.leafSlots;
  let same = top === leaves.length;
  for (let i = 0; same && i < top; i++) if (B.slots[i] !== leaves[i]) same = false;
  collect(B.slots, top, v, ids, same ? c.leafIds : null);
  // Every leaf decided and every one is missing: the list is the leaf list (same ids, same order), frozen.
  if (same && X.missing.length === c.leafIds.length) X.missing = c.leafIds;
  return X;
}

/** The generation of the current assess() call: a condition's memo is valid while its stamp equals it. */
let GEN = 0;

/** Starts a new assess() call: every condition memo of the previous call becomes stale. */
export function beginCall(): void {
  GEN++;
}

/** The value of a condition (no explanation), once per call however many criteria read it. */
function triOf(c: TCompiledCond, v: TSlots): TTri {
  if (c.gen !== GEN) {
    c.tri = c.ev(v, false);
    c.gen = GEN;
  }
  return c.tri;
}

/** explain(), once per call per condition; the lists are shared by the criteria that read it (read-only). */
function explained(c: TCompiledCond, v: TSlots, ids: readonly string[]): typeof X {
  if (c.xGen === GEN) {
    X.tri = c.xTri;
    X.deciding = c.xDeciding;
    X.missing = c.xMissing;
    X.hasNull = c.xHasNull;
    return X;
  }
  explain(c, v, ids);
  c.xGen = GEN;
  c.xTri = X.tri;
  c.xDeciding = X.deciding;
  c.xMissing = X.missing;
  c.xHasNull = X.hasNull;
  return X;
}

export function evaluateScope(c: TCompiledCond, v: TSlots, ids: readonly string[]): TScopeValue {
  const x = explain(c, v, ids);
  return {
    tri: x.tri,
    deciding: x.deciding,
    missing: x.tri === TRI_TRUE || x.tri === TRI_FALSE ? NONE : x.missing,
  };
}

function result(
  cc: TCompiledCriterion,
  verdict: TVerdict,
  stage: TStage,
  deciding: readonly string[],
  missing: readonly string[],
): TCriterionResult {
  return { key: cc.c.key, scheme: cc.c.scheme, verdict, stage, deciding, missing };
}

export function evaluateCriterion(
  cc: TCompiledCriterion,
  v: TSlots,
  ids: readonly string[],
  scopes: readonly TScopeValue[],
): TCriterionResult {
  const sc = cc.scopeSlot >= 0 ? scopes[cc.scopeSlot] : undefined;
  if (sc && sc.tri !== TRI_TRUE) {
    return result(
      cc,
      sc.tri === TRI_FALSE ? "NOT_APPLICABLE" : "UNANSWERED",
      "scope",
      sc.deciding,
      sc.missing,
    );
  }
  const app = cc.applicability;
  if (app && triOf(app, v) !== TRI_TRUE) {
    const x = explained(app, v, ids);
    return result(
      cc,
      x.tri === TRI_FALSE ? "NOT_APPLICABLE" : "UNANSWERED",
      "applicability",
      x.deciding,
      x.tri === TRI_FALSE ? NONE : x.missing,
    );
  }
  const na = cc.naQuestions;
  const perControl = cc.perControl;
  let claimed = false;
  if (na.length > 0) {
    let allNa = true;
    const n = ids.length; // decoded statuses follow the answers (see toSlots())
    for (let i = 0; i < na.length; i++) {
      if (v[n + (na[i] as number)] !== ST_NA) {
        allNa = false;
        break;
      }
    }
    if (allNa) {
      if (!cc.naAccepted) return result(cc, "FAIL", "na_not_allowed", cc.naIds, NONE);
      // 1.0.0: every control N/A is a claimed N/A, whatever else the criterion reads. From 1.1.0 (per-control
      // N/A) the satisfaction still decides, so an N/A cannot hide a failing number or fact (CN-3.08).
      if (!perControl) {
        collect(na, na.length, v, ids, cc.naIds);
        if (X.missing.length > 0)
          return result(cc, "UNANSWERED", "justification_missing", cc.naIds, X.missing);
        return result(cc, "NOT_APPLICABLE", "claimed_na", cc.naIds, NONE);
      }
      claimed = true;
    }
  }
  const x = explained(cc.satisfaction, v, ids);
  if (x.tri === TRI_TRUE && claimed && x.missing.length === 0)
    return result(cc, "NOT_APPLICABLE", "claimed_na", cc.naIds, NONE);
  if (x.tri === TRI_TRUE) {
    // A sub-item accepted as N/A still needs its justification before the criterion may pass.
    return x.missing.length > 0
      ? result(cc, "UNANSWERED", "justification_missing", x.deciding, x.missing)
      : result(cc, "PASS", "satisfaction", x.deciding, NONE);
  }
  // A failure that rests on a missing answer (e.g. "registry text provided") is incomplete, not a FAIL.
  if (x.tri === TRI_FALSE && !x.hasNull) {
    // Catalog 1.1.0: say so when the failure is an N/A claimed where this criterion does not accept one.
    const refused = cc.naRefusedSlots;
    const n = ids.length;
    for (let i = 0; i < refused.length; i++) {
      if (v[n + (refused[i] as number)] === ST_NA)
        return result(cc, "FAIL", "na_not_allowed", x.deciding, NONE);
    }
    return result(cc, "FAIL", "satisfaction", x.deciding, NONE);
  }
  return result(cc, "UNANSWERED", "satisfaction", x.deciding, x.missing);
}
