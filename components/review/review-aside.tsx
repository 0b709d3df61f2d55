"use client";

import { useTranslations } from "next-intl";
import { ResultsPanel } from "@/components/questionnaire/results-panel";
import type { TCatalog, TSchemeId } from "@/lib/schemes";
import type { TAssessment } from "@/lib/scoring/types";
import { RequestChangesForm, type useRequestChangesForm } from "./request-changes-form";
import type { TActionFailure } from "./types";
import { ApproveForm, RejectForm } from "./verdict-forms";
import styles from "./review.module.css";

type Props = {
  catalog: TCatalog;
  reviewed: TAssessment;
  targetSchemes: TSchemeId[];
  questionLabel: (id: string) => string;
  canAct: boolean;
  assessmentId: string;
  subject: string;
  undecided: number;
  version: () => number;
  requestCtl: ReturnType<typeof useRequestChangesForm>;
  commentable: { id: string; label: string }[];
  onDone: () => void;
  onFailure: (f: TActionFailure) => void;
};

/** Beside the criteria (below them on narrow screens): the reviewed result, then approve, request changes, reject. */
export function ReviewAside(p: Props) {
  const t = useTranslations("review.aside");
  return (
    <aside className={styles.aside} aria-label={t("label")}>
      <ResultsPanel
        catalog={p.catalog}
        result={p.reviewed}
        targetSchemes={p.targetSchemes}
        questionLabel={p.questionLabel}
        title={t("title")}
        subtitle={t("subtitle")}
      />
      {p.canAct ? (
        <>
          <section className="card" id="decide" tabIndex={-1}>
            <ApproveForm
              assessmentId={p.assessmentId}
              version={p.version}
              undecided={p.undecided}
              subject={p.subject}
              onDone={p.onDone}
              onFailure={p.onFailure}
            />
          </section>
          <section className="card">
            <RequestChangesForm
              ctl={p.requestCtl}
              questions={p.commentable}
              version={p.version}
              onDone={p.onDone}
              onFailure={p.onFailure}
            />
          </section>
          <section className="card">
            <RejectForm
              assessmentId={p.assessmentId}
              version={p.version}
              onDone={p.onDone}
              onFailure={p.onFailure}
            />
          </section>
        </>
      ) : null}
    </aside>
  );
}
