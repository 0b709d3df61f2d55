import type { NotificationEvent } from "@/lib/generated/prisma/enums";
import styles from "./notifications.module.css";

export const EVENT_LABEL: Record<NotificationEvent, string> = {
  ASSESSMENT_SUBMITTED: "Submitted",
  CHANGES_REQUESTED: "Changes requested",
  LABEL_ISSUED: "Label issued",
  ASSESSMENT_REJECTED: "Rejected",
  LABEL_REVOKED: "Label revoked",
  LABEL_EXPIRING: "Label expiring",
};

const TONE: Record<NotificationEvent, string> = {
  ASSESSMENT_SUBMITTED: "badge-info",
  CHANGES_REQUESTED: "badge-warn",
  LABEL_ISSUED: "badge-ok",
  ASSESSMENT_REJECTED: "badge-bad",
  LABEL_REVOKED: "badge-bad",
  LABEL_EXPIRING: "badge-warn",
};

export const when = (d: Date) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;

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
 * the page concerned; a plain link, never prefetched, so showing the list marks nothing.
 */
export function NotificationList({ items }: Props) {
  return (
    <ul className={styles.list} aria-label="Notifications">
      {items.map((n) => (
        <li key={n.id} className={`${styles.item} ${n.readAt ? "" : styles.unread}`} data-unread={!n.readAt}>
          <div className={styles.meta}>
            <span className={`badge ${TONE[n.event]}`}>{EVENT_LABEL[n.event]}</span>
            <time dateTime={n.createdAt.toISOString()} className="muted small">
              {when(n.createdAt)}
            </time>
            {n.readAt ? null : <span className={styles.dot}>New</span>}
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
