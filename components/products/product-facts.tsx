import { categoryLabel } from "@/lib/products/schema";
import { isoDate } from "@/components/products/assessment-status";

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
  return (
    <dl className="facts">
      <dt>Model number</dt>
      <dd>{product.modelNumber ?? "—"}</dd>
      <dt>Category</dt>
      <dd>{categoryLabel(product.category)}</dd>
      <dt>Description</dt>
      <dd>{product.description ?? "—"}</dd>
      <dt>Hardware version</dt>
      <dd>{product.hardwareVersion}</dd>
      <dt>Firmware version</dt>
      <dd>{product.firmwareVersion}</dd>
      <dt>Security updates until</dt>
      <dd>{isoDate(product.supportPeriodEnd)}</dd>
      <dt>Automatic updates</dt>
      <dd>{product.updatesAutomatic ? "Yes" : "No"}</dd>
      <dt>Default credentials</dt>
      <dd>{product.defaultCredentials ?? "—"}</dd>
      <dt>Vulnerability disclosure</dt>
      <dd>
        <SafeLink href={product.vulnDisclosureUrl} />
      </dd>
      <dt>Privacy policy</dt>
      <dd>
        <SafeLink href={product.privacyPolicyUrl} />
      </dd>
    </dl>
  );
}
