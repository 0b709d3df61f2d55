import type { TSchemeOpenApi } from "../openapi-types";

export const usCtmOpenApi: TSchemeOpenApi = {
  result: "UsResult",
  schemas: ({ obj, nullableBool, schemeCommon }) => ({
    UsResult: obj({
      scheme: { const: "US_CTM" },
      ...schemeCommon,
      status: { enum: ["out_of_scope", "incomplete", "not_eligible", "eligible"] },
      eligible: {
        type: "boolean",
        description: "Meets the NIST IR 8425 baseline as assessed; not an FCC authorization.",
      },
      inScope: nullableBool,
    }),
  }),
};
