"use client";

import {
  conditionQuestionIds,
  printCondition,
  type TAnswers,
  type TCatalog,
  type TCriterion,
} from "@/lib/schemes";
import { questionsRead } from "@/lib/review/stale";
import type { TCriterionResult, TStage } from "@/lib/scoring/types";
import { VERDICT_TEXT } from "@/lib/questionnaire/result-text";
import { answerDisplay } from "./answer-text";
import { CollapsedCard } from "./collapsed-card";
import { criterionHeadingId, decisionText, roundNote } from "./card-text";
import { DecisionControl } from "./decision-control";
import type { TActionFailure, TReviewComment, TReviewDecision, TReviewEvidence } from "./types";
import styles from "./review.module.css";

export const STAGE_TEXT: Record<TStage, string> = {
  scope: "Decided by the scheme's scope",
  applicability: "Decided by the applicability condition",
  claimed_na: "Claimed not applicable: every control it reads was answered N/A with a justification",
  na_not_allowed: "Claimed not applicable, but the scheme does not allow N/A here",
  justification_missing: "An N/A answer lacks its justification",
  satisfaction: "Decided by the satisfaction condition",
  override: "Verdict set by the reviewer",
};

/** Questions a criterion reads: a change to any of them since the last request for changes is flagged. */
export { questionsRead };

export type TCriterionCardProps = {
  catalog: TCatalog;
  criterion: TCriterion;
  engine: TCriterionResult;
  reviewed: TCriterionResult | undefined;
  answers: TAnswers;
  evidence: TReviewEvidence[];
  comments: TReviewComment[];
  changed: ReadonlySet<string>;
  anchors: ReadonlySet<string>;
  decision: TReviewDecision | undefined;
  assessmentId: string;
  canAct: boolean;
  version: () => number;
  onSaved: (d: TReviewDecision, version: number) => void;
  onFailure: (f: TActionFailure) => void;
  onComment?: (questionId: string) => void;
  /** Decided and folded away: one line with the verdicts and the decision, and a button to open it. */
  collapsed?: boolean;
  onExpand?: () => void;
  /** The criterion the keyboard shortcuts act on. */
  current?: boolean;
};

