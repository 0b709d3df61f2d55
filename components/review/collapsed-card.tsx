"use client";

import { VERDICT_TEXT } from "@/lib/questionnaire/result-text";
import { criterionHeadingId, decisionText, roundNote } from "./card-text";
import type { TCriterionCardProps } from "./criterion-card";
import styles from "./review.module.css";

/** A decided criterion folded to one line; "Show" opens the full card (answers, evidence, the decision form). */
export function CollapsedCard(p: TCriterionCardProps) {
  const { criterion: c, engine } = p;
  const v = VERDICT_TEXT[engine.verdict];
  const after =
    p.reviewed && p.reviewed.verdict !== engine.verdict ? VERDICT_TEXT[p.reviewed.verdict] : undefined;
  const headingId = criterionHeadingId(c.key);
  return (
    <article
      className={`${styles.criterion} ${styles.collapsed}`}
      aria-labelledby={headingId}
      tabIndex={-1}
      data-criterion={c.key}
      data-decided="true"
      data-stale="false"
      data-collapsed="true"
      data-current={p.current ? "true" : undefined}
    >
      <div className={styles.criterionHead}>
        <h4 id={headingId}>
          <span className="muted">{c.id}</span> {c.title}
        </h4>
        <div className="row" style={{ gap: "0.35rem" }}>
          <span className={`badge badge-${v.tone || "info"}`}>Engine: {v.text}</span>
          {after ? (
            <span className={`badge badge-${after.tone || "info"}`}>Reviewed: {after.text}</span>
          ) : null}
        </div>
      </div>
      <div className={styles.collapsedLine}>
        <span className="small" data-testid="decision-state">
          <strong>{p.decision ? decisionText(p.decision) : ""}</strong>
          {p.decision?.comment ? `: ${p.decision.comment}` : ""}
          <span className="muted">
            {" "}
            ({[p.decision?.reviewer, roundNote(p.decision?.round)].filter(Boolean).join(", ")})
          </span>
        </span>
        <button
          type="button"
          className="btn-link small"
          aria-expanded="false"
          aria-describedby={headingId}
          onClick={p.onExpand}
        >
          Show{p.canAct ? " or change" : ""}
        </button>
      </div>
    </article>
  );
}
