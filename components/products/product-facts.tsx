import { useTranslations } from "next-intl";
import { categoryText, isoDate } from "@/components/products/assessment-status";

type Props = {
  product: {
    modelNumber: string | null;
    category: string;
    description: string | null;
    hardwareVersion: string;
    firmwareVersion: string;
    supportPeriodEnd: Date;
    updatesAutomatic: boolean;
    defaultCredentials: string | null;
    vulnDisclosureUrl: string | null;
    privacyPolicyUrl: string | null;
  };
};

// The schema only accepts http(s) and mailto links; checked again here so an older stored value is never a live link.
function SafeLink({ href }: { href: string | null }) {
  if (!href) return <>—</>;
  if (!/^(https?:\/\/|mailto:)/i.test(href)) return <>{href}</>;
  return (
    <a href={href} rel="noopener noreferrer nofollow">
      {href.replace(/^mailto:/i, "")}
    </a>
  );
}

export function ProductFacts({ product }: Props) {
  const t = useTranslations("products");
  return (
    <dl className="facts">
      <dt>{t("facts.modelNumber")}</dt>
      <dd>{product.modelNumber ?? "—"}</dd>
      <dt>{t("facts.category")}</dt>
      <dd>{categoryText(t, product.category)}</dd>
      <dt>{t("facts.description")}</dt>
      <dd>{product.description ?? "—"}</dd>
      <dt>{t("facts.hardwareVersion")}</dt>
      <dd>{product.hardwareVersion}</dd>
      <dt>{t("facts.firmwareVersion")}</dt>
      <dd>{product.firmwareVersion}</dd>
      <dt>{t("facts.supportEnd")}</dt>
      <dd>{isoDate(product.supportPeriodEnd)}</dd>
      <dt>{t("facts.automatic")}</dt>
      <dd>{product.updatesAutomatic ? t("facts.yes") : t("facts.no")}</dd>
      <dt>{t("facts.credentials")}</dt>
      <dd>{product.defaultCredentials ?? "—"}</dd>
      <dt>{t("facts.disclosure")}</dt>
      <dd>
        <SafeLink href={product.vulnDisclosureUrl} />
      </dd>
      <dt>{t("facts.privacy")}</dt>
      <dd>
        <SafeLink href={product.privacyPolicyUrl} />
      </dd>
    </dl>
  );
}
