import type { TSchemeOpenApi } from "../openapi-types";

export const usCtmOpenApi: TSchemeOpenApi = {
  result: "UsResult",
  schemas: ({ obj, nullableBool, schemeCommon, localized }) => ({
    UsResult: obj(
      {
        scheme: { const: "US_CTM" },
        ...schemeCommon,
        status: { enum: ["out_of_scope", "incomplete", "not_eligible", "eligible"] },
        eligible: {
          type: "boolean",
          description: "Meets the NIST IR 8425 baseline as assessed; not an FCC authorization.",
        },
        inScope: nullableBool,
        outOfScopeReasons: {
          type: "array",
          minItems: 1,
          items: localized,
          description:
            "Present when the product is out of the programme's scope and the label was assessed on catalog 1.1.0 or later: why, each reason naming the fact (47 CFR 8.203 exclusions, not an intentional radiator…), in English and Simplified Chinese. Absent on earlier labels.",
        },
      },
      { required: ["scheme", ...Object.keys(schemeCommon), "status", "eligible", "inScope"] },
    ),
  }),
};
