// Audit events in plain words: a title per action and the details as labelled facts (pure, no React), in the
// reader's language (messages review.audit, review.status; the catalog's texts from the localized catalog).
import type { TAnswerValue, TCatalog } from "@/lib/schemes";
import { answerDisplay } from "./answer-text";
import type { TReviewText } from "./types";

/** Detail fields shown, in reading order (question, before, after, …); each has its label review.audit.field.<key>. */
const ORDER = [
  "questionId",
  "droppedAnswers",
  "questions",
  "from",
  "to",
  "criterionKey",
  "criteria",
  "decision",
  "overrideVerdict",
  "comment",
  "reason",
  "round",
  "replacesRound",
  "replacesStale",
  "previousAssignee",
  "previousAssigneeDisabled",
  "assignee",
  "fileName",
  "sha256",
  "size",
  "contentType",
  "publicCode",
  "digest",
  "keyId",
  "validUntil",
  "targetSchemes",
  "catalogVersion",
] as const;

// Ids of other rows tell a reader nothing; the facts they point at are shown instead.
const HIDDEN = new Set([
  "evidenceId",
  "labelId",
  "labId",
  "productId",
  "assessmentId",
  "userId",
  "previousAssigneeId",
  "assigneeId",
]);
const STATUS_FIELDS = new Set(["from", "to"]);
const STATUSES = new Set(["DRAFT", "SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "REJECTED"]);

export function humanAction(action: string, t: TReviewText): string {
  const key = `audit.action.${action}`;
  return /^[a-z_]+\.[a-z_]+$/.test(action) && t.has(key) ? t(key) : action.replace(/[._]/g, " ");
}

type TFact = { label: string; value: string };

function scalar(v: unknown, t: TReviewText): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? t("audit.yes") : t("audit.no");
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.map((x) => scalar(x, t)).join(t("audit.listSeparator")) || t("audit.none");
  return JSON.stringify(v);
}

export function eventFacts(
  action: string,
  details: unknown,
  catalog: TCatalog | undefined,
  t: TReviewText,
): TFact[] {
  if (typeof details !== "object" || details === null || Array.isArray(details)) return [];
  const d = details as Record<string, unknown>;
  const question = (id: unknown) =>
    typeof id === "string" ? (catalog?.questions.find((q) => q.id === id)?.label ?? id) : scalar(id, t);
  const q =
    typeof d.questionId === "string" ? catalog?.questions.find((x) => x.id === d.questionId) : undefined;
  const out: (TFact & { rank: number })[] = [];
  for (const [key, value] of Object.entries(d)) {
    if (HIDDEN.has(key) || value === null || value === undefined || value === "") continue;
    let text: string;
    if (key === "questionId") text = question(value);
    else if (key === "questions" && Array.isArray(value))
      text = value.map(question).join(t("audit.questionSeparator"));
    else if (action.startsWith("answer.") && (key === "from" || key === "to")) {
      const a = answerDisplay(q, value as TAnswerValue, t);
      text = a.justification
        ? t("audit.withJustification", { answer: a.text, text: a.justification })
        : a.text;
    } else if (STATUS_FIELDS.has(key) && typeof value === "string" && STATUSES.has(value)) {
      text = t(`status.${value}`);
    } else if (key === "size" && typeof value === "number")
      text = t("audit.kilobytes", { n: Math.max(1, Math.round(value / 1024)) });
    else if (key === "targetSchemes" && Array.isArray(value))
      text = value
        .map((s) => catalog?.schemes.find((x) => x.id === s)?.shortName ?? String(s))
        .join(t("audit.listSeparator"));
    else if (key === "decision")
      text =
        value === "ACCEPT" ? t("audit.accept") : value === "REJECT" ? t("audit.reject") : scalar(value, t);
    else text = scalar(value, t);
    const rank = (ORDER as readonly string[]).indexOf(key);
    out.push({
      label: rank >= 0 ? t(`audit.field.${key}`) : key,
      value: text,
      rank: rank < 0 ? ORDER.length : rank,
    });
  }
  // JSONB keeps keys in its own order: show them in a reading order instead (question, before, after, …).
  return out.sort((a, b) => a.rank - b.rank).map(({ label, value }) => ({ label, value }));
}
