import { useTranslations } from "next-intl";
import type { TSchemeLang } from "../module";
import { catalogTextByEnglish, matchTemplate, scopeReasonsIn, useSchemeLang } from "../ui-i18n";
import { ITEM, ITEM_LABEL, LIST } from "../ui-types";
import type { TCraResult } from "./rule";
import { CRA_CLASS_TEXT } from "./text";
import { CRA_RULE_SENTENCES, CRA_STATUS_TEXT } from "./ui-text";

type TGroup = "classReason" | "routeReason" | "art14";

/** A sentence of the CRA rule in the reader's language (the rule writes English; a quoted option label too). */
function useRuleSentence(version: string, lang: TSchemeLang) {
  const t = useTranslations("schemeResults.cra");
  return {
    sentence(group: TGroup, english: string): string {
      if (lang === "en") return english;
      const m = matchTemplate(english, CRA_RULE_SENTENCES[group]);
      if (!m) return english;
      const values = m.values.label
        ? { ...m.values, label: catalogTextByEnglish(version, lang, m.values.label) }
        : m.values;
      return t(`${group}.${m.key}` as never, values as never);
    },
    hint(english: string): string {
      if (lang === "en") return english;
      const text = matchTemplate(english, CRA_RULE_SENTENCES.hint)?.values.text;
      const which = text === undefined ? null : matchTemplate(text, CRA_RULE_SENTENCES.hintText);
      return which ? t("hint", { text: t(`hintText.${which.key}` as never) }) : english;
    },
  };
}

/** The CRA's result in the questionnaire's live panel: outcome, class and route with their reasons, Art. 14. */
export function CraLive({ r, version }: { r: TCraResult; version: string }) {
  const t = useTranslations("schemeResults.cra");
  const lang = useSchemeLang();
  const say = useRuleSentence(version, lang);
  const s = CRA_STATUS_TEXT[r.outcome];
  return (
    <div data-scheme="EU_CRA" data-outcome={r.outcome}>
      <p className="small muted">{t(`regime.${r.regime}`, { asOf: r.asOf })}</p>
      <span className={`badge badge-${s.tone || "info"}`}>{t(`status.${r.outcome}`)}</span>
      {r.inScope === false ? (
        <div className="muted small">{scopeReasonsIn(version, lang, "EU_CRA", r.outOfScopeReasons)}</div>
      ) : (
        <ul className="gap-list" style={{ listStyle: "none", paddingLeft: 0 }}>
          <li data-cra="class">
            <strong>{r.productClass.id ? CRA_CLASS_TEXT[r.productClass.id][lang] : t("noClass")}</strong>
            <div className="muted small">{say.sentence("classReason", r.productClass.reason)}</div>
            {r.productClass.hint ? <div className="muted small">{say.hint(r.productClass.hint)}</div> : null}
          </li>
          <li data-cra="route">
            <strong>{r.route.procedures.join(" · ") || t("noRoute")}</strong>
            <div className="muted small">{say.sentence("routeReason", r.route.reason)}</div>
          </li>
          <li data-cra="art14">
            <div className="small">{say.sentence("art14", r.art14.text)}</div>
          </li>
        </ul>
      )}
    </div>
  );
}

/** The CRA's outcome on the product page and the dashboard cards. */
export function CraCompact({ r }: { r: TCraResult }) {
  const t = useTranslations("schemeResults.cra");
  const lang = useSchemeLang();
  const s = CRA_STATUS_TEXT[r.outcome];
  return (
    <ul style={LIST}>
      <li style={ITEM}>
        <span className="small" style={ITEM_LABEL}>
          {r.productClass.id ? CRA_CLASS_TEXT[r.productClass.id][lang] : t(r.regime)}
        </span>
        <span className={`badge${s.tone ? ` badge-${s.tone}` : ""}`}>{t(`badge.${r.outcome}`)}</span>
      </li>
    </ul>
  );
}
