import type { TSchemeOpenApi } from "../openapi-types";

export const cnCclOpenApi: TSchemeOpenApi = {
  result: "CnResult",
  schemas: ({ obj, nullableBool, schemeCommon }) => ({
    CnResult: obj({
      scheme: { const: "CN_CCL" },
      ...schemeCommon,
      stars: {
        enum: [0, 1, 2, 3],
        description: "Readiness level; not the official China Cybersecurity Label.",
      },
      inScope: nullableBool,
      catalogueListed: {
        ...nullableBool,
        description: "false: readiness only, product type not in a published catalogue.",
      },
    }),
  }),
};
