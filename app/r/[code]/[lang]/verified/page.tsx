import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { prisma } from "@/lib/db/client";
import { getPublicLabel, parsePublicCode } from "@/lib/db/public-labels";
import { isLang, publicT } from "@/lib/i18n/public-label";
import { labelPaths } from "@/lib/labels/public-urls";
import { verdictView, verifyStatus } from "@/lib/labels/verify-answer";
import { normalizeDigest, verifyPastedDigest } from "@/lib/labels/verify-report";
import { LabelHeader } from "../../_components/header";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

const ZQuery = z.object({
  d: z.string().max(200).optional(),
  e: z.enum(["not_pdf", "too_large", "empty", "malformed_digest", "bad_request"]).optional(),
});

type TProps = {
  params: Promise<{ code: string; lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Result of the verification form. The verdict is recomputed here from the hash in the URL (SHA-256 of the
 * uploaded file, or the pasted digest): a crafted URL can only ever show the true answer for that hash.
 */
export default async function VerifiedPage({ params, searchParams }: TProps) {
  const { code: raw, lang } = await params;
  if (!isLang(lang)) notFound();
  const code = parsePublicCode(raw);
  if (code === null || code !== raw) notFound();
  const label = await getPublicLabel(prisma(), code);
  if (!label) notFound();
  const t = publicT(lang);
  const q = ZQuery.safeParse(await searchParams);
  const query = q.success ? q.data : { e: "bad_request" as const, d: undefined };

  const digest = query.d !== undefined ? normalizeDigest(query.d) : null;
  const check =
    query.e !== undefined || digest === null
      ? { error: query.e ?? (query.d === undefined ? ("empty" as const) : ("malformed_digest" as const)) }
      : await verifyPastedDigest(label, digest);
  // Genuine AND revoked/expired/suspended/superseded are said together, in the label state's colour; a label
  // whose integrity check fails confirms nothing (verify-report.ts).
  const view = verdictView(check, verifyStatus(label), lang);
  return (
    <div lang={lang} className="pl-root">
      <LabelHeader code={code} lang={lang} />
      <main id="main" className="pl-page">
        <h1>{t("verify.resultTitle")}</h1>
        <p className="pl-sub">
          {label.snapshot.product.modelName} · <span className="pl-code-inline">{code}</span>
        </p>
        <section className={`pl-status pl-status-${view.tone}`} role="status" data-tone={view.tone}>
          <p className="pl-status-word">
            {/* A genuine report keeps its green tick even in the box of a revoked label: both facts are true. */}
            <span
              aria-hidden="true"
              className="pl-status-icon"
              style={view.icon === "✓" && view.stateLine ? { background: "var(--ok)" } : undefined}
            >
              {view.icon}
            </span>
            {view.message}
          </p>
          {view.stateLine ? (
            <p
              className="pl-status-word"
              data-testid="verify-label-state"
              style={{ fontSize: "1.05rem", alignItems: "flex-start" }}
            >
              <span aria-hidden="true" className="pl-status-icon">
                {view.stateLine.icon}
              </span>
              <span>{view.stateLine.text}</span>
            </p>
          ) : null}
          {digest ? (
            <p className="pl-small">
              SHA-256: <code className="pl-break">{digest}</code>
            </p>
          ) : null}
        </section>
        <p>
          <a href={labelPaths(code).pageIn(lang)}>{t("verify.back")}</a>
        </p>
      </main>
    </div>
  );
}
