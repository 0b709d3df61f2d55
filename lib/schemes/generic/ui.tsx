import { useTranslations } from "next-intl";
import type { TAssessment } from "@/lib/scoring/types";
import type { TSchemeLang } from "../module";
import { schemeModule } from "../registry";
import type { TSchemeId } from "../types";
import { useSchemeLang } from "../ui-i18n";
import { ITEM, ITEM_LABEL, type TSchemeUi } from "../ui-types";

/**
 * The screens' part of a scheme that brings no UI of its own: the common result envelope (lib/schemes/module.ts),
 * so a new module is complete with its index.ts alone (docs/schemes.md "Adding a scheme"). The headline is the
 * module's outcome wording in the reader's language; why and reasons come from its `envelopeText` when it has one.
 */
const BADGE = {
  ok: "badge-ok",
  warn: "badge-warn",
  bad: "badge-bad",
  info: "badge-info",
  none: "badge-info",
};

function envelopeIn(id: TSchemeId, result: TAssessment, lang: TSchemeLang) {
  const m = schemeModule(id);
  const e = m.envelope(result);
  const words = lang === "en" ? null : m.envelopeText?.(result, lang);
  return {
    m,
    e,
    headline: m.outcomeText[e.outcome]?.[lang] ?? e.headline,
    why: words?.why ?? e.why,
    reasons: words?.reasons ?? e.reasons,
  };
}

export function genericUi(id: TSchemeId): TSchemeUi {
  return {
    Live: function GenericLive({ result }) {
      const t = useTranslations("schemeResults");
      const { m, e, headline, why, reasons } = envelopeIn(id, result, useSchemeLang());
      return (
        <>
          <span className={`badge ${BADGE[e.tone]}`} data-testid={`live-${m.slug}`}>
            {headline}
          </span>
          {e.inScope === false ? (
            <div className="muted small" data-testid={`${m.slug}-out-of-scope`}>
              {t("why", { text: why })}
            </div>
          ) : null}
          {e.inScope !== false && reasons.length > 0 ? (
            <ul className="small" style={{ margin: "0.3rem 0 0", paddingLeft: "1.1rem" }}>
              {reasons.slice(0, 3).map((r) => (
                <li key={r}>{r}</li>
              ))}
              {reasons.length > 3 ? (
                <li className="muted">{t("generic.more", { n: reasons.length - 3 })}</li>
              ) : null}
            </ul>
          ) : null}
        </>
      );
    },
    Compact: function GenericCompact({ result }) {
      const t = useTranslations("schemeResults.generic");
      const { e, headline } = envelopeIn(id, result, useSchemeLang());
      return (
        <div style={{ ...ITEM, marginTop: "0.3rem" }}>
          <span className="small" style={ITEM_LABEL}>
            {t("result")}
          </span>
          <span className={`badge ${BADGE[e.tone]}`}>{headline}</span>
        </div>
      );
    },
  };
}
