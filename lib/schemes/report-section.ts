import type { TCtx } from "@/lib/report/layout";
import type { TReportT } from "@/lib/report/words";
import type { TReadiness } from "@/lib/scoring/types";

/** A scheme's part of the PDF report, per report layout (server side only: pulls in the PDF layout code). */
export type TReportLayout = {
  /** Its bars in the "Results overview" chart. */
  bars(ctx: TCtx): void;
  /** Its part of the overview's readiness line, e.g. "EU 81.2 %". */
  readiness(rd: Readonly<Record<string, TReadiness>>, t?: TReportT): string;
  /** Its results section. */
  draw(ctx: TCtx): void;
};

export type TReportSection = {
  /** Layout of snapshot format 1 (frozen: lib/report/v1). Only the schemes that existed then have one. */
  v1?: TReportLayout;
  /** Layout of snapshot format 2 (lib/report/v2). */
  v2: TReportLayout;
};

export const pct = (x: number | null) => (x === null ? "—" : `${x} %`);

/** "EU 81.2 %": a scheme's part of the overview's readiness line, in the report's words (English by default). */
export const readinessIn = (t: TReportT | undefined, code: string, x: number | null): string =>
  t ? t("overview.readinessPart", { code, pct: pct(x) }) : `${code} ${pct(x)}`;
