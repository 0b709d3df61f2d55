// A small JSON Schema (2020-12 subset) checker for tests: enough to prove the OpenAPI document describes what the
// API really returns (type incl. unions with null, object required/properties/additionalProperties:false, array
// items, enum, const, pattern, oneOf, local $ref). Returns the list of problems, empty when valid.
type TSchema = { [k: string]: unknown };

function resolve(root: TSchema, ref: string): TSchema {
  if (!ref.startsWith("#/")) throw new Error(`unsupported $ref ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split("/")) node = (node as Record<string, unknown>)[part];
  if (typeof node !== "object" || node === null) throw new Error(`dangling $ref ${ref}`);
  return node as TSchema;
}

function typeOf(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v;
}

export function validateJsonSchema(root: TSchema, schema: TSchema, value: unknown, path = "$"): string[] {
  if (typeof schema.$ref === "string")
    return validateJsonSchema(root, resolve(root, schema.$ref), value, path);
  const errs: string[] = [];
  if (Array.isArray(schema.oneOf)) {
    const ok = (schema.oneOf as TSchema[]).filter(
      (s) => validateJsonSchema(root, s, value, path).length === 0,
    );
    if (ok.length !== 1) errs.push(`${path}: matches ${ok.length} of oneOf`);
    return errs;
  }
  if ("const" in schema && value !== schema.const) errs.push(`${path}: expected ${String(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    errs.push(`${path}: ${String(value)} not in enum`);
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    const t = typeOf(value);
    if (!types.includes(t) && !(t === "integer" && types.includes("number")))
      errs.push(`${path}: ${t} is not ${types.join("|")}`);
  }
  if (
    typeof value === "string" &&
    typeof schema.pattern === "string" &&
    !new RegExp(schema.pattern).test(value)
  )
    errs.push(`${path}: does not match ${schema.pattern}`);
  if (typeOf(value) === "object") {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, TSchema>;
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) errs.push(`${path}.${r}: missing`);
    for (const [k, v] of Object.entries(obj)) {
      const p = props[k];
      if (p) errs.push(...validateJsonSchema(root, p, v, `${path}.${k}`));
      else if (schema.additionalProperties === false) errs.push(`${path}.${k}: not in the schema`);
    }
  }
  if (Array.isArray(value) && schema.items)
    value.forEach((v, i) =>
      errs.push(...validateJsonSchema(root, schema.items as TSchema, v, `${path}[${i}]`)),
    );
  return errs;
}
