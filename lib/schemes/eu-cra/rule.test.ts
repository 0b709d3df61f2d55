import { describe, expect, it } from "vitest";
import type { TCriterionResult } from "@/lib/scoring/types";
import { CRA_CRITERIA } from "../catalog-v1-2/eu-cra";
import { craFactsFromAnswers } from "./scope";
import { assessCra, CRA_OUTCOMES, type TCraInput } from "./rule";

// Table-driven cases from /work/shared/schemes/eu-cra.md §1.2 (scope), §7 (classes and routes), §9 (decision logic).

type TR = Pick<TCriterionResult, "key" | "scheme" | "verdict" | "stage">;
const allPass = (): TR[] =>
  CRA_CRITERIA.map((c) => ({ key: c.key, scheme: "EU_CRA", verdict: "PASS", stage: "satisfaction" }));
const withVerdicts = (over: Record<string, Pick<TR, "verdict" | "stage">>): TR[] =>
  allPass().map((r) => (over[r.key] ? { ...r, ...over[r.key] } : r));

/** The engine's facts for these profile answers (each CRA_FACTS condition over the answers). */
type TAnswers = Record<string, string | boolean>;
const factsOf = (answers: TAnswers): TCraInput["facts"] => craFactsFromAnswers(answers);
const input = (answers: TAnswers, extra: Partial<TCraInput> = {}): TCraInput => ({
  criteria: allPass(),
  facts: factsOf(answers),
  scope: { inScope: true, reasons: [] },
  asOf: "2026-12-01",
  ...extra,
});

describe("CRA product class and route (eu-cra.md §7)", () => {
  const cases: {
    core: string;
    extra?: TAnswers;
    cls: string;
    point: string | null;
    route: string;
    procedures: string[];
    ready: string;
    conform: string;
  }[] = [
    {
      core: "none",
      cls: "default",
      point: null,
      route: "module_a",
      procedures: ["A", "B+C", "H"],
      ready: "ready_module_a",
      conform: "module_a",
    },
    {
      core: "router",
      extra: { "p.cra.standards_in_full": false },
      cls: "important_i",
      point: "Annex III, class I, point 12",
      route: "notified_body",
      procedures: ["B+C", "H"],
      ready: "ready_notified_body",
      conform: "notified_body_required",
    },
    {
      // Standards applied in full, but none is cited in the OJ (1 Dec 2026): still a notified body.
      core: "home_security",
      extra: { "p.cra.standards_in_full": true },
      cls: "important_i",
      point: "Annex III, class I, point 17",
      route: "notified_body",
      procedures: ["B+C", "H"],
      ready: "ready_notified_body",
      conform: "notified_body_required",
    },
    {
      core: "firewall",
      cls: "important_ii",
      point: "Annex III, class II, point 2",
      route: "certification_or_notified_body",
      procedures: ["B+C", "H", "EUCC"],
      ready: "ready_notified_body",
      conform: "notified_body_required",
    },
    {
      core: "smart_meter_gateway",
      cls: "critical",
      point: "Annex IV, point 2",
      route: "notified_body",
      procedures: ["B+C", "H", "EUCC"],
      ready: "ready_notified_body",
      conform: "notified_body_required",
    },
  ];
  for (const c of cases)
    it(`${c.core} → ${c.cls}, ${c.route}`, () => {
      const answers = { "p.cra.core_function": c.core, ...c.extra };
      const before = assessCra(input(answers));
      expect(before.productClass.id).toBe(c.cls);
      expect(before.productClass.annexPoint).toBe(c.point);
      expect(before.productClass.reason).toMatch(c.cls === "default" ? /Default class/ : /core function is/);
      expect(before.route.id).toBe(c.route);
      expect(before.route.procedures).toEqual(c.procedures);
      expect(before.regime).toBe("readiness");
      expect(before.outcome).toBe(c.ready);
      const after = assessCra(input(answers, { asOf: "2027-12-11" }));
      expect(after.regime).toBe("conformity");
      expect(after.outcome).toBe(c.conform);
    });

  it("class I with a cited harmonised standard applied in full may use module A (Art. 32(2))", () => {
    const cited = [{ reference: "EN 304 632", citedOn: "2027-06-01" }];
    const answers = { "p.cra.core_function": "home_security", "p.cra.standards_in_full": true };
    expect(assessCra(input(answers, { citedStandards: cited })).route.id).toBe("notified_body");
    const later = assessCra(input(answers, { citedStandards: cited, asOf: "2027-12-11" }));
    expect(later.route.id).toBe("module_a");
    expect(later.route.reason).toContain("EN 304 632");
    expect(later.outcome).toBe("module_a");
  });

  it("critical products need a certificate once a delegated act requires it (Art. 8(1))", () => {
    const acts = [{ reference: "Delegated Regulation (EU) 2028/1", citedOn: "2028-01-01" }];
    const r = assessCra(
      input({ "p.cra.core_function": "smartcard" }, { certificationActs: acts, asOf: "2028-02-01" }),
    );
    expect(r.route).toMatchObject({ id: "certification_or_notified_body", procedures: ["EUCC"] });
  });

  it("class I without the standards answer is incomplete, not a route", () => {
    const r = assessCra(input({ "p.cra.core_function": "router" }));
    expect(r.route.id).toBe("undetermined");
    expect(r.outcome).toBe("incomplete");
  });

  it("an unanswered core function leaves the class open, with the category's hint", () => {
    const r = assessCra(input({ "p.category": "lock" }));
    expect(r.productClass.id).toBeNull();
    expect(r.outcome).toBe("incomplete");
    expect(r.productClass.hint).toMatch(/point 17/);
    // The hint stays when the answer contradicts the category.
    const r2 = assessCra(input({ "p.category": "router", "p.cra.core_function": "none" }));
    expect(r2.productClass.id).toBe("default");
    expect(r2.reasons.join(" ")).toMatch(/point 12/);
  });
});

