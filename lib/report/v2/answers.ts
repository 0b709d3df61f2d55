import type { TAnswerValue } from "@/lib/schemes";
import type { TCtx } from "../layout";

/**
 * Compact display of an answer for the criteria table and the gaps, in the report's language (lib/report/text.ts
 * answerText is the same in English, kept for the frozen format-1 layout). What the manufacturer wrote is shown as
 * written; only the product's own words (yes, no, unanswered…) are translated.
 */
export function answerIn(ctx: Pick<TCtx, "t">, v: TAnswerValue | null | undefined, unit?: string): string {
  const { t } = ctx;
  if (v === null || v === undefined) return t("answer.unanswered");
  if (typeof v === "boolean") return v ? t("answer.yes") : t("answer.no");
  if (typeof v === "number") return unit ? `${v} ${unit}` : String(v);
  if (typeof v === "string") return v.length > 48 ? `${v.slice(0, 47)}…` : v;
  if (Array.isArray(v)) return v.join(", ") || t("answer.none");
  if (v.status === "not_applicable")
    return v.justification ? t("answer.naJustified") : t("answer.naUnjustified");
  return t(`answer.status.${v.status}`);
}
