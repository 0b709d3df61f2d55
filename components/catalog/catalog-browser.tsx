import type { TCatalogView } from "@/lib/schemes/browse";
import { CatalogFilters } from "./catalog-filters";
import styles from "./catalog.module.css";
import { CriterionCard } from "./criterion-card";
import { SchemeNotes } from "./scheme-notes";
import { count, N } from "@/lib/i18n/plural";

type TProps = { version: string; publishedOn: string; view: TCatalogView; changelog?: string[] };

export function CatalogBrowser({ version, publishedOn, view, changelog }: TProps) {
  const shown = view.filters.scheme ? view.schemes.filter((s) => s.id === view.filters.scheme) : view.schemes;
  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <h1>Criteria catalog</h1>
        <p className={styles.muted}>
          Version {version}, published {publishedOn}. One question bank feeds three schemes; criteria that
          read the same question are mapped to each other. All texts are our own wording; identifiers are
          kept.
        </p>
        <p className={styles.downloads}>
          Download: <a href={`/catalog/download?format=json&version=${version}`}>JSON</a>
          {" · "}
          <a href={`/catalog/download?format=csv&version=${version}`}>CSV</a>
        </p>
        {changelog?.length ? (
          <details>
            <summary>What changed in version {version}</summary>
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
        {view.rows.length} of {count(view.total, N.criterion)}
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
