// The CRA Article 14(2) report drafts as a PDF, in English or Simplified Chinese (next-intl messages, namespace
// craDraft), set in the project's embedded Noto Sans SC (lib/report/fonts.ts) so Chinese and Latin text both render.
// Same content as the text/JSON drafts (lib/vulns/cra-report.ts): the stage's deadline first, then every clock of
// the vulnerability, what is known, and each field only the manufacturer can fill marked "[to complete]".
// Deterministic: the same input and `generatedAt` give the same bytes (info dates come from generatedAt).
import PDFDocument from "pdfkit";
import { formatter, translator } from "@/lib/i18n/translate";
import type { TLocale } from "@/lib/i18n/locales";
import { pdfFont } from "@/lib/report/fonts";
import { readAll } from "@/lib/report";
import type { TCraDraftInput } from "./cra-report";
import { CRA_STAGES, type TCraClock, type TCraStage } from "./model";

const PAGE = { top: 56, left: 56, right: 56, bottom: 64 } as const;
const A4 = { width: 595.28, height: 841.89 } as const;
const WIDTH = A4.width - PAGE.left - PAGE.right;
const LABEL_W = 190;
const COLORS = {
  ink: "#1a1a1a",
  muted: "#555555",
  rule: "#cccccc",
  todo: "#b45309",
  due: "#b42318",
  box: "#fff4e5",
};
const FONT = { regular: "regular", bold: "bold" } as const;

type TRow = [label: string, value: string | null];

type TT = ReturnType<typeof translator<"craDraft">>;
type TCtx = {
  t: TT;
  at: (d: Date) => string;
  heading: (text: string) => void;
  rows: (list: TRow[]) => void;
};

/** One reporting track of Article 14: an actively exploited vulnerability (14(2)) or a severe incident (14(4)). */
type TTrack = {
  kind: "vulnerability" | "incident";
  /** What the report is about, in the title and the footer (the vulnerability's identifier, the incident's title). */
  ref: string;
  subtitle: string;
  author: string;
  clocks: TCraClock[];
  /** Rows after the clocks (awareness, measure available). */
  timeline(c: TCtx): TRow[];
  /** The sections after the deadlines: who, what, and what this stage's report must say. */
  body(c: TCtx, stage: TCraStage): void;
};

/** The Article 14(2) draft of an actively exploited vulnerability. */
export function renderCraDraftPdf(
  v: TCraDraftInput,
  stage: TCraStage,
  generatedAt: Date,
  locale: TLocale,
): Buffer {
  return renderDraft(vulnerabilityTrack(v), stage, generatedAt, locale);
}

/** The Article 14(4) draft of a severe incident. */
export function renderIncidentDraftPdf(
  i: TIncidentDraftInput,
  stage: TCraStage,
  generatedAt: Date,
  locale: TLocale,
): Buffer {
  return renderDraft(incidentTrack(i), stage, generatedAt, locale);
}

export type TIncidentDraftInput = {
  title: string;
  description: string | null;
  awareAt: Date;
  suspectedMalicious: boolean | null;
  mitigation: string | null;
  clocks: TCraClock[];
  product: TCraDraftInput["product"];
  manufacturer: TCraDraftInput["manufacturer"];
};

