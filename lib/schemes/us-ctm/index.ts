import { readinessOf, type TAssessment, type TUsStatus } from "@/lib/scoring/types";
import { US_STATUS_TEXT as US_UI_TEXT } from "./ui-text";
import { nextFromGaps, rankOf, type TOutcomeTone, type TSchemeModule } from "../module";

/** US Cyber Trust Mark eligibility against the NIST IR 8425 baseline (us-cyber-trust-mark.md). */

const OUTCOMES = ["not_eligible", "incomplete", "eligible", "out_of_scope"] as const;

export const US_STATUS_TEXT: Record<TUsStatus, { en: string; "zh-CN": string }> = {
  eligible: { en: "Label eligible", "zh-CN": "符合标签资格" },
  not_eligible: { en: "Not eligible", "zh-CN": "不符合资格" },
  incomplete: { en: "Incomplete", "zh-CN": "尚未完成" },
  out_of_scope: { en: "Out of scope", "zh-CN": "不在范围内" },
};

const TONE: Record<TUsStatus, TOutcomeTone> = {
  eligible: "ok",
  not_eligible: "bad",
  incomplete: "info",
  out_of_scope: "none",
};

export const usCtm: TSchemeModule = {
  id: "US_CTM",
  code: "US",
  slug: "us-ctm",
  name: { en: "US Cyber Trust Mark", "zh-CN": "美国网络信任标志" },
  auditName: "US Cyber Trust Mark",
  reportTitle: "US label eligibility (NIST IR 8425)",
  chartTitle: { en: "US NIST IR 8425", "zh-CN": "美国 NIST IR 8425" },
  color: "#17783c",
  artwork: {
    accent: "#0f5e73",
    header: "NIST IR 8425 · label eligibility assessment",
    disclaimer: "Lab assessment; not an FCC authorization or the Cyber Trust Mark.",
    disclaimerV1: "Self-assessment; not an FCC authorization or the Cyber Trust Mark.",
  },
  validity: { months: 12, capAtSupportEnd: true },
  outcomes: OUTCOMES,
  outcomeText: US_STATUS_TEXT,
  labelColumns: (a) => ({ usEligible: a.us.eligible }),
  summary: (result) => US_UI_TEXT[result.us.status],
  diffLine: (r) => (r.us.eligible ? "eligible" : `not eligible (${r.us.status.toLowerCase()})`),
  envelope(a: TAssessment) {
    const us = a.us;
    return {
      scheme: "US_CTM",
      inScope: us.inScope,
      why:
        us.inScope === false
          ? "The product is not a consumer wireless IoT product the FCC programme covers."
          : us.inScope === null
            ? "Answer the scope questions to decide whether the programme covers the product."
            : "A consumer wireless IoT product the FCC programme covers.",
      outcome: us.status,
      rank: rankOf(usCtm, us.status),
      tone: TONE[us.status],
      headline: US_STATUS_TEXT[us.status].en,
      readiness: readinessOf(a, "US_CTM"),
      reasons: [
        ...us.failing.map((k) => `${k} fails`),
        ...us.missingRegistry.map((f) => `Registry field ${f.field} (${f.label}) is not answered`),
      ],
      next: nextFromGaps(a, "US"),
    };
  },
};
