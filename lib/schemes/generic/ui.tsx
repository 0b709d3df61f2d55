import { schemeModule } from "../registry";
import type { TSchemeId } from "../types";
import { ITEM, ITEM_LABEL, type TSchemeUi } from "../ui-types";

/**
 * The screens' part of a scheme that brings no UI of its own: the common result envelope (lib/schemes/module.ts),
 * so a new module is complete with its index.ts alone (docs/schemes.md "Adding a scheme").
 */
const BADGE = {
  ok: "badge-ok",
  warn: "badge-warn",
  bad: "badge-bad",
  info: "badge-info",
  none: "badge-info",
};

export function genericUi(id: TSchemeId): TSchemeUi {
  return {
    Live: ({ result }) => {
      const m = schemeModule(id);
      const e = m.envelope(result);
      return (
        <>
          <span className={`badge ${BADGE[e.tone]}`} data-testid={`live-${m.slug}`}>
            {e.headline}
          </span>
          {e.inScope === false ? (
            <div className="muted small" data-testid={`${m.slug}-out-of-scope`}>
              Why: {e.why}
            </div>
          ) : null}
          {e.inScope !== false && e.reasons.length > 0 ? (
            <ul className="small" style={{ margin: "0.3rem 0 0", paddingLeft: "1.1rem" }}>
              {e.reasons.slice(0, 3).map((r) => (
                <li key={r}>{r}</li>
              ))}
              {e.reasons.length > 3 ? <li className="muted">and {e.reasons.length - 3} more</li> : null}
            </ul>
          ) : null}
        </>
      );
    },
    Compact: ({ result }) => {
      const m = schemeModule(id);
      const e = m.envelope(result);
      return (
        <div style={{ ...ITEM, marginTop: "0.3rem" }}>
          <span className="small" style={ITEM_LABEL}>
            Result
          </span>
          <span className={`badge ${BADGE[e.tone]}`}>{e.headline}</span>
        </div>
      );
    },
  };
}
