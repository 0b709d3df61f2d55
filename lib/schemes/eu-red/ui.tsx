import { ITEM, ITEM_LABEL, LIST, type TSchemeUi } from "../ui-types";
import { EU_STATUS_BADGE, EU_STATUS_TEXT } from "./ui-text";

// "Art. 3(3)(d) network protection: internet-connected radio equipment" → "Art. 3(3)(d) network protection".
const shortArticle = (label: string) => label.split(":")[0] ?? label;

export const euRedUi: TSchemeUi = {
  Live: ({ result }) => (
    <>
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
    </>
  ),
  Compact: ({ result }) => (
    <ul style={LIST}>
      {result.eu.articles.map((a) => (
        <li key={a.article} style={ITEM}>
          <span className="small" style={ITEM_LABEL}>
            {shortArticle(a.label)}
          </span>
          <span className={EU_STATUS_BADGE[a.status].badge}>{EU_STATUS_BADGE[a.status].label}</span>
        </li>
      ))}
    </ul>
  ),
};
