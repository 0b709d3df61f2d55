"use client";

import { useLocale, useTranslations } from "next-intl";
import {
  conditionQuestionIds,
  printCondition,
  type TAnswers,
  type TCatalog,
  type TCriterion,
} from "@/lib/schemes";
import { questionsRead } from "@/lib/review/stale";
import type { TCriterionResult } from "@/lib/scoring/types";
import { CONDITION_WORDS_EN, CONDITION_WORDS_ZH } from "@/lib/schemes/print";
import { VERDICT_TEXT } from "@/lib/questionnaire/result-text";
import { answerDisplay } from "./answer-text";
import { CollapsedCard } from "./collapsed-card";
import { criterionHeadingId, decisionText, roundNote } from "./card-text";
import { DecisionControl } from "./decision-control";
import type { TActionFailure, TReviewComment, TReviewDecision, TReviewEvidence, TReviewText } from "./types";
import styles from "./review.module.css";

/** Questions a criterion reads: a change to any of them since the last request for changes is flagged. */
export { questionsRead };

export type TCriterionCardProps = {
  /** The catalog in the reader's language (localizeCatalog): the same ids and conditions, its words. */
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
  return <OpenCard {...p} />;
}

function OpenCard(p: TCriterionCardProps) {
  const t = useTranslations("review");
  const text = t as unknown as TReviewText;
  const words = useLocale() === "zh-CN" ? CONDITION_WORDS_ZH : CONDITION_WORDS_EN;
  const { catalog, criterion: c, engine } = p;
  const lookup = (id: string) => catalog.questions.find((q) => q.id === id);
  const shown = engine.deciding.length ? [...engine.deciding] : conditionQuestionIds(c.satisfaction);
  const read = questionsRead(c);
  const changedHere = read.filter((q) => p.changed.has(q));
  const stale = p.decision?.stale ?? null;
  const staleQuestions = new Set(stale?.questions ?? []);
  const files = p.evidence.filter((e) => e.questionIds.some((q) => read.includes(q) || shown.includes(q)));
  const v = VERDICT_TEXT[engine.verdict];
  const after = p.reviewed && p.reviewed.verdict !== engine.verdict ? p.reviewed.verdict : undefined;
  const sep = t("audit.listSeparator");
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
              {stale.round === 0 ? t("card.staleLabel") : t("card.staleRound", { n: stale.round })}
            </span>
          ) : null}
          {changedHere.length ? (
            <span className="badge badge-warn" data-testid="changed-badge">
              {t("card.changedBadge")}
            </span>
          ) : null}
          <span className={`badge badge-${v.tone || "info"}`} title={t("card.engineTitle")}>
            {t("card.engine", { verdict: t(`verdict.${engine.verdict}`) })}
          </span>
          {after ? (
            <span className={`badge badge-${VERDICT_TEXT[after].tone || "info"}`}>
              {t("card.reviewed", { verdict: t(`verdict.${after}`) })}
            </span>
          ) : null}
        </div>
      </div>
      <details>
        <summary className="small">{t("card.requirement")}</summary>
        <p className="small" style={{ margin: "0.3rem 0" }}>
          {c.text}
        </p>
      </details>
      <div className="small">
        <strong>{t("card.why")}</strong> {t(`stage.${engine.stage}`)}{" "}
        <span className="muted">
          {t("card.passesWhen", { condition: printCondition(c.satisfaction, lookup, false, words) })}
          {c.applicability
            ? t("card.appliesWhen", { condition: printCondition(c.applicability, lookup, false, words) })
            : ""}
        </span>
      </div>
      <ul className={styles.answers} aria-label={t("card.deciding")}>
        {shown.map((qid) => {
          const q = lookup(qid);
          const a = answerDisplay(q, p.answers[qid], text);
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
                {p.changed.has(qid) ? <span className="badge badge-warn"> {t("card.changed")}</span> : null}
                {staleQuestions.has(qid) ? (
                  <span className="badge badge-bad" data-testid="stale-question">
                    {" "}
                    {t("card.changedSinceDecision")}
                  </span>
                ) : null}
              </div>
              {a.justification ? (
                <div className="small">
                  {t("card.note", { note: a.note ?? t("answer.justification"), text: a.justification })}
                </div>
              ) : null}
              {earlier.map((x) => (
                <div key={x.id} className="small warn-text">
                  {t("card.labComment", { n: x.round, author: x.author, body: x.body })}
                </div>
              ))}
              {p.canAct && p.onComment ? (
                <div className="small">
                  <button type="button" className="btn-link" onClick={() => p.onComment?.(qid)}>
                    {t("card.askChange")}
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {files.length ? (
        <div className="small">
          <strong>{t("card.evidence")}</strong>
          <ul className="evidence-list">
            {files.map((f) => (
              <li key={f.id}>
                <a href={`/api/evidence/${f.id}`} target="_blank" rel="noopener">
                  {f.fileName}
                </a>{" "}
                <span className="muted">{t("card.size", { n: Math.max(1, Math.round(f.size / 1024)) })}</span>{" "}
                <a
                  href={`/api/evidence/${f.id}?download=1`}
                  aria-label={t("card.downloadFile", { name: f.fileName })}
                >
                  {t("card.download")}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="small muted">{t("card.noEvidence")}</div>
      )}
      <div className="small" data-testid="decision-state">
        {p.decision && stale ? (
          <>
            <strong className="warn-text">
              {stale.round === 0 ? t("card.staleLabelDecision") : t("card.staleRound", { n: stale.round })}
            </strong>
            {t("card.decideAgain")}
            <span className="muted">
              {t("card.earlier", {
                decision: decisionText(p.decision, text),
                comment: p.decision.comment ? t("card.comment", { comment: p.decision.comment }) : "",
                who: p.decision.reviewer ? t("card.by", { who: p.decision.reviewer }) : "",
                questions: stale.questions.map((q) => lookup(q)?.label ?? q).join(sep),
              })}
            </span>
          </>
        ) : p.decision ? (
          <>
            <strong>{decisionText(p.decision, text)}</strong>
            {p.decision.comment ? t("card.comment", { comment: p.decision.comment }) : ""}
            <span className="muted" data-testid="decision-round">
              {" "}
              {t("card.by", {
                who:
                  [p.decision.reviewer, roundNote(p.decision.round, text)].filter(Boolean).join(sep) ||
                  t("card.justNow"),
              })}
            </span>
          </>
        ) : (
          <span className="muted">{t("card.notDecided")}</span>
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
