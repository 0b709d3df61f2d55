import type { ReactNode } from "react";
import type { TAssessment } from "@/lib/scoring/types";

/** A scheme module's parts of the application's screens (plain components: usable on server and client). */
export type TSchemeUi = {
  /** The scheme's result in the questionnaire's live results panel (above its tally bar and readiness). */
  Live(props: { result: TAssessment }): ReactNode;
  /** The scheme's outcome on the product page and the dashboard cards (below its name and readiness). */
  Compact(props: { result: TAssessment }): ReactNode;
};

export const ITEM = {
  display: "flex",
  justifyContent: "space-between",
  alignItems: "baseline",
  gap: "0.5rem",
} as const;
export const ITEM_LABEL = { flex: "1 1 auto", minWidth: 0 } as const;
export const LIST = {
  listStyle: "none",
  margin: "0.3rem 0 0",
  padding: 0,
  display: "grid",
  gap: "0.3rem",
} as const;
