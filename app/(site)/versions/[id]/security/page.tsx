import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER, REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { latestSbomComponents, listVulnerabilities, versionAccess } from "@/lib/db/vulnerabilities";
import { AppError } from "@/lib/errors";
import { SBOM_LIMITS } from "@/lib/sbom/limits";
import { CraClocks, severityText } from "@/components/vulns/cra-clocks";
import { IncidentsSection } from "@/components/vulns/incidents";
import { listIncidents } from "@/lib/db/incidents";
import { FileUpload } from "@/components/vulns/file-upload";
import {
  AddVulnerabilityForm,
  ClearNoticeForm,
  MarkExploitedButton,
  MarkFixedForm,
} from "@/components/vulns/vuln-forms";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("vulns.version");
  return { title: t("metaTitle") };
}

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
  const t = await getTranslations("vulns");
  const f = await getFormatter();
  const mb = (n: number) => Math.round(n / 1048576);
  const day = (d: Date) => f.dateTime(d, "day");
  const page = (
    <div className="stack">
      <p className="small" style={{ margin: 0 }}>
        {maker ? (
          <Link href={`/products/${product.id}`}>
            {t("version.backProduct", { product: product.modelName })}
          </Link>
        ) : (
          <Link href="/review/security">{t("version.backNotices")}</Link>
        )}
      </p>
      <h1 style={{ margin: 0 }}>
        {t("version.title", {
          product: product.modelName,
          firmware: access.firmwareVersion,
          hardware: access.hardwareVersion,
        })}
      </h1>

      <section className="card stack" aria-labelledby="sbom-h">
        <h2 id="sbom-h" style={{ margin: 0 }}>
          {t("version.sbomTitle")}
        </h2>
        {sbom ? (
          <p style={{ margin: 0 }} data-testid="sbom-summary">
            {t.rich("version.sbomSummary", {
              format: sbom.sbom.format,
              spec: sbom.sbom.specVersion,
              encoding: sbom.sbom.encoding.toUpperCase(),
              n: sbom.sbom.componentCount,
              date: day(sbom.sbom.createdAt),
              file: sbom.sbom.fileName,
              link: (chunks) => <a href={`/api/sboms/${sbom.sbom.id}`}>{chunks}</a>,
            })}
          </p>
        ) : (
          <p style={{ margin: 0 }}>{t("version.noSbom")}</p>
        )}
        {maker ? (
          <FileUpload
            url={`/api/product-versions/${id}/sbom`}
            label={sbom ? t("version.uploadNewer") : t("version.upload")}
            hint={t("version.uploadHint", {
              mb: mb(SBOM_LIMITS.maxFileBytes),
              max: SBOM_LIMITS.maxComponents,
            })}
            accept=".json,.xml,application/json,application/xml,text/xml"
            button={t("version.uploadButton")}
            kind="sbom"
          />
        ) : null}
        {sbom ? (
          <>
            <form method="get" className="row" style={{ gap: "0.5rem" }} role="search">
              <label htmlFor="sbom-q">{t("version.filter")}</label>
              <input id="sbom-q" name="q" defaultValue={q ?? ""} maxLength={100} />
              <button type="submit" className="btn btn-secondary">
                {t("version.filterButton")}
              </button>
            </form>
            <div style={{ overflowX: "auto" }}>
              <table className="small" aria-label={t("version.components")}>
                <thead>
                  <tr>
                    <th scope="col">{t("version.component")}</th>
                    <th scope="col">{t("version.componentVersion")}</th>
                    <th scope="col">{t("version.purl")}</th>
                    <th scope="col">{t("version.licence")}</th>
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
                {t("version.firstOf", { shown: sbom.components.length, total: sbom.sbom.componentCount })}
              </p>
            ) : null}
          </>
        ) : null}
      </section>

      <section className="card stack" aria-labelledby="vulns-h">
        <h2 id="vulns-h" style={{ margin: 0 }}>
          {t("version.vulnsTitle")}
        </h2>
        {vulns.length === 0 ? <p style={{ margin: 0 }}>{t("version.none")}</p> : null}
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
                {severityText(t, v.severity)}
                {v.cvssScore !== null ? t("version.cvss", { score: v.cvssScore }) : ""}
              </span>{" "}
              {v.activelyExploited ? <span className="badge badge-bad">{t("version.exploited")}</span> : null}{" "}
              {v.notAffected ? <span className="badge">{t("version.notAffected")}</span> : null}{" "}
              {v.fixedInVersion ? (
                <span className="badge badge-ok">{t("version.fixedIn", { version: v.fixedInVersion })}</span>
              ) : null}
            </h3>
            {v.title ? <p style={{ margin: 0 }}>{v.title}</p> : null}
            <p className="hint" style={{ margin: 0 }}>
              {t("version.source", {
                source: t.has(`source.${v.source}` as never) ? t(`source.${v.source}` as never) : v.source,
              })}
              {v.publishedAt ? t("version.published", { date: day(v.publishedAt) }) : ""}
              {v.aliases.length ? t("version.aliases", { aliases: v.aliases.join(", ") }) : ""}
              {v.noticeClearedAt ? t("version.cleared", { reason: v.noticeClearedReason ?? "" }) : ""}
            </p>
            {v.notice ? (
              <p className="alert alert-error" style={{ margin: 0 }}>
                {t("version.notice")}
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
        <h3 style={{ marginBottom: 0 }}>{t("version.record")}</h3>
        <AddVulnerabilityForm productVersionId={id} />
        <h3 style={{ marginBottom: 0 }}>{t("version.import")}</h3>
        <FileUpload
          url={`/api/product-versions/${id}/vulnerabilities`}
          label={t("version.importLabel")}
          hint={t("version.importHint", { mb: mb(SBOM_LIMITS.maxAdvisoryBytes) })}
          accept=".json,application/json"
          button={t("version.importButton")}
          kind="advisory"
        />
      </section>

      <IncidentsSection productVersionId={id} incidents={incidents} canFile={maker} />
    </div>
  );
  return (
    <ClientMessages
      namespaces={[
        "vulns.forms",
        "vulns.severity",
        "incidents.record",
        "incidents.filed",
        "review.actionError",
      ]}
    >
      {page}
    </ClientMessages>
  );
}
