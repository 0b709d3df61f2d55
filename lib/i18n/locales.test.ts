import { describe, expect, it } from "vitest";
import { negotiateLocale, pickLocale } from "./locales";

describe("negotiateLocale", () => {
  it.each([
    [null, "en"],
    ["", "en"],
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["en-US,en;q=0.9,zh-CN;q=0.8", "en"],
    ["de-DE,de;q=0.9", "en"],
    ["de,zh-TW;q=0.5", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["zh-HK", "zh-CN"],
    ["en;q=0.2,zh;q=0.7", "zh-CN"],
    ["zh;q=0,en;q=0.1", "en"],
    ["*", "en"],
    ["zh;q=abc", "en"],
    ["not a tag!!,zh", "zh-CN"],
    [`${"x,".repeat(5000)}zh`, "en"],
  ])("%s → %s", (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});

describe("pickLocale", () => {
  it("prefers the user's setting, then the cookie, then the browser", () => {
    expect(pickLocale({ userLocale: "zh-CN", cookie: "en", acceptLanguage: "en" })).toBe("zh-CN");
    expect(pickLocale({ userLocale: null, cookie: "zh-CN", acceptLanguage: "en" })).toBe("zh-CN");
    expect(pickLocale({ cookie: "fr", acceptLanguage: "zh" })).toBe("zh-CN");
    expect(pickLocale({ userLocale: "de", cookie: "xx" })).toBe("en");
  });
});
