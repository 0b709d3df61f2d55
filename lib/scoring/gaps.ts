import { conditionQuestionIds } from "@/lib/schemes/conditions";
import type { TCompiledCatalog } from "./compile";
import type { TCnResult, TCriterionResult, TEuResult, TGap, TUsResult } from "./types";

/**
 * The gap list: what to fix, grouped by the set of questions that fixes it, ordered by how many scheme results
 * (EU articles, the US label, each China star level) the fix contributes to, then by how many criteria.
 */
export function buildGaps(
  cc: TCompiledCatalog,
  results: TCriterionResult[],
  eu: TEuResult,
  us: TUsResult,
  cn: TCnResult,
): TGap[] {
  const groups = new Map<string, TGap>();
  const add = (
    questionIds: readonly string[],
    kind: TGap["kind"],
    targets: string[],
    criterion?: string,
    restriction?: string,
  ) => {
    const qs = [...new Set(questionIds)].sort();
    const k = qs.join("|");
    let g = groups.get(k);
    if (!g) {
      g = { questionIds: qs, criteria: [], restrictions: [], targets: [], kind };
      groups.set(k, g);
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
    let targets: string[] = [];
    if (c.eu) targets = euIn.has(c.eu.part) ? [`EU:${c.eu.article}`] : [];
    else if (c.scheme === "US_CTM") targets = us.inScope === false ? [] : ["US"];
    else if (c.level !== undefined && cn.inScope !== false)
      for (let l = c.level; l <= 3; l++) targets.push(`CN:${l}`);
    if (targets.length === 0) continue;
    const qs =
      r.verdict === "UNANSWERED"
        ? r.missing
        : r.stage === "override"
          ? []
          : r.deciding.filter((id) => cc.questions.get(id)?.kind === "control");
    add(qs, r.verdict === "FAIL" ? "fail" : "unanswered", targets, r.key);
  }
  const restrictions = cc.catalog.schemes.find((s) => s.id === "EU_RED")?.restrictions ?? [];
  for (const art of eu.articles) {
    for (const rr of art.restrictions) {
      if (rr.triggered !== true) continue;
      const def = restrictions.find((d) => d.id === rr.id);
      const qs = def
        ? conditionQuestionIds(def.trigger).filter((q) => cc.questions.get(q)?.kind === "control")
        : [];
      // R3 is triggered by a profile fact (an update mechanism): no answer fixes it, so it is a route note, not a gap.
      if (qs.length > 0) add(qs, "fail", [`EU:${art.article}`], undefined, rr.id);
    }
  }
  return [...groups.values()].sort(
    (x, y) =>
      y.targets.length - x.targets.length ||
      y.criteria.length - x.criteria.length ||
      (x.questionIds[0] ?? "").localeCompare(y.questionIds[0] ?? ""),
  );
}
