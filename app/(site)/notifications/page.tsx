import Link from "next/link";
import { z } from "zod";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read";
import { NotificationList } from "@/components/notifications/notification-list";
import { requirePageUser } from "@/lib/auth/session";
import { ANY_ROLE } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { listNotifications } from "@/lib/db/notifications";

export const metadata = { title: "Notifications" };

const ZQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(ANY_ROLE, "/notifications");
  const { page } = ZQuery.parse(await searchParams);
  const { items, unread, pages, total } = await listNotifications(prisma(), user, page);
  return (
    <div className="stack" style={{ maxWidth: 760 }}>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <div>
          <h1 style={{ marginBottom: "0.25rem" }}>Notifications</h1>
          <p className="muted" style={{ margin: 0 }} data-testid="unread-summary">
            {unread === 0 ? "Nothing unread." : `${unread} unread.`} The same news is also sent to{" "}
            {user.email} by e-mail.
          </p>
        </div>
        {unread > 0 ? <MarkAllReadButton /> : null}
      </div>
      {total === 0 ? (
        <p className="card muted" style={{ margin: 0 }}>
          No notifications yet. You will find here every submission, request for changes, approval, rejection,
          revocation and expiry reminder that concerns you.
        </p>
      ) : (
        <NotificationList items={items} />
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="row small">
          {page > 1 ? <Link href={`/notifications?page=${page - 1}`}>Newer</Link> : null}
          <span className="muted">
            Page {page} of {pages}
          </span>
          {page < pages ? <Link href={`/notifications?page=${page + 1}`}>Older</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
