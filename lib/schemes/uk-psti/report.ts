import { stackedBar, tallySegments } from "@/lib/report/charts";
import { heading, keyValues, paragraph } from "@/lib/report/layout";
import type { TCtx } from "@/lib/report/layout";
import { SCHEME_TITLE } from "@/lib/report/text";
import { chartTitle } from "../module";
import { pct, type TReportSection } from "../report-section";
import { PSTI_STANDARDS } from "../catalog-v1-2/uk-psti";
import { PSTI_STATUS_TEXT, ukPsti } from "./index";
import { pstiOf } from "./result";
import type { TPstiRequirementKey, TPstiRoute, TPstiState } from "./rule";

const STATE: Record<TPstiState, string> = {
  met: "Met",
  not_triggered: "Not triggered (no passwords)",
  open: "Open",
  not_met: "Not met",
};
/** Row labels short enough for the report's label column (the legal reference in the words). */
const ROW: Record<TPstiRequirementKey, string> = {
  "PSTI-1": "Passwords (Sch. 1 para 1)",
  "PSTI-2": "Issue reporting (para 2)",
  "PSTI-3": "Support period (para 3)",
  "PSTI-SoC": "Statement (Act s. 9)",
};
const VIA: Record<TPstiRoute, string> = {
  direct: "Schedule 1",
  etsi: PSTI_STANDARDS.etsi,
  iso29147: PSTI_STANDARDS.iso29147,
  jcstar: "JC-STAR STAR-1 label",
  cls: "Singapore CLS label",
};

/** The PSTI result's rows: outcome, scope, each requirement with its route, what is missing. */
export function pstiRows(ctx: Pick<TCtx, "s">): [string, string][] {
  const p = pstiOf(ctx.s.result);
  const rows: [string, string][] = [
    ["Result", PSTI_STATUS_TEXT[p.status].en],
    ["In scope", p.inScope === null ? "Undetermined" : p.inScope ? "Yes" : "No"],
  ];
  if (p.outOfScopeReasons.length) rows.push(["Why not", p.outOfScopeReasons.join(" ")]);
  for (const r of p.requirements)
    rows.push([
      ROW[r.key],
      `${STATE[r.state]}${r.via.length ? ` via ${r.via.map((v) => VIA[v]).join(", ")}` : ""}${
        r.failing.length || r.unanswered.length ? ` (${[...r.failing, ...r.unanswered].join(", ")})` : ""
      }`,
    ]);
  for (const u of p.unmetRoutes) rows.push(["Route not met", `${u.key} (${VIA[u.route]})`]);
  return rows;
}

export const ukPstiReport: TReportSection = {
  v2: {
    bars: (ctx) => {
      const t = ctx.s.result.schemes?.UK_PSTI?.tally;
      if (t) stackedBar(ctx, chartTitle(ukPsti), tallySegments(t));
    },
    readiness: (rd) => `UK ${pct(rd.UK_PSTI?.percent ?? null)}`,
    draw(ctx) {
      heading(ctx, SCHEME_TITLE.UK_PSTI);
      keyValues(ctx, pstiRows(ctx));
      paragraph(
        ctx,
        "PSTI is a self-declaration: the manufacturer's statement of compliance, not a certificate. This report supports that statement; it is not an authorisation by the UK Government or OPSS.",
        { size: 8 },
      );
    },
  },
};
