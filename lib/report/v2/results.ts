import { N, noun } from "@/lib/i18n/plural";
import { reportSections } from "@/lib/schemes/report-sections";
import { legend, tallySegments } from "../charts";
import { bullets, C, ensureSpace, heading, paragraph } from "../layout";
import { answerText } from "../text";
import type { TCtx } from "./ctx";

/** Per-scheme results with charts, and the gaps (format-2 layout). */

export function drawOverview(ctx: TCtx): void {
  const { s } = ctx;
  const r = s.result;
  ensureSpace(ctx, 200); // heading, bars and legend stay together
  heading(ctx, "Results overview");
  paragraph(
    ctx,
    "Criteria per scheme by verdict. N/A = not applicable to this product; Open = not yet answered or justified.",
    { size: 8.5, color: C.muted },
  );
  const sections = reportSections(s.assessment.targetSchemes).map((x) => x.v2);
  for (const x of sections) x.bars(ctx);
  legend(ctx, tallySegments(r.us.tally));
  paragraph(
    ctx,
    `Readiness (applicable criteria passing): ${sections.map((x) => x.readiness(r.readiness)).join(" · ")}`,
    { bold: true },
  );
}

export function drawSchemes(ctx: TCtx): void {
  for (const x of reportSections(ctx.s.assessment.targetSchemes)) x.v2.draw(ctx);
  drawGaps(ctx);
}

function drawGaps(ctx: TCtx): void {
  const { s } = ctx;
  const q = (id: string) => ctx.text.questions.find((x) => x.id === id)?.label ?? id;
  heading(ctx, "Gaps");
  if (s.result.gaps.length === 0) paragraph(ctx, "No gaps: every applicable criterion passes.");
  bullets(
    ctx,
    s.result.gaps.map((g) => {
      const qs = g.questionIds.map((id) => `${q(id)} (now: ${answerText(s.answers[id])})`).join("; ");
      const what = g.kind === "fail" ? "Fix" : "Answer";
      const restrictions = g.restrictions.length
        ? `; ${noun(g.restrictions.length, { one: "restriction", other: "restrictions" })} ${g.restrictions.join(", ")}`
        : "";
      return `${what}: ${qs || "reviewer-overridden failure"} → affects ${g.targets.join(", ")}; ${noun(g.criteria.length, N.criterion)} ${g.criteria.join(", ")}${restrictions}`;
    }),
  );
}
