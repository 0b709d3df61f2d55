import { getTranslations } from "next-intl/server";
import type { TSchemeMeta } from "@/lib/schemes";
import styles from "./catalog.module.css";

/** Legal basis and confidence notes: the UI must say which parts are uncertain or our own proposal. */
export async function SchemeNotes({ scheme }: { scheme: TSchemeMeta }) {
  const t = await getTranslations("catalog");
  const sep = t("card.listSeparator");
  return (
    <details className={styles.notes}>
      <summary>
        {scheme.name}
        {scheme.provisional ? <span className={styles.provisional}>{t("notes.provisional")}</span> : null}
      </summary>
      <p className={styles.muted}>{t("notes.legalBasis", { basis: scheme.legalBasis.join(sep) })}</p>
      <ul>
        {scheme.confidenceNotes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <p className={styles.muted}>
        {t("notes.sources")}{" "}
        {scheme.sources.map((s, i) => (
          <span key={s.label}>
            {i > 0 ? sep : ""}
            {s.url ? (
              <a href={s.url} rel="noreferrer">
                {s.label}
              </a>
            ) : (
              s.label
            )}
          </span>
        ))}
      </p>
    </details>
  );
}
