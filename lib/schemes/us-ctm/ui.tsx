import { count } from "@/lib/i18n/plural";
import { ITEM, ITEM_LABEL, type TSchemeUi } from "../ui-types";
import { US_STATUS_BADGE, US_STATUS_TEXT } from "./ui-text";

export const usCtmUi: TSchemeUi = {
  Live: ({ result }) => (
    <>
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
    </>
  ),
  Compact: ({ result }) => (
    <div style={{ ...ITEM, marginTop: "0.3rem" }}>
      <span className="small" style={ITEM_LABEL}>
        Eligibility
      </span>
      <span className={US_STATUS_BADGE[result.us.status].badge}>
        {US_STATUS_BADGE[result.us.status].label}
      </span>
    </div>
  ),
};
