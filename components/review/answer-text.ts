import type { TAnswerValue, TQuestion } from "@/lib/schemes";

const CONTROL_WORDS: Record<string, string> = {
  yes: "Yes",
  no: "No",
  partial: "Partly",
  not_applicable: "Not applicable",
};

/** A manufacturer's answer as a reviewer reads it (full text, option labels, units); justification apart. */
export function answerDisplay(
  q: TQuestion | undefined,
  v: TAnswerValue | null | undefined,
): { text: string; justification?: string; note?: string } {
  if (v === null || v === undefined) return { text: "Not answered" };
  if (typeof v === "boolean") return { text: v ? "Yes" : "No" };
  if (typeof v === "number") return { text: q?.type === "number" ? `${v} ${q.unit}` : String(v) };
  if (typeof v === "string") {
    if (q?.type === "choice") return { text: q.options.find((o) => o.value === v)?.label ?? v };
    return { text: v };
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return { text: "None" };
    const label = (x: string) =>
      q?.type === "multi" ? (q.options.find((o) => o.value === x)?.label ?? x) : x;
    return { text: v.map(label).join(", ") };
  }
  // The text a control answer carries: a "Yes" describes the control, an N/A justifies itself, others explain.
  const note =
    v.status === "yes" ? "Description" : v.status === "not_applicable" ? "Justification" : "Explanation";
  return {
    text: CONTROL_WORDS[v.status] ?? v.status,
    justification: v.justification?.trim() || undefined,
    note,
  };
}
