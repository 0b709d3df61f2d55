import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { StartAssessmentForm } from "@/components/assessments/start-assessment-form";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { listLabsAcceptingAssessments } from "@/lib/db/labs";
import { getProduct } from "@/lib/db/products";
import { AppError } from "@/lib/errors";
import { getCatalog } from "@/lib/schemes";
import { localizeCatalog } from "@/lib/schemes/i18n";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  return { title: (await getTranslations("assessments.start"))("metaTitle") };
}

export default async function StartAssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(MANUFACTURER, `/products/${id}/assess`);
  const db = prisma();
  const product = await getProduct(db, user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const labs = await listLabsAcceptingAssessments(db);
  const [t, locale] = await Promise.all([getTranslations("assessments.start"), getLocale()]);
  const catalog = localizeCatalog(getCatalog().version, locale);
  const schemes = catalog.schemes.map((s) => ({ id: s.id, name: s.name, note: s.legalBasis[0] ?? "" }));
  const page = (
    <div className="narrow stack" style={{ maxWidth: 640 }}>
      <h1>{t("title", { name: product.modelName })}</h1>
      <p className="muted">{t("intro", { version: catalog.version })}</p>
      <div className="card">
        <StartAssessmentForm productId={product.id} labs={labs} schemes={schemes} />
      </div>
    </div>
  );
  return <ClientMessages namespaces={["assessments.start"]}>{page}</ClientMessages>;
}
