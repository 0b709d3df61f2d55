import Link from "next/link";
import { RequestReference } from "@/components/errors/request-reference";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("site.notFound");
  return (
    <div className="narrow stack">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{t("back")}</Link>
      </p>
      <RequestReference />
    </div>
  );
}
