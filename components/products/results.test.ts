import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/schemes";
import { assess } from "@/lib/scoring";
import { goodAnswers } from "@/lib/scoring/fixtures";
import { computeResults } from "@/components/products/results";

const catalog = getCatalog("1.0.0");
const rows = (answers: Record<string, unknown>) =>
  Object.entries(answers).map(([questionId, value]) => ({ questionId, value }));

describe("dashboard results", () => {
  it("match assess() for the stored answers", () => {
    const answers = goodAnswers(catalog);
    const r = computeResults({ id: "a", catalogVersion: "1.0.0", answers: rows(answers) });
    expect(r).toEqual(assess(catalog, answers));
    expect(r?.us.status).toBe("eligible");
  });

  it("drop only the stored answers that no longer parse", () => {
    const answers = goodAnswers(catalog);
    const broken = { ...answers, "p.consumer": "yes please", "c.not_in_catalog": true };
    const r = computeResults({ id: "a", catalogVersion: "1.0.0", answers: rows(broken) });
    const { ["p.consumer"]: _dropped, ...kept } = answers;
    void _dropped;
    expect(r).toEqual(assess(catalog, kept));
  });

  it("are unavailable for an unknown catalog version", () => {
    expect(computeResults({ id: "a", catalogVersion: "9.9.9", answers: [] })).toBeNull();
  });
});
