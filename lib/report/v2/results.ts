import { reportSections } from "@/lib/schemes/report-sections";
import { legend, tallySegments } from "../charts";
import { bullets, C, ensureSpace, heading, paragraph } from "../layout";
import { answerIn } from "./answers";
import type { TCtx } from "./ctx";

/** Per-scheme results with charts, and the gaps (format-2 layout). */

export function drawOverview(ctx: TCtx): void {
  const { s, t } = ctx;
  const r = s.result;
  ensureSpace(ctx, 200); // heading, bars and legend stay together
  heading(ctx, t("overview.heading"));
  paragraph(ctx, t("overview.intro"), { size: 8.5, color: C.muted });
  const sections = reportSections(s.assessment.targetSchemes).map((x) => x.v2);
  for (const x of sections) x.bars(ctx);
  legend(ctx, tallySegments(r.us.tally, t));
  paragraph(
    ctx,
    t("overview.readiness", { list: sections.map((x) => x.readiness(r.readiness, t)).join(" · ") }),
    { bold: true },
  );
}

export function drawSchemes(ctx: TCtx): void {
  for (const x of reportSections(ctx.s.assessment.targetSchemes)) x.v2.draw(ctx);
  drawGaps(ctx);
}

function drawGaps(ctx: TCtx): void {
  const { s, t } = ctx;
  const q = (id: string) => ctx.text.questions.find((x) => x.id === id)?.label ?? id;
  heading(ctx, t("gaps.heading"));
  if (s.result.gaps.length === 0) paragraph(ctx, t("gaps.none"));
  bullets(
    ctx,
    s.result.gaps.map((g) => {
      const qs = g.questionIds
        .map((id) => t("gaps.question", { question: q(id), answer: answerIn(ctx, s.answers[id]) }))
        .join(t("sep.list"));
      const line = t(g.kind === "fail" ? "gaps.fix" : "gaps.answer", {
        questions: qs || t("gaps.overridden"),
        targets: g.targets.join(", "),
        n: g.criteria.length,
        criteria: g.criteria.join(", "),
      });
      return g.restrictions.length
        ? `${line}${t("gaps.restrictions", { n: g.restrictions.length, restrictions: g.restrictions.join(", ") })}`
        : line;
    }),
  );
}
