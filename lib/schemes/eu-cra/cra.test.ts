import { describe, expect, it } from "vitest";
import { assess, resultFor } from "@/lib/scoring";
import { compileCatalog, hiddenQuestions } from "@/lib/scoring/compile";
import { getCatalog, parseAnswers, type TAnswerValue } from "@/lib/schemes";
import { everyMarketAnswers } from "@/lib/testing/answers";
import { craEnvelope } from "./index";
import { craOf } from "./result";
import type { TCraOutcome } from "./rule";

/**
 * EU CRA through the real catalog 1.2.0 and assess(): table-driven cases written from eu-cra.md (§1.2 scope and
 * each exclusion with its reason, §7 each class and route, §9 readiness before 11 December 2027 and conformity
 * from then, N/A only where the regulation allows it).
 */

const catalog = getCatalog("1.2.0");
const NOW = "2026-12-01";
const CRA_DAY = "2027-12-11";
const na = (justification: string) => ({ status: "not_applicable", justification }) as const;

function run(change: Record<string, TAnswerValue | undefined>, asOf = NOW) {
  const parsed = parseAnswers(catalog, everyMarketAnswers(catalog, change));
  if (!parsed.success) throw new Error(parsed.error.message);
  const a = assess(catalog, parsed.data);
  return { a, r: craOf(a, asOf) };
}

describe("CRA scope and exclusions (Art. 2)", () => {
  const out: { name: string; change: Record<string, TAnswerValue>; why: RegExp }[] = [
    {
      name: "no data connection",
      change: { "p.network_interface": false, "p.radio": false, "p.internet": false },
      why: /No data connection .*Art\. 2\(1\)/,
    },
    {
      name: "MDR/IVDR medical device",
      change: { "p.medical": true },
      why: /2017\/745 or 2017\/746 .*Art\. 2\(2\)/,
    },
    { name: "vehicle type-approval", change: { "p.vehicle": true }, why: /2019\/2144 .*Art\. 2\(2\)/ },
    {
      name: "civil-aviation certified",
      change: { "p.aviation_toll": true, "p.cra.aviation_certified": true },
      why: /2018\/1139 .*Art\. 2\(3\)/,
    },
    { name: "marine equipment", change: { "p.cra.marine": true }, why: /2014\/90\/EU .*Art\. 2\(4\)/ },
    { name: "national security or defence", change: { "p.cra.defence": true }, why: /defence.*Art\. 2\(7\)/ },
    { name: "identical spare part", change: { "p.cra.spare_part": true }, why: /spare part.*Art\. 2\(6\)/ },
    { name: "non-commercial FOSS", change: { "p.cra.noncommercial": true }, why: /open-source.*recitals 17/ },
  ];
  for (const c of out)
    it(`out of scope: ${c.name}, and says why`, () => {
      const { a, r } = run(c.change);
      expect(r.inScope).toBe(false);
      expect(r.outcome).toBe("not_in_scope");
      expect(r.outOfScopeReasons.join(" ")).toMatch(c.why);
      const e = craEnvelope(a, NOW);
      expect(e.inScope).toBe(false);
      expect(e.why).toMatch(c.why);
      expect(resultFor(a, "CRA-II.1")).toMatchObject({ verdict: "NOT_APPLICABLE", stage: "scope" });
    });

  it("a wired-only or Bluetooth-only product is in scope (no radio or internet threshold)", () => {
    expect(run({ "p.radio": false, "p.internet": false }).r.inScope).toBe(true);
    expect(run({ "p.network_interface": false, "p.internet": false }).r.inScope).toBe(true);
  });
  it("road-toll equipment (civil aviation question answered no) stays in scope", () => {
    expect(run({ "p.aviation_toll": true, "p.cra.aviation_certified": false }).r.inScope).toBe(true);
  });
  it("the aviation question is asked only for aviation or road-toll equipment", () => {
    // Hidden (p.aviation_toll false): its hidden value (false) keeps the product in scope without an answer.
    expect(run({ "p.cra.aviation_certified": undefined }).r.inScope).toBe(true);
  });
  it("an unanswered exclusion leaves the scope open", () => {
    const { r } = run({ "p.cra.marine": undefined });
    expect(r.inScope).toBeNull();
    expect(r.outcome).toBe("incomplete");
  });
});

