import PDFDocument from "pdfkit";
import { coveredModels, type TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { translator } from "@/lib/i18n/translate";
import { pdfFont } from "@/lib/report/fonts";
import { readAll } from "@/lib/report";
import type { TSchemeLang } from "../module";
import { PSTI_STANDARDS } from "../catalog-v1-2/uk-psti";
import type { TPstiResult, TPstiRoute } from "./rule";

/**
 * The UK statement of compliance (PSTI Act s. 9, Regs Sch. 4; uk-psti.md §5 fields SoC.F1–F7), drawn from the
 * label snapshot only, in English (the statement that accompanies the product) or Chinese (a translation for the
 * manufacturer). Deterministic like the report: the PDF dates are the label's issue date and nothing reads the clock,
 * so the same snapshot and language always give the same bytes.
 */

export type TStatementBlocker =
  | "not_targeted"
  | "not_compliant"
  | "missing_address"
  | "missing_signatory"
  | "missing_function"
  | "missing_place"
  | "missing_support_end";

const text = (s: TLabelSnapshot, id: string): string | null => {
  const v = s.answers[id];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
};

/** Why a statement cannot be generated from this snapshot (empty = it can). */
export function statementBlockers(
  s: TLabelSnapshot,
  psti: TPstiResult | null,
  targeted: boolean,
): TStatementBlocker[] {
  if (!targeted || psti === null) return ["not_targeted"];
  const out: TStatementBlocker[] = [];
  if (psti.status !== "compliant") out.push("not_compliant");
  if (!text(s, "c.soc.address")) out.push("missing_address");
  if (!text(s, "c.soc.signatory")) out.push("missing_signatory");
  if (!text(s, "c.soc.function")) out.push("missing_function");
  if (!text(s, "c.soc.place")) out.push("missing_place");
  if (!supportEnd(s)) out.push("missing_support_end");
  return out;
}

const supportEnd = (s: TLabelSnapshot): string | null =>
  text(s, "c.support.end_date") ?? (s.product.supportPeriodEnd || null);

/** stack: the label on its own line above the value (long labels such as the requirements'). */
export type TStatementField = { label: string; value: string; stack?: boolean };
export type TStatementSection = { title: string; paragraphs: string[]; fields: TStatementField[] };
export type TStatement = {
  title: string;
  subtitle: string;
  note: string;
  sections: TStatementSection[];
  footer: string;
};

const ETSI_PROVISIONS: Record<string, string> = {
  "PSTI-1": "5.1-1, 5.1-2",
  "PSTI-2": "5.2-1",
  "PSTI-3": "5.3-13",
};

/** The statement's words and fields, in one language (pure; the PDF only lays them out). */
export function statementContent(s: TLabelSnapshot, psti: TPstiResult, lang: TSchemeLang): TStatement {
  const t = translator(lang, "pstiStatement");
  const date = (iso: string): string => {
    const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
    const month = t("months").split(",")[m - 1] ?? String(m);
    return t("date", { day: String(d), month, year: String(y) });
  };
  const dash = "—";
  const models = coveredModels(s);
  const labelWords = (route: "jcstar" | "cls") => PSTI_STANDARDS[route];
  const viaText = (key: string, route: TPstiRoute): string => {
    switch (route) {
      case "direct":
        return t("via.direct");
      case "etsi":
        return t("via.etsi", { standard: PSTI_STANDARDS.etsi, provisions: ETSI_PROVISIONS[key] ?? "" });
      case "iso29147":
        return t("via.iso29147", { standard: PSTI_STANDARDS.iso29147 });
      case "jcstar":
        return t("via.jcstar", {
          label: labelWords("jcstar"),
          id: text(s, "c.label.jcstar_id") ?? dash,
          expiry: date(text(s, "c.label.jcstar_expiry") ?? "0000-01-01"),
        });
      case "cls":
        return t("via.cls", {
          label: labelWords("cls"),
          level: text(s, "c.label.cls_level") ?? dash,
          id: text(s, "c.label.cls_id") ?? dash,
          expiry: date(text(s, "c.label.cls_expiry") ?? "0000-01-01"),
        });
    }
  };
  const requirements = psti.requirements.filter((r) => r.key !== "PSTI-SoC");
  const end = supportEnd(s);
  return {
    title: t("title"),
    subtitle: t("subtitle"),
    note: t("translationNote"),
    sections: [
      {
        title: t("f1"),
        paragraphs: [],
        fields: [
          {
            label: t("product"),
            value: t("productValue", { category: s.product.categoryLabel, model: s.product.modelName }),
          },
          { label: t("modelNumber"), value: s.product.modelNumber ?? dash },
          ...(models.length > 1
            ? [
                {
                  label: t("models"),
                  value: models.map((m) => (m.sku ? `${m.modelName} (${m.sku})` : m.modelName)).join("; "),
                },
              ]
            : []),
          {
            label: t("batch"),
            value: t("batchValue", { hw: s.product.hardwareVersion, fw: s.product.firmwareVersion }),
          },
        ],
      },
      {
        title: t("f2"),
        paragraphs: [],
        fields: [
          { label: t("manufacturer"), value: s.manufacturer.name },
          { label: t("address"), value: text(s, "c.soc.address") ?? dash },
          ...(s.manufacturer.country ? [{ label: t("country"), value: s.manufacturer.country }] : []),
          { label: t("ukRep"), value: text(s, "c.soc.uk_rep") ?? t("ukRepNone") },
        ],
      },
      { title: t("f3"), paragraphs: [t("prepared")], fields: [] },
      {
        title: t("f4"),
        paragraphs: [t("opinion"), ...psti.labels.map((l) => t("labelStatement", { label: labelWords(l) }))],
        fields: requirements.map((r) => ({
          label: t(`req.${r.key as "PSTI-1" | "PSTI-2" | "PSTI-3"}`),
          value:
            r.state === "not_triggered" ? t("notTriggered") : r.via.map((v) => viaText(r.key, v)).join(" "),
          stack: true,
        })),
      },
      { title: t("f5"), paragraphs: [t("support", { date: end ? date(end) : dash })], fields: [] },
      {
        title: t("f6"),
        paragraphs: [],
        fields: [
          { label: t("signatory"), value: text(s, "c.soc.signatory") ?? dash },
          { label: t("function"), value: text(s, "c.soc.function") ?? dash },
          { label: t("signature"), value: "" },
        ],
      },
      {
        title: t("f7"),
        paragraphs: [t("placeDate", { place: text(s, "c.soc.place") ?? dash, date: date(s.label.issuedAt) })],
        fields: [],
      },
    ],
    footer: t("footer", { code: s.label.publicCode, url: s.label.publicUrl, lab: s.lab.name }),
  };
}

const PAGE = { width: 595.28, height: 841.89, margin: 48 } as const;
const W = PAGE.width - 2 * PAGE.margin;
const LABEL_W = 150;
const INK = "#1a1a1a";
const MUTED = "#5f6368";
const ACCENT = "#1f3a93";
const RULE = "#c4c7c5";

/** Renders the statement as an A4 PDF. Throws when the snapshot cannot carry one (statementBlockers first). */
export function renderPstiStatementPdf(s: TLabelSnapshot, psti: TPstiResult, lang: TSchemeLang): Buffer {
  const c = statementContent(s, psti, lang);
  const issued = new Date(s.label.issuedAt);
  if (Number.isNaN(issued.getTime())) throw new Error("snapshot.label.issuedAt is not a date");
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.margin, left: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin },
    bufferPages: true,
    compress: true,
    lang: lang === "zh-CN" ? "zh-CN" : "en-GB",
    displayTitle: true,
    info: {
      Title: `${c.title}: ${s.product.modelName}`,
      Author: s.manufacturer.name,
      Subject: `${c.title} ${s.label.publicCode}`,
      Keywords: `cyberlabel; ${s.label.publicCode}; UK PSTI`,
      Creator: "Cyberlabel",
      Producer: "Cyberlabel statement of compliance (pdfkit)",
      CreationDate: issued,
      ModDate: issued,
    },
  });
  doc.registerFont("regular", pdfFont("regular"));
  doc.registerFont("bold", pdfFont("bold"));
  const bottom = PAGE.height - PAGE.margin - 34;
  const room = (h: number) => {
    if (doc.y + h > bottom) {
      doc.addPage();
      doc.y = PAGE.margin;
    }
  };

  doc.font("bold").fontSize(18).fillColor(ACCENT).text(c.title, PAGE.margin, PAGE.margin, { width: W });
  doc.moveDown(0.2);
  doc.font("regular").fontSize(8.5).fillColor(MUTED).text(c.subtitle, { width: W });
  doc.moveDown(0.3);
  doc.font("regular").fontSize(8.5).fillColor(MUTED).text(c.note, { width: W });
  doc.moveDown(0.6);
  doc.rect(PAGE.margin, doc.y, W, 1).fill(ACCENT);
  doc.y += 10;

  for (const sec of c.sections) {
    room(60);
    doc.font("bold").fontSize(11).fillColor(ACCENT).text(sec.title, PAGE.margin, doc.y, { width: W });
    doc.moveDown(0.3);
    for (const p of sec.paragraphs) {
      doc.font("regular").fontSize(9.5).fillColor(INK).text(p, PAGE.margin, doc.y, { width: W });
      doc.moveDown(0.4);
    }
    for (const f of sec.fields) {
      const signature = f.value === "";
      const valueX = f.stack ? PAGE.margin + 12 : PAGE.margin + LABEL_W;
      const valueW = f.stack ? W - 12 : W - LABEL_W;
      const labelH = doc
        .font("bold")
        .fontSize(9.5)
        .heightOfString(f.label, { width: f.stack ? W : LABEL_W - 10 });
      const valueH = signature
        ? 30
        : doc.font("regular").fontSize(9.5).heightOfString(f.value, { width: valueW });
      const h = f.stack ? labelH + 2 + valueH : Math.max(labelH, valueH);
      room(h + 5);
      const y = doc.y;
      doc.font("bold").fontSize(9.5).fillColor(INK);
      doc.text(f.label, PAGE.margin, y, { width: f.stack ? W : LABEL_W - 10 });
      const vy = f.stack ? y + labelH + 2 : y;
      if (signature) doc.rect(valueX, vy + 26, 220, 0.8).fill(INK);
      else doc.font("regular").fontSize(9.5).fillColor(INK).text(f.value, valueX, vy, { width: valueW });
      doc.y = y + h + 5;
    }
    doc.y += 4;
  }

  // Footer on every page: where the statement comes from, and that it is no official authorisation.
  const range = doc.bufferedPageRange();
  const t = translator(lang, "pstiStatement");
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // The footer sits in the bottom margin: drawing there must not make pdfkit open a new page.
    doc.page.margins.bottom = 0;
    const y = PAGE.height - PAGE.margin - 22;
    doc.rect(PAGE.margin, y - 6, W, 0.6).fill(RULE);
    doc.font("regular").fontSize(7).fillColor(MUTED);
    doc.text(c.footer, PAGE.margin, y, { width: W - 70 });
    doc.text(t("page", { n: String(i + 1), of: String(range.count) }), PAGE.margin + W - 60, y, {
      width: 60,
      align: "right",
      lineBreak: false,
    });
  }
  doc.end();
  return readAll(doc);
}
