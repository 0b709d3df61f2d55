"use client";

import { useTranslations } from "next-intl";
import type { TCatalog, TSchemeId } from "@/lib/schemes";
import { inRegistryOrder, schemeModule } from "@/lib/schemes/registry";
import { schemeUi } from "@/lib/schemes/ui";
import { useEnvelopeWhy } from "@/lib/schemes/ui-i18n";
import { readinessOf, type TAssessment } from "@/lib/scoring/types";
import { gapsFor, tallyByScheme, type TSchemeTally } from "@/lib/questionnaire/result-text";

type Props = {
  title?: string;
  subtitle?: string;
  catalog: TCatalog;
  result: TAssessment;
  targetSchemes: readonly TSchemeId[];
  questionLabel: (id: string) => string;
};

function TallyBar({ t, name }: { t: TSchemeTally; name: string }) {
  const m = useTranslations("questionnaire.results");
  const pct = (n: number) => `${t.total ? (n / t.total) * 100 : 0}%`;
  return (
    <div
      className="tally-bar"
      role="img"
      aria-label={m("tally", { name, pass: t.pass, fail: t.fail, na: t.na, open: t.open, n: t.total })}
    >
      <span className="tally-pass" style={{ width: pct(t.pass) }} />
      <span className="tally-fail" style={{ width: pct(t.fail) }} />
      <span className="tally-open" style={{ width: pct(t.open) }} />
      <span className="tally-na" style={{ width: pct(t.na) }} />
    </div>
  );
}

function Readiness({ percent }: { percent: number | null }) {
  const m = useTranslations("questionnaire.results");
  return (
    <div className="small">
      {m("readiness")} <strong>{percent === null ? "–" : m("percent", { n: percent })}</strong>
      <div className={`progress${percent === 100 ? " ok" : ""}`} aria-hidden="true">
        <span style={{ width: `${percent ?? 0}%` }} />
      </div>
    </div>
  );
}

/** Why a scheme does not (or may not) cover the product, in the reader's language. */
function ScopeWhy({ id, result, why }: { id: TSchemeId; result: TAssessment; why: string }) {
  return (
    <p className="small muted" data-testid={`scope-${id}`}>
      {useEnvelopeWhy(id, result, why)}
    </p>
  );
}

export function ResultsPanel({ title, subtitle, catalog, result, targetSchemes, questionLabel }: Props) {
  const m = useTranslations("questionnaire.results");
  const tallies = tallyByScheme(result.criteria);
  const name = (id: TSchemeId) => catalog.schemes.find((s) => s.id === id)?.shortName ?? id;
  const gaps = gapsFor(result, targetSchemes).slice(0, 12);

  return (
    <section className="card results-panel" aria-labelledby="results-title">
      <h2 id="results-title" style={{ marginTop: 0 }}>
        {title ?? m("title")}
      </h2>
      <p className="muted small" style={{ margin: 0 }}>
        {m("subtitle", { text: subtitle ?? m("live"), version: result.catalogVersion })}
      </p>

      {inRegistryOrder(targetSchemes).map((id) => {
        const { Live } = schemeUi(id);
        const meta = catalog.schemes.find((x) => x.id === id);
        const envelope = schemeModule(id).envelope(result);
        return (
          <div className="scheme-result" data-testid={`result-${id}`} key={id}>
            <h3>
              {name(id)}
              {meta?.provisional ? (
                <>
                  {" "}
                  <span className="badge badge-warn">{m("provisional")}</span>
                </>
              ) : null}
            </h3>
            {envelope.inScope !== true ? <ScopeWhy id={id} result={result} why={envelope.why} /> : null}
            <Live result={result} />
            <TallyBar t={tallies[id]} name={name(id)} />
            <Readiness percent={readinessOf(result, id).percent} />
          </div>
        );
      })}

      <div className="legend" aria-hidden="true">
        <span>
          <i className="tally-pass" />
          {m("pass")}
        </span>
        <span>
          <i className="tally-fail" />
          {m("fail")}
        </span>
        <span>
          <i className="tally-open" />
          {m("open")}
        </span>
        <span>
          <i className="tally-na" />
          {m("na")}
        </span>
      </div>

      <div className="scheme-result">
        <h3>{m("fixFirst")}</h3>
        {gaps.length === 0 ? (
          <p className="small">{m("noGaps")}</p>
        ) : (
          <ol className="gap-list">
            {gaps.map((g, i) => (
              <li key={i}>
                {g.kind === "fail" ? m("fix") : m("answer")}{" "}
                {g.questionIds.slice(0, 3).map((q, j) => (
                  <span key={q}>
                    {j > 0 ? ", " : ""}
                    <a href={`#q-${q}`}>{questionLabel(q)}</a>
                  </span>
                ))}
                {g.questionIds.length > 3 ? m("more", { n: g.questionIds.length - 3 }) : ""}
                <span className="muted small">{m("unlocks", { targets: g.targets.join(", ") })}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
