"use client";

import { memo } from "react";
import { useTranslations } from "next-intl";
import type { TAnswerValue, TNaPolicy, TQuestion } from "@/lib/schemes";
import { EvidenceBox, type TEvidenceItem } from "@/components/questionnaire/evidence-box";
import { QuestionInput } from "@/components/questionnaire/question-input";
import { ProductPrefillNote } from "@/components/questionnaire/product-prefill-note";
import { YesDescription } from "@/components/questionnaire/yes-description";
import type { TSaveState } from "@/components/questionnaire/save-queue";
import { QueuedSaveNote } from "@/components/questionnaire/save-notice";
import type { TPrefill } from "@/lib/questionnaire/prefill";

export type TCardComment = { id: string; body: string; author: string; open: boolean };
export type TReaderChip = { label: string; title: string };

type Props = {
  question: TQuestion;
  value: TAnswerValue | undefined;
  editable: boolean;
  comments: readonly TCardComment[];
  readers: readonly TReaderChip[];
  save: TSaveState | undefined;
  assessmentId: string;
  /** The whole evidence list: the box offers files already uploaded for other questions. */
  evidence: TEvidenceItem[];
  needsEvidence: boolean;
  prefill: TPrefill | undefined;
  /** Control questions: whether N/A is offered and why not (naPolicy in lib/schemes). */
  na?: TNaPolicy;
  /** A "Yes" takes a short description (asksForDescription on the English catalog). */
  describes: boolean;
  /** Re-assessment: the answer was carried over from `carriedFrom` (the earlier label) and is not yet confirmed. */
  carried: boolean;
  carriedFrom: string | null;
  onConfirm: (questionId: string) => void;
  onAnswer: (questionId: string, value: TAnswerValue | null) => void;
  onFiles: (update: (files: TEvidenceItem[]) => TEvidenceItem[]) => void;
};

const MAX_CHIPS = 8;

/**
 * One question of the questionnaire. Memoised: an answer re-renders its own card (and the cards whose props it
 * changes), not all 148. Everything it shows comes in as props computed once per page (see questionnaire.tsx).
 */
export const QuestionCard = memo(function QuestionCard(p: Props) {
  const t = useTranslations("questionnaire.card");
  const q = p.question;
  const qid = q.id;
  const helpId = `q-${qid}-help`;
  const onChange = (v: TAnswerValue | null) => p.onAnswer(qid, v);
  return (
    <div
      id={`q-${qid}`}
      className={`question${p.comments.some((c) => c.open) ? " has-comment" : ""}`}
      data-question={qid}
    >
      <p className="prompt" id={`q-${qid}-label`}>
        {q.prompt}
      </p>
      {p.carried && p.value !== undefined ? (
        <p className="small" data-testid="carried-mark" style={{ margin: 0 }}>
          <span className="badge badge-info">{t("carried")}</span>{" "}
          <span className="muted">
            {p.carriedFrom ? t("carriedFrom", { code: p.carriedFrom }) : t("carriedEarlier")}
          </span>{" "}
          {p.editable ? (
            <button
              type="button"
              className="btn-link small"
              onClick={() => p.onConfirm(qid)}
              aria-describedby={`q-${qid}-label`}
            >
              {t("confirm")}
            </button>
          ) : null}
        </p>
      ) : null}
      <p className="help" id={helpId}>
        {q.help}
      </p>
      {p.comments.map((c) => (
        <div key={c.id} className="review-comment" role="note">
          <strong>{t(c.open ? "labComment" : "earlierLabComment", { author: c.author })}</strong> {c.body}
        </div>
      ))}
      {p.prefill ? (
        <ProductPrefillNote
          question={q}
          prefill={p.prefill}
          value={p.value}
          editable={p.editable}
          onUse={onChange}
        />
      ) : null}
      <QuestionInput
        question={q}
        na={p.na}
        value={p.value}
        disabled={!p.editable}
        describedBy={helpId}
        onChange={onChange}
      />
      <YesDescription
        question={q}
        describes={p.describes}
        value={p.value}
        disabled={!p.editable}
        onChange={onChange}
      />
      {p.readers.length > 0 ? (
        <div className="readers small" aria-label={t("readers")}>
          {p.readers.slice(0, MAX_CHIPS).map((r) => (
            <span key={r.label} className="badge" title={r.title}>
              {r.label}
            </span>
          ))}
          {p.readers.length > MAX_CHIPS ? (
            <span className="badge">{t("moreReaders", { n: p.readers.length - MAX_CHIPS })}</span>
          ) : null}
        </div>
      ) : null}
      {q.kind === "control" && q.evidence.length > 0 ? (
        <EvidenceBox
          assessmentId={p.assessmentId}
          questionId={qid}
          expected={q.evidence}
          files={p.evidence}
          editable={p.editable}
          required={p.needsEvidence}
          onFiles={p.onFiles}
        />
      ) : null}
      <div className="save-state" aria-live="polite">
        {p.save?.state === "saving" ? t("saving") : p.save?.state === "saved" ? t("saved") : null}
        {p.save?.state === "error" ? <span className="error">{p.save.message}</span> : null}
        {p.save?.state === "queued" ? <QueuedSaveNote /> : null}
      </div>
    </div>
  );
});
