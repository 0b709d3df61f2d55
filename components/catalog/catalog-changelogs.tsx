import { getTranslations } from "next-intl/server";
import type { TVersionChangelog } from "@/lib/schemes/changelogs";
import styles from "./catalog.module.css";

/** Every version's changelog, newest first, each folded under its version and date (lib/schemes/changelogs). */
export async function CatalogChangelogs({ changelogs }: { changelogs: TVersionChangelog[] }) {
  const t = await getTranslations("catalog");
  return (
    <section className={styles.changelogs} aria-labelledby="catalog-changelogs" data-testid="changelogs">
      <h2 id="catalog-changelogs">{t("changelogs")}</h2>
      {changelogs.map((c) => (
        <details key={c.version} data-version={c.version}>
          <summary>{t("changelog", { version: c.version, publishedOn: c.publishedOn })}</summary>
          {c.lines.length > 0 ? (
            <ul className={styles.muted}>
              {c.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p className={styles.muted}>{t("firstVersion")}</p>
          )}
        </details>
      ))}
    </section>
  );
}
