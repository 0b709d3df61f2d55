import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LabDashboard } from "@/components/review/lab-dashboard";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { labStats } from "@/lib/db/lab-stats";

export async function generateMetadata() {
  return { title: (await getTranslations("site.labDashboard"))("title") };
}

export default async function LabDashboardPage() {
  const user = await requirePageUser(REVIEWER, "/review/dashboard");
  const stats = await labStats(prisma(), user);
  const t = await getTranslations("site.labDashboard");
  return (
    <div className="stack">
      <div className="section-head">
        <div>
          <h1 style={{ marginBottom: "0.25rem" }}>{t("title")}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {user.organizationName}
          </p>
        </div>
        <Link href="/review" className="btn btn-secondary">
          {t("queue")}
        </Link>
      </div>
      <LabDashboard stats={stats} now={new Date()} />
    </div>
  );
}
