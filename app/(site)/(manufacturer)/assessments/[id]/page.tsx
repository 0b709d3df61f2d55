import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { IssuedLabelPanel } from "@/components/assessments/issued-label-panel";
import { AssessmentStatusBadge } from "@/components/products/assessment-status";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { getAssessmentForOwner } from "@/lib/db/assessments";
import { prisma } from "@/lib/db/client";
import { getLabelForOwner } from "@/lib/db/manufacturer-labels";
import { productPrefill } from "@/lib/questionnaire/prefill";
import { getCatalog } from "@/lib/schemes";
import { AppError } from "@/lib/errors";
import { EDITABLE } from "@/lib/workflow/transitions";
import { upgradeTarget } from "@/lib/assessments/upgrade";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  return { title: (await getTranslations("assessments.page"))("metaTitle") };
}

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(MANUFACTURER, `/assessments/${id}`);
  const db = prisma();
  const t = await getTranslations("assessments.page");
  const a = await getAssessmentForOwner(db, user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const label = a.status === "APPROVED" ? await getLabelForOwner(db, user, a.id) : null;
  const editable = EDITABLE.includes(a.status);
  const newer = editable ? upgradeTarget(a.catalogVersion) : null;
  const page = (
    <div className="stack">
      <div>
        <p className="small muted" style={{ margin: 0 }}>
          <Link href={`/products/${a.product.id}`}>{a.product.modelName}</Link> · {t("firmware")}{" "}
          <span data-testid="assessed-firmware">{a.covers.firmwareVersion}</span> ·{" "}
          {t("hardware", { version: a.covers.hardwareVersion })}
          {a.covers.models.length > 1 ? ` · ${a.covers.models.map((m) => m.modelName).join(", ")}` : ""}
        </p>
        <h1 style={{ marginBottom: "0.25rem" }}>{t("title")}</h1>
        <div className="row small">
          <AssessmentStatusBadge status={a.status} label={label} testId="assessment-status" />
          <span>{t("lab", { name: a.lab.name })}</span>
          <span>{t("catalog", { version: a.catalogVersion })}</span>
          {a.submittedAt ? (
            <span>{t("submitted", { date: a.submittedAt.toISOString().slice(0, 10) })}</span>
          ) : null}
          <Link href={`/assessments/${a.id}/audit`}>{t("auditTrail")}</Link>
        </div>
      </div>
      {a.basedOn?.label ? (
        <p className="small" style={{ margin: 0 }} data-testid="reassessment-of">
          {a.basedOn.productVersion
            ? t.rich("reassessmentOfFirmware", {
                code: a.basedOn.label.publicCode,
                firmware: a.basedOn.productVersion.firmwareVersion,
                strong: (chunks) => <strong>{chunks}</strong>,
              })
            : t.rich("reassessmentOf", {
                code: a.basedOn.label.publicCode,
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
          {a.covers.releaseNotes ? ` ${t("whatChanged", { notes: a.covers.releaseNotes })}` : ""}
        </p>
      ) : null}
      {a.status === "CHANGES_REQUESTED" ? (
        <div className="alert alert-warn" role="status">
          {t("changesRequested")}
        </div>
      ) : null}
      {newer ? (
        <div className="alert alert-info" role="status">
          {t("newCatalog", { newer, current: a.catalogVersion })}{" "}
          <Link href={`/assessments/${a.id}/upgrade`}>{t("upgradeLink")}</Link>
        </div>
      ) : null}
      {label ? (
        <div id="label" style={{ scrollMarginTop: "1rem" }}>
          <IssuedLabelPanel label={label} product={a.product} />
        </div>
      ) : null}
      {!editable && !label ? (
        <div className="alert alert-info" role="status">
          {a.status === "APPROVED"
            ? t("approved")
            : a.status === "REJECTED"
              ? a.decisionReason
                ? t("rejectedReason", { reason: a.decisionReason })
                : t("rejected")
              : t("readOnly")}
        </div>
      ) : null}
      <Questionnaire
        assessmentId={a.id}
        catalogVersion={a.catalogVersion}
        version={a.version}
        editable={editable}
        resubmission={a.status === "CHANGES_REQUESTED"}
        targetSchemes={a.targetSchemes}
        answers={a.answers}
        evidence={a.evidence.map((e) => ({
          id: e.id,
          fileName: e.fileName,
          contentType: e.contentType,
          size: e.size,
          sha256: e.sha256,
          questionIds: e.questionIds,
        }))}
        comments={a.comments.map((c) => ({
          id: c.id,
          questionId: c.questionId,
          body: c.body,
          author: c.author.name,
          createdAt: c.createdAt.toISOString(),
          open: c.resolvedAt === null,
        }))}
        labName={a.lab.name}
        carried={a.carried}
        carriedFrom={a.basedOn?.label?.publicCode ?? null}
        prefill={Object.fromEntries(
          productPrefill(getCatalog(a.catalogVersion), { ...a.product, sbom: a.covers.sbom }),
        )}
      />
    </div>
  );
  return (
    <ClientMessages
      namespaces={["questionnaire", "errors.questionnaire", "assessments.comments", "schemeResults"]}
    >
      {page}
    </ClientMessages>
  );
}
