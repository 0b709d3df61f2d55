import { stackedBar, tallySegments } from "@/lib/report/charts";
import { bullets, C, heading, keyValues, paragraph, subheading, type TCtx } from "@/lib/report/layout";
import { readinessIn, type TReportSection } from "../report-section";
import { tallyText } from "../eu-red/report";
import { dayIn } from "@/lib/report/words";
import { scopeReasonText } from "../i18n/scope-reasons";
import { craResultOfSnapshot } from "./result";
import { CRA_CLASS_TEXT, CRA_OUTCOME_TEXT } from "./text";

/** The conformity procedures' names (report.json cra.procedure.*); an unknown one is printed as its code. */
const PROCEDURE: Record<string, "A" | "BC" | "H" | "EUCC"> = { A: "A", "B+C": "BC", H: "H", EUCC: "EUCC" };

function bars(ctx: TCtx): void {
  const r = craResultOfSnapshot(ctx.s);
  if (r) stackedBar(ctx, ctx.t("scheme.EU_CRA.chart"), tallySegments(r.tally, ctx.t));
}

/** Report layout v2 only: format-1 snapshots never target the CRA. */
export const euCraReport: TReportSection = {
  v2: {
    bars,
    readiness: (rd, t) => readinessIn(t, "CRA", rd.EU_CRA?.percent ?? null),
    draw(ctx) {
      const r = craResultOfSnapshot(ctx.s);
      if (!r) return;
      const { t, lang } = ctx;
      const reasons = (xs: readonly string[]) =>
        xs.map((x) => scopeReasonText(ctx.s.catalog.version, lang, "EU_CRA", x)).join(" ");
      heading(ctx, t("cra.heading"));
      if (r.regime === "readiness")
        paragraph(ctx, t("cra.readinessNotice", { asOf: lang === "en" ? r.asOf : dayIn(t, lang, r.asOf) }), {
          bold: true,
          color: C.open,
        });
      if (r.inScope === false) {
        keyValues(ctx, [
          [t("row.result"), CRA_OUTCOME_TEXT[r.outcome][lang]],
          [t("row.why"), reasons(r.outOfScopeReasons) || t("cra.outside")],
        ]);
        return;
      }
      const cls = r.productClass.id ? CRA_CLASS_TEXT[r.productClass.id][lang] : null;
      keyValues(ctx, [
        [t("row.result"), CRA_OUTCOME_TEXT[r.outcome][lang]],
        [
          t("cra.productClass"),
          cls === null
            ? t("cra.notDecided")
            : r.productClass.annexPoint
              ? t("cra.classAnnex", { cls, annex: r.productClass.annexPoint })
              : cls,
        ],
        [
          t("cra.whyClass"),
          r.productClass.hint ? `${r.productClass.reason} ${r.productClass.hint}` : r.productClass.reason,
        ],
        [
          t("cra.route"),
          r.route.procedures
            .map((p) => (PROCEDURE[p] ? t(`cra.procedure.${PROCEDURE[p]}`) : p))
            .join(t("sep.list")) || t("cra.noRoute"),
        ],
        [t("cra.whyRoute"), r.route.reason],
        [t("cra.art14"), r.art14.text],
        [t("row.criteria"), tallyText(r.tally, t)],
      ]);
      const notes = [
        ...r.naWithoutRiskAssessment.map((key) => t("cra.naWithoutRisk", { key })),
        ...r.naRefused.map((key) => t("cra.naRefused", { key })),
      ];
      if (notes.length > 0) {
        subheading(ctx, t("cra.naHeading"));
        bullets(ctx, notes);
      }
      paragraph(ctx, t("cra.declarationNote"), { size: 8.5, color: C.muted });
    },
  },
};
