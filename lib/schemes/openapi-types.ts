/** What a scheme module contributes to the OpenAPI document of the public API (lib/labels/openapi.ts). */
export type TJsonSchema = { [key: string]: unknown };
export type TOpenApiHelpers = {
  obj: (properties: Record<string, unknown>, extra?: TJsonSchema) => TJsonSchema;
  ref: (name: string) => TJsonSchema;
  str: TJsonSchema;
  nullableBool: TJsonSchema;
  /** A text in English and Simplified Chinese ({ en, "zh-CN" }). */
  localized: TJsonSchema;
  /** name, provisional, basis, summary: the fields every scheme result has. */
  schemeCommon: Record<string, unknown>;
};
export type TSchemeOpenApi = {
  /** The component name of the scheme's result (the discriminator maps the scheme id to it). */
  result: string;
  schemas(h: TOpenApiHelpers): Record<string, TJsonSchema>;
};
