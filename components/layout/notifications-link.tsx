import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db/client";
import { countUnread } from "@/lib/db/notifications";
import styles from "@/components/notifications/notifications.module.css";

/**
 * The bell beside the user's name in the header, with the number of unread notifications (read on every page load:
 * one indexed count). Its name for screen readers is "Notifications" (and "n unread").
 */
export async function NotificationsLink({ userId }: { userId: string }) {
  const [unread, t] = await Promise.all([
    countUnread(prisma(), { id: userId }),
    getTranslations("common.notifications"),
  ]);
  return (
    <Link
      href="/notifications"
      data-testid="notifications-link"
      className={styles.navLink}
      title={t("linkTitle", { unread })}
    >
      <svg
        viewBox="0 0 24 24"
        width="18"
        height="18"
        aria-hidden="true"
        focusable="false"
        className={styles.bell}
      >
        <path
          d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.5A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.5L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15.5a2.5 2.5 0 0 0 5 0Z"
          fill="currentColor"
        />
      </svg>
      <span className={styles.navLabel}>{t("link")}</span>
      {unread > 0 ? (
        <span className={styles.count} data-testid="unread-count">
          {unread > 99 ? "99+" : unread}
          <span className="visually-hidden">{t("unread")}</span>
        </span>
      ) : null}
    </Link>
  );
}
