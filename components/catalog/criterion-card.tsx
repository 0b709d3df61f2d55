import { getTranslations } from "next-intl/server";
import type { TSchemeId } from "@/lib/schemes";
import type { TCatalogRow } from "@/lib/schemes/browse";
import styles from "./catalog.module.css";

type TProps = {
  row: TCatalogRow;
  schemeLabel: (id: TSchemeId) => string;
  /** The query that keeps the browsed version in a link ("" for the current version, else "version=1.1.0&"). */
  versionQuery: string;
};

export async function CriterionCard({ row, schemeLabel, versionQuery }: TProps) {
  const t = await getTranslations("catalog");
  const c = row.criterion;
  const x = row.crosswalk;
  const meta = [
    schemeLabel(c.scheme),
    ...(c.eu ? [`EN 18031-${c.eu.part} · Art. 3(3)(${c.eu.article})`] : []),
    ...(c.level ? [t("card.stars", { n: c.level })] : []),
    c.mechanism,
  ].join(" · ");
  const sep = t("card.listSeparator");
  return (
    <article className={styles.card} id={c.key}>
      <p className={styles.meta}>{meta}</p>
      <h2 className={styles.title}>
        <code>{c.id}</code> {c.title}
      </h2>
      <p>{c.text}</p>
      {c.confidence !== "confirmed" ? (
        <p className={styles.confidence}>
          {c.notes
            ? t("card.withNote", {
                label: t(c.confidence === "proposal" ? "card.proposal" : "card.uncertain"),
                notes: c.notes,
              })
            : t(c.confidence === "proposal" ? "card.proposal" : "card.uncertain")}
        </p>
      ) : c.notes ? (
        <p className={styles.muted}>{c.notes}</p>
      ) : null}
      <dl className={styles.facts}>
        <dt>{t("card.appliesWhen")}</dt>
        <dd>{row.appliesWhen}</dd>
        <dt>{t("card.satisfiedWhen")}</dt>
        <dd>{row.satisfiedWhen}</dd>
        <dt>{t("card.evidence")}</dt>
        <dd>{c.evidence.join(sep)}</dd>
        {!c.allowNotApplicable ? (
          <>
            <dt>{t("card.notApplicable")}</dt>
            <dd>
              {c.naRefusal
                ? t("card.notApplicableBecause", { reason: c.naRefusal })
                : t("card.notApplicableNever")}
            </dd>
          </>
        ) : null}
        <dt>{t("card.etsi")}</dt>
        <dd>{c.references.etsi.length > 0 ? c.references.etsi.join(", ") : t("card.noProvision")}</dd>
        {c.references.related.length > 0 ? (
          <>
            <dt>{t("card.related")}</dt>
            <dd>{c.references.related.join(sep)}</dd>
          </>
        ) : null}
      </dl>
      {x && x.otherSchemes.length > 0 ? (
        <details className={styles.crosswalk}>
          <summary>{t("card.crosswalk", { n: x.otherSchemes.length })}</summary>
          <ul>
            {x.otherSchemes.map((o) => (
              <li key={o.key}>
                <a
                  href={`/catalog?${versionQuery}q=${encodeURIComponent(o.key)}#${encodeURIComponent(o.key)}`}
                >
                  {schemeLabel(o.scheme)} <code>{o.id}</code>
                </a>{" "}
                {o.title}{" "}
                <span className={styles.muted}>{t("card.via", { ids: o.sharedQuestionIds.join(", ") })}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
