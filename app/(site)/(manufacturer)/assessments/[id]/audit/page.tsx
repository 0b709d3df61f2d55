import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AuditTrail } from "@/components/review/audit-trail";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { getAssessmentForOwner } from "@/lib/db/assessments";
import { listAssessmentTrail } from "@/lib/db/audit-trail";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function generateMetadata() {
  return { title: (await getTranslations("assessments.audit"))("title") };
}

export default async function AssessmentAuditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(MANUFACTURER, `/assessments/${id}/audit`);
  const db = prisma();
  // Ownership first: another organisation's assessment is a 404, and its trail is never read.
  const a = await getAssessmentForOwner(db, user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const events = await listAssessmentTrail(db, a.id);
  const t = await getTranslations("assessments.audit");
  return (
    <div className="stack">
      <div>
        <p className="small muted" style={{ margin: 0 }}>
          <Link href={`/assessments/${a.id}`}>{t("back", { name: a.product.modelName })}</Link>
        </p>
        <h1>{t("title")}</h1>
        <p className="muted" style={{ margin: 0 }}>
          {t("intro")}
        </p>
      </div>
      <AuditTrail events={events} catalogVersion={a.catalogVersion} />
    </div>
  );
}
