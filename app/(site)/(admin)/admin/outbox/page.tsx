import Link from "next/link";
import { z } from "zod";
import { OutboxList } from "@/components/notifications/outbox-table";
import { requirePageUser } from "@/lib/auth/session";
import { ADMIN } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { listOutbox } from "@/lib/db/notifications";
import { describeSmtp, mailFrom } from "@/lib/env";

export const metadata = { title: "Mail outbox" };

const ZQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  status: z.enum(["PENDING", "SENT", "FAILED"]).optional().catch(undefined),
});

const FILTERS = [
  { value: undefined, label: "All" },
  { value: "PENDING", label: "Waiting" },
  { value: "SENT", label: "Sent" },
  { value: "FAILED", label: "Failed" },
] as const;

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(ADMIN, "/admin/outbox");
  const q = ZQuery.parse(await searchParams);
  const { items, byStatus, pages } = await listOutbox(prisma(), user, q);
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
        <h1 style={{ marginBottom: "0.25rem" }}>Mail outbox</h1>
        <p className="muted" style={{ margin: 0 }}>
          Every notification mail, written with the event it tells about and delivered afterwards with
          retries.
        </p>
      </div>
      {smtp ? (
        <div className="alert alert-info" role="status" data-testid="smtp-status">
          Mail goes to <strong>{smtp}</strong> from <strong>{mailFrom()}</strong>. {byStatus.PENDING} waiting,{" "}
          {byStatus.SENT} sent, {byStatus.FAILED} failed.
        </div>
      ) : (
        <div className="alert alert-warn" role="status" data-testid="smtp-status">
          No SMTP server is configured (<code>SMTP_URL</code>): mails are kept here and not sent. Set it to
          deliver them; the {byStatus.PENDING} kept mail(s) then go out.
        </div>
      )}
      <nav aria-label="Filter by delivery state" className="row small">
        {FILTERS.map((f) => (
          <Link
            key={f.label}
            href={href({ status: f.value })}
            aria-current={q.status === f.value ? "page" : undefined}
          >
            {f.label}
            {f.value ? ` (${byStatus[f.value]})` : ""}
          </Link>
        ))}
      </nav>
      {items.length === 0 ? (
        <p className="card muted" style={{ margin: 0 }}>
          No mails here.
        </p>
      ) : (
        <OutboxList mails={items} smtp={smtp !== null} />
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="row small">
          {q.page > 1 ? <Link href={href({ ...q, page: q.page - 1 })}>Newer</Link> : null}
          <span className="muted">
            Page {q.page} of {pages}
          </span>
          {q.page < pages ? <Link href={href({ ...q, page: q.page + 1 })}>Older</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
