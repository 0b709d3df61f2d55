import { catalogText } from "@/lib/schemes/i18n";
import { C, heading, keyValues, paragraph, subheading } from "../layout";
import { dayIn } from "../words";
import type { TCtx } from "./ctx";

/** Catalog version and sources, and the digest and signature with instructions to verify them (format 2). */

export function drawCatalog(ctx: TCtx): void {
  const { s, text, t } = ctx;
  const title =
    ctx.lang === "en"
      ? s.catalog.title
      : catalogText(s.catalog.version, ctx.lang)("catalog.title", s.catalog.title);
  heading(ctx, t("catalog.heading"));
  keyValues(ctx, [
    [t("catalog.catalog"), `${title} (${s.catalog.id})`],
    [
      t("catalog.version"),
      t("catalog.versionValue", {
        version: s.catalog.version,
        published: ctx.lang === "en" ? s.catalog.publishedOn : dayIn(t, ctx.lang, s.catalog.publishedOn),
      }),
    ],
  ]);
  for (const sc of text.schemes) {
    if (!s.assessment.targetSchemes.includes(sc.id)) continue;
    const name = t(`scheme.${sc.id}.title`);
    subheading(ctx, sc.provisional ? t("catalog.provisional", { name }) : name);
    paragraph(ctx, sc.name, { size: 8.5 });
    paragraph(ctx, t("catalog.legalBasis", { list: sc.legalBasis.join(t("sep.list")) }), {
      size: 8,
      color: C.muted,
    });
    for (const src of sc.sources)
      paragraph(ctx, `• ${src.label}${src.url ? `${t("sep.colon")}${src.url}` : ""}`, {
        size: 7.5,
        color: C.muted,
        indent: 8,
      });
  }
}

export function drawVerification(ctx: TCtx): void {
  const { s, digest, signature, t } = ctx;
  heading(ctx, t("verification.heading"));
  keyValues(ctx, [
    [t("verification.labelCode"), s.label.publicCode],
    [t("verification.publicPage"), s.label.publicUrl],
    [t("verification.digest"), digest],
    [t("verification.signature"), signature ? signature.signature : t("verification.unsigned")],
    [t("verification.keyId"), signature ? signature.keyId : "—"],
  ]);
  paragraph(ctx, t("verification.whatIsSigned"), { size: 8.5 });
  subheading(ctx, t("verification.howTo"));
  paragraph(ctx, t("verification.step1", { url: s.label.publicUrl }), { size: 8.5 });
  paragraph(ctx, t("verification.step2"), { size: 8.5 });
  paragraph(ctx, "node verify-cli.mjs signed-snapshot.json cyberlabel-public-key.pem --export out/", {
    size: 8,
    indent: 12,
    color: C.accent,
  });
  paragraph(ctx, t("verification.step3"), { size: 8.5 });
  paragraph(ctx, `sha256sum out/snapshot.canonical.json   # ${t("verification.mustEqual")}`, {
    size: 8,
    indent: 12,
    color: C.accent,
  });
  paragraph(
    ctx,
    "openssl pkeyutl -verify -pubin -inkey cyberlabel-public-key.pem -rawin -in out/snapshot.canonical.json -sigfile out/snapshot.sig",
    { size: 8, indent: 12, color: C.accent },
  );
  paragraph(ctx, t("verification.docs"), {
    size: 8,
    color: C.muted,
  });
}
