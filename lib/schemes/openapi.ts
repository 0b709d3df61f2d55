import { cnCclOpenApi } from "./cn-ccl/openapi";
import { euCraOpenApi } from "./eu-cra/openapi";
import { euRedOpenApi } from "./eu-red/openapi";
import type { TJsonSchema, TOpenApiHelpers, TSchemeOpenApi } from "./openapi-types";
import { genericOpenApi } from "./generic/openapi";
import { ALL_SCHEME_IDS, schemeModule } from "./registry";
import type { TSchemeId } from "./types";
import { ukPstiOpenApi } from "./uk-psti/openapi";
import { usCtmOpenApi } from "./us-ctm/openapi";

/** Each module's schema (absent = the generic one, built from the envelope's fields). */
const OPENAPI: Partial<Record<TSchemeId, TSchemeOpenApi>> = {
  EU_RED: euRedOpenApi,
  US_CTM: usCtmOpenApi,
  CN_CCL: cnCclOpenApi,
  UK_PSTI: ukPstiOpenApi,
  EU_CRA: euCraOpenApi,
};

/** Every module's result schemas plus SchemeResult, the union discriminated by scheme id. */
const openApiOf = (id: TSchemeId): TSchemeOpenApi =>
  OPENAPI[id] ??
  genericOpenApi(id, `${schemeModule(id).name.en}: a lab assessment, not an official authorisation.`);

export function schemeResultSchemas(h: TOpenApiHelpers): Record<string, TJsonSchema> {
  const out: Record<string, TJsonSchema> = {};
  for (const id of ALL_SCHEME_IDS) Object.assign(out, openApiOf(id).schemas(h));
  out.SchemeResult = {
    oneOf: ALL_SCHEME_IDS.map((id) => h.ref(openApiOf(id).result)),
    discriminator: {
      propertyName: "scheme",
      mapping: Object.fromEntries(
        ALL_SCHEME_IDS.map((id) => [id, `#/components/schemas/${openApiOf(id).result}`]),
      ),
    },
  };
  return out;
}

export type { TJsonSchema } from "./openapi-types";
