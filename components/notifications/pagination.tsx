import Link from "next/link";
import { useTranslations } from "next-intl";

/** "Newer · Page 2 of 5 · Older" under a newest-first list; nothing when everything fits on one page. */
export function Pagination({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  const t = useTranslations("notifications.pages");
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("label")} className="row small">
      {page > 1 ? <Link href={href(page - 1)}>{t("newer")}</Link> : null}
      <span className="muted">{t("page", { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)}>{t("older")}</Link> : null}
    </nav>
  );
}
