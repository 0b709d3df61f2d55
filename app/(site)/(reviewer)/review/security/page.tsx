import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { labelsWithOpenNotices } from "@/lib/db/vulnerabilities";
import { ReinstateLabelForm, SuspendLabelForm } from "@/components/vulns/vuln-forms";

export const metadata = { title: "Security notices" };

/** Labels of the lab whose version has an actively exploited vulnerability without a fix: suspend, or clear. */
export default async function SecurityNoticesPage() {
  const user = await requirePageUser(REVIEWER, "/review/security");
  const labels = await labelsWithOpenNotices(prisma(), user);
  return (
    <div className="stack">
      <h1 style={{ margin: 0 }}>Security notices</h1>
      <p style={{ margin: 0 }}>
        Labels your lab issued whose product version has an actively exploited vulnerability without a fix.
        Their public pages show a security notice. Suspend the label, or open the version and clear the notice
        when the vulnerability does not put the label&apos;s claims in doubt.
      </p>
      {labels.length === 0 ? <p>No open notices.</p> : null}
      {labels.map((l) => (
        <section key={l.id} className="card stack" data-testid="notice-label" data-code={l.publicCode}>
          <h2 style={{ margin: 0 }}>
            {l.productName} · firmware {l.firmwareVersion ?? "—"} · <code>{l.publicCode}</code>{" "}
            <span className={l.state === "suspended" ? "badge badge-bad" : "badge"}>{l.state}</span>
          </h2>
          <ul style={{ margin: 0 }}>
            {l.vulnerabilities.map((v) => (
              <li key={v.id}>
                {v.identifier} ({v.severity.toLowerCase()}){v.title ? ` — ${v.title}` : ""}
              </li>
            ))}
          </ul>
          <p style={{ margin: 0 }}>
            {l.productVersionId ? (
              <Link href={`/versions/${l.productVersionId}/security`}>SBOM and vulnerabilities</Link>
            ) : null}{" "}
            · <Link href={`/review/${l.assessmentId}`}>Review</Link> ·{" "}
            <Link href={`/r/${l.publicCode}`}>Public page</Link>
          </p>
          {l.state === "suspended" ? (
            <ReinstateLabelForm labelId={l.id} />
          ) : l.state === "valid" ? (
            <SuspendLabelForm labelId={l.id} />
          ) : null}
        </section>
      ))}
    </div>
  );
}
