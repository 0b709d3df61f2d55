import { describe, expect, it } from "vitest";
import type { TStage, TVerdict } from "@/lib/scoring/types";
import { pstiResult, type TPstiInput, type TPstiStatus } from "./rule";

/** Verdicts by key (catalog 1.2.0 PSTI keys); absent keys are NOT_APPLICABLE (a route nobody relies on). */
type TV = Record<string, TVerdict | [TVerdict, TStage]>;
const input = (v: TV, over: Partial<TPstiInput> = {}): TPstiInput => ({
  inScope: true,
  excepted: false,
  outOfScopeReasons: [],
  verdict: (key) => {
    const x = v[key];
    if (x === undefined) return { verdict: "NOT_APPLICABLE", stage: "applicability" };
    return Array.isArray(x) ? { verdict: x[0], stage: x[1] } : { verdict: x, stage: "satisfaction" };
  },
  ...over,
});
const DIRECT: TV = { "PSTI-1": "PASS", "PSTI-2": "PASS", "PSTI-3": "PASS", "PSTI-SoC": "PASS" };

describe("UK PSTI result rule (uk-psti.md §9)", () => {
  const cases: {
    name: string;
    v: TV;
    over?: Partial<TPstiInput>;
    status: TPstiStatus;
    missing?: string[];
  }[] = [
    { name: "every requirement met directly", v: DIRECT, status: "compliant" },
    {
      name: "no passwords: PSTI-1 is not triggered and counts as met",
      v: { ...DIRECT, "PSTI-1": ["NOT_APPLICABLE", "applicability"] },
      status: "compliant",
    },
    {
      name: "a universal default password fails",
      v: { ...DIRECT, "PSTI-1": "FAIL" },
      status: "not_compliant",
      missing: ["PSTI-1"],
    },
    {
      name: "no reporting information fails",
      v: { ...DIRECT, "PSTI-2": "FAIL" },
      status: "not_compliant",
      missing: ["PSTI-2"],
    },
    {
      name: "no published support period fails",
      v: { ...DIRECT, "PSTI-3": "FAIL" },
      status: "not_compliant",
      missing: ["PSTI-3"],
    },
    {
      name: "statement fields missing leave it open",
      v: { ...DIRECT, "PSTI-SoC": "UNANSWERED" },
      status: "incomplete",
      missing: ["PSTI-SoC"],
    },
    {
      name: "a failing and an open requirement: not compliant",
      v: { ...DIRECT, "PSTI-1": "FAIL", "PSTI-3": "UNANSWERED" },
      status: "not_compliant",
      missing: ["PSTI-1", "PSTI-3"],
    },
    // Deemed compliance, each path
    {
      name: "ETSI EN 303 645 5.1-1/5.1-2 meets passwords when the direct reading is open",
      v: { ...DIRECT, "PSTI-1": "UNANSWERED", "PSTI-D1.ETSI": "PASS" },
      status: "compliant",
    },
    {
      name: "ETSI 5.2-1 meets reporting",
      v: { ...DIRECT, "PSTI-2": "FAIL", "PSTI-D2.ETSI": "PASS" },
      status: "compliant",
    },
    {
      name: "ISO/IEC 29147 meets reporting",
      v: { ...DIRECT, "PSTI-2": "FAIL", "PSTI-D2.ISO": "PASS" },
      status: "compliant",
    },
    {
      name: "ETSI 5.3-13 meets the support period",
      v: { ...DIRECT, "PSTI-3": "FAIL", "PSTI-D3.ETSI": "PASS" },
      status: "compliant",
    },
    {
      name: "a route relied on but open keeps the result open",
      v: { ...DIRECT, "PSTI-2": "FAIL", "PSTI-D2.ISO": "UNANSWERED" },
      status: "incomplete",
      missing: ["PSTI-2"],
    },
    {
      name: "a JC-STAR STAR-1 label meets all three and the statement",
      v: {
        "PSTI-1": "FAIL",
        "PSTI-2": "FAIL",
        "PSTI-3": "FAIL",
        "PSTI-SoC": "UNANSWERED",
        "PSTI-L.JCSTAR": "PASS",
      },
      status: "compliant",
    },
    {
      name: "a Singapore CLS label meets all three and the statement",
      v: {
        "PSTI-1": "UNANSWERED",
        "PSTI-2": "FAIL",
        "PSTI-3": "UNANSWERED",
        "PSTI-SoC": "FAIL",
        "PSTI-L.CLS": "PASS",
      },
      status: "compliant",
    },
    {
      name: "a label claimed but not yet evidenced keeps a failing product open",
      v: { ...DIRECT, "PSTI-2": "FAIL", "PSTI-L.CLS": "UNANSWERED" },
      status: "incomplete",
      missing: ["PSTI-2"],
    },
    {
      name: "a label that is not valid does not help",
      v: { ...DIRECT, "PSTI-2": "FAIL", "PSTI-L.JCSTAR": "FAIL" },
      status: "not_compliant",
      missing: ["PSTI-2"],
    },
    // Scope
    {
      name: "out of scope",
      v: {},
      over: { inScope: false, outOfScopeReasons: ["Not made available in the United Kingdom."] },
      status: "out_of_scope",
    },
    {
      name: "excepted by Schedule 3",
      v: {},
      over: {
        inScope: false,
        excepted: true,
        outOfScopeReasons: ["Excepted (Regs Sch. 3): a smart meter product."],
      },
      status: "excepted",
    },
    { name: "scope undecided", v: DIRECT, over: { inScope: null, excepted: null }, status: "incomplete" },
  ];
  it.each(cases)("$name → $status", ({ v, over, status, missing }) => {
    const r = pstiResult(input(v, over));
    expect(r.status).toBe(status);
    const open = r.requirements.filter((x) => x.state === "open" || x.state === "not_met").map((x) => x.key);
    expect(open).toEqual(missing ?? []);
  });

  it("records the route of each requirement for the statement (direct first, then standards, then labels)", () => {
    const r = pstiResult(
      input({
        ...DIRECT,
        "PSTI-D1.ETSI": "PASS",
        "PSTI-D2.ETSI": "PASS",
        "PSTI-D2.ISO": "PASS",
        "PSTI-L.CLS": "PASS",
      }),
    );
    expect(r.requirements.map((x) => [x.key, x.via])).toEqual([
      ["PSTI-1", ["direct", "etsi", "cls"]],
      ["PSTI-2", ["direct", "etsi", "iso29147", "cls"]],
      ["PSTI-3", ["direct", "cls"]],
      ["PSTI-SoC", ["direct", "cls"]],
    ]);
    expect(r.labels).toEqual(["cls"]);
  });

  it("says which relied-on route does not hold, even when the requirement is met directly", () => {
    const r = pstiResult(input({ ...DIRECT, "PSTI-D3.ETSI": "FAIL", "PSTI-L.JCSTAR": "FAIL" }));
    expect(r.status).toBe("compliant");
    expect(r.unmetRoutes).toEqual([{ key: "PSTI-D3.ETSI", route: "etsi", requirement: "PSTI-3" }]);
    expect(r.unmetLabels).toEqual(["jcstar"]);
  });

  it("keeps the reasons of an out-of-scope result and lists no requirement", () => {
    const reasons = ["Excepted (Regs Sch. 3): a smart meter product."];
    const r = pstiResult(input({}, { inScope: false, excepted: true, outOfScopeReasons: reasons }));
    expect(r.outOfScopeReasons).toEqual(reasons);
    expect(r.requirements).toEqual([]);
  });

  it("lists what is missing per requirement: the failing direct reading and the open route", () => {
    const r = pstiResult(input({ ...DIRECT, "PSTI-2": "FAIL", "PSTI-D2.ISO": "UNANSWERED" }));
    const two = r.requirements.find((x) => x.key === "PSTI-2");
    expect(two).toMatchObject({ state: "open", failing: ["PSTI-2"], unanswered: ["PSTI-D2.ISO"], via: [] });
  });
});