describe("CRA class and route from the profile (Art. 7, 8, 32)", () => {
  const cases: {
    core: string;
    change?: Record<string, TAnswerValue>;
    cls: string;
    route: string;
    before: TCraOutcome;
    after: TCraOutcome;
  }[] = [
    { core: "none", cls: "default", route: "module_a", before: "ready_module_a", after: "module_a" },
    {
      core: "home_security",
      cls: "important_i",
      route: "notified_body",
      before: "ready_notified_body",
      after: "notified_body_required",
    },
    {
      core: "router",
      change: { "p.cra.standards_in_full": true },
      cls: "important_i",
      route: "notified_body",
      before: "ready_notified_body",
      after: "notified_body_required",
    },
    {
      core: "firewall",
      cls: "important_ii",
      route: "certification_or_notified_body",
      before: "ready_notified_body",
      after: "notified_body_required",
    },
    {
      core: "smartcard",
      cls: "critical",
      route: "notified_body",
      before: "ready_notified_body",
      after: "notified_body_required",
    },
  ];
  for (const c of cases)
    it(`${c.core}: ${c.cls}, ${c.route}; ${c.before} before 11 Dec 2027, ${c.after} from then`, () => {
      const change = { "p.cra.core_function": c.core, ...c.change };
      const { a, r } = run(change);
      expect(r.inScope).toBe(true);
      expect(r.productClass.id).toBe(c.cls);
      expect(r.route.id).toBe(c.route);
      expect(r.regime).toBe("readiness");
      expect(r.outcome).toBe(c.before);
      expect(craOf(a, CRA_DAY).outcome).toBe(c.after);
      expect(craOf(a, "2027-12-10").outcome).toBe(c.before);
      const e = craEnvelope(a, NOW);
      expect(e.reasons).toContain(r.productClass.reason);
      expect(e.reasons).toContain(r.route.reason);
    });

  it("the standards question is asked only for class I; hidden it reads as not applied", () => {
    const q = catalog.questions.find((x) => x.id === "p.cra.standards_in_full");
    expect(q?.visibleWhen).toBeDefined();
    const { a } = run({ "p.cra.core_function": "none", "p.cra.standards_in_full": undefined });
    expect(a.schemes?.EU_CRA?.facts.standards_in_full).toBe(false);
  });
  it("the class's reason names the Annex point, and a contradicting category is pointed out", () => {
    const { r } = run({});
    expect(r.productClass.annexPoint).toBe("Annex III, class I, point 17");
    const hint = run({ "p.category": "router", "p.cra.core_function": "none" }).r;
    expect(hint.productClass.id).toBe("default");
    expect(hint.productClass.hint).toMatch(/point 12/);
  });
  it("an unanswered core function: incomplete, class undecided", () => {
    const { r } = run({ "p.cra.core_function": undefined });
    expect(r.productClass.id).toBeNull();
    expect(r.outcome).toBe("incomplete");
  });
});

describe("CRA not-applicable rules", () => {
  it("Part II never accepts N/A, and says why at the criterion", () => {
    const { a, r } = run({ "c.cra.sbom": na("We ship no software bill of materials.") });
    expect(resultFor(a, "CRA-II.1")).toMatchObject({ verdict: "FAIL", stage: "na_not_allowed" });
    expect(r.naRefused).toContain("CRA-II.1");
    expect(r.outcome).toBe("gaps");
    const c = catalog.criteria.find((x) => x.key === "CRA-II.1");
    expect(c?.allowNotApplicable).toBe(false);
    expect(c?.naRefusal).toMatch(/Part II .* no not-applicable exit/);
  });
  it("every Part II item, Part I (1) and Art. 14 refuse N/A", () => {
    for (const c of catalog.criteria.filter((x) => /^CRA-(II\.|I\.1$|A14)/.test(x.key))) {
      expect(c.allowNotApplicable, c.key).toBe(false);
      expect(c.naRefusal, c.key).toBeTruthy();
    }
  });
  it("a Part I (2) N/A counts while the risk assessment passes, and not without it", () => {
    const justified = na("The product keeps no personal or other user data beyond its configuration.");
    const ok = run({ "c.pi.minimal": justified });
    expect(resultFor(ok.a, "CRA-I.2g")).toMatchObject({ verdict: "NOT_APPLICABLE", stage: "claimed_na" });
    expect(ok.r.outcome).toBe("ready_notified_body");
    const noRa = run({ "c.pi.minimal": justified, "c.cra.ra_annex1": { status: "no" } });
    expect(noRa.r.naWithoutRiskAssessment).toEqual(["CRA-I.2g"]);
    expect(noRa.r.failing).toEqual(expect.arrayContaining(["CRA-I.1", "CRA-I.2g"]));
    expect(noRa.r.outcome).toBe("gaps");
  });
});

describe("Art. 14 reporting: in force since 11 September 2026", () => {
  it("is shown as a current duty, with the state of the reporting process", () => {
    const { a, r } = run({ "c.cra.art14_process": { status: "no" } });
    expect(r.art14.inForce).toBe(true);
    expect(r.art14.verdict).toBe("FAIL");
    expect(r.outcome).toBe("gaps");
    expect(craEnvelope(a, NOW).reasons.join(" ")).toMatch(/Article 14 reporting applies now/);
    expect(craEnvelope(a, NOW).next).toContain("c.cra.art14_process");
  });
});

describe("the secure reset: one fact, asked once (the US question, or the CRA's where the US one is not asked)", () => {
  it("inside the US programme the US question decides (2)(b), and the CRA's own is hidden", () => {
    expect(resultFor(run({}).a, "CRA-I.2b")?.verdict).toBe("PASS");
    const failing = run({ "c.reset.secure_default": { status: "no" } });
    expect(resultFor(failing.a, "CRA-I.2b")?.verdict).toBe("FAIL");
    expect(hiddenQuestions(compileCatalog(catalog), everyMarketAnswers(catalog))).toContain(
      "c.cra.reset_original",
    );
  });
  it("outside the US programme the CRA asks it itself, and its answer decides (2)(b)", () => {
    const { a, r } = run({ "p.sensor_actuator": false });
    expect(r.inScope).toBe(true);
    for (const k of ["CRA-I.2b", "CRA-AII.3", "CRA-AII.7"]) expect(resultFor(a, k)?.verdict, k).toBe("PASS");
    expect(r.outcome).toBe("ready_notified_body");
    const answers = everyMarketAnswers(catalog, { "p.sensor_actuator": false });
    expect(hiddenQuestions(compileCatalog(catalog), answers)).toContain("c.reset.secure_default");
    const failing = run({ "p.sensor_actuator": false, "c.cra.reset_original": { status: "no" } });
    expect(resultFor(failing.a, "CRA-I.2b")?.verdict).toBe("FAIL");
  });
});
