import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuditTrail } from "@/components/review/audit-trail";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";
import { listAssessmentTrail } from "@/lib/db/audit-trail";
import { prisma } from "@/lib/db/client";
import { labAssessmentOr404 } from "../assessment-or-404";

export async function generateMetadata() {
  return { title: (await getTranslations("reviewQueue.audit"))("title") };
}

export default async function ReviewAuditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(REVIEWER, `/review/${id}/audit`);
  const db = prisma();
  // Access first: the lab's view refuses other labs' assessments and drafts.
  const a = await labAssessmentOr404(db, user, id);
  const events = await listAssessmentTrail(db, a.id);
  const t = await getTranslations("reviewQueue.audit");
  return (
    <div className="stack">
      <div>
        <p className="small muted" style={{ margin: 0 }}>
          <Link href={`/review/${a.id}`}>{t("back", { name: a.product.modelName })}</Link>
        </p>
        <h1>{t("title")}</h1>
        <p className="muted" style={{ margin: 0 }}>
          {t("intro", { name: a.product.modelName, owner: a.owner.name })}
        </p>
      </div>
      <AuditTrail events={events} catalogVersion={a.catalogVersion} />
    </div>
  );
}
