import type { TAnswerValue, TQuestion } from "@/lib/schemes";
import type { TReviewText } from "./types";

/**
 * A manufacturer's answer as a reviewer reads it (option labels and units from the catalog `q` comes from, so in
 * the reader's language when it is the localized catalog); free text exactly as written; justification apart.
 */
export function answerDisplay(
  q: TQuestion | undefined,
  v: TAnswerValue | null | undefined,
  t: TReviewText,
): { text: string; justification?: string; note?: string } {
  if (v === null || v === undefined) return { text: t("answer.none") };
  if (typeof v === "boolean") return { text: v ? t("answer.yes") : t("answer.no") };
  if (typeof v === "number")
    return { text: q?.type === "number" ? t("answer.number", { n: v, unit: q.unit }) : String(v) };
  if (typeof v === "string") {
    if (q?.type === "choice") return { text: q.options.find((o) => o.value === v)?.label ?? v };
    return { text: v };
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return { text: t("answer.empty") };
    const label = (x: string) =>
      q?.type === "multi" ? (q.options.find((o) => o.value === x)?.label ?? x) : x;
    return { text: v.map(label).join(t("audit.listSeparator")) };
  }
  // The text a control answer carries: a "Yes" describes the control, an N/A justifies itself, others explain.
  const note =
    v.status === "yes"
      ? t("answer.description")
      : v.status === "not_applicable"
        ? t("answer.justification")
        : t("answer.explanation");
  const status = ["yes", "no", "partial", "not_applicable"].includes(v.status)
    ? t(`answer.status.${v.status}`)
    : v.status;
  return { text: status, justification: v.justification?.trim() || undefined, note };
}
