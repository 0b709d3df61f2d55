"use client";

import { useTranslations } from "next-intl";
import type { TSchemeId } from "@/lib/schemes";
import type { TAssessment } from "@/lib/scoring/types";
import { gapsFor, schemeSummary } from "@/lib/questionnaire/result-text";
import { perScheme, schemeModule } from "@/lib/schemes/registry";

const SHORT: Record<TSchemeId, string> = perScheme((m) => m.code);
const TONE_WORD = { ok: "ok", bad: "bad", warn: "warn", info: "info", "": "none" } as const;

/**
 * On a phone the live results sit below every question: this bar sticks to the bottom of the screen while the
 * questions scroll, with each scheme's state in a word and a link to the full results (hidden on wide screens,
 * where the results panel itself stays in view; app/globals.css).
 */
export function ResultsSummaryBar({
  result,
  targetSchemes,
  answered,
  total,
}: {
  result: TAssessment;
  targetSchemes: readonly TSchemeId[];
  answered: number;
  total: number;
}) {
  const t = useTranslations("questionnaire.bar");
  const gaps = gapsFor(result, targetSchemes).length;
  return (
    <nav className="results-summary-bar" aria-label={t("label")} data-testid="results-summary-bar">
      <span className="results-summary-items small">
        <span>
          {answered}/{total}
        </span>
        {targetSchemes.map((s) => {
          const sum = schemeSummary(result, s);
          const mark = schemeModule(s).barMark?.(result) ?? null;
          return (
            <span key={s} className={`badge badge-${sum.tone || "info"}`}>
              {SHORT[s]}{" "}
              {mark ? (
                <span role="img" aria-label={mark.label}>
                  {mark.text}
                </span>
              ) : (
                t(`tone.${TONE_WORD[sum.tone]}`)
              )}
            </span>
          );
        })}
      </span>
      <a href="#results-title" className="small">
        {t("results", { n: gaps })}
      </a>
    </nav>
  );
}
