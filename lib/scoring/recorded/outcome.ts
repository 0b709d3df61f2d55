import type { TAssessment, TVerdict } from "../types";

/**
 * The outcome of one assessment as a compact, diffable record: every criterion's verdict and stage (in catalog
 * order) and every scheme result (EU status and route per article with its triggered restrictions, US status,
 * China stars and levels), plus the number of gaps. Wording (route reasons, summaries) is not part of it.
 */
const V: Record<TVerdict, string> = { PASS: "P", FAIL: "F", NOT_APPLICABLE: "N", UNANSWERED: "U" };
const S: Record<string, string> = {
  scope: "s",
  applicability: "a",
  claimed_na: "c",
  na_not_allowed: "x",
  justification_missing: "j",
  satisfaction: "t",
  override: "o",
};

export type TRecordedOutcome = { v: string; eu: string; us: string; cn: string; gaps: number };

export function outcomeOf(r: TAssessment): TRecordedOutcome {
  let v = "";
  for (const c of r.criteria) v += V[c.verdict] + (S[c.stage] ?? "?");
  const eu = r.eu.articles
    .map((a) => {
      const t = a.restrictions.map((x) => `${x.id}=${x.triggered === null ? "?" : x.triggered ? 1 : 0}`);
      return `${a.article}:${String(a.inScope)}/${a.status}/${a.route}/${String(a.conformant)}/${t.join(",")}`;
    })
    .join(" ");
  const us = `${String(r.us.inScope)}/${r.us.status}/${r.us.eligible}/${r.us.missingRegistry.map((f) => f.field).join(",")}`;
  const cn = `${String(r.cn.inScope)}/${r.cn.stars}/${String(r.cn.catalogueListed)}/${r.cn.levels.map((l) => `${l.required}:${l.passing}:${l.met ? 1 : 0}`).join(",")}`;
  return { v, eu, us, cn, gaps: r.gaps.length };
}
