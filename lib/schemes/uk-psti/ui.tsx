import { ITEM, ITEM_LABEL, type TSchemeUi } from "../ui-types";
import { PSTI_REQUIREMENT_TEXT, PSTI_STATUS_TEXT } from "./index";
import { missingRequirements, type TPstiStatus } from "./rule";
import { pstiOf } from "./result";

const BADGE: Record<TPstiStatus, string> = {
  compliant: "badge badge-ok",
  not_compliant: "badge badge-bad",
  incomplete: "badge badge-info",
  excepted: "badge",
  out_of_scope: "badge",
};

export const ukPstiUi: TSchemeUi = {
  Live: ({ result }) => {
    const p = pstiOf(result);
    const missing = missingRequirements(p);
    return (
      <>
        <span className={BADGE[p.status]} data-testid="psti-status">
          {PSTI_STATUS_TEXT[p.status].en}
        </span>
        {p.outOfScopeReasons.length ? (
          <div className="muted small" data-testid="psti-out-of-scope">
            Why: {p.outOfScopeReasons.join(" ")}
          </div>
        ) : null}
        {missing.length ? (
          <div className="small">
            Missing: {missing.map((r) => PSTI_REQUIREMENT_TEXT[r.key].en).join("; ")}
          </div>
        ) : null}
        {p.labels.length ? (
          <div className="small muted">
            Deemed compliance through the{" "}
            {p.labels.map((l) => (l === "jcstar" ? "JC-STAR STAR-1" : "Singapore CLS")).join(" and ")} label.
          </div>
        ) : null}
      </>
    );
  },
  Compact: ({ result }) => {
    const p = pstiOf(result);
    return (
      <div style={{ ...ITEM, marginTop: "0.3rem" }}>
        <span className="small" style={ITEM_LABEL}>
          Requirements
        </span>
        <span className={BADGE[p.status]}>{PSTI_STATUS_TEXT[p.status].en}</span>
      </div>
    );
  },
};
