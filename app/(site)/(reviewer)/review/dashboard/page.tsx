import Link from "next/link";
import { LabDashboard } from "@/components/review/lab-dashboard";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { labStats } from "@/lib/db/lab-stats";

export const metadata = { title: "Lab dashboard" };

export default async function LabDashboardPage() {
  const user = await requirePageUser(REVIEWER, "/review/dashboard");
  const stats = await labStats(prisma(), user);
  return (
    <div className="stack">
      <div className="section-head">
        <div>
          <h1 style={{ marginBottom: "0.25rem" }}>Lab dashboard</h1>
          <p className="muted" style={{ margin: 0 }}>
            {user.organizationName}
          </p>
        </div>
        <Link href="/review" className="btn btn-secondary">
          Review queue
        </Link>
      </div>
      <LabDashboard stats={stats} now={new Date()} />
    </div>
  );
}
