import { describe, expect, it } from "vitest";
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
