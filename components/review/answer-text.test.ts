import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/schemes";
import { answerDisplay } from "@/components/review/answer-text";

const q = getCatalog().questions.find((x) => x.id === "c.ac.least_privilege");

describe("a control answer's text as the lab reads it", () => {
  it("names a Yes's text a description, an N/A's a justification, and the others an explanation", () => {
    expect(answerDisplay(q, { status: "yes", justification: " Owner and guest roles. " })).toEqual({
      text: "Yes",
      justification: "Owner and guest roles.",
      note: "Description",
    });
    expect(answerDisplay(q, { status: "not_applicable", justification: "No roles." }).note).toBe(
      "Justification",
    );
    expect(answerDisplay(q, { status: "partial", justification: "Only in the app." }).note).toBe(
      "Explanation",
    );
    expect(answerDisplay(q, { status: "yes" }).justification).toBeUndefined();
  });
});
