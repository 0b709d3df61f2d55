import type { TSchemeOpenApi } from "../openapi-types";
import { CRA_OUTCOMES } from "./rule";

export const euCraOpenApi: TSchemeOpenApi = {
  result: "CraResult",
  schemas: ({ obj, str, nullableBool, schemeCommon }) => ({
    CraResult: obj({
      scheme: { const: "EU_CRA" },
      ...schemeCommon,
      regime: {
        enum: ["readiness", "conformity"],
        description:
          "readiness before 11 December 2027 (the CRA's Annex I and conformity assessment do not apply yet), conformity from then; decided by the lab's approval date.",
      },
      asOf: {
        ...str,
        format: "date",
        description: "The date the result was evaluated for (the lab's approval).",
      },
      inScope: nullableBool,
      status: { enum: [...CRA_OUTCOMES], description: "The CRA outcome (worst first)." },
      productClass: {
        enum: ["default", "important_i", "important_ii", "critical", null],
        description: "Art. 7 and 8: default, important class I or II (Annex III), critical (Annex IV).",
      },
      annexPoint: {
        type: ["string", "null"],
        description: "The Annex III or IV point of the core function.",
      },
      route: {
        enum: ["none", "undetermined", "module_a", "notified_body", "certification_or_notified_body"],
        description: "Conformity route the class allows (Art. 32).",
      },
      procedures: {
        type: "array",
        items: { enum: ["A", "B+C", "H", "EUCC"] },
        description: "Conformity assessment procedures open to the product.",
      },
      reportingInForce: {
        type: "boolean",
        description: "Whether the Art. 14 reporting duty applied on asOf (it does since 11 September 2026).",
      },
    }),
  }),
};
