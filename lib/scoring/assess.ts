import type { TAnswers, TCatalog, TSchemeId, TSchemeMeta } from "@/lib/schemes/types";
import { compileCatalog, toSlots, type TCompiledCatalog } from "./compile";
import { beginCall, evaluateCriterion, evaluateScope, type TScopeValue } from "./criterion";
import { buildGaps } from "./gaps";
import { planFor } from "./plan";
import { assessCn, assessEu, assessGeneric, assessUs } from "./schemes";
import {
  ZOverrides,
  type TAssessment,
  type TCriterionResult,
  type TDecidingAnswer,
  type TOverrides,
  type TReadiness,
  type TSchemeTally,
} from "./types";

/**
 * assess(): pure, deterministic and synchronous. No I/O, no clock, no randomness: the same catalog, answers and
 * overrides always give the same result. Answers are expected to come from parseAnswers(); values of the wrong
 * runtime type are treated as unanswered (never as a pass).
 *
 * Overrides are reviewer decisions (a later issue stores them): each replaces the engine verdict of one criterion,
 * needs a reason, and flows into every scheme result, readiness and the gap list like an engine verdict.
 * Invalid overrides (unknown key, missing reason) throw: they are a programming error, validate with ZOverrides.
 */
export function assess(catalog: TCatalog, answers: TAnswers, overrides?: TOverrides): TAssessment {
  const cc = compileCatalog(catalog);
  beginCall();
  const plan = planFor(cc);
  if (overrides !== undefined) checkOverrides(catalog, overrides, cc.byKey);

  // Scopes are shared by many criteria (all 43 of EN 18031-2…): evaluate each once per call.
  // Hidden questions (catalog 1.1.0 visibleWhen) are found in the same pass that copies the answers.
  const hiddenIds: string[] | undefined = cc.visibility.length > 0 ? [] : undefined;
  const slots = toSlots(cc, answers, hiddenIds);
  const ids = cc.index.ids;
  const scopes: TScopeValue[] = cc.scopes.map((s) => evaluateScope(s.evaluate, slots, ids));
  const n = cc.criteria.length;
  // An array in catalog order: building a 181-key object costs more than the whole evaluation (see resultFor()).
  const all: TCriterionResult[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const comp = cc.criteria[i] as TCompiledCatalog["criteria"][number];
    let r = evaluateCriterion(comp, slots, ids, scopes);
    const o = overrides?.[comp.c.key];
    if (o)
      r = {
        ...r,
        verdict: o.verdict,
        stage: "override",
        missing: [],
        override: { engineVerdict: r.verdict, reason: o.reason },
      };
    all[i] = r;
  }

  const eu = assessEu(plan, all, scopes, slots, ids);
  // Hidden ids are few and read only for unanswered registry questions: the list itself, no Set per call.
  const us = assessUs(plan, schemeMeta(catalog, "US_CTM"), all, answers, slots, hiddenIds);
  const cn = assessCn(plan, schemeMeta(catalog, "CN_CCL"), all, scopes, slots);
  // Catalog 1.2.0+: every further scheme is tallied generically; its module's rule decides its outcome.
  let schemes: Partial<Record<TSchemeId, TSchemeTally>> | undefined;
  if (plan.generic.length > 0) {
    schemes = {};
    for (const g of plan.generic) schemes[g.id] = assessGeneric(g, all, scopes, slots);
  }
  const result: TAssessment = {
    catalogVersion: catalog.version,
    criteria: all,
    eu,
    us,
    cn,
    readiness: readiness(cc, all),
    gaps: buildGaps(cc, all, eu, us, cn, schemes),
  };
  // Results of catalogs without further schemes keep exactly the shape they had (stored snapshots, recordings).
  if (schemes) result.schemes = schemes;
  return result;
}

function schemeMeta(catalog: TCatalog, id: TSchemeId): TSchemeMeta {
  const m = catalog.schemes.find((s) => s.id === id);
  if (!m) throw new Error(`catalog ${catalog.version} has no ${id} metadata`);
  return m;
}

/** Share of applicable criteria passing (NOT_APPLICABLE excluded), as a percentage with one decimal, per scheme of the catalog. */
function readiness(
  cc: TCompiledCatalog,
  all: readonly TCriterionResult[],
): Partial<Record<TSchemeId, TReadiness>> {
  // Counts by the scheme's position in the catalog (worked out when compiling), not by keyed lookups per criterion.
  const schemes = cc.catalog.schemes;
  const applicable = new Array<number>(schemes.length).fill(0);
  const passing = new Array<number>(schemes.length).fill(0);
  const schemeOf = cc.schemeOf;
  for (let i = 0; i < all.length; i++) {
    const v = (all[i] as TCriterionResult).verdict;
    if (v === "NOT_APPLICABLE") continue;
    const s = schemeOf[i] as number;
    if (s < 0) continue;
    applicable[s] = (applicable[s] as number) + 1;
    if (v === "PASS") passing[s] = (passing[s] as number) + 1;
  }
  const out: Partial<Record<TSchemeId, TReadiness>> = {};
  for (const m of schemes) {
    const s = schemes.findIndex((x) => x.id === m.id); // the first of its id, as schemeOf counts
    const a = applicable[s] as number;
    const p = passing[s] as number;
    out[m.id] = {
      applicable: a,
      passing: p,
      percent: a === 0 ? null : Math.round((p / a) * 1000) / 10,
    };
  }
  return out;
}

function checkOverrides(catalog: TCatalog, overrides: TOverrides, known: ReadonlyMap<string, unknown>): void {
  const parsed = ZOverrides.safeParse(overrides);
  if (!parsed.success)
    throw new Error(
      `Invalid overrides: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  for (const key of Object.keys(overrides)) {
    if (!known.has(key))
      throw new Error(`Override for unknown criterion "${key}" (catalog ${catalog.version})`);
  }
}

const keyIndex = new WeakMap<readonly TCriterionResult[], Map<string, TCriterionResult>>();

/** The result of one criterion by key (indexed lazily, once per assessment). */
export function resultFor(assessment: TAssessment, key: string): TCriterionResult | undefined {
  let m = keyIndex.get(assessment.criteria);
  if (!m) {
    m = new Map(assessment.criteria.map((r) => [r.key, r]));
    keyIndex.set(assessment.criteria, m);
  }
  return m.get(key);
}

/** Pairs a result's deciding question ids with the answers that were assessed (null = unanswered). */
export function decidingAnswers(r: Pick<TCriterionResult, "deciding">, answers: TAnswers): TDecidingAnswer[] {
  return r.deciding.map((questionId) => ({ questionId, value: answers[questionId] ?? null }));
}
