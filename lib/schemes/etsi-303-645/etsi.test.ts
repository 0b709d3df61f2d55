import { describe, expect, it } from "vitest";
import { assess, resultFor, type TAssessment } from "@/lib/scoring";
import { goodAnswers } from "@/lib/scoring/fixtures";
import type { TAnswerValue } from "../types";
import { conditionQuestionIds, getCatalog } from "../index";
import { etsi303645, etsiOutcome, recommendedShare } from "./index";

/**
 * ETSI EN 303 645 V2.1.1 from china-label.md §3: every provision with its status, and the result rule (every
 * applicable mandatory provision met; the share of recommended ones), with conditional provisions in and out of
 * their condition.
 */
const NOTE: Record<string, "M" | "R" | "M C" | "R C"> = {
  "4-1": "M",
  "5.1-1": "M C",
  "5.1-2": "M C",
  "5.1-3": "M",
  "5.1-4": "M C",
  "5.1-5": "M C",
  "5.2-1": "M",
  "5.2-2": "R",
  "5.2-3": "R",
  "5.3-1": "R",
  "5.3-2": "M C",
  "5.3-3": "M C",
  "5.3-4": "R C",
  "5.3-5": "R C",
  "5.3-6": "R C",
  "5.3-7": "M C",
  "5.3-8": "M C",
  "5.3-9": "R C",
  "5.3-10": "M C",
  "5.3-11": "R C",
  "5.3-12": "R C",
  "5.3-13": "M",
  "5.3-14": "R C",
  "5.3-15": "R C",
  "5.3-16": "M",
  "5.4-1": "M",
  "5.4-2": "M C",
  "5.4-3": "M",
  "5.4-4": "M",
  "5.5-1": "M",
  "5.5-2": "R",
  "5.5-3": "R",
  "5.5-4": "R",
  "5.5-5": "M",
  "5.5-6": "R",
  "5.5-7": "M",
  "5.5-8": "M",
  "5.6-1": "M",
  "5.6-2": "M",
  "5.6-3": "R",
  "5.6-4": "M C",
  "5.6-5": "R",
  "5.6-6": "R",
  "5.6-7": "R",
  "5.6-8": "R",
  "5.6-9": "R",
  "5.7-1": "R",
  "5.7-2": "R C",
  "5.8-1": "R",
  "5.8-2": "M C",
  "5.8-3": "M C",
  "5.9-1": "R",
  "5.9-2": "R",
  "5.9-3": "R",
  "5.10-1": "R C",
  "5.11-1": "M",
  "5.11-2": "R",
  "5.11-3": "R",
  "5.11-4": "R",
  "5.12-1": "R",
  "5.12-2": "R",
  "5.12-3": "R",
  "5.13-1": "M",
  "6-1": "M",
  "6-2": "M C",
  "6-3": "M C",
  "6-4": "R C",
  "6-5": "M C",
};

const catalog = getCatalog("1.2.0");
const etsi = catalog.criteria.filter((c) => c.scheme === "ETSI_303645");
const GOOD = goodAnswers(catalog);
const run = (changes: Record<string, TAnswerValue | undefined>): TAssessment => {
  const a: Record<string, TAnswerValue> = { ...GOOD };
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete a[k];
    else a[k] = v;
  }
  return assess(catalog, a);
};
const no = { status: "no" } as const;
const verdict = (r: TAssessment, id: string) => resultFor(r, `ETSI:${id}`)?.verdict;

