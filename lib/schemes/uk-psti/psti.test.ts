import { describe, expect, it } from "vitest";
import { assess } from "@/lib/scoring";
import { getCatalog, parseAnswers, type TAnswerValue } from "@/lib/schemes";
import { schemeModule } from "../registry";
import { everyMarketAnswers } from "@/lib/testing/answers";
import { pstiOf } from "./result";
import type { TPstiStatus } from "./rule";

/**
 * UK PSTI through the real catalog 1.2.0 and assess(): table-driven cases written from uk-psti.md (scope and each
 * Schedule 3 exception, each requirement passing and failing, each deemed-compliance path).
 */

const catalog = getCatalog("1.2.0");

/** A UK consumer camera that answers every control well and relies on Schedule 1 directly. */
const base = () => everyMarketAnswers(catalog);
const no = { status: "no" } as const;
const yes = { status: "yes" } as const;

type TCase = {
  name: string;
  change: Record<string, TAnswerValue | undefined>;
  status: TPstiStatus;
  /** Expected out-of-scope reason (a fragment) or the requirement keys still missing. */
  why?: string;
  missing?: string[];
};

function run(change: TCase["change"]) {
  const answers: Record<string, TAnswerValue> = base();
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined) delete answers[k];
    else answers[k] = v;
  }
  const parsed = parseAnswers(catalog, answers);
  if (!parsed.success) throw new Error(parsed.error.message);
  const a = assess(catalog, parsed.data);
  return { a, p: pstiOf(a) };
}

const cases: TCase[] = [
  // --- Scope (Act ss. 4–8) and the Schedule 3 exceptions
  { name: "a UK consumer camera meeting Schedule 1 directly", change: {}, status: "compliant" },
  {
    name: "not made available in the UK",
    change: { "p.uk_market": false },
    status: "out_of_scope",
    why: "Not made available in the United Kingdom",
  },
  {
    name: "not for consumers",
    change: { "p.consumer": false },
    status: "out_of_scope",
    why: "Not made available to consumers",
  },
  {
    name: "not connectable",
    change: { "p.internet": false },
    status: "out_of_scope",
    why: "not a relevant connectable product",
  },
  {
    name: "X1 Northern Ireland supply under EU rules",
    change: { "p.uk_ni_only": true },
    status: "excepted",
    why: "Windsor Framework",
  },
  {
    name: "X2 EV charge point",
    change: { "p.ev_charger": true },
    status: "excepted",
    why: "Smart Charge Points",
  },
  {
    name: "X3 UK medical device",
    change: { "p.uk_medical": true },
    status: "excepted",
    why: "Medical Devices Regulations 2002",
  },
  { name: "X4 smart meter", change: { "p.smart_meter": true }, status: "excepted", why: "smart meter" },
  {
    name: "X5 laptop without cellular, not for children",
    change: { "p.computer": true, "p.cellular": false, "p.child_under14": false },
    status: "excepted",
    why: "without cellular connectivity",
  },
  { name: "X6 vehicle", change: { "p.vehicle": true }, status: "excepted", why: "a vehicle" },
  {
    name: "a cellular tablet stays in scope",
    change: { "p.computer": true, "p.cellular": true, "p.child_under14": false },
    status: "compliant",
  },
  {
    name: "a children's laptop stays in scope",
    change: { "p.computer": true, "p.cellular": false, "p.child_under14": true },
    status: "compliant",
  },
  {
    name: "UK market unanswered: scope undecided",
    change: { "p.uk_market": undefined },
    status: "incomplete",
  },
  // --- PSTI-1 passwords (Sch. 1 para 1)
  {
    name: "no passwords at all: not triggered",
    change: { "p.password_auth": false, "p.factory_password": false },
    status: "compliant",
  },
  {
    name: "user-defined passwords only",
    change: {
      "p.factory_password": false,
      "c.pw.factory_unique_or_forced": undefined,
      "c.pw.not_derived": undefined,
    },
    status: "compliant",
  },
  {
    name: "a universal default password",
    change: { "c.pw.factory_unique_or_forced": no },
    status: "not_compliant",
    missing: ["PSTI-1"],
  },
  {
    name: "unique passwords derived from the serial number",
    change: { "c.pw.not_derived": no },
    status: "not_compliant",
    missing: ["PSTI-1"],
  },
  {
    name: "N/A is not accepted for the password rule",
    change: {
      "c.pw.factory_unique_or_forced": {
        status: "not_applicable",
        justification: "We think it does not apply.",
      },
    },
    status: "not_compliant",
    missing: ["PSTI-1"],
  },
  // --- PSTI-2 reporting (Sch. 1 para 2)
  {
    name: "no published disclosure policy",
    change: { "c.vuln.policy": no },
    status: "not_compliant",
    missing: ["PSTI-2"],
  },
  {
    name: "reporting information behind a login",
    change: { "c.vuln.info_public": no },
    status: "not_compliant",
    missing: ["PSTI-2"],
  },
  // --- PSTI-3 support period (Sch. 1 para 3)
  {
    name: "support period not published",
    change: { "c.support.published": no },
    status: "not_compliant",
    missing: ["PSTI-3"],
  },
  {
    name: "support period without an end date",
    change: { "c.support.end_date": undefined },
    status: "incomplete",
    missing: ["PSTI-3", "PSTI-SoC"],
  },
  {
    name: "support period shortened",
    change: { "c.support.not_shortened": no },
    status: "not_compliant",
    missing: ["PSTI-3"],
  },
  {
    name: "own web shop hides the period",
    change: { "c.support.with_offers": no },
    status: "not_compliant",
    missing: ["PSTI-3"],
  },
  {
    name: "no own web shop: the offer rule does not bite",
    change: { "p.own_shop": false, "c.support.with_offers": undefined },
    status: "compliant",
  },
  // --- Statement of compliance (Act s. 9, Sch. 4)
  {
    name: "statement signatory missing",
    change: { "c.soc.signatory": undefined },
    status: "incomplete",
    missing: ["PSTI-SoC"],
  },
  // --- Deemed compliance, each path (Sch. 2 and 2A)
  {
    name: "ETSI EN 303 645 relied on and met",
    change: { "p.psti_etsi": true },
    status: "compliant",
  },
  {
    name: "ISO/IEC 29147 relied on: meets reporting although the information is not fully public",
    change: { "p.psti_iso29147": true, "c.vuln.iso29147": yes, "c.vuln.info_public": no },
    status: "compliant",
  },
  {
    name: "ISO/IEC 29147 relied on but not followed, reporting not public",
    change: { "p.psti_iso29147": true, "c.vuln.iso29147": no, "c.vuln.info_public": no },
    status: "not_compliant",
    missing: ["PSTI-2"],
  },
  {
    name: "JC-STAR STAR-1 label meets every requirement and the statement",
    change: {
      "p.label_jcstar": true,
      "c.label.jcstar_id": "JC-0001-2025",
      "c.label.jcstar_expiry": "2028-03-31",
      "c.label.jcstar_valid": yes,
      "c.pw.factory_unique_or_forced": no,
      "c.vuln.policy": no,
      "c.support.published": no,
      "c.soc.signatory": undefined,
    },
    status: "compliant",
  },
  {
    name: "Singapore CLS label at any level meets every requirement",
    change: {
      "p.label_cls": true,
      "c.label.cls_id": "CLS-2025-000123",
      "c.label.cls_level": "1",
      "c.label.cls_expiry": "2027-06-30",
      "c.label.cls_valid": yes,
      "c.vuln.info_public": no,
    },
    status: "compliant",
  },
  {
    name: "a CLS label that has expired does not help",
    change: {
      "p.label_cls": true,
      "c.label.cls_id": "CLS-2025-000123",
      "c.label.cls_level": "2",
      "c.label.cls_expiry": "2025-06-30",
      "c.label.cls_valid": no,
      "c.vuln.info_public": no,
    },
    status: "not_compliant",
    missing: ["PSTI-2"],
  },
  {
    name: "a label claimed without its number: still open",
    change: { "p.label_jcstar": true, "c.label.jcstar_id": undefined, "c.vuln.policy": no },
    status: "incomplete",
    missing: ["PSTI-2"],
  },
];

