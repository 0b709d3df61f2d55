import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import type { TSchemeDocument } from "../documents";
import { renderCraDeclarationPdf } from "./declaration";
import { craResultOfSnapshot } from "./result";

export const CRA_DECLARATION_SLUG = "eu-declaration-of-conformity-draft";

const targeted = (s: TLabelSnapshot) => (s.assessment.targetSchemes as readonly string[]).includes("EU_CRA");

/**
 * Why a label cannot carry the draft: it did not target the CRA, the product is outside it, or a requirement is not
 * met or not answered (a declaration states conformity: it is never drafted over known gaps). Before
 * 11 December 2027 a ready product gets the draft marked as readiness only.
 */
export function craDeclarationBlockers(s: TLabelSnapshot): string[] {
  if (!targeted(s)) return ["not_targeted"];
  const r = craResultOfSnapshot(s);
  if (!r) return ["not_targeted"];
  if (r.inScope === false) return ["not_in_scope"];
  const out: string[] = [];
  if (r.failing.length > 0) out.push("requirements_not_met");
  if (r.outcome === "incomplete") out.push("assessment_incomplete");
  return out;
}

/** The draft EU declaration of conformity (CRA Art. 28, Annex V) of a label that targeted the CRA. */
export const craDeclarationDocument: TSchemeDocument<typeof CRA_DECLARATION_SLUG> = {
  slug: CRA_DECLARATION_SLUG,
  scheme: "EU_CRA",
  title: "Draft EU declaration of conformity (CRA)",
  blockers: craDeclarationBlockers,
  render(s, lang) {
    const b = craDeclarationBlockers(s);
    if (b.length) throw new Error(`no EU declaration draft for this label: ${b.join(", ")}`);
    return renderCraDeclarationPdf(s, lang);
  },
  fileName: (code, lang) =>
    `eu-declaration-of-conformity-draft-${code}${lang === "en" ? "" : `-${lang}`}.pdf`,
};