function renderDraft(track: TTrack, stage: TCraStage, generatedAt: Date, locale: TLocale): Buffer {
  const t = translator(locale, "craDraft");
  const f = formatter(locale);
  // 24-hour clock in every language: a filing deadline must not hinge on reading AM/PM.
  const at = (d: Date) =>
    t("utc", {
      at: f.dateTime(d, {
        year: "numeric",
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }),
    });
  const TODO = t("toComplete");
  const clock = track.clocks.find((c) => c.stage === stage) ?? null;
  const inc = track.kind === "incident";
  const stageName = (s: TCraStage) => (inc ? t(`incident.stage.${s}`) : t(`stage.${s}`));
  const article = (s: TCraStage) => (inc ? t(`incident.article.${s}`) : t(`article.${s}`));
  const rule = (s: TCraStage) => (inc ? t(`incident.rule.${s}`) : t(`rule.${s}`));
  const status = (c: TCraClock) =>
    inc && !c.filedAt && !c.dueAt ? t("incident.waiting") : statusText(t, at, c);
  const title = t("deadlineRow", { stage: stageName(stage), article: article(stage) });

  const doc = new PDFDocument({
    size: "A4",
    margins: PAGE,
    bufferPages: true,
    compress: true,
    lang: locale,
    displayTitle: true,
    info: {
      Title: `${title}: ${track.ref}`,
      Author: track.author,
      Subject: t("regulation"),
      Creator: "Cyberlabel",
      Producer: "Cyberlabel CRA draft (pdfkit)",
      CreationDate: generatedAt,
      ModDate: generatedAt,
    },
  });
  doc.registerFont(FONT.regular, pdfFont("regular"));
  doc.registerFont(FONT.bold, pdfFont("bold"));
  const x = PAGE.left;

  const ensure = (h: number) => {
    if (doc.y + h > A4.height - PAGE.bottom - 16) doc.addPage();
  };
  const heading = (text: string) => {
    ensure(80); // the heading and its first row stay together
    doc
      .moveDown(0.5)
      .font(FONT.bold)
      .fontSize(12)
      .fillColor(COLORS.ink)
      .text(text, x, doc.y, { width: WIDTH });
    const y = doc.y + 2;
    doc
      .moveTo(x, y)
      .lineTo(x + WIDTH, y)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
    doc.y = y + 6;
  };
  const rows = (list: TRow[]) => {
    for (const [label, value] of list) {
      const shown = value ?? TODO;
      doc.font(FONT.regular).fontSize(10);
      const h = Math.max(
        doc.heightOfString(label, { width: LABEL_W - 10 }),
        doc.heightOfString(shown, { width: WIDTH - LABEL_W }),
      );
      ensure(h + 6);
      const y = doc.y;
      doc.fillColor(COLORS.muted).text(label, x, y, { width: LABEL_W - 10 });
      doc
        .font(value === null ? FONT.bold : FONT.regular)
        .fillColor(value === null ? COLORS.todo : COLORS.ink)
        .text(shown, x + LABEL_W, y, { width: WIDTH - LABEL_W });
      doc.y = y + h + 3;
    }
  };

  // Title block
  doc
    .font(FONT.regular)
    .fontSize(9)
    .fillColor(COLORS.muted)
    .text(t("regulation"), x, PAGE.top, { width: WIDTH });
  doc.moveDown(0.3).font(FONT.bold).fontSize(20).fillColor(COLORS.ink).text(title, { width: WIDTH });
  doc.font(FONT.regular).fontSize(12).text(track.subtitle, { width: WIDTH });
  doc.moveDown(0.6);

  // The deadline of this report, in a box
  const dueLine = clock?.dueAt ? t("dueBy", { at: at(clock.dueAt) }) : t("notRunning", { rule: rule(stage) });
  const ruleLine = clock?.dueAt ? `${article(stage)}: ${rule(stage)}` : "";
  // The clock's state when it says more than the deadline above (filed, or overdue).
  const statusLine = clock && (clock.status === "filed" || clock.status === "overdue") ? status(clock) : "";
  doc.font(FONT.bold).fontSize(13);
  const boxH =
    16 +
    doc.heightOfString(dueLine, { width: WIDTH - 24 }) +
    (ruleLine
      ? doc
          .font(FONT.regular)
          .fontSize(10)
          .heightOfString(ruleLine, { width: WIDTH - 24 }) + 4
      : 0) +
    (statusLine ? 14 : 0);
  const boxY = doc.y;
  doc.rect(x, boxY, WIDTH, boxH).fillColor(COLORS.box).fill();
  doc.rect(x, boxY, 4, boxH).fillColor(COLORS.due).fill();
  doc
    .font(FONT.bold)
    .fontSize(13)
    .fillColor(COLORS.due)
    .text(dueLine, x + 14, boxY + 8, { width: WIDTH - 24 });
  if (ruleLine)
    doc
      .font(FONT.regular)
      .fontSize(10)
      .fillColor(COLORS.ink)
      .text(ruleLine, { width: WIDTH - 24 });
  if (statusLine)
    doc
      .font(FONT.regular)
      .fontSize(10)
      .fillColor(COLORS.muted)
      .text(statusLine, { width: WIDTH - 24 });
  doc.y = boxY + boxH + 8;
  doc
    .font(FONT.regular)
    .fontSize(9)
    .fillColor(COLORS.muted)
    .text(t("draftBanner", { todo: TODO }), x, doc.y, { width: WIDTH });
  // Where to file, before the details: the one step the draft cannot do.
  doc.moveDown(0.3).fillColor(COLORS.ink).text(t("filing"), x, doc.y, { width: WIDTH });

  const ctx: TCtx = { t, at, heading, rows };
  heading(inc ? t("incident.deadlines") : t("deadlines"));
  rows(
    CRA_STAGES.map((s) => {
      const c = track.clocks.find((k) => k.stage === s);
      return [
        t("deadlineRow", { stage: stageName(s), article: article(s) }),
        c ? status(c) : t("notRunning", { rule: rule(s) }),
      ];
    }),
  );
  rows(track.timeline(ctx));
  track.body(ctx, stage);

  // Footer on every page: when drafted, and the page number.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits below the content area: never a page break
    const y = A4.height - PAGE.bottom + 16;
    doc.font(FONT.regular).fontSize(8).fillColor(COLORS.muted);
    const ref = track.ref.length > 40 ? `${track.ref.slice(0, 39)}…` : track.ref;
    doc.text(`${t("drafted", { at: at(generatedAt) })} — ${ref}`, x, y, {
      width: WIDTH * 0.75,
      lineBreak: false,
    });
    doc.text(t("page", { n: i + 1, total: range.count }), x + WIDTH * 0.75, y, {
      width: WIDTH * 0.25,
      align: "right",
      lineBreak: false,
    });
  }
  doc.end();
  return readAll(doc);
}

