import { cnCclPublicPage } from "./cn-ccl/public-page";
import { euCraPublicPage } from "./eu-cra/public-page";
import { euRedPublicPage } from "./eu-red/public-page";
import { genericPublicPage } from "./generic/public-page";
import type { TPublicPage } from "./public-page-types";
import type { TSchemeId } from "./types";
import { ukPstiPublicPage } from "./uk-psti/public-page";
import { usCtmPublicPage } from "./us-ctm/public-page";

/** Each scheme module's parts of the public page, keyed like the registry (absent = the generic card). */
const PAGES: Partial<Record<TSchemeId, TPublicPage>> = {
  EU_RED: euRedPublicPage,
  US_CTM: usCtmPublicPage,
  CN_CCL: cnCclPublicPage,
  UK_PSTI: ukPstiPublicPage,
  EU_CRA: euCraPublicPage,
};

export const publicPage = (id: TSchemeId): TPublicPage => PAGES[id] ?? genericPublicPage;
