import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { lastApprovedAssessment } from "@/lib/db/reassess";
import { activeModels } from "@/lib/db/versions";
import { NewVersionForm } from "@/components/versions/new-version-form";
import { productOr404 } from "../product-or-404";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("versions.newVersion");
  return { title: t("metaTitle") };
}

export default async function NewVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(MANUFACTURER, `/products/${id}/new-version`);
  const product = await productOr404(user, id);
  const db = prisma();
  const t = await getTranslations("versions.newVersion");
  const [prev, models] = await Promise.all([
    lastApprovedAssessment(db, user.organizationId, product.id),
    activeModels(db, product.id),
  ]);
  const page = (
    <div className="narrow stack" style={{ maxWidth: 680 }}>
      <p className="small" style={{ margin: 0 }}>
        <Link href={`/products/${product.id}`}>{t("back", { product: product.modelName })}</Link>
      </p>
      <h1 style={{ margin: 0 }}>{t("title", { product: product.modelName })}</h1>
      {prev?.label ? (
        <>
          <p className="muted" style={{ margin: 0 }}>
            {t.rich("intro", {
              code: prev.label.publicCode,
              hasFirmware: prev.productVersion ? "yes" : "no",
              firmware: prev.productVersion?.firmwareVersion ?? "",
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <div className="card">
            <NewVersionForm
              productId={product.id}
              firmwareVersion={product.firmwareVersion}
              hardwareVersion={product.hardwareVersion}
              models={models}
            />
          </div>
        </>
      ) : (
        <p className="alert alert-info">
          {t.rich("noLabel", {
            link: (chunks) => <Link href={`/products/${product.id}/assess`}>{chunks}</Link>,
          })}
        </p>
      )}
    </div>
  );
  return <ClientMessages namespaces={["versions.form"]}>{page}</ClientMessages>;
}
