import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { labelsWithOpenNotices } from "@/lib/db/vulnerabilities";
import { severityText } from "@/components/vulns/cra-clocks";
import { ReinstateLabelForm, SuspendLabelForm } from "@/components/vulns/vuln-forms";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("vulns.notices");
  return { title: t("metaTitle") };
}

/** Labels of the lab whose version has an actively exploited vulnerability without a fix: suspend, or clear. */
export default async function SecurityNoticesPage() {
  const user = await requirePageUser(REVIEWER, "/review/security");
  const labels = await labelsWithOpenNotices(prisma(), user);
  const t = await getTranslations("vulns");
  const ts = await getTranslations("status.labelWord");
  const page = (
    <div className="stack">
      <h1 style={{ margin: 0 }}>{t("notices.title")}</h1>
      <p style={{ margin: 0 }}>{t("notices.intro")}</p>
      {labels.length === 0 ? <p>{t("notices.none")}</p> : null}
      {labels.map((l) => (
        <section key={l.id} className="card stack" data-testid="notice-label" data-code={l.publicCode}>
          <h2 style={{ margin: 0 }}>
            {t("notices.heading", { product: l.productName, firmware: l.firmwareVersion ?? "—" })}
            <code>{l.publicCode}</code>{" "}
            <span className={l.state === "suspended" ? "badge badge-bad" : "badge"}>
              {ts.has(l.state as never) ? ts(l.state as never) : l.state}
            </span>
          </h2>
          <ul style={{ margin: 0 }}>
            {l.vulnerabilities.map((v) => (
              <li key={v.id}>
                {t("notices.vuln", { identifier: v.identifier, severity: severityText(t, v.severity) })}
                {v.title ? t("notices.vulnTitle", { title: v.title }) : ""}
              </li>
            ))}
          </ul>
          <p style={{ margin: 0 }}>
            {l.productVersionId ? (
              <Link href={`/versions/${l.productVersionId}/security`}>{t("notices.versionLink")}</Link>
            ) : null}{" "}
            · <Link href={`/review/${l.assessmentId}`}>{t("notices.review")}</Link> ·{" "}
            <Link href={`/r/${l.publicCode}`}>{t("notices.publicPage")}</Link>
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
  return (
    <ClientMessages namespaces={["vulns.forms", "vulns.severity", "review.actionError"]}>
      {page}
    </ClientMessages>
  );
}
