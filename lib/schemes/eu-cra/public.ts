import { publicT } from "@/lib/i18n/public-label";
import type { TSchemeCommon } from "../public-types";
import { localized } from "../public-types";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { documentPath } from "../documents";
import { CRA_DECLARATION_SLUG, craDeclarationBlockers } from "./document";
import { craResultOfSnapshot } from "./result";
import type { TCraClass, TCraOutcome, TCraProcedure, TCraResult } from "./rule";

/** The CRA's part of the public record (GET /api/public/labels/<code>, the public page). */
export type TPublicCraResult = TSchemeCommon & {
  scheme: "EU_CRA";
  /** "readiness" before 11 December 2027, "conformity" from then (by the lab's approval date). */
  regime: TCraResult["regime"];
  asOf: string;
  inScope: boolean | null;
  status: TCraOutcome;
  productClass: TCraClass | null;
  annexPoint: string | null;
  route: TCraResult["route"]["id"];
  procedures: TCraProcedure[];
  reportingInForce: boolean;
  /** Where the draft EU declaration of conformity is downloaded (relative paths), or null when none can be made. */
  declaration: { en: string; "zh-CN": string } | null;
};

export function euCraPublic(s: TLabelSnapshot, common: Omit<TSchemeCommon, "summary">): TPublicCraResult {
  const r = craResultOfSnapshot(s);
  if (!r) throw new Error("euCraPublic: the label's assessment did not target the EU CRA");
  const summary = localized((lang) => {
    const t = publicT(lang);
    const parts = [t(`cra.status.${r.outcome}`)];
    if (r.productClass.id) parts.push(t(`cra.class.${r.productClass.id}`));
    return parts.join(lang === "zh-CN" ? "；" : "; ");
  });
  return {
    ...common,
    scheme: "EU_CRA",
    summary,
    regime: r.regime,
    asOf: r.asOf,
    inScope: r.inScope,
    status: r.outcome,
    productClass: r.productClass.id,
    annexPoint: r.productClass.annexPoint,
    route: r.route.id,
    procedures: r.route.procedures,
    reportingInForce: r.art14.inForce,
    declaration:
      craDeclarationBlockers(s).length === 0
        ? {
            en: documentPath(s.label.publicCode, CRA_DECLARATION_SLUG, "en"),
            "zh-CN": documentPath(s.label.publicCode, CRA_DECLARATION_SLUG, "zh-CN"),
          }
        : null,
  };
}
