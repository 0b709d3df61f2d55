import { readinessOf, type TAssessment, type TGroupTally, type TSchemeTally } from "@/lib/scoring/types";
import { scopeReasonText } from "../i18n/scope-reasons";
import {
  nextFromGaps,
  rankOf,
  type TLocalizedText,
  type TOutcomeTone,
  type TSchemeLang,
  type TSchemeModule,
} from "../module";

/**
 * ETSI EN 303 645 V2.1.1, the consumer IoT baseline (catalog 1.2.0, lib/schemes/catalog-v1-2/etsi-303-645.ts).
 * Result rule: the product meets the standard as assessed when every applicable mandatory provision (M, and M C
 * within its condition) passes; the share of applicable recommended provisions (R, R C) met is reported beside it.
 */

const ID = "ETSI_303645" as const;
const OUTCOMES = ["mandatory_not_met", "incomplete", "mandatory_met", "out_of_scope"] as const;
type TOutcome = (typeof OUTCOMES)[number];

export const ETSI_OUTCOME_TEXT: Record<TOutcome, TLocalizedText> = {
  mandatory_not_met: { en: "Mandatory provisions not met", "zh-CN": "未满足强制性条款" },
  incomplete: { en: "Incomplete", "zh-CN": "尚未完成" },
  mandatory_met: { en: "Mandatory provisions met", "zh-CN": "满足所有强制性条款" },
  out_of_scope: { en: "Out of scope", "zh-CN": "不在范围内" },
};

const TONE: Record<TOutcome, TOutcomeTone> = {
  mandatory_not_met: "bad",
  incomplete: "info",
  mandatory_met: "ok",
  out_of_scope: "none",
};

const EMPTY: TGroupTally = {
  tally: { total: 0, applicable: 0, passing: 0, failing: 0, unanswered: 0, notApplicable: 0 },
  failing: [],
  unanswered: [],
};

/** The scheme's generic tally; an assessment on a catalog without EN 303 645 has none (out of scope). */
export function etsiTally(a: TAssessment): TSchemeTally | undefined {
  return a.schemes?.[ID];
}

/** The result rule (pure): criterion verdicts as tallied by the engine → outcome. */
export function etsiOutcome(t: TSchemeTally | undefined): TOutcome {
  if (!t || t.inScope === false) return "out_of_scope";
  const m = t.byObligation.mandatory ?? EMPTY;
  if (m.failing.length > 0) return "mandatory_not_met";
  if (t.inScope === null || m.unanswered.length > 0) return "incomplete";
  return "mandatory_met";
}

/** Share of applicable recommended provisions met, one decimal (null when none applies). */
export function recommendedShare(t: TSchemeTally | undefined): {
  met: number;
  applicable: number;
  percent: number | null;
} {
  const r = (t?.byObligation.recommended ?? EMPTY).tally;
  return {
    met: r.passing,
    applicable: r.applicable,
    percent: r.applicable === 0 ? null : Math.round((r.passing / r.applicable) * 1000) / 10,
  };
}

const idOf = (key: string) => key.replace(/^ETSI:/, "");

function lines(a: TAssessment): TLocalizedText[] {
  const t = etsiTally(a);
  if (!t || t.inScope === false) return [];
  const m = (t.byObligation.mandatory ?? EMPTY).tally;
  const r = recommendedShare(t);
  return [
    {
      en: `${m.passing} of ${m.applicable} applicable mandatory provisions met`,
      "zh-CN": `满足 ${m.applicable} 项适用强制性条款中的 ${m.passing} 项`,
    },
    {
      en: `${r.met} of ${r.applicable} applicable recommended provisions met${r.percent === null ? "" : ` (${r.percent} %)`}`,
      "zh-CN": `满足 ${r.applicable} 项适用建议性条款中的 ${r.met} 项${r.percent === null ? "" : `（${r.percent}%）`}`,
    },
  ];
}