describe("ETSI EN 303 645 provisions", () => {
  it("has every provision of the note, with its status and, when conditional, its condition", () => {
    expect(etsi.map((c) => c.id).sort()).toEqual(Object.keys(NOTE).sort());
    for (const c of etsi) {
      const status = NOTE[c.id];
      expect(c.obligation, c.id).toBe(status?.startsWith("M") ? "mandatory" : "recommended");
      expect(c.applicability !== undefined, `${c.id} condition`).toBe(status?.endsWith("C"));
      // A mandatory provision is never excused by a claim; a recommended one may be, with its justification.
      expect(c.allowNotApplicable, c.id).toBe(!status?.startsWith("M"));
      expect(c.references.etsi).toEqual([c.id]);
    }
    expect(etsi.filter((c) => c.obligation === "mandatory").length).toBe(
      Object.values(NOTE).filter((s) => s.startsWith("M")).length,
    );
  });

  it("reads existing questions for all but five provisions' facts", () => {
    // The questions the provisions read that 1.1.0 did not ask (other schemes of 1.2.0 add their own).
    const old = new Set(getCatalog("1.1.0").questions.map((q) => q.id));
    // New questions ETSI's provisions read (other schemes of 1.2.0 add their own).
    const read = new Set(
      catalog.criteria
        .filter((c) => c.scheme === "ETSI_303645")
        .flatMap((c) => [
          ...conditionQuestionIds(c.satisfaction),
          ...(c.applicability ? conditionQuestionIds(c.applicability) : []),
        ]),
    );
    const etsiMeta = catalog.schemes.find((m) => m.id === "ETSI_303645");
    for (const f of etsiMeta?.facts ?? []) for (const q of conditionQuestionIds(f.when)) read.add(q);
    for (const sc of etsiMeta?.scopes ?? [])
      if (sc.condition) for (const q of conditionQuestionIds(sc.condition)) read.add(q);
    const added = catalog.questions.filter((q) => !old.has(q.id) && read.has(q.id)).map((q) => q.id);
    expect(added.sort()).toEqual(
      [
        "c.doc.justifications",
        "c.if.unauth_disclosure",
        "p.consent_basis",
        "p.device_identity",
        "p.telemetry",
      ].sort(),
    );
  });
});