export function CriterionCard(p: TCriterionCardProps) {
  if (p.collapsed) return <CollapsedCard {...p} />;
  const { catalog, criterion: c, engine } = p;
  const lookup = (id: string) => catalog.questions.find((q) => q.id === id);
  const shown = engine.deciding.length ? [...engine.deciding] : conditionQuestionIds(c.satisfaction);
  const read = questionsRead(c);
  const changedHere = read.filter((q) => p.changed.has(q));
  const stale = p.decision?.stale ?? null;
  const staleQuestions = new Set(stale?.questions ?? []);
  const files = p.evidence.filter((e) => e.questionIds.some((q) => read.includes(q) || shown.includes(q)));
  const v = VERDICT_TEXT[engine.verdict];
  const after =
    p.reviewed && p.reviewed.verdict !== engine.verdict ? VERDICT_TEXT[p.reviewed.verdict] : undefined;
  const headingId = criterionHeadingId(c.key);
  return (
    <article
      className={styles.criterion}
      aria-labelledby={headingId}
      tabIndex={-1}
      data-criterion={c.key}
      data-decided={p.decision && !stale ? "true" : "false"}
      data-stale={stale ? "true" : "false"}
      data-changed={changedHere.length ? "true" : "false"}
      data-current={p.current ? "true" : undefined}
    >
      <div className={styles.criterionHead}>
        <h4 id={headingId}>
          <span className="muted">{c.id}</span> {c.title}
        </h4>
        <div className="row" style={{ gap: "0.35rem" }}>
          {stale ? (
            <span className="badge badge-bad" data-testid="stale-badge">
              {stale.round === 0
                ? "Answer changed since the previous label"
                : `Answer changed since your decision (round ${stale.round})`}
            </span>
          ) : null}
          {changedHere.length ? (
            <span className="badge badge-warn" data-testid="changed-badge">
              Changed since changes were requested
            </span>
          ) : null}
          <span className={`badge badge-${v.tone || "info"}`} title="Engine verdict">
            Engine: {v.text}
          </span>
          {after ? (
            <span className={`badge badge-${after.tone || "info"}`}>Reviewed: {after.text}</span>
          ) : null}
        </div>
      </div>
      <details>
        <summary className="small">Requirement text</summary>
        <p className="small" style={{ margin: "0.3rem 0" }}>
          {c.text}
        </p>
      </details>
      <div className="small">
        <strong>Why:</strong> {STAGE_TEXT[engine.stage]}.{" "}
        <span className="muted">
          Passes when: {printCondition(c.satisfaction, lookup)}.
          {c.applicability ? ` Applies when: ${printCondition(c.applicability, lookup)}.` : ""}
        </span>
      </div>
      <ul className={styles.answers} aria-label="Deciding answers">
        {shown.map((qid) => {
          const q = lookup(qid);
          const a = answerDisplay(q, p.answers[qid]);
          const earlier = p.comments.filter((x) => x.questionId === qid);
          return (
            <li
              key={qid}
              id={p.anchors.has(`${c.key}|${qid}`) ? `q-${qid}` : undefined}
              data-question={qid}
              data-changed={p.changed.has(qid) ? "true" : "false"}
            >
              <div className="small muted">{q?.prompt ?? qid}</div>
              <div>
                <strong>{a.text}</strong>
                {p.changed.has(qid) ? <span className="badge badge-warn"> changed</span> : null}
                {staleQuestions.has(qid) ? (
                  <span className="badge badge-bad" data-testid="stale-question">
                    {" "}
                    changed since the decision
                  </span>
                ) : null}
              </div>
              {a.justification ? (
                <div className="small">
                  {a.note ?? "Justification"}: {a.justification}
                </div>
              ) : null}
              {earlier.map((x) => (
                <div key={x.id} className="small warn-text">
                  Lab comment, round {x.round} ({x.author}): {x.body}
                </div>
              ))}
              {p.canAct && p.onComment ? (
                <div className="small">
                  <button type="button" className="btn-link" onClick={() => p.onComment?.(qid)}>
                    Ask for a change to this answer
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {files.length ? (
        <div className="small">
          <strong>Evidence:</strong>
          <ul className="evidence-list">
            {files.map((f) => (
              <li key={f.id}>
                <a href={`/api/evidence/${f.id}`} target="_blank" rel="noopener">
                  {f.fileName}
                </a>{" "}
                <span className="muted">({Math.max(1, Math.round(f.size / 1024))} KB)</span>{" "}
                <a href={`/api/evidence/${f.id}?download=1`} aria-label={`Download ${f.fileName}`}>
                  Download
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="small muted">No evidence linked to these questions.</div>
      )}
      <div className="small" data-testid="decision-state">
        {p.decision && stale ? (
          <>
            <strong className="warn-text">
              {stale.round === 0
                ? "Answer changed since the previous label's decision"
                : `Answer changed since your decision (round ${stale.round})`}
            </strong>
            {": decide again. "}
            <span className="muted">
              Earlier: {decisionText(p.decision)}
              {p.decision.comment ? `: ${p.decision.comment}` : ""}
              {p.decision.reviewer ? ` (${p.decision.reviewer})` : ""}; changed:{" "}
              {stale.questions.map((q) => lookup(q)?.label ?? q).join(", ")}.
            </span>
          </>
        ) : p.decision ? (
          <>
            <strong>{decisionText(p.decision)}</strong>
            {p.decision.comment ? `: ${p.decision.comment}` : ""}
            <span className="muted" data-testid="decision-round">
              {" "}
              ({[p.decision.reviewer, roundNote(p.decision.round)].filter(Boolean).join(", ") || "just now"})
            </span>
          </>
        ) : (
          <span className="muted">Not decided yet</span>
        )}
      </div>
      {p.canAct ? (
        <DecisionControl
          assessmentId={p.assessmentId}
          criterionKey={c.key}
          title={`${c.id} ${c.title}`}
          current={p.decision}
          version={p.version}
          onSaved={p.onSaved}
          onFailure={p.onFailure}
        />
      ) : null}
    </article>
  );
}
