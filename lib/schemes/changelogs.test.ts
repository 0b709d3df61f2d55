import { describe, expect, it } from "vitest";
import {
  compareCatalogVersions,
  CURRENT_CATALOG_VERSION,
  getCatalog,
  listCatalogVersions,
} from "@/lib/schemes";
import { browsedVersion } from "./browse";
import { changelogsUpTo } from "./changelogs";

const han = /[\u4e00-\u9fff]/;

describe("every catalog version's changelog", () => {
  it("lists the current version and every earlier one, newest first, each with its own date and lines", () => {
    const all = changelogsUpTo(CURRENT_CATALOG_VERSION, "en");
    expect(all.map((c) => c.version)).toEqual([...listCatalogVersions()].reverse());
    expect(all.map((c) => c.version)).toEqual(["1.2.0", "1.1.0", "1.0.0"]);
    for (const c of all) {
      expect(c.publishedOn).toBe(getCatalog(c.version).publishedOn);
      expect(c.lines).toEqual(getCatalog(c.version).changelog ?? []);
    }
    // 1.1.0's scoring changes stay readable after 1.2.0 (issue 10); 1.0.0 is the first version, with no changes.
    expect(all[1]?.lines).toContain(
      "China 3 stars: new CN-3.09, the test items tested by a CMA-qualified third-party lab.",
    );
    expect(all[0]?.lines.join(" ")).toContain("New scheme ETSI EN 303 645");
    expect(all[2]?.lines).toEqual([]);
  });

  it("in Chinese, each version's lines come from that version's dictionary, none left in English", () => {
    const en = changelogsUpTo(CURRENT_CATALOG_VERSION, "en");
    const zh = changelogsUpTo(CURRENT_CATALOG_VERSION, "zh-CN");
    expect(zh.map((c) => [c.version, c.publishedOn])).toEqual(en.map((c) => [c.version, c.publishedOn]));
    zh.forEach((c, i) => {
      expect(c.lines).toHaveLength(en[i]!.lines.length);
      for (const line of c.lines) expect(line).toMatch(han);
    });
    expect(zh[1]?.lines.join("")).toContain("中国三星：新增 CN-3.09");
    expect(zh[0]?.lines.join("")).not.toContain("中国三星：新增 CN-3.09");
  });

  it("an older version shows its own changelog and the earlier ones, nothing published after it", () => {
    expect(changelogsUpTo("1.1.0", "zh-CN").map((c) => c.version)).toEqual(["1.1.0", "1.0.0"]);
    expect(changelogsUpTo("1.0.0", "en")).toEqual([
      { version: "1.0.0", publishedOn: getCatalog("1.0.0").publishedOn, lines: [] },
    ]);
  });

  it("orders versions by number, not as text", () => {
    expect(["1.10.0", "1.2.0", "1.9.1", "2.0.0", "1.2.0"].sort(compareCatalogVersions)).toEqual([
      "1.2.0",
      "1.2.0",
      "1.9.1",
      "1.10.0",
      "2.0.0",
    ]);
  });

  it("browses the version a URL asks for when it is published, else the current one", () => {
    expect(browsedVersion({ version: "1.1.0" })).toBe("1.1.0");
    expect(browsedVersion({ version: ["1.0.0", "1.1.0"] })).toBe("1.0.0");
    for (const bad of ["9.9.9", "", "1.1", "../1.0.0", undefined])
      expect(browsedVersion({ version: bad })).toBe(CURRENT_CATALOG_VERSION);
    expect(browsedVersion(undefined)).toBe(CURRENT_CATALOG_VERSION);
  });
});
