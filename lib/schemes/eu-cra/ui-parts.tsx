import { ITEM, ITEM_LABEL, LIST } from "../ui-types";
import type { TCraResult } from "./rule";
import { CRA_CLASS_TEXT } from "./text";
import { CRA_STATUS_TEXT } from "./ui-text";

/** The CRA's result in the questionnaire's live panel: outcome, class and route with their reasons, Art. 14. */
export function CraLive({ r }: { r: TCraResult }) {
  const s = CRA_STATUS_TEXT[r.outcome];
  const regime = r.regime === "readiness" ? `Readiness as of ${r.asOf}` : `Conformity as of ${r.asOf}`;
  return (
    <div data-scheme="EU_CRA" data-outcome={r.outcome}>
      <p className="small muted">{regime}</p>
      <span className={`badge badge-${s.tone || "info"}`}>{s.text}</span>
      {r.inScope === false ? (
        <div className="muted small">{r.outOfScopeReasons.join(" ")}</div>
      ) : (
        <ul className="gap-list" style={{ listStyle: "none", paddingLeft: 0 }}>
          <li data-cra="class">
            <strong>{r.productClass.id ? CRA_CLASS_TEXT[r.productClass.id].en : "Class not decided"}</strong>
            <div className="muted small">{r.productClass.reason}</div>
            {r.productClass.hint ? <div className="muted small">{r.productClass.hint}</div> : null}
          </li>
          <li data-cra="route">
            <strong>{r.route.procedures.join(" · ") || "No route yet"}</strong>
            <div className="muted small">{r.route.reason}</div>
          </li>
          <li data-cra="art14">
            <div className="small">{r.art14.text}</div>
          </li>
        </ul>
      )}
    </div>
  );
}

/** The CRA's outcome on the product page and the dashboard cards. */
export function CraCompact({ r }: { r: TCraResult }) {
  const s = CRA_STATUS_TEXT[r.outcome];
  return (
    <ul style={LIST}>
      <li style={ITEM}>
        <span className="small" style={ITEM_LABEL}>
          {r.productClass.id
            ? CRA_CLASS_TEXT[r.productClass.id].en
            : r.regime === "readiness"
              ? "Readiness"
              : "Conformity"}
        </span>
        <span className={`badge${s.tone ? ` badge-${s.tone}` : ""}`}>{s.badge}</span>
      </li>
    </ul>
  );
}
