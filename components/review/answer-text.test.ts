import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/schemes";
import { answerDisplay } from "@/components/review/answer-text";
import type { TReviewText } from "@/components/review/types";
import { translator } from "@/lib/i18n/translate";
import { localizeCatalog } from "@/lib/schemes/i18n";

const q = getCatalog().questions.find((x) => x.id === "c.ac.least_privilege");
const en = translator("en", "review") as unknown as TReviewText;
const zh = translator("zh-CN", "review") as unknown as TReviewText;

describe("a control answer's text as the lab reads it", () => {
  it("names a Yes's text a description, an N/A's a justification, and the others an explanation", () => {
    expect(answerDisplay(q, { status: "yes", justification: " Owner and guest roles. " }, en)).toEqual({
      text: "Yes",
      justification: "Owner and guest roles.",
      note: "Description",
    });
    expect(answerDisplay(q, { status: "not_applicable", justification: "No roles." }, en).note).toBe(
      "Justification",
    );
    expect(answerDisplay(q, { status: "partial", justification: "Only in the app." }, en).note).toBe(
      "Explanation",
    );
    expect(answerDisplay(q, { status: "yes" }, en).justification).toBeUndefined();
  });

  it("reads in Chinese around the manufacturer's own words, which stay as written", () => {
    const version = getCatalog().version;
    const zq = localizeCatalog(version, "zh-CN").questions.find((x) => x.id === "c.ac.least_privilege");
    expect(answerDisplay(zq, { status: "yes", justification: "Owner and guest roles." }, zh)).toEqual({
      text: "是",
      justification: "Owner and guest roles.",
      note: "说明",
    });
    const category = localizeCatalog(version, "zh-CN").questions.find((x) => x.id === "p.category");
    const english = getCatalog().questions.find((x) => x.id === "p.category");
    const shown = answerDisplay(category, "camera", zh).text;
    expect(shown).not.toBe(answerDisplay(english, "camera", en).text);
    expect(shown).toMatch(/[\u4e00-\u9fff]/);
    expect(answerDisplay(undefined, "自由文本 free text", zh).text).toBe("自由文本 free text");
    expect(answerDisplay(undefined, undefined, zh).text).toBe("未回答");
  });
});
