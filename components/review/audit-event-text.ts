// Audit events in plain words: a title per action and the details as labelled facts (pure, no React).
import type { TAnswerValue, TCatalog } from "@/lib/schemes";
import { perScheme } from "@/lib/schemes/registry";
import { STATUS_LABEL } from "@/lib/workflow/transitions";
import { answerDisplay } from "./answer-text";

const TITLE: Record<string, string> = {
  "assessment.started": "Started the self-assessment",
  "assessment.catalog_upgraded": "Moved the assessment to a newer criteria catalog",
  "assessment.submitted": "Submitted for review",
  "assessment.resubmitted": "Resubmitted after changes",
  "assessment.claimed": "Claimed for review",
  "assessment.released": "Released the assessment back to the queue",
  "assessment.reassigned": "Reassigned the assessment",
  "assessment.changes_requested": "Requested changes",
  "assessment.approved": "Approved",
  "assessment.rejected": "Rejected",
  "answer.saved": "Answered a question",
  "answer.cleared": "Cleared an answer",
  "evidence.uploaded": "Uploaded evidence",
  "evidence.linked": "Linked evidence to a question",
  "evidence.unlinked": "Unlinked evidence from a question",
  "evidence.removed": "Removed evidence",
  "review.decision": "Decided on a criterion",
  "review.accepted_remaining": "Accepted all remaining criteria",
  "label.issued": "Issued the label",
  "label.revoked": "Revoked the label",
};

const FIELD: Record<string, string> = {
  questionId: "Question",
  droppedAnswers: "Answers not carried over",
  questions: "Questions",
  from: "Before",
  to: "After",
  criterionKey: "Criterion",
  criteria: "Criteria",
  decision: "Decision",
  overrideVerdict: "Verdict set to",
  comment: "Comment",
  reason: "Reason",
  round: "Round",
  replacesRound: "Replaces the decision of round",
  replacesStale: "Re-decided after changed answers",
  previousAssignee: "Previous reviewer",
  previousAssigneeDisabled: "Previous reviewer disabled",
  assignee: "New reviewer",
  fileName: "File",
  sha256: "SHA-256",
  size: "Size",
  contentType: "Type",
  publicCode: "Public code",
  digest: "Digest",
  keyId: "Signing key",
  validUntil: "Valid until",
  targetSchemes: "Schemes",
  catalogVersion: "Catalog",
};

const ORDER = Object.values(FIELD);
const SCHEME_NAME: Record<string, string> = perScheme((m) => m.auditName);

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

export function humanAction(action: string): string {
  return TITLE[action] ?? action.replace(/[._]/g, " ");
}

type TFact = { label: string; value: string };

function scalar(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return v.map(scalar).join(", ") || "none";
  return JSON.stringify(v);
}

export function eventFacts(action: string, details: unknown, catalog: TCatalog | undefined): TFact[] {
  if (typeof details !== "object" || details === null || Array.isArray(details)) return [];
  const d = details as Record<string, unknown>;
  const question = (id: unknown) =>
    typeof id === "string" ? (catalog?.questions.find((q) => q.id === id)?.label ?? id) : scalar(id);
  const q =
    typeof d.questionId === "string" ? catalog?.questions.find((x) => x.id === d.questionId) : undefined;
  const out: TFact[] = [];
  for (const [key, value] of Object.entries(d)) {
    if (HIDDEN.has(key) || value === null || value === undefined || value === "") continue;
    let text: string;
    if (key === "questionId") text = question(value);
    else if (key === "questions" && Array.isArray(value)) text = value.map(question).join("; ");
    else if (action.startsWith("answer.") && (key === "from" || key === "to")) {
      const a = answerDisplay(q, value as TAnswerValue);
      text = a.justification ? `${a.text} (justification: ${a.justification})` : a.text;
    } else if (STATUS_FIELDS.has(key) && typeof value === "string" && value in STATUS_LABEL) {
      text = STATUS_LABEL[value as keyof typeof STATUS_LABEL];
    } else if (key === "size" && typeof value === "number")
      text = `${Math.max(1, Math.round(value / 1024))} KB`;
    else if (key === "targetSchemes" && Array.isArray(value))
      text = value.map((s) => SCHEME_NAME[String(s)] ?? String(s)).join(", ");
    else if (key === "decision")
      text = value === "ACCEPT" ? "Accept" : value === "REJECT" ? "Reject" : scalar(value);
    else text = scalar(value);
    out.push({ label: FIELD[key] ?? key, value: text });
  }
  // JSONB keeps keys in its own order: show them in a reading order instead (question, before, after, …).
  const rank = (label: string) => {
    const i = ORDER.indexOf(label);
    return i < 0 ? ORDER.length : i;
  };
  return out.sort((a, b) => rank(a.label) - rank(b.label));
}
