import { readinessOf, type TAssessment, type TEuArticleResult, type TEuStatus } from "@/lib/scoring/types";
import { EU_ARTICLE_NAME, EU_STATUS_TEXT as EU_UI_TEXT } from "./ui-text";
import { nextFromGaps, rankOf, type TOutcomeTone, type TSchemeModule } from "../module";

/** EU Radio Equipment Directive article 3(3)(d)(e)(f) with EN 18031-1/-2/-3 (eu-red.md). */

/** EN 18031 mechanism codes in words, for the filter (US groups and China areas are words already). */
export const EU_MECHANISM_TEXT: Readonly<Record<string, string>> = {
  ACM: "access control",
  AUM: "authentication",
  SUM: "secure update",
  SSM: "secure storage",
  SCM: "secure communication",
  RLM: "resilience",
  NMM: "network monitoring",
  TCM: "traffic control",
  CCK: "cryptographic keys",
  GEC: "general equipment capabilities",
  CRY: "cryptography",
  LGM: "logging",
  DLM: "deletion",
  UNM: "user notification",
};

/** Worst first; the scheme's outcome is the worst article outcome among those that apply. */
const OUTCOMES = [
  "no_presumption",
  "incomplete",
  "notified_body_required",
  "presumption",
  "not_required",
] as const;

export const EU_STATUS_TEXT: Record<TEuStatus, { en: string; "zh-CN": string }> = {
  presumption: { en: "Presumption of conformity (Module A)", "zh-CN": "推定符合（模块 A）" },
  notified_body_required: { en: "Notified body required", "zh-CN": "需要公告机构" },
  no_presumption: { en: "No presumption of conformity", "zh-CN": "不能推定符合" },
  incomplete: { en: "Incomplete", "zh-CN": "尚未完成" },
  not_required: { en: "Not applicable to this product", "zh-CN": "不适用于本产品" },
};

const TONE: Record<TEuStatus, TOutcomeTone> = {
  presumption: "ok",
  notified_body_required: "warn",
  no_presumption: "bad",
  incomplete: "info",
  not_required: "none",
};

function overall(articles: readonly TEuArticleResult[]): TEuStatus {
  let worst: TEuStatus = "not_required";
  for (const a of articles) if (OUTCOMES.indexOf(a.status) < OUTCOMES.indexOf(worst)) worst = a.status;
  return worst;
}

export const euRed: TSchemeModule = {
  id: "EU_RED",
  code: "EU",
  slug: "eu-red",
  name: { en: "EU RED", "zh-CN": "欧盟 RED" },
  auditName: "EU RED",
  reportTitle: "EU RED article 3(3)",
  color: "#0b5cad",
  artwork: {
    accent: "#1f3a93",
    header: "EU RED Art. 3(3) · EN 18031 lab assessment",
    disclaimer: "Lab assessment; not a CE marking or a notified-body certificate.",
    disclaimerV1: "Lab assessment; not a CE marking or a notified-body certificate.",
  },
  validity: { months: 36, capAtSupportEnd: true },
  mechanismText: EU_MECHANISM_TEXT,
  outcomes: OUTCOMES,
  outcomeText: EU_STATUS_TEXT,
  summary(result) {
    const inScope = result.eu.articles.filter((a) => a.inScope !== false);
    if (inScope.length === 0) return { text: "No article applies", tone: "" };
    const worst = ["no_presumption", "incomplete", "notified_body_required", "presumption"] as const;
    for (const s of worst) {
      if (inScope.some((a) => a.status === s)) {
        const arts = inScope
          .filter((a) => a.status === s)
          .map((a) => `3(3)(${a.article})`)
          .join(", ");
        return { text: `${arts}: ${EU_UI_TEXT[s].text}`, tone: EU_UI_TEXT[s].tone };
      }
    }
    return { text: "Not required", tone: "" };
  },
  criteriaGroupTitle(firstKey, result) {
    const part = Number(/^18031-(\d):/.exec(firstKey)?.[1]);
    const a = result.eu.articles.find((x) => x.part === part);
    return a ? `EN 18031-${part}, article 3(3)${EU_ARTICLE_NAME[a.article]}` : `EN 18031-${part}`;
  },
  diffLine: (r) =>
    r.eu.articles
      .map((a) => `Art. 3(3)(${a.article}) ${a.status.toLowerCase().replace(/_/g, " ")}`)
      .join("; "),
  envelope(a: TAssessment) {
    const arts = a.eu.articles;
    const outcome = overall(arts);
    const inScope = arts.some((x) => x.inScope === true)
      ? true
      : arts.every((x) => x.inScope === false)
        ? false
        : null;
    const applying = arts.filter((x) => x.inScope !== false).map((x) => `3(3)(${x.article})`);
    return {
      scheme: "EU_RED",
      inScope,
      why:
        inScope === false
          ? "None of articles 3(3)(d), (e) and (f) applies to this product."
          : applying.length > 0
            ? `Articles ${applying.join(", ")} apply to this product.`
            : "Answer the product profile to decide which articles apply.",
      outcome,
      rank: rankOf(euRed, outcome),
      tone: TONE[outcome],
      headline: EU_STATUS_TEXT[outcome].en,
      readiness: readinessOf(a, "EU_RED"),
      reasons: arts.filter((x) => x.inScope !== false).map((x) => `3(3)(${x.article}): ${x.routeReason}`),
      next: nextFromGaps(a, "EU"),
    };
  },
};
