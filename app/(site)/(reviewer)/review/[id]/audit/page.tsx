import Link from "next/link";
import { AuditTrail } from "@/components/review/audit-trail";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";
import { listAssessmentTrail } from "@/lib/db/audit-trail";
import { prisma } from "@/lib/db/client";
import { labAssessmentOr404 } from "../assessment-or-404";

export const metadata = { title: "Audit trail" };

export default async function ReviewAuditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(REVIEWER, `/review/${id}/audit`);
  const db = prisma();
  // Access first: the lab's view refuses other labs' assessments and drafts.
  const a = await labAssessmentOr404(db, user, id);
  const events = await listAssessmentTrail(db, a.id);
  return (
    <div className="stack">
      <div>
        <p className="small muted" style={{ margin: 0 }}>
          <Link href={`/review/${a.id}`}>Back to the review of {a.product.modelName}</Link>
        </p>
        <h1>Audit trail</h1>
        <p className="muted" style={{ margin: 0 }}>
          {a.product.modelName} by {a.owner.name}: every recorded event, oldest first.
        </p>
      </div>
      <AuditTrail events={events} catalogVersion={a.catalogVersion} />
    </div>
  );
}
