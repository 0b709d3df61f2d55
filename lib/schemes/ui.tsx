import { cnCclUi } from "./cn-ccl/ui";
import { euCraUi } from "./eu-cra/ui";
import { euRedUi } from "./eu-red/ui";
import { genericUi } from "./generic/ui";
import type { TSchemeId } from "./types";
import type { TSchemeUi } from "./ui-types";
import { ukPstiUi } from "./uk-psti/ui";
import { usCtmUi } from "./us-ctm/ui";

/**
 * Each scheme module's parts of the application's screens, keyed like the registry. A module without its own
 * (every scheme after the first three may bring none) gets the generic one, which renders its envelope.
 */
const UI: Partial<Record<TSchemeId, TSchemeUi>> = {
  EU_RED: euRedUi,
  US_CTM: usCtmUi,
  CN_CCL: cnCclUi,
  UK_PSTI: ukPstiUi,
  EU_CRA: euCraUi,
};

const generic = new Map<TSchemeId, TSchemeUi>();
export const schemeUi = (id: TSchemeId): TSchemeUi => {
  const own = UI[id];
  if (own) return own;
  let g = generic.get(id);
  if (!g) generic.set(id, (g = genericUi(id)));
  return g;
};
