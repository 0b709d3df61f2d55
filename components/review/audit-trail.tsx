import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { TTrailEvent } from "@/lib/db/audit-trail";
import type { TCatalog } from "@/lib/schemes";
import { localizeCatalog } from "@/lib/schemes/i18n";
import { eventFacts, humanAction } from "./audit-event-text";
import type { TReviewText } from "./types";
import styles from "./review.module.css";

function catalogOr(version: string, locale: ReturnType<typeof useLocale>): TCatalog | undefined {
  try {
    return localizeCatalog(version, locale);
  } catch {
    return undefined;
  }
}

/** Every event of an assessment (and of its label), oldest first: when, who, what, and the details in words. */
export function AuditTrail({ events, catalogVersion }: { events: TTrailEvent[]; catalogVersion: string }) {
  const locale = useLocale();
  const t = useTranslations("review");
  const format = useFormatter();
  const text = t as unknown as TReviewText;
  const catalog = catalogOr(catalogVersion, locale);
  if (events.length === 0) return <p className="muted">{t("audit.empty")}</p>;
  return (
    <ol className={styles.trail} data-testid="audit-trail">
      {events.map((e) => {
        const facts = eventFacts(e.action, e.details, catalog, text);
        return (
          <li key={e.id} data-action={e.action}>
            <div>
              <strong>{humanAction(e.action, text)}</strong>{" "}
              <span className="muted small">
                {t("audit.by", { name: e.actor?.name ?? t("audit.system") })}
                {" · "}
                <time dateTime={e.createdAt.toISOString()}>
                  {format.dateTime(e.createdAt, "dayTime")} {t("audit.utc")}
                </time>
              </span>
            </div>
            {facts.length ? (
              <dl>
                {facts.map((f, i) => (
                  <div key={i} style={{ display: "contents" }}>
                    <dt>{f.label}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
