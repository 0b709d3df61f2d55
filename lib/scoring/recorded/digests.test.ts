import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listCatalogVersions } from "@/lib/schemes";
import { DIGESTS_FILE, digestsOf, type TDigestRecording } from "./digests";

/**
 * assess() gives byte-for-byte the results it gave when assess-digests.json was recorded, on every catalog version:
 * 400 seeded answer sets each (every fifth with reviewer overrides), the device stories and the benchmark's draft.
 * It pins the scoring engine's speed work (issue 10): an optimisation may change how results are computed, never
 * what they are.
 */
describe("whole-result recordings of assess()", () => {
  const recorded = JSON.parse(readFileSync(DIGESTS_FILE, "utf8")) as TDigestRecording[];

  it("covers every catalog version", () => {
    expect(recorded.map((r) => r.version)).toEqual(listCatalogVersions());
  });

  for (const rec of recorded) {
    it(`gives every result of catalog ${rec.version} exactly as recorded`, () => {
      const now = digestsOf(rec.version);
      // A changed catalog changes results: re-record (digests.ts) only when that change is intended.
      expect(now.catalog, "catalog content changed since the recording").toBe(rec.catalog);
      expect(now.count).toBe(rec.count);
      expect(now.realistic, "benchmark draft").toBe(rec.realistic);
      expect(now.stories).toEqual(rec.stories);
      rec.sets.forEach((d, i) => expect(now.sets[i], `answer set ${i}`).toBe(d));
    });
  }
});