describe("ETSI EN 303 645 result rule", () => {
  type TCase = {
    name: string;
    changes: Record<string, TAnswerValue | undefined>;
    outcome: ReturnType<typeof etsiOutcome>;
    verdicts?: Record<string, string>;
    reason?: RegExp;
  };
  const cases: TCase[] = [
    { name: "every control met", changes: {}, outcome: "mandatory_met" },
    {
      name: "a mandatory provision fails (no disclosure policy)",
      changes: { "c.vuln.policy": no },
      outcome: "mandatory_not_met",
      verdicts: { "5.2-1": "FAIL" },
      reason: /Mandatory 5\.2-1 is not met/,
    },
    {
      name: "a recommended provision fails (no secure boot): still meets the mandatory ones",
      changes: { "c.boot.secure_boot": no },
      outcome: "mandatory_met",
      verdicts: { "5.7-1": "FAIL" },
      reason: /Recommended 5\.7-1 is not met/,
    },
    {
      name: "conditional 5.6-4 inside its condition (a debug interface) and not met",
      changes: { "p.debug_interface": true, "c.if.debug_closed": no },
      outcome: "mandatory_not_met",
      verdicts: { "5.6-4": "FAIL" },
    },
    {
      name: "conditional 5.6-4 outside its condition (no debug interface)",
      changes: { "p.debug_interface": false, "c.if.debug_closed": no },
      outcome: "mandatory_met",
      verdicts: { "5.6-4": "NOT_APPLICABLE" },
    },
    {
      name: "a constrained device: 5.1-5 and 5.3-2 are outside their condition",
      changes: { "p.constrained": true, "c.auth.bruteforce": no },
      outcome: "mandatory_met",
      verdicts: { "5.1-5": "NOT_APPLICABLE", "5.3-2": "NOT_APPLICABLE", "5.3-14": "NOT_APPLICABLE" },
    },
    {
      name: "a constrained device that cannot be updated: 5.3-3…5.3-12 out, 5.3-14/15 in",
      changes: { "p.constrained": true, "p.updatable": false, "c.upd.non_updatable_plan": no },
      outcome: "mandatory_met",
      verdicts: {
        "5.3-3": "NOT_APPLICABLE",
        "5.3-8": "NOT_APPLICABLE",
        "5.3-10": "NOT_APPLICABLE",
        "5.3-14": "FAIL",
        "5.3-15": "FAIL",
      },
    },
    {
      name: "no telemetry: 5.10-1, 6-4 and 6-5 are outside their condition",
      changes: { "p.telemetry": false, "c.mon.backend": no, "c.pi.minimal": no },
      outcome: "mandatory_met",
      verdicts: { "5.10-1": "NOT_APPLICABLE", "6-4": "NOT_APPLICABLE", "6-5": "NOT_APPLICABLE" },
    },
    {
      name: "consent as the legal basis: 6-3 in its condition and not met",
      changes: { "p.consent_basis": true, "c.pi.withdraw": no },
      outcome: "mandatory_not_met",
      verdicts: { "6-3": "FAIL", "6-2": "PASS" },
    },
    {
      name: "no personal data: the consent question is not asked and 6-2/6-3 do not apply",
      changes: { "p.personal_data": false, "p.consent_basis": undefined, "c.pi.withdraw": no },
      outcome: "mandatory_met",
      verdicts: { "6-2": "NOT_APPLICABLE", "6-3": "NOT_APPLICABLE", "6-1": "PASS" },
    },
    {
      name: "no passwords at all: 5.1-1, 5.1-4 and 5.1-5 do not apply",
      changes: { "p.password_auth": false, "c.auth.change": no },
      outcome: "mandatory_met",
      verdicts: { "5.1-1": "NOT_APPLICABLE", "5.1-4": "NOT_APPLICABLE", "5.1-5": "NOT_APPLICABLE" },
    },
    {
      name: "N/A claimed on a mandatory provision's control is refused",
      changes: {
        "c.del.device_erase": { status: "not_applicable", justification: "Our device stores nothing." },
      },
      outcome: "mandatory_not_met",
      verdicts: { "5.11-1": "FAIL" },
    },
    {
      name: "a justified N/A on a recommended provision takes it out of the share",
      changes: {
        "c.dev.sdl": { status: "not_applicable", justification: "Firmware is a vendor SDK image." },
      },
      outcome: "mandatory_met",
      verdicts: { "5.6-9": "NOT_APPLICABLE" },
    },
    {
      name: "a mandatory provision unanswered",
      changes: { "c.key.management": undefined },
      outcome: "incomplete",
      verdicts: { "5.5-8": "UNANSWERED" },
      reason: /Mandatory 5\.5-8 is not answered yet/,
    },
    {
      name: "a failing mandatory provision decides even while others are open",
      changes: { "c.key.management": undefined, "c.if.input_validation": no },
      outcome: "mandatory_not_met",
    },
    {
      name: "not a consumer product: out of scope, with the reason",
      changes: { "p.consumer": false },
      outcome: "out_of_scope",
      reason: /Not a consumer product/,
    },
    {
      name: "a medical device: out of scope",
      changes: { "p.medical": true },
      outcome: "out_of_scope",
      reason: /health care/,
    },
    { name: "scope unanswered", changes: { "p.consumer": undefined }, outcome: "incomplete" },
  ];

  it.each(cases)("$name", ({ changes, outcome, verdicts, reason }) => {
    const r = run(changes);
    const e = etsi303645.envelope(r);
    expect(e.outcome).toBe(outcome);
    expect(etsiOutcome(r.schemes?.ETSI_303645)).toBe(outcome);
    for (const [id, v] of Object.entries(verdicts ?? {})) expect(verdict(r, id), id).toBe(v);
    if (reason) expect([e.why, ...e.reasons].join(" | ")).toMatch(reason);
    if (outcome === "out_of_scope") expect(e.next).toEqual([]);
  });

  it("reports the share of applicable recommended provisions met", () => {
    const good = recommendedShare(run({}).schemes?.ETSI_303645);
    expect(good.percent).toBe(100);
    const r = run({ "c.boot.secure_boot": no, "c.dev.sdl": no });
    const share = recommendedShare(r.schemes?.ETSI_303645);
    expect(share.applicable).toBe(good.applicable);
    expect(share.met).toBe(good.applicable - 2);
    expect(etsi303645.publicLines?.(r)[1]?.en).toBe(
      `${share.met} of ${share.applicable} applicable recommended provisions met (${share.percent} %)`,
    );
    expect(etsi303645.publicLines?.(r)[1]?.["zh-CN"]).toMatch(/建议性条款/);
  });

  it("puts what fixes a failing mandatory provision first in 'next'", () => {
    const r = run({ "c.vuln.policy": no });
    expect(etsi303645.envelope(r).next).toContain("c.vuln.policy");
  });

  it("is out of scope, not failing, on assessments of catalogs without it", () => {
    const e = etsi303645.envelope(assess(getCatalog("1.1.0"), goodAnswers(getCatalog("1.1.0"))));
    expect(e.outcome).toBe("out_of_scope");
    expect(e.readiness.applicable).toBe(0);
  });
});
