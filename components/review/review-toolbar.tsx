"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { REVIEW_SHOWS, type TReviewFilter, type TReviewShow } from "@/lib/review/filters";
import type { TSchemeId } from "@/lib/schemes";
import { useHydrated } from "./use-hydrated";
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
  const t = useTranslations("review.toolbar");
  const uid = useId();
  // The mechanisms (~60, by scheme) filter once the page is interactive: not in the server's HTML.
  const hydrated = useHydrated();
  const set = (patch: Partial<TReviewFilter>) => p.onFilter({ ...p.filter, ...patch });
  return (
    <div className={`card ${styles.toolbar}`} role="region" aria-label={t("label")}>
      <div className={styles.toolbarTop}>
        <div style={{ minWidth: 0 }}>
          <strong data-testid="decided-count">{t("decided", { decided: p.decided, n: p.total })}</strong>
          {p.stale ? (
            <div className="small warn-text" data-testid="stale-count">
              {t("stale", { n: p.stale })}
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
              {t("acceptAll", { n: p.bulk.eligible })}
            </button>
            <span id={`${uid}-bulk`} className="small muted">
              {p.bulk.eligible > 0 ? t("bulkEligible", { n: p.bulk.eligible }) : t("bulkNone")}
              {p.bulk.other > 0 ? t("bulkOther", { n: p.bulk.other }) : ""}
            </span>
            <a href="#decide" className="small">
              {t("goToDecide")}
            </a>
          </div>
        ) : null}
      </div>
      <div className={styles.reviewFilters}>
        <div className="field">
          <label htmlFor={`${uid}-show`}>{t("show")}</label>
          <select
            id={`${uid}-show`}
            value={p.filter.show}
            onChange={(e) => set({ show: e.target.value as TReviewShow })}
          >
            {REVIEW_SHOWS.map((s) => (
              <option key={s} value={s}>
                {t("showOption", { name: t(`shows.${s}`), n: p.counts[s] })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-scheme`}>{t("scheme")}</label>
          <select
            id={`${uid}-scheme`}
            value={p.filter.scheme}
            onChange={(e) => set({ scheme: e.target.value as TSchemeId | "all", mechanism: "all" })}
          >
            <option value="all">{t("allSchemes")}</option>
            {p.schemes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-mech`}>{t("mechanism")}</label>
          <select
            id={`${uid}-mech`}
            value={p.filter.mechanism}
            onChange={(e) => set({ mechanism: e.target.value })}
          >
            <option value="all">{t("allMechanisms")}</option>
            {(hydrated ? p.schemes : [])
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
            <span>{t("fold")}</span>
          </label>
          <label className={styles.toggle}>
            <input type="checkbox" checked={p.shortcuts} onChange={(e) => p.onShortcuts(e.target.checked)} />
            <span>{t("shortcuts")}</span>
          </label>
        </div>
      </div>
      <p className="small muted" style={{ margin: 0 }} aria-live="polite" data-testid="shown-count">
        {t("showing", { n: p.shown })}
        {p.filter.show !== "all" || p.filter.scheme !== "all" || p.filter.mechanism !== "all" ? (
          <>
            {" "}
            ·{" "}
            <button
              type="button"
              className="btn-link small"
              onClick={() => p.onFilter({ show: "all", scheme: "all", mechanism: "all" })}
            >
              {t("showAll")}
            </button>
          </>
        ) : null}
      </p>
      {p.shortcuts ? (
        <details className="small" data-testid="shortcut-help">
          <summary>{t("shortcuts")}</summary>
          <ul className={styles.keys}>
            {SHORTCUTS.map((s) => (
              <li key={s.does}>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? t("or") : ""}
                    <kbd>{k}</kbd>
                  </span>
                ))}
                {t("does", { what: t(`shortcut.${s.keys[0]}`) })}
              </li>
            ))}
          </ul>
          <p style={{ margin: 0 }}>{t("shortcutsNote")}</p>
        </details>
      ) : null}
    </div>
  );
}
