// The manufacturer's open CRA Article 14 deadlines, soonest first: a panel for the dashboard.
import Link from "next/link";
import { prisma } from "@/lib/db/client";
import { craDeadlines } from "@/lib/db/vulnerabilities";
import type { SessionUser } from "@/lib/db/accounts";
import { CRA_STAGE_TEXT } from "@/lib/vulns/model";
import { clockText } from "./cra-clocks";

export async function CraDeadlinesPanel({ user }: { user: SessionUser }) {
  const rows = await craDeadlines(prisma(), user);
  if (rows.length === 0) return null;
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
      </ul>
    </section>
  );
}
