// The manufacturer's open CRA Article 14 deadlines, soonest first: a panel for the dashboard.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db/client";
import { craDeadlines } from "@/lib/db/vulnerabilities";
import { incidentDeadlines } from "@/lib/db/incidents";
import type { SessionUser } from "@/lib/db/accounts";
import { clockText } from "./cra-clocks";

export async function CraDeadlinesPanel({ user }: { user: SessionUser }) {
  const [rows, incidents] = await Promise.all([
    craDeadlines(prisma(), user),
    incidentDeadlines(prisma(), user),
  ]);
  if (rows.length === 0 && incidents.length === 0) return null;
  const [t, tc, f] = await Promise.all([
    getTranslations("vulns.deadlines"),
    getTranslations("vulns.clocks"),
    getFormatter(),
  ]);
  return (
    <section className="card stack" aria-labelledby="cra-deadlines-h" data-testid="cra-deadlines">
      <h2 id="cra-deadlines-h" style={{ margin: 0 }}>
        {t("title")}
      </h2>
      <ul className="stack" style={{ margin: 0, paddingLeft: "1.2rem" }}>
        {rows.map((r) => (
          <li key={r.vulnerabilityId}>
            <Link href={`/versions/${r.productVersionId}/security`}>
              {t("vuln", { identifier: r.identifier, product: r.productName, firmware: r.firmwareVersion })}
            </Link>
            {r.next
              ? t("next", { stage: t(`stage.${r.next.stage}`), clock: clockText(r.next, tc, f) })
              : t("finalWaits")}
          </li>
        ))}
        {incidents.map((r) => (
          <li key={r.incidentId} data-testid="incident-deadline">
            <Link href={`/versions/${r.productVersionId}/security`}>
              {t("incident", { title: r.title, product: r.productName, firmware: r.firmwareVersion })}
            </Link>
            {r.next
              ? t("next", { stage: t(`incidentStage.${r.next.stage}`), clock: clockText(r.next, tc, f) })
              : t("incidentFinalWaits")}
          </li>
        ))}
      </ul>
    </section>
  );
}
