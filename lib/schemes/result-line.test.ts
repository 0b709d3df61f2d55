import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/schemes";
import { ALL_SCHEME_IDS } from "@/lib/schemes";
import { schemeModule } from "@/lib/schemes/registry";
import { resultLineIn } from "@/lib/schemes/result-line";
import { assess } from "@/lib/scoring/assess";
import { everyMarketAnswers } from "@/lib/testing/answers";

const catalog = getCatalog();
const good = assess(catalog, everyMarketAnswers(catalog));
const empty = assess(catalog, {});
// Identifiers that stay as written in Chinese text (article numbers, standard and label names).
const KEPT = /\b(?:EU|RED|US|CN|UK|PSTI|CRA|ETSI|EN|NIST|IR|Art|JC-STAR|STAR|CLS|A)\b/g;

describe("a scheme's result line for the re-assessment's changes", () => {
  it("is the module's diffLine in English (what the comparison reads)", () => {
    for (const id of ALL_SCHEME_IDS) {
      expect(resultLineIn(good, id, "en")).toBe(schemeModule(id).diffLine(good));
      expect(resultLineIn(empty, id, "en")).toBe(schemeModule(id).diffLine(empty));
    }
  });

  it("says every scheme's result in Chinese, with no English word left, and tells different results apart", () => {
    for (const id of ALL_SCHEME_IDS) {
      for (const r of [good, empty]) {
        const zh = resultLineIn(r, id, "zh-CN");
        expect(zh, id).toMatch(/[\u4e00-\u9fff]/);
        expect(zh.replace(KEPT, ""), `${id}: ${zh}`).not.toMatch(/[A-Za-z]{2,}/);
      }
      if (schemeModule(id).diffLine(good) !== schemeModule(id).diffLine(empty))
        expect(resultLineIn(good, id, "zh-CN"), id).not.toBe(resultLineIn(empty, id, "zh-CN"));
    }
  });
});
