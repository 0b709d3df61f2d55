import { readinessOf, type TAssessment } from "@/lib/scoring/types";
import { nextFromGaps, rankOf, type TOutcomeTone, type TSchemeModule } from "../module";
import { craOf, todayUtc } from "./result";
import { CRA_OUTCOMES, type TCraOutcome, type TCraResult } from "./rule";
import { CRA_CLASS_TEXT, CRA_OUTCOME_TEXT } from "./text";
import { CRA_STATUS_TEXT } from "./ui-text";

/**
 * EU Cyber Resilience Act (Regulation (EU) 2024/2847): scope with the Art. 2 exclusions, the product class and
 * the conformity route it allows, Annex I Part I and II and Annex II as criteria, Art. 14 reporting as a duty in
 * force, readiness before 11 December 2027 and conformity from then (docs/eu-cra.md, eu-cra.md).
 */

const TONE: Record<TCraOutcome, TOutcomeTone> = {
  not_conforming: "bad",
  gaps: "bad",
  incomplete: "info",
  notified_body_required: "warn",
  ready_notified_body: "warn",
  module_a: "ok",
  ready_module_a: "ok",
  not_in_scope: "none",
};

/** The evaluation date of an assessment shown live: today (a label's is its approval date, see result.ts). */
const live = (a: TAssessment, asOf?: string): TCraResult => craOf(a, asOf ?? todayUtc());

export function craEnvelope(a: TAssessment, asOf?: string) {
  const r = live(a, asOf);
  return {
    scheme: "EU_CRA" as const,
    inScope: r.inScope,
    why:
      r.inScope === false
        ? r.outOfScopeReasons.join(" ") || "The product is outside the Cyber Resilience Act."
        : r.inScope === null
          ? "Answer the connectivity and exclusion questions (Art. 2) to decide whether the CRA covers the product."
          : "A product with digital elements with a data connection, made available on the EU market, and none of the Art. 2 exclusions.",
    outcome: r.outcome,
    rank: rankOf(euCra, r.outcome),
    tone: TONE[r.outcome],
    headline: CRA_OUTCOME_TEXT[r.outcome].en,
    readiness: readinessOf(a, "EU_CRA"),
    reasons: r.reasons,
    next:
      r.outcome === "ready_module_a" || r.outcome === "module_a" || r.inScope === false
        ? []
        : nextFromGaps(a, "EU_CRA"),
  };
}

export const euCra: TSchemeModule = {
  id: "EU_CRA",
  code: "CRA",
  slug: "eu-cra",
  name: { en: "EU CRA", "zh-CN": "欧盟 CRA" },
  auditName: "EU Cyber Resilience Act",
  reportTitle: "EU Cyber Resilience Act",
  color: "#2e7d6b",
  artwork: {
    accent: "#1d5c4f",
    header: "EU Cyber Resilience Act · lab assessment",
    disclaimer: "Lab assessment; not a CE marking or an EU declaration of conformity.",
    disclaimerV1: "Lab assessment; not a CE marking or an EU declaration of conformity.",
  },
  // Our label follows the support period; the CRA itself has no label and no expiry.
  validity: { months: 36, capAtSupportEnd: true },
  outcomes: CRA_OUTCOMES,
  outcomeText: CRA_OUTCOME_TEXT,
  summary(a) {
    const r = live(a);
    const s = CRA_STATUS_TEXT[r.outcome];
    const cls = r.productClass.id ? ` (${CRA_CLASS_TEXT[r.productClass.id].en})` : "";
    return { text: `${s.text}${cls}`, tone: s.tone };
  },
  diffLine(a) {
    const r = live(a);
    return `${r.outcome.replace(/_/g, " ")}; class ${r.productClass.id ?? "undecided"}; route ${r.route.id.replace(/_/g, " ")}`;
  },
  envelope: (a, ctx) => craEnvelope(a, ctx?.asOf),
};
