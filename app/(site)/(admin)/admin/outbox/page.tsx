import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { OutboxList } from "@/components/notifications/outbox-table";
import { Pagination } from "@/components/notifications/pagination";
import { requirePageUser } from "@/lib/auth/session";
import { ADMIN } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { listOutbox } from "@/lib/db/notifications";
import { describeSmtp, mailFrom } from "@/lib/env";

export async function generateMetadata() {
  return { title: (await getTranslations("admin.outbox"))("title") };
}

const ZQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  status: z.enum(["PENDING", "SENT", "FAILED"]).optional().catch(undefined),
});

const FILTERS = [undefined, "PENDING", "SENT", "FAILED"] as const;

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(ADMIN, "/admin/outbox");
  const q = ZQuery.parse(await searchParams);
  const { items, byStatus, pages } = await listOutbox(prisma(), user, q);
  const t = await getTranslations("admin.outbox");
  const smtp = describeSmtp();
  const href = (o: { page?: number; status?: string }) => {
    const p = new URLSearchParams();
    if (o.status) p.set("status", o.status);
    if (o.page && o.page > 1) p.set("page", String(o.page));
    const s = p.toString();
    return `/admin/outbox${s ? `?${s}` : ""}`;
  };
  return (
    <div className="stack">
      <div>
        <h1 style={{ marginBottom: "0.25rem" }}>{t("title")}</h1>
        <p className="muted" style={{ margin: 0 }}>
          {t("intro")}
        </p>
      </div>
      {smtp ? (
        <div className="alert alert-info" role="status" data-testid="smtp-status">
          {t.rich("smtp", {
            smtp,
            from: mailFrom(),
            pending: byStatus.PENDING,
            sent: byStatus.SENT,
            failed: byStatus.FAILED,
            strong,
          })}
        </div>
      ) : (
        <div className="alert alert-warn" role="status" data-testid="smtp-status">
          {t.rich("noSmtp", { pending: byStatus.PENDING, code })}
        </div>
      )}
      <nav aria-label={t("filters")} className="row small">
        {FILTERS.map((value) => (
          <Link
            key={value ?? "all"}
            href={href({ status: value })}
            aria-current={q.status === value ? "page" : undefined}
          >
            {value ? t("filterCount", { name: t(`filter.${value}`), n: byStatus[value] }) : t("filter.all")}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <p className="card muted" style={{ margin: 0 }}>
          {t("empty")}
        </p>
      ) : (
        <OutboxList mails={items} smtp={smtp !== null} />
      )}
      <Pagination page={q.page} pages={pages} href={(page) => href({ ...q, page })} />
    </div>
  );
}
