import { describe, expect, it } from "vitest";
import { ZCreateLabInput, ZSetLabAccreditation } from "./schema";

describe("lab accreditation input", () => {
  it("parses what it produced again: the form's resolver output is what the server action receives", () => {
    for (const raw of [
      { name: "Lab A", accreditation: "" },
      { name: "Lab B", accreditation: "  DAkkS D-PL-1 " },
      { name: "Lab C" },
    ]) {
      const once = ZCreateLabInput.parse(raw);
      expect(ZCreateLabInput.parse(once)).toEqual(once);
    }
    const set = ZSetLabAccreditation.parse({ labId: "l1", accreditation: "" });
    expect(set.accreditation).toBeNull();
    expect(ZSetLabAccreditation.parse(set)).toEqual(set);
  });

  it("refuses control characters and over-long text, naming the field", () => {
    for (const bad of ["a\nb", "a\u0000b", "x".repeat(301)]) {
      const r = ZSetLabAccreditation.safeParse({ labId: "l1", accreditation: bad });
      expect(r.success).toBe(false);
      expect(r.success ? [] : r.error.issues.map((i) => i.path[0])).toContain("accreditation");
    }
  });
});
