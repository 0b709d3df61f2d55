import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER, REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { latestSbomComponents, listVulnerabilities, versionAccess } from "@/lib/db/vulnerabilities";
import { AppError } from "@/lib/errors";
import { SBOM_LIMITS } from "@/lib/sbom/limits";
import { CraClocks } from "@/components/vulns/cra-clocks";
import { IncidentsSection } from "@/components/vulns/incidents";
import { listIncidents } from "@/lib/db/incidents";
import { FileUpload } from "@/components/vulns/file-upload";
import {
  AddVulnerabilityForm,
  ClearNoticeForm,
  MarkExploitedButton,
  MarkFixedForm,
} from "@/components/vulns/vuln-forms";

export const metadata = { title: "SBOM and vulnerabilities" };

export default async function VersionSecurityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ q?: string }>;
}) {
  const { id } = await params;
  const { q } = await searchParams;
  const user = await requirePageUser([...MANUFACTURER, ...REVIEWER], `/versions/${id}/security`);
  const db = prisma();
  const access = await versionAccess(db, user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const [product, sbom, vulns, incidents] = await Promise.all([
    db.product.findUniqueOrThrow({ where: { id: access.productId }, select: { id: true, modelName: true } }),
    latestSbomComponents(db, user, id, { q: typeof q === "string" ? q.slice(0, 100) : undefined }),
    listVulnerabilities(db, user, id),
    listIncidents(db, user, id),
  ]);
  const maker = user.role === "MANUFACTURER_MEMBER";
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  return (
    <div className="stack">
      <p className="small" style={{ margin: 0 }}>
        {maker ? (
          <Link href={`/products/${product.id}`}>← {product.modelName}</Link>
        ) : (
          <Link href="/review/security">← Security notices</Link>
        )}
      </p>
      <h1 style={{ margin: 0 }}>
        {product.modelName} · firmware {access.firmwareVersion} · hardware {access.hardwareVersion}
      </h1>

      <section className="card stack" aria-labelledby="sbom-h">
        <h2 id="sbom-h" style={{ margin: 0 }}>
          Software bill of materials
        </h2>
        {sbom ? (
          <p style={{ margin: 0 }} data-testid="sbom-summary">
            SBOM available: {sbom.sbom.format} {sbom.sbom.specVersion} ({sbom.sbom.encoding.toUpperCase()}),{" "}
            {sbom.sbom.componentCount} components, uploaded {sbom.sbom.createdAt.toISOString().slice(0, 10)} ·{" "}
            <a href={`/api/sboms/${sbom.sbom.id}`}>download {sbom.sbom.fileName}</a>
          </p>
        ) : (
          <p style={{ margin: 0 }}>No SBOM yet for this version.</p>
        )}
        {maker ? (
          <FileUpload
            url={`/api/product-versions/${id}/sbom`}
            label={sbom ? "Upload a newer SBOM" : "Upload the SBOM"}
            hint={`CycloneDX 1.2–1.7 (JSON) or 1.0–1.7 (XML), or SPDX 2.2/2.3 (JSON); at most ${mb(SBOM_LIMITS.maxFileBytes)} and ${SBOM_LIMITS.maxComponents.toLocaleString("en")} components. Checked against the format's published schema.`}
            accept=".json,.xml,application/json,application/xml,text/xml"
            button="Upload SBOM"
            kind="sbom"
          />
        ) : null}
        {sbom ? (
          <>
            <form method="get" className="row" style={{ gap: "0.5rem" }} role="search">
              <label htmlFor="sbom-q">Filter components</label>
              <input id="sbom-q" name="q" defaultValue={q ?? ""} maxLength={100} />
              <button type="submit" className="btn btn-secondary">
                Filter
              </button>
            </form>
            <div style={{ overflowX: "auto" }}>
              <table className="small" aria-label="Components">
                <thead>
                  <tr>
                    <th scope="col">Component</th>
                    <th scope="col">Version</th>
                    <th scope="col">Package URL</th>
                    <th scope="col">Licence</th>
                  </tr>
                </thead>
                <tbody>
                  {sbom.components.map((c, i) => (
                    <tr key={i}>
                      <td>{c.name}</td>
                      <td>{c.version ?? "—"}</td>
                      <td style={{ overflowWrap: "anywhere" }}>{c.purl ?? "—"}</td>
                      <td>{c.licence ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {sbom.components.length < sbom.sbom.componentCount && !q ? (
              <p className="hint">
                First {sbom.components.length} of {sbom.sbom.componentCount}; filter to find others.
              </p>
            ) : null}
          </>
        ) : null}
      </section>

      <section className="card stack" aria-labelledby="vulns-h">
        <h2 id="vulns-h" style={{ margin: 0 }}>
          Known vulnerabilities
        </h2>
        {vulns.length === 0 ? <p style={{ margin: 0 }}>None recorded.</p> : null}
        {vulns.map((v) => (
          <article
            key={v.id}
            className="stack"
            data-testid="vulnerability"
            data-identifier={v.identifier}
            style={{ borderTop: "1px solid var(--border, #ddd)", paddingTop: "0.75rem" }}
          >
            <h3 style={{ margin: 0 }}>
              {v.identifier}{" "}
              <span className="badge">
                {v.severity.toLowerCase()}
                {v.cvssScore !== null ? ` · CVSS ${v.cvssScore}` : ""}
              </span>{" "}
              {v.activelyExploited ? <span className="badge badge-bad">actively exploited</span> : null}{" "}
              {v.notAffected ? <span className="badge">not affected</span> : null}{" "}
              {v.fixedInVersion ? <span className="badge badge-ok">fixed in {v.fixedInVersion}</span> : null}
            </h3>
            {v.title ? <p style={{ margin: 0 }}>{v.title}</p> : null}
            <p className="hint" style={{ margin: 0 }}>
              Source: {v.source.toLowerCase().replace("_", " ")}
              {v.publishedAt ? ` · published ${v.publishedAt.toISOString().slice(0, 10)}` : ""}
              {v.aliases.length ? ` · also ${v.aliases.join(", ")}` : ""}
              {v.noticeClearedAt ? ` · notice cleared by the lab: ${v.noticeClearedReason}` : ""}
            </p>
            {v.notice ? (
              <p className="alert alert-error" style={{ margin: 0 }}>
                The public page of this version&apos;s label shows a security notice, and the lab has been
                asked to review the label.
              </p>
            ) : null}
            <CraClocks vulnerabilityId={v.id} clocks={v.clocks} canFile={maker} />
            <div className="row" style={{ gap: "1rem", flexWrap: "wrap", alignItems: "flex-end" }}>
              {!v.fixedInVersion ? <MarkFixedForm vulnerabilityId={v.id} /> : null}
              {!v.activelyExploited ? <MarkExploitedButton vulnerabilityId={v.id} /> : null}
            </div>
            {!maker && v.notice ? <ClearNoticeForm vulnerabilityId={v.id} /> : null}
          </article>
        ))}
        <h3 style={{ marginBottom: 0 }}>Record a vulnerability</h3>
        <AddVulnerabilityForm productVersionId={id} />
        <h3 style={{ marginBottom: 0 }}>Import an advisory</h3>
        <FileUpload
          url={`/api/product-versions/${id}/vulnerabilities`}
          label="CSAF 2.0 advisory, OSV file or CycloneDX VEX file (JSON)"
          hint={`At most ${mb(SBOM_LIMITS.maxAdvisoryBytes)}; checked against the format's published schema. Known identifiers are updated, new ones added.`}
          accept=".json,application/json"
          button="Import"
          kind="advisory"
        />
      </section>

      <IncidentsSection productVersionId={id} incidents={incidents} canFile={maker} />
    </div>
  );
}
