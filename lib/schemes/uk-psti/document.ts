import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import type { TSchemeDocument } from "../documents";
import { pstiOf } from "./result";
import { renderPstiStatementPdf, statementBlockers } from "./statement";

export const PSTI_STATEMENT_SLUG = "uk-statement-of-compliance";

const targeted = (s: TLabelSnapshot) => (s.assessment.targetSchemes as readonly string[]).includes("UK_PSTI");

/** The UK statement of compliance of a label (PSTI Act s. 9, Regs Sch. 4). */
export const pstiStatementDocument: TSchemeDocument<typeof PSTI_STATEMENT_SLUG> = {
  slug: PSTI_STATEMENT_SLUG,
  scheme: "UK_PSTI",
  title: "UK PSTI statement of compliance",
  blockers: (s) => statementBlockers(s, targeted(s) ? pstiOf(s.result) : null, targeted(s)),
  render(s, lang) {
    const b = this.blockers(s);
    if (b.length) throw new Error(`no statement of compliance for this label: ${b.join(", ")}`);
    return renderPstiStatementPdf(s, pstiOf(s.result), lang);
  },
  fileName: (code, lang) => `uk-statement-of-compliance-${code}${lang === "en" ? "" : `-${lang}`}.pdf`,
};
