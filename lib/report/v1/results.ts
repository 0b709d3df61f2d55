import type { TSchemeId } from "@/lib/schemes";
import { legend, levelBar, stackedBar, star, tallySegments } from "../charts";
import {
  bullets,
  C,
  CONTENT_W,
  ensureSpace,
  F,
  heading,
  keyValues,
  PAGE,
  paragraph,
  subheading,
  type TCtx as TCtxAny,
} from "../layout";
import {
  answerText,
  cnHeadline,
  day,
  EU_ARTICLE_NAME,
  EU_ROUTE_TEXT,
  euShort,
  SCHEME_TITLE,
  usHeadline,
} from "../text";
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
  const tallies: [TSchemeId, (typeof r.eu.articles)[number]["tally"]][] = [
    ["US_CTM", r.us.tally],
    ["CN_CCL", r.cn.tally],
  ];
  for (const a of r.eu.articles) stackedBar(ctx, `EU ${EU_ARTICLE_NAME[a.article]}`, tallySegments(a.tally));
  for (const [id, t] of tallies)
    stackedBar(ctx, id === "US_CTM" ? "US NIST IR 8425" : "China CCL", tallySegments(t));
  legend(ctx, tallySegments(r.us.tally));
  const rd = r.readiness;
  const pct = (x: number | null) => (x === null ? "—" : `${x} %`);
  paragraph(
    ctx,
    `Readiness (applicable criteria passing): EU ${pct(rd.EU_RED.percent)} · US ${pct(rd.US_CTM.percent)} · China ${pct(rd.CN_CCL.percent)}`,
    { bold: true },
  );
}

export function drawSchemes(ctx: TCtx): void {
  const { s } = ctx;
  const { eu, us, cn } = s.result;
  const q = (id: string) => ctx.text.questions.find((x) => x.id === id)?.label ?? id;

  heading(ctx, SCHEME_TITLE.EU_RED);
  for (const a of eu.articles) {
    subheading(ctx, `Article 3(3)${EU_ARTICLE_NAME[a.article]} · EN 18031-${a.part}`);
    keyValues(ctx, [
      ["Result", euShort(a)],
      ["Conformity route", EU_ROUTE_TEXT[a.route]],
      ["Why", a.routeReason],
      [
        "Criteria",
        `${a.tally.passing} pass, ${a.tally.failing} fail, ${a.tally.unanswered} open, ${a.tally.notApplicable} not applicable`,
      ],
    ]);
    const triggered = a.restrictions.filter((x) => x.triggered === true);
    if (triggered.length > 0)
      bullets(
        ctx,
        triggered.map((x) => `Restriction ${x.id} applies: ${x.summary}`),
      );
  }
  if (eu.regimeNote) paragraph(ctx, eu.regimeNote, { size: 8.5, color: C.muted });

  heading(ctx, SCHEME_TITLE.US_CTM);
  keyValues(ctx, [
    [
      "Result",
      `${usHeadline(us)}${us.eligible ? ": the product meets the NIST IR 8425 baseline as assessed" : ""}`,
    ],
    ["In scope", us.inScope === null ? "Undetermined" : us.inScope ? "Yes" : "No"],
    ["Failing criteria", us.failing.join(", ") || "none"],
    ["Open criteria", us.unanswered.join(", ") || "none"],
    ["Registry fields missing", us.missingRegistry.map((m) => `${m.field}. ${m.label}`).join("; ") || "none"],
    ["Support period end", s.product.supportPeriodEnd],
  ]);

  ensureSpace(ctx, 200); // keep the China block (stars, facts, level bars) on one page
  heading(ctx, SCHEME_TITLE.CN_CCL);
  const y = ctx.doc.y;
  [1, 2, 3].forEach((i) => star(ctx.doc, PAGE.left + 14 + (i - 1) * 30, y + 13, 12, i <= cn.stars));
  ctx.doc
    .font(F.bold)
    .fontSize(13)
    .fillColor(C.ink)
    .text(`${cnHeadline(cn)} (${cn.stars} 星)`, PAGE.left + 100, y + 5, { width: CONTENT_W - 100 });
  ctx.doc.y = y + 34;
  keyValues(ctx, [
    ["Rating", cn.provisional ? "Provisional: the implementation rules are still in draft" : "Final"],
    [
      "Product catalogue",
      cn.catalogueListed === null
        ? "Undetermined"
        : cn.catalogueListed
          ? "Listed product type"
          : "Readiness only: product type not in a published catalogue",
    ],
  ]);
  for (const l of cn.levels)
    levelBar(
      ctx,
      `Level ${l.level}: ${l.passing} of ${l.required}${l.met ? " (met)" : ""}`,
      l.passing,
      l.required,
      l.met,
    );
  if (cn.missingForNext) {
    paragraph(
      ctx,
      `Blocking ${cn.missingForNext.level} stars: ${cn.missingForNext.criteria.map((c) => `${c.key} (${c.verdict.toLowerCase()})`).join(", ")}`,
      { size: 8.5 },
    );
  }

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