describe("UK PSTI on catalog 1.2.0 (uk-psti.md)", () => {
  it.each(cases)("$name → $status", ({ change, status, why, missing }) => {
    const { a, p } = run(change);
    expect(p.status).toBe(status);
    if (why) expect(p.outOfScopeReasons.join(" ")).toContain(why);
    if (missing)
      expect(
        p.requirements.filter((r) => r.state === "open" || r.state === "not_met").map((r) => r.key),
      ).toEqual(missing);
    // The module's envelope carries the same outcome and says why.
    const e = schemeModule("UK_PSTI").envelope(a);
    expect(e.outcome).toBe(status);
    expect(e.why.length).toBeGreaterThan(0);
    if (status === "not_compliant" || status === "incomplete") expect(e.reasons.length).toBeGreaterThan(0);
  });

  it("records how each requirement is met (for the statement)", () => {
    const { p } = run({ "p.psti_etsi": true });
    expect(Object.fromEntries(p.requirements.map((r) => [r.key, r.via]))).toEqual({
      "PSTI-1": ["direct", "etsi"],
      "PSTI-2": ["direct", "etsi"],
      "PSTI-3": ["direct", "etsi"],
      "PSTI-SoC": ["direct"],
    });
  });

  it("asks the UK questions only for the UK market, the computer questions only for computers", () => {
    const q = (id: string) => catalog.questions.find((x) => x.id === id);
    expect(q("p.uk_ni_only")?.visibleWhen).toBeDefined();
    expect(q("p.cellular")?.visibleWhen).toEqual({
      op: "all",
      of: [
        { op: "eq", q: "p.uk_market", value: true },
        { op: "eq", q: "p.computer", value: true },
      ],
    });
  });
});
