import { readinessOf, type TAssessment } from "@/lib/scoring/types";
import { nextFromGaps, rankOf, type TSchemeModule } from "../module";

/** China Cybersecurity Label (网络安全标识) readiness, one to three stars (china-label.md). */

const OUTCOMES = ["stars_0", "stars_1", "stars_2", "stars_3", "out_of_scope"] as const;

export const CN_OUTCOME_TEXT = {
  stars_0: { en: "No star reached", "zh-CN": "未达到星级" },
  stars_1: { en: "1 of 3 stars", "zh-CN": "三星中的 1 星" },
  stars_2: { en: "2 of 3 stars", "zh-CN": "三星中的 2 星" },
  stars_3: { en: "3 of 3 stars", "zh-CN": "三星中的 3 星" },
  out_of_scope: { en: "Out of scope", "zh-CN": "不在范围内" },
} as const;

export const cnCcl: TSchemeModule = {
  id: "CN_CCL",
  code: "CN",
  slug: "cn-ccl",
  name: { en: "China CCL", "zh-CN": "中国网络安全标识" },
  auditName: "China CCL",
  reportTitle: "China CCL readiness (网络安全标识)",
  readerFirst: "zh-CN",
  color: "#b42318",
  artwork: {
    accent: "#9c1c1c",
    header: "China CCL readiness · 网络安全能力预评估",
    disclaimer: "Pre-assessment only; not the official China Cybersecurity Label.",
    disclaimerV1: "Pre-assessment only; not the official China Cybersecurity Label.",
  },
  validity: { months: 36, capAtSupportEnd: true },
  outcomes: OUTCOMES,
  outcomeText: CN_OUTCOME_TEXT,
  labelColumns: (a) => ({ cnStars: a.cn.stars }),
  summary(result) {
    if (result.cn.inScope === false) return { text: "Not in scope", tone: "" };
    return {
      text: `${"★".repeat(result.cn.stars)}${"☆".repeat(3 - result.cn.stars)} ${result.cn.stars} of 3 stars`,
      tone: result.cn.stars > 0 ? "ok" : "bad",
    };
  },
  barMark: (a) =>
    a.cn.inScope === false
      ? null
      : { text: `${"★".repeat(a.cn.stars)}${"☆".repeat(3 - a.cn.stars)}`, label: `${a.cn.stars} of 3 stars` },
  diffLine: (r) =>
    r.cn.inScope === false ? "out of scope" : `${r.cn.stars} ${r.cn.stars === 1 ? "star" : "stars"}`,
  envelope(a: TAssessment) {
    const cn = a.cn;
    const outcome = cn.inScope === false ? "out_of_scope" : (`stars_${cn.stars}` as const);
    const m = cn.missingForNext;
    return {
      scheme: "CN_CCL",
      inScope: cn.inScope,
      why:
        cn.inScope === false
          ? "The product is not a consumer connected product the label covers."
          : cn.catalogueListed === false
            ? "The product type is not in a published catalogue: the rating shows readiness only."
            : "A consumer connected product the label covers.",
      outcome,
      rank: rankOf(cnCcl, outcome),
      tone: cn.inScope === false ? "none" : cn.stars > 0 ? "ok" : "bad",
      headline: CN_OUTCOME_TEXT[outcome].en,
      readiness: readinessOf(a, "CN_CCL"),
      reasons: m ? m.criteria.map((c) => `${c.key} blocks star ${m.level} (${c.verdict.toLowerCase()})`) : [],
      next: nextFromGaps(a, "CN"),
    };
  },
};
