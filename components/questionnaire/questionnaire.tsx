"use client";

import { useCallback, useMemo, useState } from "react";
import { perScheme } from "@/lib/schemes/registry";
import { useRouter } from "next/navigation";
import {
  criteriaReadingQuestion,
  getCatalog,
  naPolicy,
  type TAnswerValue,
  type TAnswers,
  type TSchemeId,
} from "@/lib/schemes";
import { planQuestionnaire } from "@/lib/questionnaire/plan";
import { LabComments } from "@/components/assessments/lab-comments";
import { EvidenceBox, type TEvidenceItem } from "@/components/questionnaire/evidence-box";
import { QuestionInput } from "@/components/questionnaire/question-input";
import { ResultsPanel } from "@/components/questionnaire/results-panel";
import { SubmitBox } from "@/components/questionnaire/submit-box";
import { AutosaveDrafts, useAutosave } from "@/components/questionnaire/use-autosave";
import { count, N } from "@/lib/i18n/plural";
import { confirmCarried } from "@/app/(site)/(manufacturer)/assessments/actions";

export type TQuestionnaireProps = {
  assessmentId: string;
  catalogVersion: string;
  version: number;
  editable: boolean;
  resubmission: boolean;
  targetSchemes: TSchemeId[];
  answers: TAnswers;
  evidence: TEvidenceItem[];
  comments: {
    id: string;
    questionId: string;
    body: string;
    author: string;
    createdAt: string;
    open: boolean;
  }[];
  /** Questions changed since the last submission, highlighted for the reviewer and the manufacturer. */
  labName: string;
  /**
   * Re-assessment (lib/db/reassess.ts): the questions whose answer was carried over from `carriedFrom` (the
   * earlier label's code) and is not yet confirmed or changed.
   */
  carried?: string[];
  carriedFrom?: string | null;
};

const SCHEME_SHORT: Record<TSchemeId, string> = perScheme((m) => m.code);

type TReader = { scheme: TSchemeId; id: string; title: string; eu?: { part: number } };

/** One chip per requirement: EN 18031 ids repeat across parts 1–3, so the parts are listed on one chip. */
function readerChips(readers: TReader[]): { label: string; title: string }[] {
  const chips = new Map<string, { label: string; title: string; parts: number[] }>();
  for (const r of readers) {
    const key = `${r.scheme}:${r.id}`;
    const chip = chips.get(key) ?? { label: `${SCHEME_SHORT[r.scheme]} ${r.id}`, title: r.title, parts: [] };
    if (r.eu) chip.parts.push(r.eu.part);
    chips.set(key, chip);
  }
  return [...chips.values()].map((c) => ({
    label: c.parts.length ? `${c.label} (EN 18031-${c.parts.sort().join("/-")})` : c.label,
    title: c.title,
  }));
}

/**
 * Holds the conflict message across reloads: after a refused stale write the page reloads the newer data from the
 * server, and the body below starts afresh from it (it is keyed by the server's version), while the message stays.
 */
export function Questionnaire(props: TQuestionnaireProps) {
  const router = useRouter();
  const [conflict, setConflict] = useState<string>();
  const onConflict = useCallback(
    (message: string) => {
      setConflict(message);
      router.refresh();
    },
    [router],
  );
  const clearConflict = useCallback(() => setConflict(undefined), []);
  return (
    <QuestionnaireBody
      key={`${props.assessmentId}:${props.version}`}
      {...props}
      conflict={conflict}
      onConflict={onConflict}
      clearConflict={clearConflict}
    />
  );
}

type TBodyProps = TQuestionnaireProps & {
  conflict?: string;
  onConflict: (message: string) => void;
  clearConflict: () => void;
};

