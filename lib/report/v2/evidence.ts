import { C, CONTENT_W, ensureSpace, F, heading, PAGE, paragraph } from "../layout";
import { fitText } from "../measure";
import type { TCtx } from "./ctx";

/**
 * Evidence files (format 2): each file once, numbered E1… as the criteria table cites them, with its type, size,
 * full SHA-256 and the questions it supports.
 */
export function drawEvidence(ctx: TCtx): void {
  const { doc, s, t } = ctx;
  heading(ctx, t("evidence.heading"));
  paragraph(ctx, t("evidence.intro", { n: s.evidence.length }), { size: 8, color: C.muted });
  if (s.evidence.length === 0) {
    paragraph(ctx, t("evidence.none"));
    return;
  }
  const label = new Map(ctx.text.questions.map((q) => [q.id, q.label]));
  const L = PAGE.left;
  const numW = 24;
  const w = CONTENT_W - numW - 6;
  s.evidence.forEach((e, i) => {
    const supports = t("evidence.supports", {
      n: e.questionIds.length,
      questions: e.questionIds.map((q) => label.get(q) ?? q).join(" · "),
    });
    doc.font(F.regular).fontSize(7);
    // The file's head (number, name, type, hash) and the first lines of what it supports stay on one page; a long
    // list of questions then flows on.
    ensureSpace(ctx, 48);
    const y = doc.y;
    doc.rect(L, y, CONTENT_W, 24).fill(C.zebra);
    doc
      .font(F.bold)
      .fontSize(9)
      .fillColor(C.accent)
      .text(`E${i + 1}`, L + 4, y + 4, { lineBreak: false });
    doc
      .font(F.bold)
      .fontSize(8)
      .fillColor(C.ink)
      .text(fitText(e.fileName, w - 150, 8, true), L + numW + 4, y + 3.5, { lineBreak: false });
    doc
      .font(F.regular)
      .fontSize(7)
      .fillColor(C.muted)
      .text(t("evidence.typeSize", { type: e.contentType, bytes: e.size }), L + numW + 4, y + 4.3, {
        width: w - 4,
        align: "right",
        lineBreak: false,
      });
    doc
      .font(F.regular)
      .fontSize(7)
      .fillColor(C.ink)
      .text(`SHA-256 ${e.sha256}`, L + numW + 4, y + 14, { lineBreak: false });
    doc
      .font(F.regular)
      .fontSize(7)
      .fillColor(C.muted)
      .text(supports, L + numW + 4, y + 28, { width: w, lineGap: 0.8 });
    doc.y += 8;
  });
}
