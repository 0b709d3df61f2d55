// Links to the SBOM and vulnerability page of a product's versions (manufacturer) or of an assessment's version
// (lab), with counts: small server components the product and review pages mount.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { prisma } from "@/lib/db/client";
import { opensNotice } from "@/lib/vulns/model";

export async function ProductSecurityLinks({ productId }: { productId: string }) {
  const versions = await prisma().productVersion.findMany({
    where: { productId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      firmwareVersion: true,
      hardwareVersion: true,
      _count: { select: { sboms: true } },
      vulnerabilities: {
        select: { activelyExploited: true, fixedInVersion: true, notAffected: true, noticeClearedAt: true },
      },
    },
  });
  if (versions.length === 0) return null;
  const t = await getTranslations("vulns.links");
  return (
    <section className="card stack" aria-labelledby="security-heading" style={{ gap: "0.5rem" }}>
      <h2 id="security-heading" style={{ margin: 0 }}>
        {t("title")}
      </h2>
      <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
        {versions.map((v) => {
          const open = v.vulnerabilities.filter(opensNotice).length;
          return (
            <li key={v.id}>
              <Link href={`/versions/${v.id}/security`}>
                {t("version", { firmware: v.firmwareVersion, hardware: v.hardwareVersion })}
              </Link>
              {t("summary", { sbom: v._count.sboms ? "yes" : "no", n: v.vulnerabilities.length })}
              {open ? <span className="badge badge-bad">{t("open", { n: open })}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * The review page's link to the assessed version's SBOM and vulnerabilities. The page's own assessment load
 * (getAssessmentForLab) already holds the version and its latest SBOM, so this link costs no query of its own.
 */
export async function AssessmentSecurityLink({
  productVersionId,
  sbom,
}: {
  productVersionId: string | null | undefined;
  /** The version's latest SBOM, or null when it has none. */
  sbom: { componentCount: number } | null;
}) {
  if (!productVersionId) return null;
  const t = await getTranslations("vulns.links");
  return (
    <Link href={`/versions/${productVersionId}/security`} data-testid="version-security-link">
      {t("assessment", { sbom: sbom ? "yes" : "no", n: sbom?.componentCount ?? 0 })}
    </Link>
  );
}
