import { getLocale, getTranslations } from "next-intl/server";
import type { TSchemeId } from "@/lib/schemes";
import type { TCatalogView } from "@/lib/schemes/browse";
import type { TVersionChangelog } from "@/lib/schemes/changelogs";
import { schemeName } from "@/lib/schemes/registry";
import { CatalogChangelogs } from "./catalog-changelogs";
import { CatalogFilters } from "./catalog-filters";
import styles from "./catalog.module.css";
import { CriterionCard } from "./criterion-card";
import { SchemeNotes } from "./scheme-notes";

/** File format names, the same in every language. */
const FORMAT = { json: "JSON", csv: "CSV" } as const;

type TProps = {
  /** The version browsed, the current one, and every published one (newest first). */
  version: string;
  current: string;
  versions: string[];
  publishedOn: string;
  view: TCatalogView;
  /** The browsed version's changelog and every earlier version's, newest first. */
  changelogs: TVersionChangelog[];
};

export async function CatalogBrowser({ version, current, versions, publishedOn, view, changelogs }: TProps) {
  const [t, locale] = await Promise.all([getTranslations("catalog"), getLocale()]);
  // Scheme names from the registry, marked when the browsed version calls the scheme provisional.
  const provisional = new Set(view.schemes.filter((s) => s.provisional).map((s) => s.id));
  const schemeLabel = (id: TSchemeId) =>
    provisional.has(id) ? t("provisionalScheme", { scheme: schemeName(id, locale) }) : schemeName(id, locale);
  const versionQuery = version === current ? "" : `version=${encodeURIComponent(version)}&`;
  const shown = view.filters.scheme ? view.schemes.filter((s) => s.id === view.filters.scheme) : view.schemes;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1>{t("title")}</h1>
        <p className={styles.muted}>{t("intro", { version, publishedOn })}</p>
        {version !== current ? (
          <p className={styles.older} role="note" data-testid="older-version">
            {t("olderVersion", { version, current })}{" "}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load resets the filter form */}
            <a href="/catalog">{t("showCurrent", { current })}</a>
          </p>
        ) : null}
        <p className={styles.downloads}>
          {t("download")} <a href={`/catalog/download?format=json&version=${version}`}>{FORMAT.json}</a>
          {" · "}
          <a href={`/catalog/download?format=csv&version=${version}`}>{FORMAT.csv}</a>
        </p>
        <CatalogChangelogs changelogs={changelogs} />
      </header>
      <CatalogFilters
        view={view}
        versions={{ browsed: version, current, all: versions }}
        schemeLabel={schemeLabel}
      />
      {shown.map((s) => (
        <SchemeNotes key={s.id} scheme={s} />
      ))}
      <p className={styles.count} aria-live="polite">
        {t("count", { shown: view.rows.length, total: view.total })}
      </p>
      <ol className={styles.list}>
        {view.rows.map((row) => (
          <li key={row.criterion.key}>
            <CriterionCard row={row} schemeLabel={schemeLabel} versionQuery={versionQuery} />
          </li>
        ))}
      </ol>
    </div>
  );
}