function who(c: TCtx, v: Pick<TCraDraftInput, "manufacturer" | "product">) {
  const { t, heading, rows } = c;
  heading(t("sections.manufacturer"));
  rows([
    [t("fields.name"), v.manufacturer.name],
    [t("fields.country"), v.manufacturer.country],
  ]);
  heading(t("sections.product"));
  rows([
    [t("fields.model"), v.product.modelName],
    [t("fields.modelNumber"), v.product.modelNumber],
    [t("fields.firmware"), v.product.firmwareVersion],
    [t("fields.hardware"), v.product.hardwareVersion],
  ]);
}

function vulnerabilityTrack(v: TCraDraftInput): TTrack {
  return {
    kind: "vulnerability",
    ref: v.identifier,
    subtitle: `${v.identifier}${v.title ? ` — ${v.title}` : ""}`,
    author: v.manufacturer.name,
    clocks: v.clocks,
    timeline: ({ t, at }) => [
      [t("fields.awareAt"), v.awareAt ? at(v.awareAt) : null],
      [t("fields.correctiveAt"), v.correctiveMeasureAt ? at(v.correctiveMeasureAt) : t("values.notYet")],
    ],
    body(c, stage) {
      const { t, heading, rows } = c;
      who(c, v);
      const severity = t(`severity.${severityKey(v.severity)}`);
      heading(t("sections.vulnerability"));
      rows([
        [t("fields.identifier"), v.identifier],
        [t("fields.aliases"), v.aliases.join(", ") || t("values.none")],
        [t("fields.title"), v.title],
        [t("fields.severity"), severity],
        [t("fields.cvss"), v.cvssScore === null ? t("values.none") : String(v.cvssScore)],
      ]);
      heading(t("sections.contents"));
      const fixed = v.fixedInVersion;
      if (stage === "EARLY_WARNING") rows([[t("fields.memberStates"), null]]);
      else if (stage === "NOTIFICATION")
        rows([
          [t("fields.nature"), v.title],
          [t("fields.corrective"), fixed ? t("values.fixedIn", { version: fixed }) : null],
          [t("fields.userMeasures"), fixed ? t("values.updateTo", { version: fixed }) : null],
          [t("fields.sensitivity"), null],
        ]);
      else
        rows([
          [
            t("fields.description"),
            v.title
              ? v.cvssScore === null
                ? t("values.descriptionValue", { title: v.title, severity })
                : t("values.descriptionCvss", { title: v.title, severity, score: String(v.cvssScore) })
              : null,
          ],
          [t("fields.maliciousActor"), null],
          [t("fields.update"), fixed ? t("values.firmware", { version: fixed }) : null],
        ]);
    },
  };
}

function incidentTrack(i: TIncidentDraftInput): TTrack {
  return {
    kind: "incident",
    ref: i.title,
    subtitle: i.title,
    author: i.manufacturer.name,
    clocks: i.clocks,
    timeline: ({ t, at }) => [[t("incident.fields.awareAt"), at(i.awareAt)]],
    body(c, stage) {
      const { t, heading, rows } = c;
      who(c, i);
      const suspected =
        i.suspectedMalicious === null ? null : i.suspectedMalicious ? t("incident.yes") : t("incident.no");
      heading(t("incident.section"));
      rows([
        [t("incident.fields.title"), i.title],
        [t("incident.fields.description"), i.description],
      ]);
      heading(t("sections.contents"));
      if (stage === "EARLY_WARNING")
        rows([
          [t("incident.fields.suspected"), suspected],
          [t("incident.fields.memberStates"), null],
        ]);
      else if (stage === "NOTIFICATION")
        rows([
          [t("incident.fields.general"), i.description],
          [t("incident.fields.initialAssessment"), null],
          [t("incident.fields.corrective"), i.mitigation],
          [t("incident.fields.userMeasures"), null],
          [t("incident.fields.sensitivity"), null],
        ]);
      else
        rows([
          [t("incident.fields.detailed"), i.description],
          [t("incident.fields.rootCause"), null],
          [t("incident.fields.mitigation"), i.mitigation],
        ]);
    },
  };
}

function statusText(t: TT, at: (d: Date) => string, c: TCraClock): string {
  if (c.status === "filed" && c.filedAt) return t("status.filed", { at: at(c.filedAt) });
  if (!c.dueAt) return t("status.waiting");
  return c.status === "overdue"
    ? t("status.overdue", { at: at(c.dueAt) })
    : t("status.due", { at: at(c.dueAt) });
}

const SEVERITY_KEYS = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "NONE", "UNKNOWN"] as const;
function severityKey(s: string): (typeof SEVERITY_KEYS)[number] {
  return (SEVERITY_KEYS as readonly string[]).includes(s) ? (s as (typeof SEVERITY_KEYS)[number]) : "UNKNOWN";
}
