import Link from "next/link";
import { useTranslations } from "next-intl";
import { QUEUE_STATUSES, type TQueueQuery } from "@/lib/review/schema";
import { SCHEME_IDS } from "@/lib/schemes/types";
import styles from "./review.module.css";
import { useSchemeName } from "@/lib/schemes/use-scheme-name";

/** A plain GET form: filtering works without JavaScript and every result is a shareable URL. */
export function QueueFilters({ q }: { q: TQueueQuery }) {
  const t = useTranslations("review.filters");
  const status = useTranslations("review.status");
  const scheme = useSchemeName();
  return (
    <form
      method="get"
      action="/review"
      className={`card ${styles.filters}`}
      role="search"
      aria-label={t("label")}
    >
      <div className="field">
        <label htmlFor="queue-q">{t("q")}</label>
        <input id="queue-q" name="q" type="search" defaultValue={q.q ?? ""} maxLength={100} />
      </div>
      <div className="field">
        <label htmlFor="queue-status">{t("status")}</label>
        <select id="queue-status" name="status" defaultValue={q.status}>
          <option value="open">{t("open")}</option>
          {QUEUE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {status(s)}
            </option>
          ))}
          <option value="all">{t("all")}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-scheme">{t("scheme")}</label>
        <select id="queue-scheme" name="scheme" defaultValue={q.scheme ?? ""}>
          <option value="">{t("anyScheme")}</option>
          {SCHEME_IDS.map((s) => (
            <option key={s} value={s}>
              {scheme(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-assignee">{t("assignee")}</label>
        <select id="queue-assignee" name="assignee" defaultValue={q.assignee}>
          <option value="any">{t("anyone")}</option>
          <option value="me">{t("me")}</option>
          <option value="unassigned">{t("unassigned")}</option>
        </select>
      </div>
      {q.sort !== "submitted" ? <input type="hidden" name="sort" value={q.sort} /> : null}
      <div className={styles.filterActions}>
        <button className="btn" type="submit">
          {t("filter")}
        </button>
        <Link href="/review" className="btn btn-secondary">
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
