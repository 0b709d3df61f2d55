"use client";

import { useTranslations } from "next-intl";
import { VERDICT_TEXT } from "@/lib/questionnaire/result-text";
import { criterionHeadingId, decisionText, roundNote } from "./card-text";
import type { TCriterionCardProps } from "./criterion-card";
import type { TReviewText } from "./types";
import styles from "./review.module.css";

/** A decided criterion folded to one line; "Show" opens the full card (answers, evidence, the decision form). */
export function CollapsedCard(p: TCriterionCardProps) {
  const t = useTranslations("review");
  const text = t as unknown as TReviewText;
  const { criterion: c, engine } = p;
  const tone = VERDICT_TEXT[engine.verdict].tone;
  const after = p.reviewed && p.reviewed.verdict !== engine.verdict ? p.reviewed.verdict : undefined;
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
          <span className={`badge badge-${tone || "info"}`}>
            {t("card.engine", { verdict: t(`verdict.${engine.verdict}`) })}
          </span>
          {after ? (
            <span className={`badge badge-${VERDICT_TEXT[after].tone || "info"}`}>
              {t("card.reviewed", { verdict: t(`verdict.${after}`) })}
            </span>
          ) : null}
        </div>
      </div>
      <div className={styles.collapsedLine}>
        <span className="small" data-testid="decision-state">
          <strong>{p.decision ? decisionText(p.decision, text) : ""}</strong>
          {p.decision?.comment ? t("card.comment", { comment: p.decision.comment }) : ""}
          <span className="muted">
            {" "}
            {t("card.by", {
              who: [p.decision?.reviewer, roundNote(p.decision?.round, text)]
                .filter(Boolean)
                .join(t("audit.listSeparator")),
            })}
          </span>
        </span>
        <button
          type="button"
          className="btn-link small"
          aria-expanded="false"
          aria-describedby={headingId}
          onClick={p.onExpand}
        >
          {p.canAct ? t("card.showOrChange") : t("card.show")}
        </button>
      </div>
    </article>
  );
}
