"use client";

import { useCallback, useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { bulkAcceptable, reviewState } from "@/lib/review/criteria";
import {
  criterionFacts,
  DEFAULT_FILTER,
  matches,
  mechanismKey,
  mechanismText,
  showCounts,
  type TReviewFilter,
} from "@/lib/review/filters";
import { getCatalog, type TAnswers, type TSchemeId } from "@/lib/schemes";
import { localizeCatalog } from "@/lib/schemes/i18n";
import { schemeName } from "@/lib/schemes/registry";
import { RENDER_ALL, useRenderLimit } from "@/components/ui/use-render-limit";
import { ActionError } from "./action-error";
import { AcceptAllDialog } from "./accept-all-dialog";
import { CriterionCard, questionsRead } from "./criterion-card";
import { useRequestChangesForm } from "./request-changes-form";
import { ReviewAside } from "./review-aside";
import { ReviewToolbar } from "./review-toolbar";
import { useAcceptAll } from "./use-accept-all";
import { useReviewShortcuts } from "./use-review-shortcuts";
import type { TActionFailure, TReviewComment, TReviewDecision, TReviewEvidence } from "./types";
import styles from "./review.module.css";

/** Criteria cards the server renders (the first screens); the others follow in the browser right after hydration. */
const FIRST_CARDS = 10;

export type TReviewWorkspaceProps = {
  assessmentId: string;
  catalogVersion: string;
  version: number;
  /** The current review round: decisions saved now belong to it. */
  round: number;
  /** The signed-in reviewer's name, shown on the decisions they save. */
  me: string;
  /** The product's name, for the approval's confirmation. */
  subject: string;
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
 *
 * Filters, folding and the keyboard only change what is shown: every criterion stays reachable ("show all").
 * A criterion decided on this page stays open and in the list until the reviewer moves on (keyboard, filter
 * change), so nothing jumps under the pointer right after a click.
 *
 * The server renders every scheme's heading and counts, the toolbar, the reviewed result and the first FIRST_CARDS
 * cards; the browser renders the other cards right after hydration (useRenderLimit), so the page's HTML and its
 * server time stay small while the page ends up complete (`data-rendered="all"`).
 */
export function ReviewWorkspace(props: TReviewWorkspaceProps) {
  const router = useRouter();
  const t = useTranslations("review.workspace");
  const locale = useLocale();
  // Scoring reads the English catalog; the reader sees the same criteria and questions in their language
  // (localizeCatalog: the same ids and conditions). Free-text answers are shown as the manufacturer wrote them.
  const catalog = getCatalog(props.catalogVersion);
  const text = useMemo(() => localizeCatalog(props.catalogVersion, locale), [props.catalogVersion, locale]);
  const [base, setBase] = useState({ version: props.version, decisions: props.decisions });
  const [seenProps, setSeenProps] = useState(props.version);
  if (props.version !== seenProps) {
    setSeenProps(props.version);
    if (props.version >= base.version) setBase({ version: props.version, decisions: props.decisions });
  }
  const version = useCallback(() => base.version, [base.version]);
  const [failure, setFailure] = useState<TActionFailure>();
  const [filter, setFilterState] = useState<TReviewFilter>(DEFAULT_FILTER);
  const [collapse, setCollapse] = useState(true);
  const [shortcuts, setShortcuts] = useState(true);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [current, setCurrentState] = useState<string>();
  const requestCtl = useRequestChangesForm(props.assessmentId, props.version);
  const limit = useRenderLimit(FIRST_CARDS);

  const state = useMemo(
    () => reviewState(catalog, props.answers, props.targetSchemes, base.decisions),
    [catalog, props.answers, props.targetSchemes, base.decisions],
  );
  const decisionOf = useMemo(() => new Map(base.decisions.map((d) => [d.criterionKey, d])), [base.decisions]);
  const undecided = useMemo(() => new Set(state.undecided), [state.undecided]);
  const reviewedOf = useMemo(() => new Map(state.reviewed.criteria.map((r) => [r.key, r])), [state.reviewed]);
  const changed = useMemo(() => new Set(props.changed), [props.changed]);
  const byKey = useMemo(() => new Map(text.criteria.map((c) => [c.key, c])), [text]);
  const facts = useMemo(
    () => criterionFacts(state, byKey, base.decisions, changed),
    [state, byKey, base.decisions, changed],
  );
  const bulk = useMemo(() => bulkAcceptable(state), [state]);

  const setFilter = (f: TReviewFilter) => {
    setFilterState(f);
    setTouched(new Set());
  };
  const setCurrent = (key: string) => {
    // Moving on: the criterion left behind may fold and leave a filtered list.
    setTouched((t) => (current && t.has(current) && current !== key ? without(t, current) : t));
    setCurrentState(key);
  };

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
    (id: string) => text.questions.find((q) => q.id === id)?.label ?? id,
    [text],
  );
  const commentable = useMemo(() => {
    const ids = new Set<string>();
    for (const r of state.toReview) {
      const c = byKey.get(r.key);
      for (const q of [...r.deciding, ...(c ? questionsRead(c) : [])]) ids.add(q);
    }
    return text.questions.filter((q) => ids.has(q.id)).map((q) => ({ id: q.id, label: q.label }));
  }, [state.toReview, byKey, text]);

  const { round, me } = props;
  const onSaved = useCallback(
    (d: TReviewDecision, v: number) => {
      setFailure(undefined);
      setTouched((t) => new Set(t).add(d.criterionKey));
      setCurrentState(d.criterionKey);
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
  const acceptAll = useAcceptAll({
    assessmentId: props.assessmentId,
    version,
    round,
    me,
    onFailure: setFailure,
    onAccepted: (v, added) => {
      const keys = new Set(added.map((d) => d.criterionKey));
      // Stale decisions of these criteria are replaced, as on the server.
      setBase((b) => ({
        version: v,
        decisions: [...b.decisions.filter((d) => !keys.has(d.criterionKey)), ...added],
      }));
    },
  });

  const visibleFacts = facts.filter((f) => matches(f, filter) || touched.has(f.key));
  const order = visibleFacts.map((f) => f.key);
  useReviewShortcuts({ enabled: shortcuts && props.canAct, order, undecided, current, setCurrent });

  const schemes = text.schemes.filter((s) => props.targetSchemes.includes(s.id));
  const mechanisms = useMemo(() => {
    const seen = new Map<string, { scheme: TSchemeId; key: string; text: string }>();
    for (const r of state.toReview) {
      const c = byKey.get(r.key);
      if (c && !seen.has(mechanismKey(c)))
        seen.set(mechanismKey(c), { scheme: c.scheme, key: mechanismKey(c), text: mechanismText(c) });
    }
    return [...seen.values()].sort((a, b) => a.text.localeCompare(b.text));
  }, [state.toReview, byKey]);
  const visible = new Set(order);
  const decided = state.toReview.length - state.undecided.length;
  const bulkPass = bulk.filter((k) => state.toReview.find((r) => r.key === k)?.verdict === "PASS").length;
  // The cards rendered now: the first `limit` in the order shown, across schemes (all of them once hydrated).
  const renderNow = new Set(
    schemes
      .filter((s) => filter.scheme === "all" || filter.scheme === s.id)
      .flatMap((s) => state.toReview.filter((r) => r.scheme === s.id && visible.has(r.key)))
      .slice(0, limit)
      .map((r) => r.key),
  );
  return (
    <div className={styles.layout} data-rendered={limit === RENDER_ALL ? "all" : "partial"}>
      <div className="stack">
        <ActionError failure={failure} onDismiss={() => setFailure(undefined)} />
        <ReviewToolbar
          decided={decided}
          total={state.toReview.length}
          stale={state.stale.length}
          shown={order.length}
          filter={filter}
          onFilter={setFilter}
          counts={showCounts(facts, filter)}
          schemes={schemes.map((s) => ({ id: s.id, name: schemeName(s.id, locale) }))}
          mechanisms={mechanisms}
          collapse={collapse}
          onCollapse={setCollapse}
          shortcuts={shortcuts}
          onShortcuts={setShortcuts}
          canAct={props.canAct}
          bulk={{ eligible: bulk.length, other: state.undecided.length - bulk.length }}
          bulkPending={acceptAll.pending}
          onAcceptAll={() => acceptAll.ask(bulk)}
        />
        <AcceptAllDialog ctl={acceptAll} passing={bulkPass} undecided={state.undecided.length} />
        {schemes.map((s) => {
          const rows = state.toReview.filter((r) => r.scheme === s.id);
          const shownRows = rows.filter((r) => visible.has(r.key));
          if (filter.scheme !== "all" && filter.scheme !== s.id) return null;
          const open = rows.filter((r) => undecided.has(r.key)).length;
          const now = shownRows.filter((r) => renderNow.has(r.key));
          const later = shownRows.length - now.length;
          return (
            <section
              key={s.id}
              aria-labelledby={`scheme-${s.id}`}
              className="stack"
              style={{ gap: "0.6rem" }}
            >
              <div className={styles.schemeHead}>
                <h3 id={`scheme-${s.id}`} style={{ margin: 0 }}>
                  {s.shortName}
                </h3>
                <span className="small muted">
                  {t("schemeCounts", { n: rows.length, open })}
                  {shownRows.length !== rows.length ? t("shown", { n: shownRows.length }) : ""}
                </span>
              </div>
              {rows.length === 0 ? <p className="small muted">{t("noneApplicable")}</p> : null}
              {rows.length > 0 && shownRows.length === 0 ? (
                <p className="small muted">{t("noneMatches")}</p>
              ) : null}
              {now.map((r) => {
                const c = byKey.get(r.key);
                if (!c) return null;
                const d = decisionOf.get(r.key);
                const isDecided = d !== undefined && !d.stale;
                return (
                  <CriterionCard
                    key={r.key}
                    catalog={text}
                    criterion={c}
                    engine={r}
                    reviewed={reviewedOf.get(r.key)}
                    answers={props.answers}
                    evidence={props.evidence}
                    comments={props.comments}
                    changed={changed}
                    anchors={anchors}
                    decision={d}
                    assessmentId={props.assessmentId}
                    canAct={props.canAct}
                    version={version}
                    onSaved={onSaved}
                    onFailure={setFailure}
                    onComment={requestCtl.add}
                    collapsed={collapse && isDecided && !expanded.has(r.key) && !touched.has(r.key)}
                    onExpand={() => {
                      setExpanded((e) => new Set(e).add(r.key));
                      setCurrentState(r.key);
                    }}
                    current={current === r.key}
                  />
                );
              })}
              {later > 0 ? (
                <p className="small muted" data-pending-criteria>
                  {t("loading", { n: later })}
                </p>
              ) : null}
            </section>
          );
        })}
      </div>
      <ReviewAside
        catalog={text}
        reviewed={state.reviewed}
        targetSchemes={props.targetSchemes}
        questionLabel={questionLabel}
        canAct={props.canAct}
        assessmentId={props.assessmentId}
        subject={props.subject}
        undecided={state.undecided.length}
        version={version}
        requestCtl={requestCtl}
        commentable={commentable}
        onDone={onDone}
        onFailure={setFailure}
      />
    </div>
  );
}

function without(s: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const out = new Set(s);
  out.delete(key);
  return out;
}
