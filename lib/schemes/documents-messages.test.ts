import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/messages";
import { SCHEME_DOCUMENTS } from "./documents";

describe("scheme documents in the label downloads", () => {
  it("every document has its download title in both languages", () => {
    expect(SCHEME_DOCUMENTS.length).toBeGreaterThan(0);
    for (const d of SCHEME_DOCUMENTS)
      for (const lang of ["en", "zh-CN"] as const) {
        const titles: Record<string, string> = MESSAGES[lang].assessments.downloads.schemeDocument;
        expect(titles[d.slug], `${lang}: ${d.slug}`).toMatch(/\S/);
      }
  });
});
