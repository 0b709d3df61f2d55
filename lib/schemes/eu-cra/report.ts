import { stackedBar, tallySegments } from "@/lib/report/charts";
import { bullets, C, heading, keyValues, paragraph, subheading, type TCtx } from "@/lib/report/layout";
import { chartTitle } from "../module";
import { pct, type TReportSection } from "../report-section";
import { euCra } from "./index";
import { tallyText } from "../eu-red/report";
import { craResultOfSnapshot } from "./result";
import { CRA_CLASS_TEXT, CRA_OUTCOME_TEXT } from "./text";

const PROCEDURE: Record<string, string> = {
  A: "Module A (internal control)",
  "B+C": "EU-type examination (B) + conformity to type (C)",
  H: "Full quality assurance (H)",
  EUCC: "European cybersecurity certificate ('substantial' or higher)",
};

function bars(ctx: TCtx): void {
  const r = craResultOfSnapshot(ctx.s);
  if (r) stackedBar(ctx, chartTitle(euCra), tallySegments(r.tally));
}

/** Report layout v2 only: format-1 snapshots never target the CRA. */
export const euCraReport: TReportSection = {
  v2: {
    bars,
    readiness: (rd) => `CRA ${pct(rd.EU_CRA?.percent ?? null)}`,
    draw(ctx) {
      const r = craResultOfSnapshot(ctx.s);
      if (!r) return;
      heading(ctx, "EU Cyber Resilience Act (Regulation (EU) 2024/2847)");
      if (r.regime === "readiness")
        paragraph(
          ctx,
          `Readiness assessment as of ${r.asOf}. Annex I, the conformity procedures and the CE marking apply from 11 December 2027: this is not a conformity result.`,
          { bold: true, color: C.open },
        );
      if (r.inScope === false) {
        keyValues(ctx, [
          ["Result", CRA_OUTCOME_TEXT[r.outcome].en],
          ["Why", r.outOfScopeReasons.join(" ") || "Outside the CRA."],
        ]);
        return;
      }
      keyValues(ctx, [
        ["Result", CRA_OUTCOME_TEXT[r.outcome].en],
        [
          "Product class",
          r.productClass.id
            ? `${CRA_CLASS_TEXT[r.productClass.id].en}${r.productClass.annexPoint ? ` (${r.productClass.annexPoint})` : ""}`
            : "Not decided",
        ],
        [
          "Why this class",
          r.productClass.hint ? `${r.productClass.reason} ${r.productClass.hint}` : r.productClass.reason,
        ],
        ["Conformity route", r.route.procedures.map((p) => PROCEDURE[p] ?? p).join("; ") || "None"],
        ["Why this route", r.route.reason],
        ["Article 14 reporting", r.art14.text],
        ["Criteria", tallyText(r.tally)],
      ]);
      const notes = [
        ...r.naWithoutRiskAssessment.map(
          (k) =>
            `${k}: not applicable only with the risk assessment's justification (Art. 13(4)); CRA-I.1 does not pass.`,
        ),
        ...r.naRefused.map((k) => `${k}: the CRA gives no not-applicable exit.`),
      ];
      if (notes.length > 0) {
        subheading(ctx, "Not-applicable claims not accepted");
        bullets(ctx, notes);
      }
      paragraph(
        ctx,
        "A draft EU declaration of conformity (Annex V) for the manufacturer to complete and sign can be downloaded with this label. Cyberlabel is not a notified body.",
        { size: 8.5, color: C.muted },
      );
    },
  },
};
