import { describe, expect, it } from "vitest";
import { matchesProductFilter, parseProductFilter, type TFilterable } from "./product-filter";

const valid = { state: { kind: "valid" }, expiresInDays: null };
const product = (over: Partial<TFilterable> = {}): TFilterable => ({
  modelName: "Hub One",
  modelNumber: "H1",
  category: "smart-home-hub",
  firmwareVersion: "2.4.2",
  hardwareVersion: "B",
  models: [
    { modelName: "Hub One", sku: "H1" },
    { modelName: "Hub One Mini", sku: "H1-M" },
  ],
  versions: [
    { firmwareVersion: "2.4.2", current: true, label: null },
    { firmwareVersion: "2.4.1", current: false, label: valid },
  ],
  ...over,
});

describe("product list filters", () => {
  it("parses the query string and falls back on anything unknown", () => {
    expect(parseProductFilter({ q: "  mini ", label: "bogus", category: ["router", "x"] })).toEqual({
      q: "mini",
      label: "any",
      category: "router",
    });
    expect(parseProductFilter({ q: "x".repeat(500) }).q).toBe("");
  });
  it("searches model names, SKUs and versions of the family", () => {
    const f = (q: string) => matchesProductFilter(product(), parseProductFilter({ q }));
    expect(f("h1-m")).toBe(true);
    expect(f("2.4.1")).toBe(true);
    expect(f("camera")).toBe(false);
  });
  it("filters by the label situation", () => {
    const f = (label: string, p = product()) => matchesProductFilter(p, parseProductFilter({ label }));
    expect(f("current")).toBe(true);
    expect(f("outdated")).toBe(true); // 2.4.2 is current and has no label; 2.4.1 has one
    expect(f("none")).toBe(false);
    expect(f("expiring")).toBe(false);
    const labelled = product({ versions: [{ firmwareVersion: "2.4.2", current: true, label: valid }] });
    expect(f("outdated", labelled)).toBe(false);
    expect(f("none", product({ versions: [{ firmwareVersion: "1", current: true, label: null }] }))).toBe(
      true,
    );
    expect(
      f(
        "expiring",
        product({
          versions: [{ firmwareVersion: "1", current: true, label: { ...valid, expiresInDays: 30 } }],
        }),
      ),
    ).toBe(true);
  });
});