describe("CRA readiness before 11 December 2027, conformity from then", () => {
  const dates: [string, "readiness" | "conformity"][] = [
    ["2026-09-10", "readiness"],
    ["2026-12-01", "readiness"],
    ["2027-12-10", "readiness"],
    ["2027-12-11", "conformity"],
    ["2030-01-01", "conformity"],
  ];
  for (const [asOf, regime] of dates)
    it(`${asOf}: ${regime}`, () => {
      const r = assessCra(input({ "p.cra.core_function": "none" }, { asOf }));
      expect(r.regime).toBe(regime);
      const failing = assessCra(
        input(
          { "p.cra.core_function": "none" },
          { asOf, criteria: withVerdicts({ "CRA-II.1": { verdict: "FAIL", stage: "satisfaction" } }) },
        ),
      );
      expect(failing.outcome).toBe(regime === "readiness" ? "gaps" : "not_conforming");
      expect(failing.failing).toEqual(["CRA-II.1"]);
      if (regime === "readiness") {
        // Never a conformity outcome before the date.
        expect(["module_a", "notified_body_required", "not_conforming"]).not.toContain(r.outcome);
        expect(r.reasons[0]).toMatch(/not a conformity result/);
      }
    });

  it("Art. 14 is shown in force since 11 September 2026", () => {
    expect(assessCra(input({}, { asOf: "2026-09-10" })).art14.inForce).toBe(false);
    const r = assessCra(input({}, { asOf: "2026-09-11" }));
    expect(r.art14.inForce).toBe(true);
    expect(r.art14.text).toMatch(/applies now/);
    expect(r.art14.verdict).toBe("PASS");
    expect(r.reasons.at(-1)).toBe(r.art14.text);
  });

  it("refuses a malformed date", () => {
    expect(() => assessCra(input({}, { asOf: "1 Dec 2026" }))).toThrow(/YYYY-MM-DD/);
  });
});

describe("CRA scope", () => {
  it("out of scope says why and has no class or route", () => {
    const why =
      "A medical or in-vitro diagnostic device under Regulation (EU) 2017/745 or 2017/746 is excluded (Art. 2(2)).";
    const r = assessCra(
      input({ "p.cra.core_function": "router" }, { scope: { inScope: false, reasons: [why] } }),
    );
    expect(r).toMatchObject({ outcome: "not_in_scope", inScope: false, outOfScopeReasons: [why] });
    expect(r.route.id).toBe("none");
    expect(r.productClass.id).toBeNull();
    expect(r.art14.verdict).toBeNull();
  });
  it("an undecided scope is incomplete", () => {
    const r = assessCra(input({ "p.cra.core_function": "none" }, { scope: { inScope: null, reasons: [] } }));
    expect(r.outcome).toBe("incomplete");
  });
});

describe("CRA not-applicable rules", () => {
  it("a Part I(2) N/A counts while the risk assessment passes", () => {
    const r = assessCra(
      input(
        { "p.cra.core_function": "none" },
        { criteria: withVerdicts({ "CRA-I.2l": { verdict: "NOT_APPLICABLE", stage: "claimed_na" } }) },
      ),
    );
    expect(r.outcome).toBe("ready_module_a");
    expect(r.tally.notApplicable).toBe(1);
    expect(r.naWithoutRiskAssessment).toEqual([]);
  });
  it("a Part I(2) N/A without a passing risk assessment is not accepted", () => {
    const failingRa = assessCra(
      input(
        { "p.cra.core_function": "none" },
        {
          criteria: withVerdicts({
            "CRA-I.1": { verdict: "FAIL", stage: "satisfaction" },
            "CRA-I.2l": { verdict: "NOT_APPLICABLE", stage: "claimed_na" },
          }),
        },
      ),
    );
    expect(failingRa.naWithoutRiskAssessment).toEqual(["CRA-I.2l"]);
    expect(failingRa.failing).toEqual(["CRA-I.1", "CRA-I.2l"]);
    expect(failingRa.outcome).toBe("gaps");
    const openRa = assessCra(
      input(
        { "p.cra.core_function": "none" },
        {
          criteria: withVerdicts({
            "CRA-I.1": { verdict: "UNANSWERED", stage: "satisfaction" },
            "CRA-I.2c": { verdict: "NOT_APPLICABLE", stage: "claimed_na" },
          }),
        },
      ),
    );
    expect(openRa.unanswered).toEqual(["CRA-I.1", "CRA-I.2c"]);
    expect(openRa.outcome).toBe("incomplete");
  });
  it("an N/A the CRA refuses (Part II) is a failure with its reason", () => {
    const r = assessCra(
      input(
        { "p.cra.core_function": "none" },
        { criteria: withVerdicts({ "CRA-II.5": { verdict: "FAIL", stage: "na_not_allowed" } }) },
      ),
    );
    expect(r.naRefused).toEqual(["CRA-II.5"]);
    expect(r.outcome).toBe("gaps");
    expect(r.reasons.join("\n")).toMatch(/CRA-II.5: the CRA gives no not-applicable exit/);
  });
});

it("outcomes are a total order, worst first, with no conformity word before the date", () => {
  expect(new Set(CRA_OUTCOMES).size).toBe(CRA_OUTCOMES.length);
  expect(CRA_OUTCOMES[0]).toBe("not_conforming");
  expect(CRA_OUTCOMES.at(-1)).toBe("not_in_scope");
});
