import { reportSections } from "@/lib/schemes/report-sections";
import { legend, tallySegments } from "../charts";
import { bullets, C, ensureSpace, heading, keyValues, paragraph, type TCtx as TCtxAny } from "../layout";
import { answerText, day, SCHEME_TITLE } from "../text";
import type { TLabelSnapshotV1 } from "@/lib/labels/snapshot-types";

type TCtx = TCtxAny<TLabelSnapshotV1>;

/** Facts, sign-off, per-scheme results with charts, and the gaps. */

export function drawFacts(ctx: TCtx): void {
  const { s } = ctx;
  const p = s.product;
  heading(ctx, "Product and manufacturer", { newPage: true });
  keyValues(ctx, [
    ["Product", p.modelName],
    ["Model number", p.modelNumber ?? "—"],
    ["Hardware / firmware", `${p.hardwareVersion} / ${p.firmwareVersion}`],
    ["Category", p.categoryLabel],
    ["Description", p.description ?? "—"],
    ["Manufacturer", `${s.manufacturer.name}${s.manufacturer.country ? ` (${s.manufacturer.country})` : ""}`],
    ["Security support until", p.supportPeriodEnd],
    ["Security updates", p.updatesAutomatic ? "Installed automatically" : "Installed by the user"],
    ["Default credentials", p.defaultCredentials ?? "—"],
    ["Vulnerability disclosure", p.vulnDisclosureUrl ?? "—"],
    ["Privacy policy", p.privacyPolicyUrl ?? "—"],
  ]);

  const accepted = s.decisions.filter((d) => d.decision === "ACCEPT").length;
  const overridden = s.decisions.filter((d) => d.overrideVerdict !== null).length;
  heading(ctx, "Lab and reviewer sign-off");
  keyValues(ctx, [
    ["Lab", `${s.lab.name}${s.lab.country ? ` (${s.lab.country})` : ""}`],
    ["Reviewer", s.reviewer.name],
    ["Assessment", `${s.assessment.id}, round ${s.assessment.round}`],
    ["Target schemes", s.assessment.targetSchemes.map((t) => SCHEME_TITLE[t]).join("; ")],
    ["Submitted", day(s.assessment.submittedAt)],
    ["Approved and issued", day(s.assessment.approvedAt)],
    ["Valid until", day(s.label.validUntil)],
    [
      "Reviewer decisions",
      `${accepted} criteria accepted, ${s.decisions.length - accepted} rejected, ${overridden} engine verdicts overridden with a written reason`,
    ],
  ]);
  paragraph(
    ctx,
    `Approved by ${s.reviewer.name} for ${s.lab.name} on ${day(s.assessment.approvedAt)}. The reviewer's decisions are frozen in the signed snapshot; overrides and their reasons are listed per criterion below.`,
    { size: 8.5, color: C.muted },
  );
}

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
  const sections = reportSections().flatMap((x) => (x.v1 ? [x.v1] : []));
  for (const x of sections) x.bars(ctx);
  legend(ctx, tallySegments(r.us.tally));
  paragraph(
    ctx,
    `Readiness (applicable criteria passing): ${sections.map((x) => x.readiness(r.readiness)).join(" · ")}`,
    { bold: true },
  );
}

export function drawSchemes(ctx: TCtx): void {
  const { s } = ctx;
  const q = (id: string) => ctx.text.questions.find((x) => x.id === id)?.label ?? id;
  for (const x of reportSections()) x.v1?.draw(ctx);

  heading(ctx, "Gaps");
  if (s.result.gaps.length === 0) paragraph(ctx, "No gaps: every applicable criterion passes.");
  bullets(
    ctx,
    s.result.gaps.map((g) => {
      const qs = g.questionIds.map((id) => `${q(id)} (now: ${answerText(s.answers[id])})`).join("; ");
      const what = g.kind === "fail" ? "Fix" : "Answer";
      return `${what}: ${qs || "reviewer-overridden failure"} → affects ${g.targets.join(", ")}; criteria ${g.criteria.join(", ")}${g.restrictions.length ? `; restrictions ${g.restrictions.join(", ")}` : ""}`;
    }),
  );
}
