import { getTranslations } from "next-intl/server";
import type { TCatalogView } from "@/lib/schemes/browse";
import { CatalogFilters } from "./catalog-filters";
import styles from "./catalog.module.css";
import { CriterionCard } from "./criterion-card";
import { SchemeNotes } from "./scheme-notes";

/** File format names, the same in every language. */
const FORMAT = { json: "JSON", csv: "CSV" } as const;

type TProps = { version: string; publishedOn: string; view: TCatalogView; changelog?: string[] };

export async function CatalogBrowser({ version, publishedOn, view, changelog }: TProps) {
  const t = await getTranslations("catalog");
  const shown = view.filters.scheme ? view.schemes.filter((s) => s.id === view.filters.scheme) : view.schemes;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1>{t("title")}</h1>
        <p className={styles.muted}>{t("intro", { version, publishedOn })}</p>
        <p className={styles.downloads}>
          {t("download")} <a href={`/catalog/download?format=json&version=${version}`}>{FORMAT.json}</a>
          {" · "}
          <a href={`/catalog/download?format=csv&version=${version}`}>{FORMAT.csv}</a>
        </p>
        {changelog?.length ? (
          <details>
            <summary>{t("changelog", { version })}</summary>
            <ul className={styles.muted}>
              {changelog.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </header>
      <CatalogFilters view={view} />
      {shown.map((s) => (
        <SchemeNotes key={s.id} scheme={s} />
      ))}
      <p className={styles.count} aria-live="polite">
        {t("count", { shown: view.rows.length, total: view.total })}
      </p>
      <ol className={styles.list}>
        {view.rows.map((row) => (
          <li key={row.criterion.key}>
            <CriterionCard row={row} />
          </li>
        ))}
      </ol>
    </div>
  );
}
