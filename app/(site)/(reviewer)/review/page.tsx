import Link from "next/link";
import { QueueFilters } from "@/components/review/queue-filters";
import { queueHref } from "@/components/review/queue-href";
import { QueuePagination, QueueTable } from "@/components/review/queue-table";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { listQueue } from "@/lib/db/review";
import { countStuckAssignments } from "@/lib/db/review-assign";
import { ZQueueQuery } from "@/lib/review/schema";
import { count, N, verb } from "@/lib/i18n/plural";

export const metadata = { title: "Review queue" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser(REVIEWER, "/review");
  const raw = await searchParams;
  const q = ZQueueQuery.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)])));
  const [{ rows, total, totalCapped, nextCursor, prevCursor }, stuck] = await Promise.all([
    listQueue(prisma(), user, q),
    countStuckAssignments(prisma(), user),
  ]);
  const filtered = q.q || q.scheme || q.assignee !== "any" || q.status !== "open";
  return (
    <div className="stack">
      <div className="section-head">
        <div>
          <h1 style={{ marginBottom: "0.25rem" }}>Review queue</h1>
          <p className="muted" style={{ margin: 0 }}>
            Assessments submitted to {user.organizationName}.
          </p>
        </div>
        <Link href="/review/dashboard" className="btn btn-secondary">
          Lab dashboard
        </Link>
      </div>
      {stuck ? (
        <div className="alert alert-warn" role="status" data-testid="stuck-assignments">
          {count(stuck, N.assessment)} {verb(stuck, "is", "are")} held by a reviewer whose account is
          disabled. <Link href="/review/assignments">Release or reassign {verb(stuck, "it", "them")}</Link>.
        </div>
      ) : null}
      <QueueFilters q={q} />
      {rows.length === 0 && (q.after || q.before) ? (
        <div className="card" data-testid="queue-empty">
          <p style={{ margin: 0 }}>
            This page has moved since it was linked. <Link href={queueHref(q)}>Back to the first page</Link>.
          </p>
        </div>
      ) : total === 0 ? (
        <div className="card" data-testid="queue-empty">
          <h2 style={{ marginTop: 0 }}>
            {filtered ? "Nothing matches these filters" : "The queue is empty"}
          </h2>
          <p className="muted" style={{ marginBottom: 0 }}>
            {filtered ? (
              <>
                Try other filters, or <Link href="/review">show every open assessment</Link>.
              </>
            ) : (
              "New submissions to your lab appear here."
            )}
          </p>
        </div>
      ) : (
        <>
          <QueueTable rows={rows} q={q} meId={user.id} now={new Date()} />
          <QueuePagination
            q={q}
            total={total}
            totalCapped={totalCapped}
            nextCursor={nextCursor}
            prevCursor={prevCursor}
          />
        </>
      )}
    </div>
  );
}
