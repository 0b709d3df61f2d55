"use client";

import { useCallback, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { acceptRemaining } from "@/app/(site)/(reviewer)/review/actions";
import { ResultsPanel } from "@/components/questionnaire/results-panel";
import { reviewState } from "@/lib/review/criteria";
import { getCatalog, type TAnswers, type TSchemeId } from "@/lib/schemes";
import { ActionError } from "./action-error";
import { CriterionCard, questionsRead } from "./criterion-card";
import { RequestChangesForm, useRequestChangesForm } from "./request-changes-form";
import { ApproveForm, RejectForm } from "./verdict-forms";
import {
  NETWORK_FAILURE,
  type TActionFailure,
  type TReviewComment,
  type TReviewDecision,
  type TReviewEvidence,
} from "./types";
import styles from "./review.module.css";

export type TReviewWorkspaceProps = {
  assessmentId: string;
  catalogVersion: string;
  version: number;
  /** The current review round: decisions saved now belong to it. */
  round: number;
  /** The signed-in reviewer's name, shown on the decisions they save. */
  me: string;
  canAct: boolean;
  targetSchemes: TSchemeId[];
  answers: TAnswers;
  evidence: TReviewEvidence[];
  decisions: TReviewDecision[];
  comments: TReviewComment[];
  changed: string[];
};

/**
 * The reviewer's working area. It tracks the assessment version returned by each action and sends it as
 * `expectedVersion` with the next one; when the server data is reloaded (router.refresh), newer props win while
 * every form keeps what was typed.
 */
export function ReviewWorkspace(props: TReviewWorkspaceProps) {
  const router = useRouter();
  const catalog = getCatalog(props.catalogVersion);
  const [base, setBase] = useState({ version: props.version, decisions: props.decisions });
  const [seenProps, setSeenProps] = useState(props.version);
  if (props.version !== seenProps) {
    setSeenProps(props.version);
    if (props.version >= base.version) setBase({ version: props.version, decisions: props.decisions });
  }
  const version = useCallback(() => base.version, [base.version]);
  const [failure, setFailure] = useState<TActionFailure>();
  const [bulkPending, setBulkPending] = useState(false);
  const requestCtl = useRequestChangesForm(props.assessmentId, props.version);

  const state = useMemo(
    () => reviewState(catalog, props.answers, props.targetSchemes, base.decisions),
    [catalog, props.answers, props.targetSchemes, base.decisions],
  );
  const decisionOf = useMemo(() => new Map(base.decisions.map((d) => [d.criterionKey, d])), [base.decisions]);
  const undecided = useMemo(() => new Set(state.undecided), [state.undecided]);
  const reviewedOf = useMemo(() => new Map(state.reviewed.criteria.map((r) => [r.key, r])), [state.reviewed]);
  const changed = useMemo(() => new Set(props.changed), [props.changed]);
  const byKey = useMemo(() => new Map(catalog.criteria.map((c) => [c.key, c])), [catalog]);

  // The first card showing a question carries its #q-<id> anchor, so the result panel's links land somewhere.
  const anchors = useMemo(() => {
    const seen = new Set<string>();
    const out = new Set<string>();
    for (const r of state.toReview) {
      for (const q of r.deciding) {
        if (seen.has(q)) continue;
        seen.add(q);
        out.add(`${r.key}|${q}`);
      }
    }
    return out;
  }, [state.toReview]);

  const questionLabel = useCallback(
    (id: string) => catalog.questions.find((q) => q.id === id)?.label ?? id,
    [catalog],
  );
  const commentable = useMemo(() => {
    const ids = new Set<string>();
    for (const r of state.toReview) {
      const c = byKey.get(r.key);
      for (const q of [...r.deciding, ...(c ? questionsRead(c) : [])]) ids.add(q);
    }
    return catalog.questions.filter((q) => ids.has(q.id)).map((q) => ({ id: q.id, label: q.label }));
  }, [state.toReview, byKey, catalog]);

  const { round, me } = props;
  const onSaved = useCallback(
    (d: TReviewDecision, v: number) => {
      setFailure(undefined);
      setBase((b) => ({
        version: v,
        decisions: [
          ...b.decisions.filter((x) => x.criterionKey !== d.criterionKey),
          { ...d, round, reviewer: me, stale: null },
        ],
      }));
    },
    [round, me],
  );
  const onDone = useCallback(() => {
    setFailure(undefined);
    router.refresh();
  }, [router]);

  async function acceptAll() {
    if (bulkPending) return;
    setBulkPending(true);
    setFailure(undefined);
    const keys = state.undecided;
    try {
      const r = await acceptRemaining({ assessmentId: props.assessmentId, expectedVersion: version() });
      if (r.ok) {
        const accepted = new Set(keys);
        setBase((b) => ({
          version: r.data.version,
          decisions: [
            // Stale decisions of these criteria are replaced, as on the server.
            ...b.decisions.filter((d) => !accepted.has(d.criterionKey)),
            ...keys.map((criterionKey) => ({
              criterionKey,
              decision: "ACCEPT" as const,
              overrideVerdict: null,
              comment: null,
              round,
              reviewer: me,
              stale: null,
            })),
          ],
        }));
      } else setFailure({ code: r.code, message: r.message });
    } catch {
      setFailure(NETWORK_FAILURE);
    } finally {
      setBulkPending(false);
    }
  }

  const decided = state.toReview.length - state.undecided.length;
  const staleCount = state.stale.length;
  const schemes = catalog.schemes.filter((s) => props.targetSchemes.includes(s.id));
  return (
    <div className={styles.layout}>
      <div className="stack">
        <ActionError failure={failure} onDismiss={() => setFailure(undefined)} />
        <div className="card row" style={{ justifyContent: "space-between" }}>
          <div>
            <strong data-testid="decided-count">
              {decided} of {state.toReview.length} criteria decided
            </strong>
            {staleCount ? (
              <div className="small warn-text" data-testid="stale-count">
                {staleCount} decision{staleCount === 1 ? "" : "s"} from an earlier round no longer count
                {staleCount === 1 ? "s" : ""}: the answer{staleCount === 1 ? "" : "s"} changed since. Decide{" "}
                {staleCount === 1 ? "it" : "them"} again.
              </div>
            ) : null}
            <div className="progress" aria-hidden="true">
              <span
                style={{ width: `${state.toReview.length ? (decided / state.toReview.length) * 100 : 100}%` }}
              />
            </div>
          </div>
          {props.canAct ? (
            <a href="#decide" className="small">
              Go to approval and requests for changes
            </a>
          ) : null}
          {props.canAct ? (
            <button
              type="button"
              className="btn btn-secondary"
              onClick={acceptAll}
              disabled={bulkPending || state.undecided.length === 0}
            >
              Accept all remaining ({state.undecided.length})
            </button>
          ) : null}
        </div>
        {schemes.map((s) => {
          const rows = state.toReview.filter((r) => r.scheme === s.id);
          const open = rows.filter((r) => undecided.has(r.key)).length;
          return (
            <section
              key={s.id}
              aria-labelledby={`scheme-${s.id}`}
              className="stack"
              style={{ gap: "0.75rem" }}
            >
              <div className={styles.schemeHead}>
                <h3 id={`scheme-${s.id}`} style={{ margin: 0 }}>
                  {s.shortName}
                </h3>
                <span className="small muted">
                  {rows.length} criteria · {open} to decide
                </span>
              </div>
              {rows.length === 0 ? (
                <p className="small muted">No applicable criterion for this product.</p>
              ) : null}
              {rows.map((r) => {
                const c = byKey.get(r.key);
                if (!c) return null;
                return (
                  <CriterionCard
                    key={r.key}
                    catalog={catalog}
                    criterion={c}
                    engine={r}
                    reviewed={reviewedOf.get(r.key)}
                    answers={props.answers}
                    evidence={props.evidence}
                    comments={props.comments}
                    changed={changed}
                    anchors={anchors}
                    decision={decisionOf.get(r.key)}
                    assessmentId={props.assessmentId}
                    canAct={props.canAct}
                    version={version}
                    onSaved={onSaved}
                    onFailure={setFailure}
                    onComment={requestCtl.add}
                  />
                );
              })}
            </section>
          );
        })}
      </div>
      <aside className={styles.aside} aria-label="Result and decision">
        <ResultsPanel
          catalog={catalog}
          result={state.reviewed}
          targetSchemes={props.targetSchemes}
          questionLabel={questionLabel}
          title="Reviewed result"
          subtitle="The manufacturer's answers with your decisions applied, updated as you decide"
        />
        {props.canAct ? (
          <>
            <section className="card" id="decide" tabIndex={-1}>
              <ApproveForm
                assessmentId={props.assessmentId}
                version={version}
                undecided={state.undecided.length}
                onDone={onDone}
                onFailure={setFailure}
              />
            </section>
            <section className="card">
              <RequestChangesForm
                ctl={requestCtl}
                questions={commentable}
                version={version}
                onDone={onDone}
                onFailure={setFailure}
              />
            </section>
            <section className="card">
              <RejectForm
                assessmentId={props.assessmentId}
                version={version}
                onDone={onDone}
                onFailure={setFailure}
              />
            </section>
          </>
        ) : null}
      </aside>
    </div>
  );
}
