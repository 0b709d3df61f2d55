import { cnCclOpenApi } from "./cn-ccl/openapi";
import { euRedOpenApi } from "./eu-red/openapi";
import type { TJsonSchema, TOpenApiHelpers, TSchemeOpenApi } from "./openapi-types";
import { ALL_SCHEME_IDS } from "./registry";
import type { TSchemeId } from "./types";
import { usCtmOpenApi } from "./us-ctm/openapi";

const OPENAPI: Record<TSchemeId, TSchemeOpenApi> = {
  EU_RED: euRedOpenApi,
  US_CTM: usCtmOpenApi,
  CN_CCL: cnCclOpenApi,
};

/** Every module's result schemas plus SchemeResult, the union discriminated by scheme id. */
export function schemeResultSchemas(h: TOpenApiHelpers): Record<string, TJsonSchema> {
  const out: Record<string, TJsonSchema> = {};
  for (const id of ALL_SCHEME_IDS) Object.assign(out, OPENAPI[id].schemas(h));
  out.SchemeResult = {
    oneOf: ALL_SCHEME_IDS.map((id) => h.ref(OPENAPI[id].result)),
    discriminator: {
      propertyName: "scheme",
      mapping: Object.fromEntries(
        ALL_SCHEME_IDS.map((id) => [id, `#/components/schemas/${OPENAPI[id].result}`]),
      ),
    },
  };
  return out;
}

export type { TJsonSchema } from "./openapi-types";