function QuestionnaireBody(props: TBodyProps) {
  const { conflict, onConflict, clearConflict } = props;
  const catalog = getCatalog(props.catalogVersion);
  const [answers, setAnswers] = useState<TAnswers>(props.answers);
  const [evidence, setEvidence] = useState<TEvidenceItem[]>(props.evidence);
  const autosave = useAutosave(props.assessmentId, props.version, onConflict);
  const [onlyCommented, setOnlyCommented] = useState(false);
  const [carried, setCarried] = useState<ReadonlySet<string>>(() => new Set(props.carried ?? []));
  const [carryError, setCarryError] = useState<string>();

  async function confirm(questionIds?: string[]) {
    setCarryError(undefined);
    const r = await confirmCarried({ assessmentId: props.assessmentId, questionIds });
    if (!r.ok) {
      setCarryError(r.message);
      return;
    }
    setCarried((prev) =>
      questionIds ? new Set([...prev].filter((q) => !questionIds.includes(q))) : new Set(),
    );
  }

  const evidenceCount = useMemo(() => {
    const m = new Map<string, number>();
    for (const e of evidence) for (const q of e.questionIds) m.set(q, (m.get(q) ?? 0) + 1);
    return m;
  }, [evidence]);
  const plan = useMemo(
    () => planQuestionnaire(catalog, answers, props.targetSchemes, evidenceCount),
    [catalog, answers, props.targetSchemes, evidenceCount],
  );
  const questions = useMemo(() => new Map(catalog.questions.map((q) => [q.id, q])), [catalog]);
  const naPolicies = useMemo(
    () =>
      new Map(
        catalog.questions.filter((q) => q.type === "control").map((q) => [q.id, naPolicy(catalog, q.id)]),
      ),
    [catalog],
  );
  const criteria = useMemo(() => new Map(catalog.criteria.map((c) => [c.key, c])), [catalog]);
  const questionLabel = useCallback((id: string) => questions.get(id)?.label ?? id, [questions]);
  const commentsByQuestion = useMemo(() => {
    const m = new Map<string, TQuestionnaireProps["comments"]>();
    for (const c of props.comments) m.set(c.questionId, [...(m.get(c.questionId) ?? []), c]);
    return m;
  }, [props.comments]);

  function change(questionId: string, value: TAnswerValue | null) {
    clearConflict();
    // A changed carried answer is the manufacturer's own now (the server clears its mark on save).
    setCarried((prev) => {
      if (!prev.has(questionId)) return prev;
      const next = new Set(prev);
      next.delete(questionId);
      return next;
    });
    setAnswers((prev) => {
      const next: Record<string, TAnswerValue> = { ...prev };
      if (value === null) delete next[questionId];
      else next[questionId] = value;
      return next;
    });
    autosave.save(questionId, value);
  }

  const total = plan.visibleCount;
  const overall = total ? Math.round((plan.answeredCount / total) * 100) : 0;

  return (
    <AutosaveDrafts.Provider value={autosave.drafts}>
      <div className="assessment-layout">
        <div className="stack" data-only-comments={onlyCommented ? "true" : undefined}>
          <LabComments
            comments={props.comments}
            questionLabel={questionLabel}
            only={onlyCommented}
            onOnly={setOnlyCommented}
          />
          {carried.size > 0 && props.editable ? (
            <div
              className="alert alert-info stack"
              role="status"
              data-testid="carried-banner"
              style={{ gap: "0.5rem" }}
            >
              <span>
                {count(carried.size, N.answer)} carried over from label{" "}
                {props.carriedFrom ?? "of the earlier version"} {carried.size === 1 ? "is" : "are"} marked
                below. Confirm each one that still holds for this version, or change it: the lab reviews only
                the criteria whose answers or evidence change.
              </span>
              <span className="row">
                <button type="button" className="btn btn-secondary" onClick={() => void confirm()}>
                  Confirm all {carried.size} as they stand
                </button>
              </span>
              {carryError ? <span className="error">{carryError}</span> : null}
            </div>
          ) : null}
          {conflict ? (
            <div className="alert alert-warn" role="alert" data-testid="conflict">
              {conflict}
            </div>
          ) : null}
          <div className="card" aria-live="polite">
            <div className="row" style={{ justifyContent: "space-between" }}>
              <strong>
                {plan.answeredCount} of {count(total, N.question)} answered
              </strong>
              <span className="muted small">{overall}%</span>
            </div>
            <div
              className={`progress${overall === 100 ? " ok" : ""}`}
              role="progressbar"
              aria-label="Overall progress"
              aria-valuenow={overall}
              aria-valuemin={0}
              aria-valuemax={100}
            >
              <span style={{ width: `${overall}%` }} />
            </div>
            <nav aria-label="Sections" className="small" style={{ marginTop: "0.5rem" }}>
              {plan.sections.map((s, i) => (
                <span key={s.id}>
                  {i > 0 ? " · " : ""}
                  <a href={`#section-${i}`}>{s.title}</a> ({s.answered}/{s.questionIds.length})
                </span>
              ))}
            </nav>
          </div>

          {plan.sections.map((section, i) => (
            <section
              key={section.id}
              aria-labelledby={`section-${i}-title`}
              className="stack"
              style={{ gap: "0.75rem" }}
            >
              <div className="section-head" id={`section-${i}`}>
                <h2 id={`section-${i}-title`}>
                  {section.kind === "profile" ? "About the product: " : ""}
                  {section.title}
                </h2>
                <span className="muted small">
                  {section.answered} of {section.questionIds.length} answered
                </span>
              </div>
              <div
                className="progress"
                role="progressbar"
                aria-label={`${section.title} progress`}
                aria-valuenow={section.answered}
                aria-valuemin={0}
                aria-valuemax={section.questionIds.length}
              >
                <span
                  style={{ width: `${(section.answered / Math.max(1, section.questionIds.length)) * 100}%` }}
                />
              </div>
              {section.questionIds.map((qid) => {
                const q = questions.get(qid);
                if (!q) return null;
                const readers = readerChips(
                  criteriaReadingQuestion(catalog, qid)
                    .map((k) => criteria.get(k))
                    .filter((c): c is NonNullable<typeof c> => !!c && props.targetSchemes.includes(c.scheme)),
                );
                const comments = commentsByQuestion.get(qid) ?? [];
                const save = autosave.saves[qid];
                const helpId = `q-${qid}-help`;
                return (
                  <div
                    key={qid}
                    id={`q-${qid}`}
                    className={`question${comments.some((c) => c.open) ? " has-comment" : ""}`}
                    data-question={qid}
                  >
                    <p className="prompt" id={`q-${qid}-label`}>
                      {q.prompt}
                    </p>
                    {carried.has(qid) && answers[qid] !== undefined ? (
                      <p className="small" data-testid="carried-mark" style={{ margin: 0 }}>
                        <span className="badge badge-info">Carried over</span>{" "}
                        <span className="muted">
                          from {props.carriedFrom ?? "the earlier version"}: confirm or change it.
                        </span>{" "}
                        {props.editable ? (
                          <button
                            type="button"
                            className="btn-link small"
                            onClick={() => void confirm([qid])}
                            aria-describedby={`q-${qid}-label`}
                          >
                            Confirm
                          </button>
                        ) : null}
                      </p>
                    ) : null}
                    <p className="help" id={helpId}>
                      {q.help}
                    </p>
                    {comments.map((c) => (
                      <div key={c.id} className="review-comment" role="note">
                        <strong>
                          {c.open ? "Lab comment" : "Earlier lab comment"} ({c.author}):
                        </strong>{" "}
                        {c.body}
                      </div>
                    ))}
                    <QuestionInput
                      question={q}
                      na={naPolicies.get(qid)}
                      value={answers[qid]}
                      disabled={!props.editable}
                      describedBy={helpId}
                      onChange={(v) => change(qid, v)}
                    />
                    {readers.length > 0 ? (
                      <div className="readers small" aria-label="Criteria that read this answer">
                        {readers.slice(0, 8).map((r) => (
                          <span key={r.label} className="badge" title={r.title}>
                            {r.label}
                          </span>
                        ))}
                        {readers.length > 8 ? <span className="badge">+{readers.length - 8}</span> : null}
                      </div>
                    ) : null}
                    {q.kind === "control" && q.evidence.length > 0 ? (
                      <EvidenceBox
                        assessmentId={props.assessmentId}
                        questionId={qid}
                        expected={q.evidence}
                        files={evidence}
                        editable={props.editable}
                        required={plan.needsEvidence.has(qid)}
                        onFiles={setEvidence}
                      />
                    ) : null}
                    <div className="save-state" aria-live="polite">
                      {save?.state === "saving" ? "Saving…" : save?.state === "saved" ? "Saved" : null}
                      {save?.state === "error" ? <span className="error">{save.message}</span> : null}
                    </div>
                  </div>
                );
              })}
            </section>
          ))}

          {props.editable ? (
            <SubmitBox
              assessmentId={props.assessmentId}
              flush={autosave.flush}
              missingNow={plan.missing}
              questionLabel={questionLabel}
              labName={props.labName}
              resubmission={props.resubmission}
            />
          ) : null}
        </div>
        <ResultsPanel
          catalog={catalog}
          result={plan.result}
          targetSchemes={props.targetSchemes}
          questionLabel={questionLabel}
        />
      </div>
    </AutosaveDrafts.Provider>
  );
}
