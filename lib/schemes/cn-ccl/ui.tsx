import { count, N, verb } from "@/lib/i18n/plural";
import type { TCnResult } from "@/lib/scoring/types";
import { ITEM, ITEM_LABEL, type TSchemeUi } from "../ui-types";

const starsText = (stars: number) => `${"★".repeat(stars)}${"☆".repeat(3 - stars)}`;

function Stars({ cn }: { cn: TCnResult }) {
  if (cn.inScope === false) return <span className="badge">Out of scope</span>;
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      <span aria-hidden="true" style={{ color: "#9a5b00", letterSpacing: "0.1em" }}>
        {starsText(cn.stars)}
      </span>{" "}
      <span className="small">{cn.stars} of 3 stars</span>
    </span>
  );
}

export const cnCclUi: TSchemeUi = {
  Live: ({ result }) => (
    <>
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
    </>
  ),
  Compact: ({ result }) => (
    <>
      <div style={{ ...ITEM, marginTop: "0.3rem" }}>
        <span className="small" style={ITEM_LABEL}>
          Level
        </span>
        <Stars cn={result.cn} />
      </div>
      {result.cn.provisional && result.cn.inScope !== false ? (
        <p className="muted small" style={{ margin: "0.2rem 0 0" }}>
          The star grading is provisional.
        </p>
      ) : null}
    </>
  ),
};
