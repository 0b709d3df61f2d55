import { useFormatter, useTranslations } from "next-intl";
import type { NotificationEvent } from "@/lib/generated/prisma/enums";
import styles from "./notifications.module.css";

const TONE: Record<NotificationEvent, string> = {
  ASSESSMENT_SUBMITTED: "badge-info",
  CHANGES_REQUESTED: "badge-warn",
  LABEL_ISSUED: "badge-ok",
  ASSESSMENT_REJECTED: "badge-bad",
  LABEL_REVOKED: "badge-bad",
  LABEL_EXPIRING: "badge-warn",
};

type Props = {
  items: {
    id: string;
    event: NotificationEvent;
    title: string;
    body: string;
    readAt: Date | null;
    createdAt: Date;
  }[];
};

/**
 * The user's notifications, newest first. Each opens through /notifications/<id>, which marks it read and goes to
 * the page concerned; a plain link, never prefetched, so showing the list marks nothing. Titles and bodies were
 * written in the recipient's language when the event happened (lib/notify/messages.ts) and are shown as stored.
 */
export function NotificationList({ items }: Props) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  return (
    <ul className={styles.list} aria-label={t("list")}>
      {items.map((n) => (
        <li key={n.id} className={`${styles.item} ${n.readAt ? "" : styles.unread}`} data-unread={!n.readAt}>
          <div className={styles.meta}>
            <span className={`badge ${TONE[n.event]}`}>{t(`event.${n.event}`)}</span>
            <time dateTime={n.createdAt.toISOString()} className="muted small">
              {t("at", { at: format.dateTime(n.createdAt, "dayTime") })}
            </time>
            {n.readAt ? null : <span className={styles.dot}>{t("new")}</span>}
          </div>
          <a href={`/notifications/${n.id}`} className={styles.title}>
            {n.title}
          </a>
          <p className={styles.body}>{n.body}</p>
        </li>
      ))}
    </ul>
  );
}
