import type { TSchemeOpenApi } from "../openapi-types";

export const euRedOpenApi: TSchemeOpenApi = {
  result: "EuResult",
  schemas: ({ obj, ref, nullableBool, schemeCommon }) => ({
    EuArticle: obj({
      article: { enum: ["d", "e", "f"], description: "RED article 3(3)(d), (e) or (f)." },
      standard: { enum: ["EN 18031-1", "EN 18031-2", "EN 18031-3"] },
      inScope: nullableBool,
      status: {
        enum: ["not_required", "incomplete", "no_presumption", "notified_body_required", "presumption"],
      },
      conformant: nullableBool,
      route: {
        enum: ["none", "undetermined", "notified_body", "module_a"],
        description: "Conformity route.",
      },
    }),
    EuResult: obj({
      scheme: { const: "EU_RED" },
      ...schemeCommon,
      articles: { type: "array", items: ref("EuArticle") },
    }),
  }),
};
