import PDFDocument from "pdfkit";
import { translator } from "@/lib/i18n/translate";
import { reportT } from "@/lib/report/words";
import { catalogTextFor } from "@/lib/labels/catalog-text";
import { digestSnapshot } from "@/lib/labels/canonical";
import { coveredModels, type TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { pdfFont } from "@/lib/report/fonts";
import { readAll } from "@/lib/report";
import { C, CONTENT_W, F, PAGE, heading, keyValues, paragraph, type TCtx } from "@/lib/report/layout";
import type { TSchemeLang } from "../module";
import { craResultOfSnapshot } from "./result";
import { CRA_OUTCOME_TEXT } from "./text";

/**
 * A draft EU declaration of conformity (CRA Art. 28, Annex V) drawn from a label snapshot only, in English or
 * Chinese. Deterministic like the report: the same snapshot and language give the same bytes (dates from the
 * snapshot, never the clock). Every field the lab cannot know (address, batch, standards, notified body,
 * signature) is left "[to complete]" for the manufacturer, and the document says it is a draft.
 */

export class NotACraLabel extends Error {}

export function renderCraDeclarationPdf(s: TLabelSnapshot, lang: TSchemeLang): Buffer {
  const cra = craResultOfSnapshot(s);
  if (!cra) throw new NotACraLabel("the label's assessment did not target the EU CRA");
  const t = translator(lang, "craDeclaration");
  const digest = digestSnapshot(s);
  const issued = new Date(s.label.issuedAt);
  if (Number.isNaN(issued.getTime())) throw new Error("snapshot.label.issuedAt is not a date");
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, left: PAGE.left, right: PAGE.right, bottom: PAGE.bottom },
    bufferPages: true,
    compress: true,
    lang: lang === "zh-CN" ? "zh-CN" : "en",
    displayTitle: true,
    info: {
      Title: t("docTitle", { model: s.product.modelName }),
      Author: s.manufacturer.name,
      Subject: t("regulation"),
      Keywords: `cyberlabel; ${s.label.publicCode}; sha256:${digest}`,
      Creator: "Cyberlabel",
      Producer: "Cyberlabel declaration draft (pdfkit)",
      CreationDate: issued,
      ModDate: issued,
    },
  });
  doc.registerFont(F.regular, pdfFont("regular"));
  doc.registerFont(F.bold, pdfFont("bold"));
  const ctx: TCtx = {
    doc,
    s,
    text: catalogTextFor(s),
    digest,
    signature: null,
    lang,
    t: reportT(lang),
  };
  const todo = t("toComplete");
  const day = (iso: string) => iso.slice(0, 10);

  // Title block and the draft banner.
  doc.font(F.bold).fontSize(18).fillColor(C.ink).text(t("title"), PAGE.left, PAGE.top, { width: CONTENT_W });
  doc.font(F.regular).fontSize(9).fillColor(C.muted).text(t("regulation"), { width: CONTENT_W });
  doc.y += 8;
  const bannerY = doc.y;
  const notice =
    cra.regime === "readiness"
      ? t("readinessNotice", { asOf: cra.asOf })
      : t("conformityNotice", { asOf: cra.asOf, outcome: CRA_OUTCOME_TEXT[cra.outcome][lang] });
  const bannerText = `${t("draftNotice", { code: s.label.publicCode, issued: day(s.label.issuedAt) })}\n${notice}`;
  doc.font(F.regular).fontSize(8.5);
  const bannerH = doc.heightOfString(bannerText, { width: CONTENT_W - 20, lineGap: 1.5 }) + 34;
  doc.rect(PAGE.left, bannerY, CONTENT_W, bannerH).lineWidth(1.5).strokeColor(C.fail).stroke();
  doc
    .font(F.bold)
    .fontSize(11)
    .fillColor(C.fail)
    .text(t("draft"), PAGE.left + 10, bannerY + 8, { width: CONTENT_W - 20 });
  doc
    .font(F.regular)
    .fontSize(8.5)
    .fillColor(C.ink)
    .text(bannerText, PAGE.left + 10, doc.y + 3, { width: CONTENT_W - 20, lineGap: 1.5 });
  doc.y = bannerY + bannerH + 4;
  if (cra.inScope === false)
    paragraph(ctx, t("outOfScope", { why: cra.outOfScopeReasons.join(" ") }), { color: C.fail, bold: true });

  const p = s.product;
  heading(ctx, t("field1"));
  keyValues(ctx, [
    [t("field1Name"), p.modelNumber ? `${p.modelName} (${p.modelNumber})` : p.modelName],
    [
      t("field1Models"),
      coveredModels(s)
        .map((m) => (m.sku ? `${m.modelName} (${m.sku})` : m.modelName))
        .join(", "),
    ],
    [t("field1Versions"), `${p.hardwareVersion} / ${p.firmwareVersion}`],
    [t("field1Batch"), todo],
  ]);
  heading(ctx, t("field2"));
  keyValues(ctx, [
    [t("field2Name"), s.manufacturer.name],
    [t("field2Address"), todo],
    [t("field2Country"), s.manufacturer.country ?? todo],
  ]);
  heading(ctx, t("field3"));
  paragraph(ctx, t("field3Text"));
  heading(ctx, t("field4"));
  paragraph(
    ctx,
    t("field4Text", {
      model: p.modelName,
      description: (p.description ?? p.categoryLabel).trim().replace(/[.。!?！？]+$/u, ""),
      toComplete: todo,
    }),
  );
  heading(ctx, t("field5"));
  paragraph(ctx, t("field5Text", { toComplete: todo }));
  heading(ctx, t("field6"));
  paragraph(ctx, t("field6None", { asOf: cra.asOf, toComplete: todo }));
  heading(ctx, t("field7"));
  const cls = cra.productClass.id ?? "unknown";
  const moduleAOnly = cra.route.id === "module_a";
  keyValues(ctx, [
    [
      t("field7Class"),
      cra.productClass.annexPoint
        ? `${t(`class.${cls}`)}: ${cra.productClass.annexPoint}`
        : t(`class.${cls}`),
    ],
    [
      t("field7Procedure"),
      cra.route.procedures.length
        ? cra.route.procedures.map((x) => t(`procedure.${x}`)).join("\n")
        : t("none"),
    ],
    [t("field7Body"), moduleAOnly ? `${t("field7NotNeeded")}; ${todo}` : todo],
  ]);
  heading(ctx, t("field8"));
  keyValues(ctx, [
    [t("field8Support"), p.supportPeriodEnd],
    [t("field8Result"), `${CRA_OUTCOME_TEXT[cra.outcome][lang]} (${cra.asOf})`],
    [t("field8Reporting"), cra.art14.inForce ? t("reportingInForce") : t("reportingLater")],
    [t("field8Page"), s.label.publicUrl],
  ]);

  // Signature block: empty lines the manufacturer fills in.
  doc.y += 10;
  if (doc.y + 120 > PAGE.height - PAGE.bottom) {
    doc.addPage();
    doc.y = PAGE.top;
  }
  for (const label of [t("signedFor"), t("placeDate"), t("nameFunction"), t("signature")]) {
    const y = doc.y;
    doc.font(F.bold).fontSize(9).fillColor(C.ink).text(label, PAGE.left, y, { width: 170 });
    doc.rect(PAGE.left + 175, y + 11, CONTENT_W - 175, 0.7).fill(C.muted);
    doc.y = y + 26;
  }

  // Footer on every page: the draft's origin, so a printed page can be traced to its label.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a new page: lift the margin while drawing.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(F.regular)
      .fontSize(7)
      .fillColor(C.muted)
      .text(
        t("footer", {
          code: s.label.publicCode,
          digest: digest.slice(0, 16),
          page: i + 1,
          pages: range.count,
        }),
        PAGE.left,
        PAGE.height - PAGE.bottom + 24,
        { width: CONTENT_W, lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return readAll(doc);
}
