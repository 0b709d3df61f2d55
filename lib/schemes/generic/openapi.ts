import type { TSchemeOpenApi } from "../openapi-types";
import type { TSchemeId } from "../types";

/** The OpenAPI schema of a scheme without one of its own: its id, the common fields, scope and localized lines. */
export function genericOpenApi(id: TSchemeId, description: string): TSchemeOpenApi {
  const result = `${id
    .split("_")
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join("")}Result`;
  return {
    result,
    schemas: ({ obj, str, nullableBool, schemeCommon }) => ({
      [result]: obj(
        {
          scheme: { const: id },
          ...schemeCommon,
          inScope: nullableBool,
          lines: {
            type: "array",
            description: "The result's figures in plain words, in every language of the public page.",
            items: obj({ en: str, "zh-CN": str }),
          },
        },
        { description },
      ),
    }),
  };
}
