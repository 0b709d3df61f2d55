import type { TSchemeOpenApi } from "../openapi-types";
import { PSTI_REQUIREMENTS, PSTI_ROUTES, PSTI_STATUSES } from "./rule";

export const ukPstiOpenApi: TSchemeOpenApi = {
  result: "PstiResult",
  schemas: ({ obj, nullableBool, schemeCommon }) => ({
    PstiResult: obj({
      scheme: { const: "UK_PSTI" },
      ...schemeCommon,
      status: {
        enum: [...PSTI_STATUSES],
        description:
          "compliant: the three PSTI Schedule 1 requirements and the statement of compliance are met as assessed (a self-declaration regime: not a UK authorisation).",
      },
      inScope: nullableBool,
      requirements: {
        type: "array",
        items: obj({
          key: { enum: [...PSTI_REQUIREMENTS] },
          state: { enum: ["met", "not_triggered", "open", "not_met"] },
          via: {
            type: "array",
            items: { enum: [...PSTI_ROUTES] },
            description:
              "How the requirement is met: Schedule 1 directly, a Schedule 2 standard, or an accepted label.",
          },
        }),
      },
      statement: {
        oneOf: [{ type: "null" }, obj({ en: { type: "string" }, "zh-CN": { type: "string" } })],
        description:
          "Relative paths of the UK statement of compliance (PDF, English original and Chinese translation); null when none can be made.",
      },
      labels: {
        type: "array",
        items: { enum: ["jcstar", "cls"] },
        description: "Accepted labels the deemed compliance relies on (JC-STAR STAR-1, Singapore CLS).",
      },
    }),
  }),
};
