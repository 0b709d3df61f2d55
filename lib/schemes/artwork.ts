import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import type { TShape } from "@/lib/report/shapes";
import { cnBody } from "./cn-ccl/artwork";
import { craBody } from "./eu-cra/artwork";
import { euBody } from "./eu-red/artwork";
import { genericBody } from "./generic/artwork";
import type { TSchemeId } from "./types";
import { pstiBody } from "./uk-psti/artwork";
import { usBody } from "./us-ctm/artwork";

/** Each scheme module's part of the label artwork: the shapes between the header band and the product line. */
const BODIES: Partial<Record<TSchemeId, (s: TLabelSnapshot) => TShape[]>> = {
  EU_RED: euBody,
  US_CTM: usBody,
  CN_CCL: cnBody,
  UK_PSTI: pstiBody,
  EU_CRA: craBody,
};

/** A module's artwork body, or the generic one (the result and what was assessed, no official mark's shape). */
export const artworkBody = (id: TSchemeId): ((s: TLabelSnapshot) => TShape[]) =>
  BODIES[id] ?? genericBody(id);
