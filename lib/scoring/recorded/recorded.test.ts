import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { recordingOf } from "./record";

/**
 * Catalog 1.0.0 is frozen: its outcomes on 600 seeded answer sets and on the device stories were recorded when it
 * was pinned (catalog-1.0.0.json) and must never change, whatever the engine learns for later catalog versions.
 */
describe("recorded outcomes of catalog 1.0.0", () => {
  const recorded = JSON.parse(
    readFileSync(new URL("./catalog-1.0.0.json", import.meta.url), "utf8"),
  ) as ReturnType<typeof recordingOf>;
  const now = recordingOf("1.0.0");

  it("has the same criteria in the same order", () => {
    expect(now.criteria).toEqual(recorded.criteria);
    expect(recorded.sets).toHaveLength(600);
  });

  it("gives every device story its recorded outcome", () => {
    expect(Object.keys(recorded.stories).length).toBeGreaterThanOrEqual(20);
    for (const [id, outcome] of Object.entries(recorded.stories))
      expect(now.stories[id], id).toEqual(outcome);
  });

  it("gives every seeded answer set its recorded outcome", () => {
    recorded.sets.forEach((outcome, i) => expect(now.sets[i], `answer set ${i}`).toEqual(outcome));
  });
});
