import { SCHEME_LABELS, type TCatalogRow } from "@/lib/schemes/browse";
import styles from "./catalog.module.css";
import { count, N, verb } from "@/lib/i18n/plural";

function meta(row: TCatalogRow): string {
  const c = row.criterion;
  const parts = [SCHEME_LABELS[c.scheme]];
  if (c.eu) parts.push(`EN 18031-${c.eu.part} · Art. 3(3)(${c.eu.article})`);
  if (c.level) parts.push(`${c.level} star${c.level > 1 ? "s" : ""}`);
  parts.push(c.mechanism);
  return parts.join(" · ");
}

export function CriterionCard({ row }: { row: TCatalogRow }) {
  const c = row.criterion;
  const x = row.crosswalk;
  return (
    <article className={styles.card} id={c.key}>
      <p className={styles.meta}>{meta(row)}</p>
      <h2 className={styles.title}>
        <code>{c.id}</code> {c.title}
      </h2>
      <p>{c.text}</p>
      {c.confidence !== "confirmed" ? (
        <p className={styles.confidence}>
          {c.confidence === "proposal" ? "Our proposal" : "Uncertain"}
          {c.notes ? `: ${c.notes}` : ""}
        </p>
      ) : c.notes ? (
        <p className={styles.muted}>{c.notes}</p>
      ) : null}
      <dl className={styles.facts}>
        <dt>Applies when</dt>
        <dd>{row.appliesWhen}</dd>
        <dt>Satisfied when</dt>
        <dd>{row.satisfiedWhen}</dd>
        <dt>Evidence</dt>
        <dd>{c.evidence.join("; ")}</dd>
        {!c.allowNotApplicable ? (
          <>
            <dt>Not applicable</dt>
            <dd>Cannot be claimed for this criterion.</dd>
          </>
        ) : null}
        <dt>ETSI EN 303 645</dt>
        <dd>{c.references.etsi.length > 0 ? c.references.etsi.join(", ") : "no direct provision"}</dd>
        {c.references.related.length > 0 ? (
          <>
            <dt>Related</dt>
            <dd>{c.references.related.join("; ")}</dd>
          </>
        ) : null}
      </dl>
      {x && x.otherSchemes.length > 0 ? (
        <details className={styles.crosswalk}>
          <summary>
            Crosswalk: {count(x.otherSchemes.length, N.criterion)} of other schemes{" "}
            {verb(x.otherSchemes.length, "reads", "read")} the same questions
          </summary>
          <ul>
            {x.otherSchemes.map((o) => (
              <li key={o.key}>
                <a href={`/catalog?q=${encodeURIComponent(o.key)}#${encodeURIComponent(o.key)}`}>
                  {SCHEME_LABELS[o.scheme]} <code>{o.id}</code>
                </a>{" "}
                {o.title} <span className={styles.muted}>(via {o.sharedQuestionIds.join(", ")})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
