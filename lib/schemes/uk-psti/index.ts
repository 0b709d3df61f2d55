import { readinessOf, type TAssessment } from "@/lib/scoring/types";
import { nextFromGaps, rankOf, type TOutcomeTone, type TSchemeModule } from "../module";
import { pstiOf } from "./result";
import { missingRequirements, PSTI_STATUSES, type TPstiRequirementKey, type TPstiStatus } from "./rule";

/** UK PSTI product security regime: the three Schedule 1 requirements and the statement of compliance (uk-psti.md). */

export const PSTI_STATUS_TEXT: Record<TPstiStatus, { en: string; "zh-CN": string }> = {
  not_compliant: { en: "Not compliant: requirements missing", "zh-CN": "不符合：尚缺安全要求" },
  incomplete: { en: "Incomplete: answers missing", "zh-CN": "尚未完成：缺少回答" },
  compliant: { en: "Compliant: the statement of compliance can be made", "zh-CN": "符合：可出具合规声明" },
  excepted: { en: "Excepted (Schedule 3)", "zh-CN": "豁免（附表3）" },
  out_of_scope: { en: "Out of scope", "zh-CN": "不在范围内" },
};

export const PSTI_REQUIREMENT_TEXT: Record<TPstiRequirementKey, { en: string; "zh-CN": string }> = {
  "PSTI-1": { en: "Passwords (Sch. 1 para 1)", "zh-CN": "密码（附表1第1段）" },
  "PSTI-2": {
    en: "How to report security issues (Sch. 1 para 2)",
    "zh-CN": "安全问题报告信息（附表1第2段）",
  },
  "PSTI-3": {
    en: "Minimum security update period (Sch. 1 para 3)",
    "zh-CN": "最短安全更新期限（附表1第3段）",
  },
  "PSTI-SoC": { en: "Statement of compliance (Act s. 9)", "zh-CN": "合规声明（法案第9条）" },
};

const TONE: Record<TPstiStatus, TOutcomeTone> = {
  not_compliant: "bad",
  incomplete: "info",
  compliant: "ok",
  excepted: "none",
  out_of_scope: "none",
};

const UI_TONE: Record<TPstiStatus, "ok" | "bad" | "warn" | "info" | ""> = {
  not_compliant: "bad",
  incomplete: "info",
  compliant: "ok",
  excepted: "",
  out_of_scope: "",
};

export const ukPsti: TSchemeModule = {
  id: "UK_PSTI",
  code: "UK",
  slug: "uk-psti",
  name: { en: "UK PSTI", "zh-CN": "英国 PSTI" },
  auditName: "UK PSTI product security regime",
  reportTitle: "UK PSTI security requirements",
  color: "#5b3a8c",
  artwork: {
    accent: "#4b2e83",
    header: "UK PSTI · security requirements check",
    disclaimer: "Lab assessment; not a UK Government mark or authorisation.",
    disclaimerV1: "Lab assessment; not a UK Government mark or authorisation.",
  },
  // PSTI itself has no certificate and no expiry; our label follows the support period it states.
  validity: { months: 24, capAtSupportEnd: true },
  outcomes: PSTI_STATUSES,
  outcomeText: PSTI_STATUS_TEXT,
  summary: (a) => {
    const p = pstiOf(a);
    return { text: PSTI_STATUS_TEXT[p.status].en, tone: UI_TONE[p.status] };
  },
  diffLine: (a) => pstiOf(a).status.replace("_", " "),
  envelope(a: TAssessment) {
    const p = pstiOf(a);
    const missing = missingRequirements(p);
    return {
      scheme: "UK_PSTI",
      inScope: p.inScope,
      why:
        p.inScope === false
          ? p.outOfScopeReasons.join(" ") || "The product is not a UK consumer connectable product."
          : p.inScope === null
            ? "Answer the UK market, connectivity and Schedule 3 questions to decide whether PSTI covers the product."
            : "A consumer connectable product made available in the UK, not excepted by Schedule 3.",
      outcome: p.status,
      rank: rankOf(ukPsti, p.status),
      tone: TONE[p.status],
      headline: PSTI_STATUS_TEXT[p.status].en,
      readiness: readinessOf(a, "UK_PSTI"),
      reasons: [
        ...(p.inScope === null
          ? [
              "The questions that decide whether PSTI applies (UK market, connectivity, Schedule 3) are not all answered.",
            ]
          : []),
        ...missing.map((r) =>
          r.state === "not_met"
            ? `${PSTI_REQUIREMENT_TEXT[r.key].en} is not met (${r.failing.join(", ")})`
            : `${PSTI_REQUIREMENT_TEXT[r.key].en} is not answered yet (${r.unanswered.join(", ")})`,
        ),
        ...p.unmetRoutes.map((u) => `${u.key}: the ${u.route} route you rely on does not hold`),
        ...p.unmetLabels.map((l) => `The ${l === "jcstar" ? "JC-STAR" : "CLS"} label is not valid for PSTI`),
      ],
      // A scheme the engine tallies generically is targeted in the gap list by its id.
      next: p.status === "compliant" ? [] : nextFromGaps(a, "UK_PSTI"),
    };
  },
};
