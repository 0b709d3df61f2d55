import { cnCclUi } from "./cn-ccl/ui";
import { euRedUi } from "./eu-red/ui";
import type { TSchemeId } from "./types";
import type { TSchemeUi } from "./ui-types";
import { usCtmUi } from "./us-ctm/ui";

/** Each scheme module's parts of the application's screens, keyed like the registry. */
const UI: Record<TSchemeId, TSchemeUi> = {
  EU_RED: euRedUi,
  US_CTM: usCtmUi,
  CN_CCL: cnCclUi,
};

export const schemeUi = (id: TSchemeId): TSchemeUi => UI[id];
