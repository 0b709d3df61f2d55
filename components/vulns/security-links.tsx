// Links to the SBOM and vulnerability page of a product's versions (manufacturer) or of an assessment's version
// (lab), with counts: small server components the product and review pages mount.
import Link from "next/link";
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
  return (
    <section className="card stack" aria-labelledby="security-heading" style={{ gap: "0.5rem" }}>
      <h2 id="security-heading" style={{ margin: 0 }}>
        SBOM and vulnerabilities
      </h2>
      <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
        {versions.map((v) => {
          const open = v.vulnerabilities.filter(opensNotice).length;
          return (
            <li key={v.id}>
              <Link href={`/versions/${v.id}/security`}>
                Firmware {v.firmwareVersion} · hardware {v.hardwareVersion}
              </Link>{" "}
              — {v._count.sboms ? "SBOM available" : "no SBOM"}, {v.vulnerabilities.length} known{" "}
              {v.vulnerabilities.length === 1 ? "vulnerability" : "vulnerabilities"}
              {open ? (
                <span className="badge badge-bad"> {open} actively exploited without a fix</span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export async function AssessmentSecurityLink({ assessmentId }: { assessmentId: string }) {
  const a = await prisma().assessment.findUnique({
    where: { id: assessmentId },
    select: { productVersionId: true },
  });
  const productVersionId = a?.productVersionId;
  if (!productVersionId) return null;
  const [sboms, components] = await Promise.all([
    prisma().sbom.count({ where: { productVersionId } }),
    prisma().sbom.findFirst({
      where: { productVersionId },
      orderBy: { createdAt: "desc" },
      select: { componentCount: true },
    }),
  ]);
  return (
    <Link href={`/versions/${productVersionId}/security`} data-testid="version-security-link">
      {sboms ? `SBOM (${components?.componentCount ?? 0} components)` : "No SBOM"} and vulnerabilities
    </Link>
  );
}
