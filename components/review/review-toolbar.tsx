"use client";

import { useId } from "react";
import { count, N, verb } from "@/lib/i18n/plural";
import { REVIEW_SHOWS, SHOW_TEXT, type TReviewFilter, type TReviewShow } from "@/lib/review/filters";
import type { TSchemeId } from "@/lib/schemes";
import { SHORTCUTS } from "./use-review-shortcuts";
import styles from "./review.module.css";

type Props = {
  decided: number;
  total: number;
  stale: number;
  shown: number;
  filter: TReviewFilter;
  onFilter: (f: TReviewFilter) => void;
  counts: Record<TReviewShow, number>;
  schemes: { id: TSchemeId; name: string }[];
  mechanisms: { scheme: TSchemeId; key: string; text: string }[];
  collapse: boolean;
  onCollapse: (v: boolean) => void;
  shortcuts: boolean;
  onShortcuts: (v: boolean) => void;
  canAct: boolean;
  /** Undecided criteria the engine passed or found not applicable, and the others still undecided. */
  bulk: { eligible: number; other: number };
  bulkPending: boolean;
  onAcceptAll: () => void;
};

/** Progress, filters, folding, keyboard shortcuts and "Accept all remaining", above the criteria. */
export function ReviewToolbar(p: Props) {
  const uid = useId();
  const set = (patch: Partial<TReviewFilter>) => p.onFilter({ ...p.filter, ...patch });
  return (
    <div className={`card ${styles.toolbar}`} role="region" aria-label="Progress and filters">
      <div className={styles.toolbarTop}>
        <div style={{ minWidth: 0 }}>
          <strong data-testid="decided-count">
            {p.decided} of {count(p.total, N.criterion)} decided
          </strong>
          {p.stale ? (
            <div className="small warn-text" data-testid="stale-count">
              {count(p.stale, N.decision)} from an earlier round no longer {verb(p.stale, "counts", "count")}:{" "}
              {verb(p.stale, "its answer", "their answers")} changed since. Decide{" "}
              {verb(p.stale, "it", "them")} again.
            </div>
          ) : null}
          <div className="progress" aria-hidden="true">
            <span style={{ width: `${p.total ? (p.decided / p.total) * 100 : 100}%` }} />
          </div>
        </div>
        {p.canAct ? (
          <div className={styles.bulk}>
            <button
              type="button"
              className="btn btn-secondary"
              onClick={p.onAcceptAll}
              disabled={p.bulkPending || p.bulk.eligible === 0}
              aria-describedby={`${uid}-bulk`}
            >
              {p.bulk.eligible > 0 ? `Accept all remaining (${p.bulk.eligible})` : "Accept all remaining"}
            </button>
            <span id={`${uid}-bulk`} className="small muted">
              {p.bulk.eligible > 0
                ? `The engine passed or found not applicable ${verb(p.bulk.eligible, "this one", `these ${p.bulk.eligible}`)}.`
                : "Nothing the engine passed is left undecided."}
              {p.bulk.other > 0
                ? ` ${count(p.bulk.other, N.criterion)} failing or undecidable by the engine ${verb(p.bulk.other, "needs", "need")} your own decision.`
                : ""}
            </span>
            <a href="#decide" className="small">
              Go to approval and requests for changes
            </a>
          </div>
        ) : null}
      </div>
      <div className={styles.reviewFilters}>
        <div className="field">
          <label htmlFor={`${uid}-show`}>Show</label>
          <select
            id={`${uid}-show`}
            value={p.filter.show}
            onChange={(e) => set({ show: e.target.value as TReviewShow })}
          >
            {REVIEW_SHOWS.map((s) => (
              <option key={s} value={s}>
                {SHOW_TEXT[s]} ({p.counts[s]})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-scheme`}>Scheme</label>
          <select
            id={`${uid}-scheme`}
            value={p.filter.scheme}
            onChange={(e) => set({ scheme: e.target.value as TSchemeId | "all", mechanism: "all" })}
          >
            <option value="all">All schemes</option>
            {p.schemes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-mech`}>Mechanism</label>
          <select
            id={`${uid}-mech`}
            value={p.filter.mechanism}
            onChange={(e) => set({ mechanism: e.target.value })}
          >
            <option value="all">All mechanisms</option>
            {p.schemes
              .filter((s) => p.filter.scheme === "all" || s.id === p.filter.scheme)
              .map((s) => (
                <optgroup key={s.id} label={s.name}>
                  {p.mechanisms
                    .filter((m) => m.scheme === s.id)
                    .map((m) => (
                      <option key={m.key} value={m.key}>
                        {m.text}
                      </option>
                    ))}
                </optgroup>
              ))}
          </select>
        </div>
        <div className={styles.toggles}>
          <label className={styles.toggle}>
            <input type="checkbox" checked={p.collapse} onChange={(e) => p.onCollapse(e.target.checked)} />
            <span>Fold decided criteria</span>
          </label>
          <label className={styles.toggle}>
            <input type="checkbox" checked={p.shortcuts} onChange={(e) => p.onShortcuts(e.target.checked)} />
            <span>Keyboard shortcuts</span>
          </label>
        </div>
      </div>
      <p className="small muted" style={{ margin: 0 }} aria-live="polite" data-testid="shown-count">
        Showing {count(p.shown, N.criterion)}
        {p.filter.show !== "all" || p.filter.scheme !== "all" || p.filter.mechanism !== "all" ? (
          <>
            {" "}
            ·{" "}
            <button
              type="button"
              className="btn-link small"
              onClick={() => p.onFilter({ show: "all", scheme: "all", mechanism: "all" })}
            >
              show all
            </button>
          </>
        ) : null}
      </p>
      {p.shortcuts ? (
        <details className="small" data-testid="shortcut-help">
          <summary>Keyboard shortcuts</summary>
          <ul className={styles.keys}>
            {SHORTCUTS.map((s) => (
              <li key={s.does}>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? " or " : ""}
                    <kbd>{k}</kbd>
                  </span>
                ))}
                : {s.does}
              </li>
            ))}
          </ul>
          <p style={{ margin: 0 }}>
            They do nothing while you type in a field. Turn them off with the checkbox above if they get in
            the way of your screen reader or voice control.
          </p>
        </details>
      ) : null}
    </div>
  );
}
