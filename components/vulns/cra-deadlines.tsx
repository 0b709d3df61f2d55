// The manufacturer's open CRA Article 14 deadlines, soonest first: a panel for the dashboard.
import Link from "next/link";
import { prisma } from "@/lib/db/client";
import { craDeadlines } from "@/lib/db/vulnerabilities";
import { incidentDeadlines } from "@/lib/db/incidents";
import type { SessionUser } from "@/lib/db/accounts";
import { CRA_STAGE_TEXT } from "@/lib/vulns/model";
import { clockText } from "./cra-clocks";

export async function CraDeadlinesPanel({ user }: { user: SessionUser }) {
  const [rows, incidents] = await Promise.all([
    craDeadlines(prisma(), user),
    incidentDeadlines(prisma(), user),
  ]);
  if (rows.length === 0 && incidents.length === 0) return null;
  const INCIDENT_STAGE = {
    EARLY_WARNING: "early warning",
    NOTIFICATION: "incident notification",
    FINAL_REPORT: "final report",
  } as const;
  return (
    <section className="card stack" aria-labelledby="cra-deadlines-h" data-testid="cra-deadlines">
      <h2 id="cra-deadlines-h" style={{ margin: 0 }}>
        Vulnerability reports due (CRA Article 14)
      </h2>
      <ul className="stack" style={{ margin: 0, paddingLeft: "1.2rem" }}>
        {rows.map((r) => (
          <li key={r.vulnerabilityId}>
            <Link href={`/versions/${r.productVersionId}/security`}>
              {r.identifier} · {r.productName} firmware {r.firmwareVersion}
            </Link>
            {r.next ? (
              <>
                {" "}
                — {CRA_STAGE_TEXT[r.next.stage].title.toLowerCase()} {clockText(r.next)}
              </>
            ) : (
              " — final report starts when a fix is available"
            )}
          </li>
        ))}
        {incidents.map((r) => (
          <li key={r.incidentId} data-testid="incident-deadline">
            <Link href={`/versions/${r.productVersionId}/security`}>
              Severe incident: {r.title} · {r.productName} firmware {r.firmwareVersion}
            </Link>
            {r.next ? (
              <>
                {" "}
                — {INCIDENT_STAGE[r.next.stage]} {clockText(r.next)}
              </>
            ) : (
              " — final report starts when the incident notification is filed"
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
