import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { validateJsonSchema } from "@/lib/testing/json-schema";
import { buildSnapshotFixture, buildSnapshotFixtureV1, buildSnapshotFixtureV2 } from "./fixtures";
import { openApiDocument } from "./openapi";

/**
 * The OpenAPI document's schemas checked by a full JSON Schema 2020-12 validator (ajv), next to the small checker the
 * database tests use (lib/testing/json-schema.ts): both must accept real snapshots of every format, only under
 * their own format's schema, and refuse a format-2 or format-3 snapshot that carries a record id again.
 */
const doc = openApiDocument("https://labels.example");
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...doc, $id: "https://labels.example/openapi.json" });
const ajvCheck = (name: string, value: unknown) => {
  const v = ajv.getSchema(`https://labels.example/openapi.json#/components/schemas/${name}`);
  if (!v) throw new Error(`no schema ${name}`);
  return v(value) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Record<string, Record<string, unknown>>;

describe("OpenAPI snapshot schemas", () => {
  it.each([
    ["SnapshotV3", () => json(buildSnapshotFixture())],
    ["SnapshotV2", () => json(buildSnapshotFixtureV2())],
    ["SnapshotV1", () => json(buildSnapshotFixtureV1())],
  ])("%s accepts a real snapshot (ajv and the test checker)", (name, make) => {
    const s = make();
    expect(ajvCheck(name, s)).toEqual([]);
    expect(validateJsonSchema(doc, { $ref: `#/components/schemas/${name}` }, s)).toEqual([]);
    // A signed snapshot's `snapshot` matches exactly one format's schema: its own.
    for (const other of ["SnapshotV3", "SnapshotV2", "SnapshotV1"].filter((n) => n !== name))
      expect(ajvCheck(other, s), other).not.toEqual([]);
    const signed = { format: "cyberlabel.signed-snapshot/1", snapshot: s, digest: "ab".repeat(32) };
    const sig = { alg: "Ed25519", keyId: "0123456789abcdef", value: "A".repeat(86) };
    expect(ajvCheck("SignedSnapshot", { ...signed, signature: sig })).toEqual([]);
  });

  it("a format-2 snapshot with an id, or a format-1 one without, is refused by both", () => {
    for (const [name, make] of [
      ["SnapshotV3", buildSnapshotFixture],
      ["SnapshotV2", buildSnapshotFixtureV2],
    ] as const) {
      const leaky = json(make());
      leaky.assessment!.id = "asm_123";
      expect(ajvCheck(name, leaky)).not.toEqual([]);
      expect(validateJsonSchema(doc, { $ref: `#/components/schemas/${name}` }, leaky)).not.toEqual([]);
    }
    const v1 = json(buildSnapshotFixtureV1());
    delete v1.lab!.id;
    expect(ajvCheck("SnapshotV1", v1)).not.toEqual([]);
  });
});
