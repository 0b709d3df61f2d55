import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/schemes";
import { browseCatalog } from "@/lib/schemes/browse";

const cat = getCatalog("1.0.0");

describe("browseCatalog", () => {
  it("filters by scheme, part, level, mechanism and text", () => {
    expect(browseCatalog(cat, { scheme: "EU_RED", part: "2" }).rows).toHaveLength(43);
    expect(browseCatalog(cat, { scheme: "CN_CCL", level: "3" }).rows).toHaveLength(8);
    expect(
      browseCatalog(cat, { scheme: "EU_RED", mechanism: "AUM" }).rows.every(
        (r) => r.criterion.mechanism === "AUM",
      ),
    ).toBe(true);
    expect(browseCatalog(cat, { q: "default password" }).rows.map((r) => r.criterion.key)).toContain(
      "CN-1.01",
    );
    expect(browseCatalog(cat, {}).rows).toHaveLength(cat.criteria.length);
  });

  it("ignores malformed query parameters instead of failing", () => {
    const v = browseCatalog(cat, { scheme: "XX", part: "nine", level: ["2", "3"], q: "" });
    expect(v.filters).toEqual({ level: 2 });
  });

  it("prints conditions and attaches the crosswalk", () => {
    const row = browseCatalog(cat, { q: "18031-1:AUM-5-1" }).rows[0];
    expect(row?.appliesWhen).toBe("factory default password");
    expect(row?.crosswalk?.otherSchemes.length).toBeGreaterThan(0);
  });
});
