import { cnCclPublic } from "./cn-ccl/public";
import { euCraPublic } from "./eu-cra/public";
import { euRedPublic } from "./eu-red/public";
import type { TPublicResultBuilder } from "./public-types";
import { genericPublic } from "./generic/public";
import type { TSchemeId } from "./types";
import { ukPstiPublic } from "./uk-psti/public";
import { usCtmPublic } from "./us-ctm/public";

/** Each scheme module's public-record builder, keyed like the registry (absent = the generic one). */
const BUILDERS: Partial<Record<TSchemeId, TPublicResultBuilder>> = {
  EU_RED: euRedPublic,
  US_CTM: usCtmPublic,
  CN_CCL: cnCclPublic,
  UK_PSTI: ukPstiPublic,
  EU_CRA: euCraPublic,
};

export const publicResultBuilder = (id: TSchemeId): TPublicResultBuilder => BUILDERS[id] ?? genericPublic(id);

export type * from "./public-types";
