import type { TSchemeUi } from "../ui-types";
import { craOf, todayUtc } from "./result";
import { CraCompact, CraLive } from "./ui-parts";

/** Live results and compact outcome, evaluated on today's date (a label's own result is on its page and report). */
export const euCraUi: TSchemeUi = {
  Live: ({ result }) => <CraLive r={craOf(result, todayUtc())} version={result.catalogVersion} />,
  Compact: ({ result }) => <CraCompact r={craOf(result, todayUtc())} />,
};
