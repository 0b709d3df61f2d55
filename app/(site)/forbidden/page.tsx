import Link from "next/link";
import { RequestReference } from "@/components/errors/request-reference";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { redirectPathOr } from "@/lib/http/redirect";

export async function generateMetadata() {
  return { title: (await getTranslations("site.forbidden"))("metaTitle") };
}

function safePath(raw: string | string[] | undefined): string {
  return redirectPathOr(raw, "/", env().PUBLIC_BASE_URL);
}

export default async function Forbidden({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const t = await getTranslations("site.forbidden");
  return (
    <div className="narrow stack">
      <h1>{t("title")}</h1>
      <p>{t.rich("body", { path: safePath(params.from), code: (chunks) => <code>{chunks}</code> })}</p>
      <p>
        <Link className="btn" href={safePath(params.home)}>
          {t("workspace")}
        </Link>
      </p>
      <RequestReference />
    </div>
  );
}
