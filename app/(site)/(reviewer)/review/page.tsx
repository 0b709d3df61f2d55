import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { QueueFilters } from "@/components/review/queue-filters";
import { queueHref } from "@/components/review/queue-href";
import { QueuePagination, QueueTable } from "@/components/review/queue-table";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { listQueue } from "@/lib/db/review";
import { countStuckAssignments } from "@/lib/db/review-assign";
import { ZQueueQuery } from "@/lib/review/schema";

export async function generateMetadata() {
  return { title: (await getTranslations("reviewQueue"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ReviewQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser(REVIEWER, "/review");
  const raw = await searchParams;
  const q = ZQueueQuery.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)])));
  const [{ rows, total, totalCapped, nextCursor, prevCursor }, stuck, t] = await Promise.all([
    listQueue(prisma(), user, q),
    countStuckAssignments(prisma(), user),
    getTranslations("reviewQueue"),
  ]);
  const filtered = q.q || q.scheme || q.assignee !== "any" || q.status !== "open";
  return (
    <div className="stack">
      <div className="section-head">
        <div>
          <h1 style={{ marginBottom: "0.25rem" }}>{t("title")}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {t("intro", { lab: user.organizationName })}
          </p>
        </div>
        <Link href="/review/dashboard" className="btn btn-secondary">
          {t("dashboard")}
        </Link>
      </div>
      {stuck ? (
        <div className="alert alert-warn" role="status" data-testid="stuck-assignments">
          {t.rich("stuck", {
            n: stuck,
            link: (chunks) => <Link href="/review/assignments">{chunks}</Link>,
          })}
        </div>
      ) : null}
      <QueueFilters q={q} />
      {rows.length === 0 && (q.after || q.before) ? (
        <div className="card" data-testid="queue-empty">
          <p style={{ margin: 0 }}>
            {t.rich("moved", { link: (chunks) => <Link href={queueHref(q)}>{chunks}</Link> })}
          </p>
        </div>
      ) : total === 0 ? (
        <div className="card" data-testid="queue-empty">
          <h2 style={{ marginTop: 0 }}>{filtered ? t("noMatch") : t("empty")}</h2>
          <p className="muted" style={{ marginBottom: 0 }}>
            {filtered
              ? t.rich("noMatchHint", { link: (chunks) => <Link href="/review">{chunks}</Link> })
              : t("emptyHint")}
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