/** The envelope's sentences in a language: why the product is (not) in scope, and what decided the outcome. */
function envelopeWords(a: TAssessment, lang: TSchemeLang): { why: string; reasons: string[] } {
  const t = etsiTally(a);
  const outcome = etsiOutcome(t);
  const m = t?.byObligation.mandatory ?? EMPTY;
  const r = t?.byObligation.recommended ?? EMPTY;
  const zh = lang === "zh-CN";
  const why = !t
    ? zh
      ? "此评估所用的目录版本不包含 EN 303 645。"
      : "This assessment's catalog version does not include EN 303 645."
    : t.inScope === false
      ? t.outOfScopeReasons.map((x) => scopeReasonText(a.catalogVersion, lang, ID, x)).join(" ") ||
        (zh
          ? "该产品不是联网的消费类物联网设备。"
          : "The product is not a network-connected consumer IoT device.")
      : t.inScope === null
        ? zh
          ? "请回答范围问题（是否为消费类产品、是否联网），以确定 EN 303 645 是否适用于该产品。"
          : "Answer the scope questions (consumer product, network connection) to decide whether EN 303 645 covers the product."
        : zh
          ? "联网的消费类物联网设备：适用 EN 303 645。"
          : "A network-connected consumer IoT device: EN 303 645 covers it.";
  const reasons =
    outcome === "out_of_scope"
      ? []
      : [
          ...m.failing.map((k) => (zh ? `强制性条款 ${idOf(k)} 未满足` : `Mandatory ${idOf(k)} is not met`)),
          ...m.unanswered.map((k) =>
            zh ? `强制性条款 ${idOf(k)} 尚未回答` : `Mandatory ${idOf(k)} is not answered yet`,
          ),
          ...r.failing.map((k) =>
            zh
              ? `建议性条款 ${idOf(k)} 未满足（已在 4-1 下记录理由）`
              : `Recommended ${idOf(k)} is not met (a justification is recorded under 4-1)`,
          ),
        ];
  return { why, reasons };
}

export const etsi303645: TSchemeModule = {
  id: ID,
  code: "ETSI",
  slug: "etsi-303-645",
  name: { en: "ETSI EN 303 645", "zh-CN": "ETSI EN 303 645" },
  auditName: "ETSI EN 303 645 consumer IoT baseline",
  reportTitle: "ETSI EN 303 645 baseline (V2.1.1)",
  color: "#6b3fa0",
  artwork: {
    accent: "#6b3fa0",
    header: "ETSI EN 303 645 · baseline assessment",
    disclaimer: "Lab assessment against the standard; not a certificate or an official mark.",
    disclaimerV1: "Lab assessment against the standard; not a certificate or an official mark.",
  },
  validity: { months: 24, capAtSupportEnd: true },
  outcomes: OUTCOMES,
  outcomeText: ETSI_OUTCOME_TEXT,
  summary(a) {
    const o = etsiOutcome(etsiTally(a));
    const tone = TONE[o];
    return { text: ETSI_OUTCOME_TEXT[o].en, tone: tone === "none" ? "" : tone };
  },
  diffLine(a) {
    const t = etsiTally(a);
    const r = recommendedShare(t);
    return `${etsiOutcome(t).replace(/_/g, " ")}; recommended ${r.met}/${r.applicable}`;
  },
  publicLines: lines,
  artworkLines(a) {
    const t = etsiTally(a);
    if (!t || t.inScope === false) return [];
    const m = (t.byObligation.mandatory ?? EMPTY).tally;
    const r = recommendedShare(t);
    return [`Mandatory ${m.passing}/${m.applicable} met`, `Recommended ${r.met}/${r.applicable} met`];
  },
  envelopeText: envelopeWords,
  envelope(a) {
    const t = etsiTally(a);
    const outcome = etsiOutcome(t);
    const words = envelopeWords(a, "en");
    return {
      scheme: ID,
      inScope: t ? t.inScope : false,
      why: words.why,
      outcome,
      rank: rankOf(etsi303645, outcome),
      tone: TONE[outcome],
      headline: ETSI_OUTCOME_TEXT[outcome].en,
      readiness: readinessOf(a, ID),
      reasons: words.reasons,
      next: outcome === "out_of_scope" ? [] : nextFromGaps(a, ID),
    };
  },
};
