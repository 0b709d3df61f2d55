import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read";
import { NotificationList } from "@/components/notifications/notification-list";
import { Pagination } from "@/components/notifications/pagination";
import { requirePageUser } from "@/lib/auth/session";
import { ANY_ROLE } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { listNotifications } from "@/lib/db/notifications";

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

const ZQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(ANY_ROLE, "/notifications");
  const { page } = ZQuery.parse(await searchParams);
  const { items, unread, pages, total } = await listNotifications(prisma(), user, page);
  const t = await getTranslations("notifications");
  return (
    <div className="stack" style={{ maxWidth: 760 }}>
      <div className="row" style={{ justifyContent: "space-between" }}>
        <div>
          <h1 style={{ marginBottom: "0.25rem" }}>{t("title")}</h1>
          <p className="muted" style={{ margin: 0 }} data-testid="unread-summary">
            {t("summary", { unread, email: user.email })}
          </p>
        </div>
        {unread > 0 ? <MarkAllReadButton /> : null}
      </div>
      {total === 0 ? (
        <p className="card muted" style={{ margin: 0 }}>
          {t("empty")}
        </p>
      ) : (
        <NotificationList items={items} />
      )}
      <Pagination page={page} pages={pages} href={(p) => `/notifications?page=${p}`} />
    </div>
  );
}
