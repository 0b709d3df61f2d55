import type { TEuArticle, TEuPart, TObligation, TSchemeId, TSchemeMeta } from "@/lib/schemes/types";
import {
  compileCond,
  compileCondition,
  type TCompiledCatalog,
  type TCompiledCond,
  type TEval,
} from "./compile";

/**
 * Everything scheme aggregation needs that depends only on the catalog (which criteria belong to which part,
 * level or restriction), planned once per compiled catalog so each assess() call only walks indices.
 */
export type TEuPlan = {
  article: TEuArticle;
  part: TEuPart;
  label: string;
  scopeSlot: number;
  indices: number[];
  restrictions: { id: "R1" | "R2" | "R3"; summary: string; trigger: TCompiledCond; relevant: number[] }[];
  /** Catalog 1.1.0: why the article is out of scope (reasons of this article or of the whole scheme). */
  scopeReasons: TScopeReason[] | null;
};
export type TScopeReason = { when: TEval; reason: string };
export type TPlan = {
  eu: TEuPlan[];
  /** Catalog 1.2.0+: every scheme without dedicated code (empty for 1.0.0 and 1.1.0). */
  generic: TGenericPlan[];
  /** Catalog 1.1.0: a restriction bites when its clauses apply to the product, whatever N/A is claimed. */
  restrictionsByProfile: boolean;
  usScopeReasons: TScopeReason[] | null;
  cnScopeReasons: TScopeReason[] | null;
  regime: TEval | null;
  regimeNote: string | null;
  us: { indices: number[]; gates: number[]; rest: number[] };
  cn: {
    indices: number[];
    byLevel: [number[], number[], number[]];
    upTo: [number[], number[], number[]];
    scopeSlot: number;
    catalogue: TEval | null;
  };
};
/** A scheme without dedicated aggregation code: its criteria, scopes, out-of-scope reasons and named facts. */
export type TGenericPlan = {
  id: TSchemeId;
  indices: number[];
  /** Scope id and its slot in the compiled scopes (-1 = always in scope). */
  scopes: { id: string; slot: number }[];
  scopeReasons: TScopeReason[];
  byObligation: [TObligation, number[]][];
  byMechanism: [string, number[]][];
  facts: { id: string; when: TEval }[];
};

/**
 * The schemes aggregated by dedicated code (lib/scoring/schemes.ts), kept byte for byte for the labels issued on
 * them. Every other scheme of a catalog gets the generic tally and its module's result rule.
 */
const DEDICATED: ReadonlySet<string> = new Set(["EU_RED", "US_CTM", "CN_CCL"]);

function groupBy<K extends string>(
  indices: readonly number[],
  keyOf: (i: number) => K | undefined,
): [K, number[]][] {
  const m = new Map<K, number[]>();
  for (const i of indices) {
    const k = keyOf(i);
    if (k === undefined) continue;
    const l = m.get(k);
    if (l) l.push(i);
    else m.set(k, [i]);
  }
  return [...m];
}

function genericPlans(cc: TCompiledCatalog): TGenericPlan[] {
  return cc.catalog.schemes
    .filter((m) => !DEDICATED.has(m.id))
    .map((m) => {
      const indices = cc.criteria.filter((x) => x.c.scheme === m.id).map((x) => x.index);
      const crit = (i: number) => cc.criteria[i]?.c;
      return {
        id: m.id,
        indices,
        scopes: m.scopes.map((sc) => ({
          id: sc.id,
          slot: cc.scopes.findIndex((s) => s.key === `${m.id}/${sc.id}`),
        })),
        scopeReasons: (m.scopeReasons ?? []).map((r) => ({
          when: compileCondition(r.when, cc.index),
          reason: r.reason,
        })),
        byObligation: groupBy(indices, (i) => crit(i)?.obligation),
        byMechanism: groupBy(indices, (i) => crit(i)?.mechanism),
        facts: (m.facts ?? []).map((f) => ({ id: f.id, when: compileCondition(f.when, cc.index) })),
      };
    });
}

const plans = new WeakMap<TCompiledCatalog, TPlan>();

function meta(cc: TCompiledCatalog, id: TSchemeMeta["id"]): TSchemeMeta {
  const m = cc.catalog.schemes.find((s) => s.id === id);
  if (!m) throw new Error(`catalog ${cc.catalog.version} has no ${id} metadata`);
  return m;
}

export function planFor(cc: TCompiledCatalog): TPlan {
  const hit = plans.get(cc);
  if (hit) return hit;
  const eu = meta(cc, "EU_RED");

  const cn = meta(cc, "CN_CCL");
  const slot = (key: string) => cc.scopes.findIndex((s) => s.key === key);
  const of = (pred: (i: number) => boolean) => cc.criteria.filter((x) => pred(x.index)).map((x) => x.index);
  const crit = (i: number) => cc.criteria[i]?.c;
  const reasons = (m: TSchemeMeta, scope: string | null): TScopeReason[] | null =>
    m.scopeReasons
      ? m.scopeReasons
          .filter((r) => r.scope === undefined || r.scope === scope)
          .map((r) => ({ when: compileCondition(r.when, cc.index), reason: r.reason }))
      : null;
  const plan: TPlan = {
    generic: genericPlans(cc),
    restrictionsByProfile: cc.catalog.scoring?.restrictionsByProfile === true,
    usScopeReasons: reasons(meta(cc, "US_CTM"), null),
    cnScopeReasons: reasons(cn, null),
    eu: eu.scopes.flatMap((sc) => {
      const e = sc.eu;
      if (!e) return [];
      const indices = of((i) => crit(i)?.eu?.part === e.part);
      return [
        {
          article: e.article,
          part: e.part,
          label: sc.label,
          scopeSlot: slot(`EU_RED/${sc.id}`),
          indices,
          scopeReasons: reasons(eu, sc.id),
          restrictions: (eu.restrictions ?? [])
            .filter((r) => r.parts.includes(e.part))
            .map((r) => ({
              id: r.id,
              summary: r.summary,
              trigger: compileCond(r.trigger, cc.index),
              relevant: indices.filter((i) => r.criteria.includes(crit(i)?.id ?? "")),
            })),
        },
      ];
    }),
    regime: eu.regimeSwitch ? compileCondition(eu.regimeSwitch.condition, cc.index) : null,
    regimeNote: eu.regimeSwitch?.note ?? null,
    us: {
      indices: of((i) => crit(i)?.scheme === "US_CTM"),
      gates: of((i) => crit(i)?.scheme === "US_CTM" && crit(i)?.gate === true),
      rest: of((i) => crit(i)?.scheme === "US_CTM" && crit(i)?.gate !== true),
    },
    cn: {
      indices: of((i) => crit(i)?.scheme === "CN_CCL"),
      byLevel: [1, 2, 3].map((l) => of((i) => crit(i)?.scheme === "CN_CCL" && crit(i)?.level === l)) as [
        number[],
        number[],
        number[],
      ],
      upTo: [1, 2, 3].map((l) => of((i) => crit(i)?.scheme === "CN_CCL" && (crit(i)?.level ?? 1) <= l)) as [
        number[],
        number[],
        number[],
      ],
      scopeSlot: slot("CN_CCL/cn"),
      catalogue: cn.catalogueEligibility
        ? compileCondition(cn.catalogueEligibility.condition, cc.index)
        : null,
    },
  };
  plans.set(cc, plan);
  return plan;
}
