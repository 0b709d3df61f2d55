import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/schemes";
import { legalBasisText } from "./legal-basis";

describe("legal bases in Chinese", () => {
  it("translates every legal-basis line of catalog 1.0.0, keeping the identifiers", () => {
    const lines = getCatalog("1.0.0").schemes.flatMap((s) => s.legalBasis);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const text = legalBasisText("zh-CN", line);
      expect(text, line).not.toBe(line);
      expect(text, line).toMatch(/[\u4e00-\u9fff]/);
      for (const id of line.match(
        /\d{4}\/\d+\/EU|\(EU\) \d{4}\/\d+|EN 18031[-/\d:]*|47 CFR|NIST IR 8425|FCC 24-26/g,
      ) ?? [])
        expect(text, line).toContain(id);
    }
    expect(
      legalBasisText(
        "zh-CN",
        lines.find((l) => l.includes("Cybersecurity Law"))!,
      ),
    ).toContain("网络安全法");
    expect(
      legalBasisText(
        "zh-CN",
        lines.find((l) => l.includes("Personal Information"))!,
      ),
    ).toContain("个人信息保护法");
  });

  it("shows an unknown line (a later catalog) as it is; English is unchanged", () => {
    expect(legalBasisText("zh-CN", "Regulation (EU) 2024/2847")).toBe("Regulation (EU) 2024/2847");
    expect(legalBasisText("en", "Directive 2014/53/EU")).toBe("Directive 2014/53/EU");
  });
});
