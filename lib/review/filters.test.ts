import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/schemes";
import { goodAnswers } from "@/lib/scoring/fixtures";
import { bulkAcceptable, reviewState } from "./criteria";
import { criterionFacts, DEFAULT_FILTER, matches, mechanismText, showCounts } from "./filters";
import { questionsRead } from "./stale";

const catalog = getCatalog();
const byKey = new Map(catalog.criteria.map((c) => [c.key, c]));
const schemes = ["EU_RED", "US_CTM", "CN_CCL"] as const;
const good = goodAnswers(catalog);
const base = reviewState(catalog, good, schemes, []);
// One control question that an EU criterion reads, answered "no": the engine fails what reads it.
const q = questionsRead(byKey.get(base.toReview.find((r) => r.scheme === "EU_RED")!.key)!).find(
  (id) => catalog.questions.find((x) => x.id === id)?.type === "control",
)!;
const answers = { ...good, [q]: { status: "no" as const } };

describe("review filters", () => {
  const state0 = reviewState(catalog, answers, schemes, []);
  const failing = state0.toReview.filter((r) => r.verdict === "FAIL").map((r) => r.key);
  const passing = state0.toReview.find((r) => r.verdict === "PASS")!;
  const decisions = [
    {
      criterionKey: failing[0]!,
      decision: "ACCEPT" as const,
      overrideVerdict: "PASS" as const,
      comment: "ok",
    },
    { criterionKey: passing.key, decision: "ACCEPT" as const, overrideVerdict: null, comment: null },
  ];
  const state = reviewState(catalog, answers, schemes, decisions);
  const facts = criterionFacts(state, byKey, decisions, new Set([q]));
  const keys = (f: Partial<typeof DEFAULT_FILTER>) =>
    facts.filter((x) => matches(x, { ...DEFAULT_FILTER, ...f })).map((x) => x.key);

  it("undecided, failing (engine or reviewed), changed and overridden", () => {
    expect(failing.length).toBeGreaterThan(0);
    expect(keys({ show: "undecided" })).toEqual(state.undecided);
    // Overridden to pass, failing[0] still shows: the engine fails it and the reviewer may want to look again.
    expect(keys({ show: "failing" }).sort()).toEqual([...failing].sort());
    expect(keys({ show: "overridden" })).toEqual([failing[0]]);
    const reading = state.toReview
      .filter((r) => questionsRead(byKey.get(r.key)!).includes(q))
      .map((r) => r.key);
    expect(keys({ show: "changed" }).sort()).toEqual(reading.sort());
  });

  it("per scheme and per mechanism, and counts each choice within them", () => {
    const eu = keys({ scheme: "EU_RED" });
    expect(eu.length).toBeGreaterThan(0);
    expect(eu.every((k) => byKey.get(k)!.scheme === "EU_RED")).toBe(true);
    const aum = keys({ mechanism: "EU_RED:AUM" });
    expect(aum.length).toBeGreaterThan(0);
    expect(aum.every((k) => byKey.get(k)!.mechanism === "AUM")).toBe(true);
    const counts = showCounts(facts, { ...DEFAULT_FILTER, scheme: "US_CTM" });
    expect(counts.all).toBe(keys({ scheme: "US_CTM" }).length);
    expect(counts.undecided).toBe(keys({ scheme: "US_CTM", show: "undecided" }).length);
    expect(mechanismText({ scheme: "EU_RED", mechanism: "AUM" })).toBe("AUM (authentication)");
    expect(mechanismText({ scheme: "CN_CCL", mechanism: "Logging" })).toBe("Logging");
  });

  it("bulk acceptance never includes an engine FAIL", () => {
    const bulk = new Set(bulkAcceptable(state));
    for (const k of failing) expect(bulk.has(k)).toBe(false);
    expect(bulk.has(passing.key)).toBe(false); // decided already
    expect(bulk.size).toBe(state.undecided.filter((k) => !failing.includes(k)).length);
  });
});
