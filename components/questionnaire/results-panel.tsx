"use client";

import type { TCatalog, TSchemeId } from "@/lib/schemes";
import type { TAssessment } from "@/lib/scoring/types";
import {
  EU_STATUS_TEXT,
  US_STATUS_TEXT,
  gapsFor,
  starsText,
  tallyByScheme,
  type TSchemeTally,
} from "@/lib/questionnaire/result-text";
import { count, N, verb } from "@/lib/i18n/plural";

type Props = {
  title?: string;
  subtitle?: string;
  catalog: TCatalog;
  result: TAssessment;
  targetSchemes: readonly TSchemeId[];
  questionLabel: (id: string) => string;
};

function TallyBar({ t, name }: { t: TSchemeTally; name: string }) {
  const pct = (n: number) => `${t.total ? (n / t.total) * 100 : 0}%`;
  return (
    <div
      className="tally-bar"
      role="img"
      aria-label={`${name}: ${t.pass} passing, ${t.fail} failing, ${t.na} not applicable, ${t.open} open, of ${count(t.total, N.criterion)}`}
    >
      <span className="tally-pass" style={{ width: pct(t.pass) }} />
      <span className="tally-fail" style={{ width: pct(t.fail) }} />
      <span className="tally-open" style={{ width: pct(t.open) }} />
      <span className="tally-na" style={{ width: pct(t.na) }} />
    </div>
  );
}

function Readiness({ percent }: { percent: number | null }) {
  return (
    <div className="small">
      Readiness: <strong>{percent === null ? "–" : `${percent}%`}</strong>
      <div className={`progress${percent === 100 ? " ok" : ""}`} aria-hidden="true">
        <span style={{ width: `${percent ?? 0}%` }} />
      </div>
    </div>
  );
}

export function ResultsPanel({
  title = "Live results",
  subtitle = "Recomputed from your answers as you type",
  catalog,
  result,
  targetSchemes,
  questionLabel,
}: Props) {
  const tallies = tallyByScheme(result.criteria);
  const name = (id: TSchemeId) => catalog.schemes.find((s) => s.id === id)?.shortName ?? id;
  const gaps = gapsFor(result, targetSchemes).slice(0, 12);
  const has = (s: TSchemeId) => targetSchemes.includes(s);

  return (
    <section className="card results-panel" aria-labelledby="results-title">
      <h2 id="results-title" style={{ marginTop: 0 }}>
        {title}
      </h2>
      <p className="muted small" style={{ margin: 0 }}>
        {subtitle} (catalog {result.catalogVersion}).
      </p>

      {has("EU_RED") ? (
        <div className="scheme-result" data-testid="result-EU_RED">
          <h3>{name("EU_RED")}</h3>
          <ul className="gap-list" style={{ listStyle: "none", paddingLeft: 0 }}>
            {result.eu.articles.map((a) => (
              <li key={a.article} data-article={a.article}>
                <strong>Art. 3(3)({a.article})</strong>{" "}
                <span className={`badge badge-${EU_STATUS_TEXT[a.status].tone || "info"}`}>
                  {EU_STATUS_TEXT[a.status].text}
                </span>
                {a.status !== "not_required" ? <div className="muted small">{a.routeReason}</div> : null}
                {a.outOfScopeReasons?.length ? (
                  <div className="muted small">{a.outOfScopeReasons.join(" ")}</div>
                ) : null}
              </li>
            ))}
          </ul>
          {result.eu.regimeNote ? <p className="small muted">{result.eu.regimeNote}</p> : null}
          <TallyBar t={tallies.EU_RED} name={name("EU_RED")} />
          <Readiness percent={result.readiness.EU_RED.percent} />
        </div>
      ) : null}

      {has("US_CTM") ? (
        <div className="scheme-result" data-testid="result-US_CTM">
          <h3>{name("US_CTM")}</h3>
          <span className={`badge badge-${US_STATUS_TEXT[result.us.status].tone || "info"}`}>
            {US_STATUS_TEXT[result.us.status].text}
          </span>
          {result.us.outOfScopeReasons?.length ? (
            <div className="muted small" data-testid="us-out-of-scope">
              Why: {result.us.outOfScopeReasons.join(" ")}
            </div>
          ) : null}
          {result.us.failing.length ? (
            <div className="small">
              {count(result.us.failing.length, { one: "outcome", other: "outcomes" })} failing
            </div>
          ) : null}
          {result.us.missingRegistry.length ? (
            <div className="small muted">
              Registry information missing: {result.us.missingRegistry.map((f) => f.label).join("; ")}
            </div>
          ) : null}
          <TallyBar t={tallies.US_CTM} name={name("US_CTM")} />
          <Readiness percent={result.readiness.US_CTM.percent} />
        </div>
      ) : null}

      {has("CN_CCL") ? (
        <div className="scheme-result" data-testid="result-CN_CCL">
          <h3>
            {name("CN_CCL")} <span className="badge badge-warn">provisional</span>
          </h3>
          <div>
            <span className="stars" aria-hidden="true">
              {starsText(result.cn.stars)}
            </span>{" "}
            <strong data-testid="cn-stars">{result.cn.stars} of 3 stars</strong>
          </div>
          {result.cn.outOfScopeReasons?.length ? (
            <div className="muted small">{result.cn.outOfScopeReasons.join(" ")}</div>
          ) : null}
          {result.cn.missingForNext ? (
            <div className="small muted">
              {count(result.cn.missingForNext.criteria.length, N.criterion)}{" "}
              {verb(result.cn.missingForNext.criteria.length, "stands", "stand")} between you and{" "}
              {count(result.cn.missingForNext.level, N.star)}.
            </div>
          ) : null}
          <TallyBar t={tallies.CN_CCL} name={name("CN_CCL")} />
          <Readiness percent={result.readiness.CN_CCL.percent} />
        </div>
      ) : null}

      <div className="legend" aria-hidden="true">
        <span>
          <i className="tally-pass" />
          pass
        </span>
        <span>
          <i className="tally-fail" />
          fail
        </span>
        <span>
          <i className="tally-open" />
          open
        </span>
        <span>
          <i className="tally-na" />
          not applicable
        </span>
      </div>

      <div className="scheme-result">
        <h3>What to fix first</h3>
        {gaps.length === 0 ? (
          <p className="small">No gaps for the chosen schemes.</p>
        ) : (
          <ol className="gap-list">
            {gaps.map((g, i) => (
              <li key={i}>
                {g.kind === "fail" ? "Fix" : "Answer"}{" "}
                {g.questionIds.slice(0, 3).map((q, j) => (
                  <span key={q}>
                    {j > 0 ? ", " : ""}
                    <a href={`#q-${q}`}>{questionLabel(q)}</a>
                  </span>
                ))}
                {g.questionIds.length > 3 ? ` and ${g.questionIds.length - 3} more` : ""}
                <span className="muted small"> — unlocks {g.targets.join(", ")}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
