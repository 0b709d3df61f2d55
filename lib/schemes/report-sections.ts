import { cnCclReport } from "./cn-ccl/report";
import { euCraReport } from "./eu-cra/report";
import { euRedReport } from "./eu-red/report";
import { genericReport } from "./generic/report";
import type { TReportSection } from "./report-section";
import type { TSchemeId } from "./types";
import { ukPstiReport } from "./uk-psti/report";
import { usCtmReport } from "./us-ctm/report";
import { ALL_SCHEME_IDS } from "./registry";

/** Each scheme module's report sections, keyed like the registry (server side: the PDF layout code comes along). */
const SECTIONS: Partial<Record<TSchemeId, TReportSection>> = {
  EU_RED: euRedReport,
  US_CTM: usCtmReport,
  CN_CCL: cnCclReport,
  UK_PSTI: ukPstiReport,
  EU_CRA: euCraReport,
};

/** A module's sections, or the generic v2 section (format-1 snapshots never target a scheme without its own). */
export const reportSection = (id: TSchemeId): TReportSection => SECTIONS[id] ?? genericReport(id);

/** Sections in registry order, optionally only for the given ids. */
export function reportSections(ids: readonly TSchemeId[] = ALL_SCHEME_IDS): TReportSection[] {
  return ALL_SCHEME_IDS.filter((id) => ids.includes(id)).map(reportSection);
}
