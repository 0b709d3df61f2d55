import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { getPublicLabel, parsePublicCode, toPublicRecord } from "@/lib/db/public-labels";
import { env } from "@/lib/env";
import { isLang, LANGS, publicT, type TLang } from "@/lib/i18n/public-label";
import type { TPublicLabelRecord } from "@/lib/labels/public-record";
import { labelPaths } from "@/lib/labels/public-urls";
import { LabelHeader } from "../_components/header";
import { LabelBody } from "../_components/label-body";
import { SecurityNotice } from "../_components/security-notice";
import { securityNoticesOfLabel } from "@/lib/db/vulnerabilities";

/**
 * The public page behind the QR code, one static page per label and language, rendered on first request and then
 * served from Next's cache (ISR, 60 s) and from a CDN (the s-maxage header Next derives from `revalidate`).
 * Revocation revalidates it at once (lib/labels/invalidate.ts); expiry shows within a minute.
 */
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams(): { code: string; lang: string }[] {
  return []; // nothing at build time (no database then); every label page is generated on demand
}

type TProps = { params: Promise<{ code: string; lang: string }> };

async function load(params: TProps["params"]): Promise<{ record: TPublicLabelRecord; lang: TLang }> {
  const { code: raw, lang } = await params;
  if (!isLang(lang)) notFound();
  const code = raw.length <= 64 ? parsePublicCode(raw) : null;
  if (code === null) notFound();
  if (code !== raw) permanentRedirect(labelPaths(code).pageIn(lang));
  const row = await getPublicLabel(prisma(), code);
  if (!row) notFound();
  return { record: toPublicRecord(row, { baseUrl: env().PUBLIC_BASE_URL }), lang };
}

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { record, lang } = await load(params);
  const p = labelPaths(record.code);
  return {
    title: { absolute: publicT(lang)("htmlTitle", { product: record.product.name }) },
    description: `${record.manufacturer.name} · ${record.code}`,
    alternates: {
      canonical: p.pageIn(lang),
      languages: Object.fromEntries(LANGS.map((l) => [l, p.pageIn(l)])),
    },
  };
}

export default async function PublicLabelPage({ params }: TProps) {
  const { record, lang } = await load(params);
  const notices = await securityNoticesOfLabel(prisma(), record.code);
  return (
    <div className="pl-root">
      <a href="#main" className="skip-link">
        {publicT(lang)("skipToContent")}
      </a>
      <LabelHeader code={record.code} lang={lang} />
      <main id="main" className="pl-page">
        <SecurityNotice notices={notices} lang={lang} />
        <LabelBody record={record} lang={lang} origin={env().PUBLIC_BASE_URL.replace(/\/+$/, "")} />
      </main>
    </div>
  );
}
