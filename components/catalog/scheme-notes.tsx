import type { TSchemeMeta } from "@/lib/schemes";
import styles from "./catalog.module.css";

/** Legal basis and confidence notes: the UI must say which parts are uncertain or our own proposal. */
export function SchemeNotes({ scheme }: { scheme: TSchemeMeta }) {
  return (
    <details className={styles.notes}>
      <summary>
        {scheme.name}
        {scheme.provisional ? <span className={styles.provisional}>Provisional</span> : null}
      </summary>
      <p className={styles.muted}>Legal basis: {scheme.legalBasis.join("; ")}.</p>
      <ul>
        {scheme.confidenceNotes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <p className={styles.muted}>
        Sources:{" "}
        {scheme.sources.map((s, i) => (
          <span key={s.label}>
            {i > 0 ? "; " : ""}
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
