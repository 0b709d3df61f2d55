import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/locales";
import { landingOf, negotiateLangMemo } from "./routes";

const CODE = "CL-7KQ2-M9XD-3HRT-0BWE";

describe("the QR landing path's routes", () => {
  it("negotiates the same language as negotiateLocale, remembered per header value", () => {
    const headers = [
      undefined,
      "",
      "zh-CN,zh;q=0.9,en;q=0.8",
      "zh-TW",
      "en-GB,en;q=0.9",
      "fr-FR,fr;q=0.9",
      "de;q=0.5, zh-Hant;q=0.9",
      "*",
      "not a tag!!",
    ];
    for (const h of headers) {
      expect(negotiateLangMemo(h), String(h)).toBe(negotiateLocale(h));
      expect(negotiateLangMemo(h), `${String(h)} again`).toBe(negotiateLocale(h));
    }
    // Past its bound the memo starts afresh and still answers correctly.
    for (let i = 0; i < 1100; i++) expect(negotiateLangMemo(`x-${i}, zh-CN;q=0.1`)).toBe("zh-CN");
    expect(negotiateLangMemo("zh-CN,zh;q=0.9")).toBe("zh-CN");
  });

  it("answers the redirect by the negotiated language and a language page by its path", () => {
    expect(landingOf("GET", `/r/${CODE}`, { "accept-language": "zh-HK" })).toMatchObject({
      kind: "redirect",
      lang: "zh-CN",
      key: `302 ${CODE} zh-CN`,
    });
    expect(landingOf("HEAD", `/r/${CODE}/en`, {})).toMatchObject({ kind: "page", key: `/r/${CODE}/en` });
    expect(landingOf("POST", `/r/${CODE}/en`, {})).toBeNull();
    expect(landingOf("GET", `/r/${CODE}?lang=en`, {})).toBeNull();
    expect(landingOf("GET", `/r/${CODE}/fr`, {})).toBeNull();
    expect(landingOf("GET", `/r/${CODE}/en`, { rsc: "1" })).toBeNull();
  });
});
