import { getTranslations } from "next-intl/server";
import type { TSchemeId } from "@/lib/schemes";
import type { TCatalogView } from "@/lib/schemes/browse";
import styles from "./catalog.module.css";

/** A standard and article reference, the same in every language. */
const partLabel = (part: 1 | 2 | 3) => `EN 18031-${part} · Art. 3(3)(${"def"[part - 1]})`;

/** A plain GET form: filtering works without JavaScript and every view has a shareable URL. */
type TProps = {
  view: TCatalogView;
  /** The version browsed, the current one, and every published one (newest first). */
  versions: { browsed: string; current: string; all: string[] };
  schemeLabel: (id: TSchemeId) => string;
};

export async function CatalogFilters({ view, versions, schemeLabel }: TProps) {
  const t = await getTranslations("catalog");
  const { browsed: version, current } = versions;
  const f = view.filters;
  return (
    <form method="get" action="/catalog" className={styles.filters} aria-label={t("filters.label")}>
      <label>
        {t("filters.version")}
        <select name="version" defaultValue={version}>
          {versions.all.map((v) => (
            <option key={v} value={v}>
              {v === current ? t("filters.currentVersion", { version: v }) : v}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("filters.scheme")}
        <select name="scheme" defaultValue={f.scheme ?? ""}>
          <option value="">{t("filters.allSchemes")}</option>
          {view.schemes.map((s) => (
            <option key={s.id} value={s.id}>
              {schemeLabel(s.id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("filters.part")}
        <select name="part" defaultValue={f.part ? String(f.part) : ""}>
          <option value="">{t("filters.any")}</option>
          {([1, 2, 3] as const).map((part) => (
            <option key={part} value={String(part)}>
              {partLabel(part)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("filters.mechanism")}
        <select name="mechanism" defaultValue={f.mechanism ?? ""}>
          <option value="">{t("filters.any")}</option>
          {view.mechanisms.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("filters.level")}
        <select name="level" defaultValue={f.level ? String(f.level) : ""}>
          <option value="">{t("filters.any")}</option>
          {[1, 2, 3].map((n) => (
            <option key={n} value={String(n)}>
              {t("filters.stars", { n })}
            </option>
          ))}
        </select>
      </label>
      <label className={styles.search}>
        {t("filters.search")}
        <input type="search" name="q" defaultValue={f.q ?? ""} placeholder={t("filters.searchPlaceholder")} />
      </label>
      <div className={styles.actions}>
        <button type="submit">{t("filters.submit")}</button>
        {/* A full load on purpose: it resets the form's inputs, which client navigation would keep. */}
        <a href={version === current ? "/catalog" : `/catalog?version=${encodeURIComponent(version)}`}>
          {t("filters.reset")}
        </a>
      </div>
    </form>
  );
}
