import { stackedBar, tallySegments } from "@/lib/report/charts";
import { bullets, C, heading, keyValues, paragraph, subheading, type TCtx } from "@/lib/report/layout";
import { chartTitle } from "../module";
import { euCra } from "./index";
import { readinessIn, type TReportSection } from "../report-section";
import { tallyText } from "../eu-red/report";
import { dayIn, knownSentence } from "@/lib/report/words";
import { getCatalog } from "../index";
import { localizeCatalog } from "../i18n";
import { scopeReasonText } from "../i18n/scope-reasons";
import { craResultOfSnapshot } from "./result";
import { CRA_CLASS_TEXT, CRA_OUTCOME_TEXT } from "./text";

/** The conformity procedures' names (report.json cra.procedure.*); an unknown one is printed as its code. */
const PROCEDURE: Record<string, "A" | "BC" | "H" | "EUCC"> = { A: "A", "B+C": "BC", H: "H", EUCC: "EUCC" };

const REASONS = [
  "classAsk", "classCritical", "classII", "classI", "classDefault", "outsideClass", "outsideRoute",
  "routeUndecided", "routeDefault", "routeIStandards", "routeIAsk", "routeINoneCited", "routeINotApplied",
  "routeII", "routeCriticalCert", "routeCritical", "art14Now", "art14Later",
].map((k) => `cra.reason.${k}` as const); // prettier-ignore
const HINTS = ["router", "lock", "camera", "speaker", "toy", "wearable"].map(
  (k) => `cra.hintText.${k}` as const,
);

/** The rule's English reasons (class, route, Art. 14, hint) in the report's language. */
function reasonIn(ctx: TCtx, english: string): string {
  const { t, lang } = ctx;
  if (lang === "en") return english;
  // The core function's label as the Chinese catalog words it (the rule quotes the English option label).
  const v = ctx.s.catalog.version;
  const option = (label: string) => {
    const en = getCatalog(v).questions.find((q) => q.id === "p.cra.core_function");
    const i = en?.type === "choice" ? en.options.findIndex((o) => o.label === label) : -1;
    const zh = localizeCatalog(v, lang).questions.find((q) => q.id === "p.cra.core_function");
    return zh?.type === "choice" && i >= 0 ? (zh.options[i]?.label ?? label) : label;
  };
  const arg = (name: string, value: string) =>
    name === "label" ? option(value) : name === "asOf" ? dayIn(t, lang, value) : value;
  return english
    .split(/(?<=\.) (?=Check the core function:)/)
    .map((part) =>
      part.startsWith("Check the core function:")
        ? knownSentence(t, lang, part, ["cra.reason.hint"], (_n, text) => knownSentence(t, lang, text, HINTS))
        : knownSentence(t, lang, part, REASONS, arg),
    )
    .join("");
}

/** The Annex point of the class as the Chinese catalog's option label gives it ("附件 III，I 类，第 17 点"). */
function annexIn(ctx: TCtx, english: string): string {
  if (ctx.lang === "en") return english;
  const value = ctx.s.answers["p.cra.core_function"];
  const q = localizeCatalog(ctx.s.catalog.version, ctx.lang).questions.find(
    (x) => x.id === "p.cra.core_function",
  );
  const label = q?.type === "choice" ? q.options.find((o) => o.value === value)?.label : undefined;
  return (label && /（([^（）]*)）$/.exec(label)?.[1]) || english;
}

function bars(ctx: TCtx): void {
  const r = craResultOfSnapshot(ctx.s);
  if (r) stackedBar(ctx, chartTitle(euCra, ctx.lang), tallySegments(r.tally, ctx.t));
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
              ? t("cra.classAnnex", { cls, annex: annexIn(ctx, r.productClass.annexPoint) })
              : cls,
        ],
        [
          t("cra.whyClass"),
          reasonIn(
            ctx,
            r.productClass.hint ? `${r.productClass.reason} ${r.productClass.hint}` : r.productClass.reason,
          ),
        ],
        [
          t("cra.route"),
          r.route.procedures
            .map((p) => (PROCEDURE[p] ? t(`cra.procedure.${PROCEDURE[p]}`) : p))
            .join(t("sep.list")) || t("cra.noRoute"),
        ],
        [t("cra.whyRoute"), reasonIn(ctx, r.route.reason)],
        [t("cra.art14"), reasonIn(ctx, r.art14.text)],
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
