import PDFDocument from "pdfkit";
import { catalogTextFor } from "@/lib/labels/catalog-text";
import { digestSnapshot } from "@/lib/labels/canonical";
import {
  SNAPSHOT_FORMAT_V1,
  SNAPSHOT_FORMAT_V2,
  SNAPSHOT_FORMAT_V3,
  type TLabelSnapshot,
} from "@/lib/labels/snapshot-types";
import { pdfFont } from "./fonts";
import { F, PAGE, type TReportSignature } from "./layout";
import { drawReportV1 } from "./v1";
import { drawReportV2 } from "./v2";
import { drawReportV3 } from "./v3";
import { localizeSnapshotText, reportLang, reportT } from "./words";
import type { TLocale } from "@/lib/i18n/locales";

export { renderArtworkSvg, artworkDrawing, ARTWORK_WIDTH, ARTWORK_HEIGHT } from "./artwork";
export { renderArtworkPng, DEFAULT_PRINT_DPI, type TArtworkPng } from "./artwork-png";
export type { TReportSignature } from "./layout";
export { reportLang, REPORT_LANGS } from "./words";

/**
 * The label report, drawn from the snapshot only (DESIGN §4–5).
 *
 * Deterministic: the same snapshot (and signature) gives byte-identical PDFs, so a re-downloaded report can be
 * compared with the original. pdfkit's only sources of variation are pinned: the info dates come from issuedAt (not
 * the clock), the file /ID is pdfkit's MD5 of the info dictionary (so fixed too), font subset tags derive from
 * the font's registration order, and zlib compression is deterministic. Nothing here reads the clock or random.
 *
 * The layout is chosen by the snapshot's format and never changes for a format once labels are issued with it
 * (the report is verified by re-rendering it): format 1 → lib/report/v1, format 2 → lib/report/v2 (both frozen,
 * golden.test.ts), format 3 → lib/report/v3 (format 2's sections with a cover for up to six schemes).
 *
 * Language: `lang` chooses the words of a format-2 or format-3 report (messages/<lang>/report.json) and its catalog texts
 * (lib/schemes/i18n, by the snapshot's criterion keys and question ids). The snapshot, its digest and its signature
 * are the same for every language; English is the default and keeps its bytes. Format 1 (frozen) is English only:
 * `reportLang` says which language a snapshot's report is actually drawn in.
 */
export async function renderReportPdf(
  snapshot: TLabelSnapshot,
  signature?: TReportSignature,
  lang: TLocale = "en",
): Promise<Buffer> {
  return renderReportPdfSync(snapshot, signature, lang);
}

/**
 * Same, synchronously: pdfkit writes into its readable-stream buffer as it goes, and nothing here is truly async,
 * so after end() the whole file can be read out at once (used by the benchmark's synchronous timing loop).
 */
export function renderReportPdfSync(
  snapshot: TLabelSnapshot,
  signature?: TReportSignature,
  asked: TLocale = "en",
): Buffer {
  const digest = digestSnapshot(snapshot);
  // A signature block for another snapshot would make the report lie about itself: refuse.
  if (signature && signature.digest !== digest)
    throw new Error("signature digest does not match the snapshot");
  const format: string = snapshot.format;
  if (format !== SNAPSHOT_FORMAT_V1 && format !== SNAPSHOT_FORMAT_V2 && format !== SNAPSHOT_FORMAT_V3)
    throw new Error(
      `no report layout for snapshot format ${String((snapshot as { format?: unknown }).format)}`,
    );
  const issued = new Date(snapshot.label.issuedAt);
  if (Number.isNaN(issued.getTime())) throw new Error("snapshot.label.issuedAt is not a date");

  const lang = reportLang(snapshot.format, snapshot.catalog.version, asked);
  const t = reportT(lang);
  const info = {
    Title: t("info.title", { code: snapshot.label.publicCode, model: snapshot.product.modelName }),
    Subject: t("info.subject", { model: snapshot.product.modelName, maker: snapshot.manufacturer.name }),
  };
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, left: PAGE.left, right: PAGE.right, bottom: PAGE.bottom },
    bufferPages: true,
    autoFirstPage: true,
    compress: true,
    lang,
    displayTitle: true,
    info: {
      Title: info.Title,
      Author: snapshot.lab.name,
      Subject: info.Subject,
      Keywords: `cyberlabel; ${snapshot.label.publicCode}; sha256:${digest}`,
      Creator: "Cyberlabel",
      Producer: "Cyberlabel report (pdfkit)",
      CreationDate: issued,
      ModDate: issued,
    },
  });
  doc.registerFont(F.regular, pdfFont("regular"));
  doc.registerFont(F.bold, pdfFont("bold"));
  const text = localizeSnapshotText(catalogTextFor(snapshot), snapshot.catalog.version, lang);
  const common = { doc, text, digest, signature: signature ?? null, lang, t };
  if (snapshot.format === SNAPSHOT_FORMAT_V1) drawReportV1({ ...common, s: snapshot });
  else if (snapshot.format === SNAPSHOT_FORMAT_V2) drawReportV2({ ...common, s: snapshot });
  else drawReportV3({ ...common, s: snapshot });

  doc.end();
  return readAll(doc);
}

/** Drains a finished pdfkit document (paused readable stream) synchronously. */
export function readAll(doc: PDFKit.PDFDocument): Buffer {
  const out: Buffer[] = [];
  for (let chunk: unknown = doc.read(); chunk !== null; chunk = doc.read()) {
    if (!Buffer.isBuffer(chunk)) throw new Error("unexpected chunk from pdfkit");
    out.push(chunk);
  }
  return Buffer.concat(out);
}
