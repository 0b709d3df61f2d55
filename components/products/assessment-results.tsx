import { useTranslations } from "next-intl";
import type { TSchemeId } from "@/lib/schemes";
import { inRegistryOrder } from "@/lib/schemes/registry";
import { schemeUi } from "@/lib/schemes/ui";
import { readinessOf, type TAssessment, type TReadiness } from "@/lib/scoring/types";
import { useSchemeName } from "@/lib/schemes/use-scheme-name";

function Readiness({ r }: { r: TReadiness }) {
  const t = useTranslations("products.results");
  if (r.percent === null) return <span className="muted small">{t("nothingApplicable")}</span>;
  return (
    <span className="small" style={{ display: "inline-flex", alignItems: "center", gap: "0.4rem" }}>
      <span aria-hidden="true" style={BAR}>
        <span style={{ ...FILL, width: `${r.percent}%` }} />
      </span>
      {/* Floored, so "100%" only ever means complete. */}
      {t("ready", { percent: Math.floor(r.percent) })}
    </span>
  );
}

const BAR = {
  display: "inline-block",
  width: "4.5rem",
  height: "0.5rem",
  borderRadius: "999px",
  background: "#e3e8ed",
  overflow: "hidden",
} as const;
const FILL = { display: "block", height: "100%", background: "var(--accent)" } as const;
const HEAD = {
  display: "flex",
  flexWrap: "wrap",
  justifyContent: "space-between",
  gap: "0.25rem 0.75rem",
  alignItems: "center",
} as const;

/** The scheme outcomes of one assessment, compactly: only the schemes it targets. */
export function AssessmentResults({
  result,
  schemes,
}: {
  result: TAssessment;
  schemes: readonly TSchemeId[];
}) {
  const ts = useSchemeName();
  return (
    <div className="stack" style={{ gap: "0.75rem" }}>
      {inRegistryOrder(schemes).map((id) => {
        const { Compact } = schemeUi(id);
        return (
          <section aria-label={ts(id)} key={id}>
            <div style={HEAD}>
              <strong>{ts(id)}</strong>
              <Readiness r={readinessOf(result, id)} />
            </div>
            <Compact result={result} />
          </section>
        );
      })}
    </div>
  );
}
