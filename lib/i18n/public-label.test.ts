import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/schemes";
import { negotiateLang, PUBLIC_LABEL_DICT } from "./public-label";

describe("negotiateLang", () => {
  it.each([
    [null, "en"],
    ["", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["en-US,en;q=0.9,zh-CN;q=0.8", "en"],
    ["de-DE,de;q=0.9", "en"],
    ["de,zh-TW;q=0.5", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["en;q=0.2,zh;q=0.7", "zh-CN"],
    ["zh;q=0,en;q=0.1", "en"],
    ["*", "en"],
    ["zh;q=abc", "en"],
    [`${"x,".repeat(5000)}zh`, "en"],
  ])("%s → %s", (header, lang) => {
    expect(negotiateLang(header)).toBe(lang);
  });
});

describe("dictionary", () => {
  it("has the same keys in both languages and no empty strings", () => {
    const flat = (o: object, p = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === "object" && v !== null ? flat(v as object, `${p}${k}.`) : [`${p}${k}`],
      );
    expect(flat(PUBLIC_LABEL_DICT["zh-CN"])).toEqual(flat(PUBLIC_LABEL_DICT.en));
    const strings = (o: object): string[] =>
      Object.values(o).flatMap((v) =>
        typeof v === "string" ? [v] : typeof v === "object" && v ? strings(v as object) : [],
      );
    for (const s of [...strings(PUBLIC_LABEL_DICT.en), ...strings(PUBLIC_LABEL_DICT["zh-CN"])])
      expect(s.trim()).not.toBe("");
  });
});

describe("legal bases in Chinese", () => {
  const zh = PUBLIC_LABEL_DICT["zh-CN"];
  it("translates every legal-basis line of catalog 1.0.0, keeping the identifiers", () => {
    const lines = getCatalog("1.0.0").schemes.flatMap((s) => s.legalBasis);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const text = zh.basisText(line);
      expect(text, line).not.toBe(line);
      expect(text, line).toMatch(/[\u4e00-\u9fff]/);
      for (const id of line.match(
        /\d{4}\/\d+\/EU|\(EU\) \d{4}\/\d+|EN 18031[-/\d:]*|47 CFR|NIST IR 8425|FCC 24-26/g,
      ) ?? [])
        expect(text, line).toContain(id);
    }
    expect(zh.basisText(lines.find((l) => l.includes("Cybersecurity Law"))!)).toContain("网络安全法");
    expect(zh.basisText(lines.find((l) => l.includes("Personal Information"))!)).toContain("个人信息保护法");
  });

  it("shows an unknown line (a later catalog) as it is; English is unchanged", () => {
    expect(zh.basisText("Regulation (EU) 2024/2847")).toBe("Regulation (EU) 2024/2847");
    expect(PUBLIC_LABEL_DICT.en.basisText("Directive 2014/53/EU")).toBe("Directive 2014/53/EU");
  });
});
