import { all, any, dateGte, is, isNot, not, unlessOr, yes } from "../build";
import { catalogV1 } from "../catalog-v1";
import { conditionQuestionIds, type TCondition } from "../conditions";
import type { TCatalog, TCriterion, TQuestion } from "../types";
import { applyPatch, renameFact, type TCatalogPatch, type TCriterionPatch } from "./patch";

/**
 * Catalog 1.1.0 = 1.0.0 + the patches below (issue 10: "not applicable" never buys a better result, every scheme
 * reads every fact it needs). 1.0.0 stays frozen for the labels issued on it; docs/scoring.md explains the rules.
 */

const lt = (q: string, value: string): TCondition => ({ op: "date", q, cmp: "lt", value });
const RED_FROM = "2025-08-01";

// --- EN 18031: requirements whose decision tree has no N/A exit (eu-red.md §3) -------------------------------
const NO_EXIT = "EN 18031 gives this requirement no not-applicable exit: it is met or it is not.";
const refuse = (reason: string): TCriterionPatch => ({ allowNotApplicable: false, naRefusal: reason });
const euRefusals: Record<string, TCriterionPatch> = {
  "*:GEC-1": refuse(
    "EN 18031 GEC-1 always applies: a known vulnerability can only be shown not to affect the product, not the requirement as a whole.",
  ),
  "*:ACM-2": {
    ...refuse(`${NO_EXIT} It applies to every asset ACM-1 found an access-control mechanism for.`),
    upstream: "ACM-1",
  },
  "*:AUM-3": { ...refuse(NO_EXIT), upstream: "AUM-1-1" },
  "*:AUM-6": { ...refuse(NO_EXIT), upstream: "AUM-1-1" },
  "*:SUM-2": {
    ...refuse(`${NO_EXIT} It applies to every update mechanism SUM-1 requires.`),
    upstream: "SUM-1",
  },
  "*:SSM-2": {
    ...refuse(`${NO_EXIT} It applies to every sensitive asset SSM-1 keeps in secure storage.`),
    upstream: "SSM-1",
  },
  "*:SSM-3": {
    ...refuse(`${NO_EXIT} It applies to every confidential asset SSM-1 keeps in secure storage.`),
    upstream: "SSM-1",
  },
  "*:GEC-5": refuse(
    `${NO_EXIT} Physical external interfaces are limited to what the intended function needs.`,
  ),
  "18031-1:SUM-3": { ...refuse(`${NO_EXIT} (part 1)`), upstream: "SUM-1" },
  "18031-3:SUM-3": { ...refuse(`${NO_EXIT} (part 3)`), upstream: "SUM-1" },
  "18031-2:SUM-3": { upstream: "SUM-1" },
  "18031-2:LGM-3": { ...refuse(NO_EXIT), upstream: "LGM-1" },
  "18031-3:LGM-3": { ...refuse(NO_EXIT), upstream: "LGM-1" },
  "18031-2:LGM-4": { ...refuse(NO_EXIT), upstream: "LGM-1" },
  "18031-3:LGM-4": { ...refuse(NO_EXIT), upstream: "LGM-1" },
  "18031-2:LGM-2": { upstream: "LGM-1" },
  "18031-3:LGM-2": { upstream: "LGM-1" },
  "18031-2:DLM-1": refuse(
    `${NO_EXIT} Stored personal data and sensitive security parameters must be deletable.`,
  ),
  "18031-2:UNM-2": { ...refuse(NO_EXIT), upstream: "UNM-1" },
  "*:SCM-2": { upstream: "SCM-1" },
  "*:SCM-3": { upstream: "SCM-1" },
  "*:SCM-4": { upstream: "SCM-1" },
  "*:AUM-4": { upstream: "AUM-1-1" },
  "18031-3:AUM-1-1": refuse(
    "EN 18031-3 has no exemption here: access to financial assets over a network interface is authenticated.",
  ),
  "18031-3:AUM-1-2": refuse(
    "EN 18031-3 has no exemption here: access to financial assets over a user interface is authenticated.",
  ),
  "18031-3:AUM-1-3": refuse(`${NO_EXIT} (machine interfaces, part 3)`),
  "18031-3:AUM-2-2": refuse("EN 18031-3 always requires two factors for functions that transfer money."),
  "18031-3:SCM-1": refuse(
    "EN 18031-3 drops the exits of parts 1 and 2: financial and security assets always travel securely.",
  ),
  "18031-3:SCM-2": { ...refuse(`${NO_EXIT} (part 3, no interoperability deviation)`), upstream: "SCM-1" },
  "18031-3:SCM-3": { ...refuse(`${NO_EXIT} (part 3, no interoperability deviation)`), upstream: "SCM-1" },
  "18031-3:GEC-8": {
    ...refuse(`${NO_EXIT} Boot integrity anchored in hardware is required for payment equipment.`),
    upstream: "SUM-1",
  },
};

// --- US: FCC rule-level gates and developer outcomes (us-cyber-trust-mark.md §1.3–1.4) ------------------------
const FCC = "An FCC rule requirement for the label (47 CFR Part 8): it has no not-applicable exit.";
const DEV = "A NIST IR 8425 developer activity: every product needs it, so it cannot be not applicable.";
const usRefusals: Record<string, TCriterionPatch> = Object.fromEntries([
  ...[
    "US.FCC.SCOPE",
    "US.FCC.NATSEC",
    "US.FCC.DECL",
    "US.FCC.SUPPORT",
    "US.FCC.AGENT",
    "US.FCC.TEST",
    "US.FCC.REGISTRY",
    "US.FCC.RECORDS",
  ].map((k) => [k, { naRefusal: FCC }]),
  ...["US.DOC.1", "US.IQR.1", "US.ID.1", "US.PEA.1"].map((k) => [k, { naRefusal: DEV }]),
]);

// --- One fact, every scheme: a password the user may skip (R1) fails US and China too ----------------------
const NO_SKIP = unlessOr("p.password_auth", yes("c.pw.no_skip"));
const addToAll =
  (extra: TCondition) =>
  (c: TCriterion): TCriterionPatch => ({
    satisfaction: c.satisfaction.op === "all" ? all(...c.satisfaction.of, extra) : all(c.satisfaction, extra),
  });

// --- China: the test report and the 3-star third-party tests (china-label.md §5–6) ---------------------------
const cnPatches: Record<string, TCriterionPatch | ((c: TCriterion) => TCriterionPatch)> = {
  "CN-1.01": addToAll(NO_SKIP),
  "CN-1.17": refuse(
    "Every star level needs a test report and a signed declaration (Measures): they cannot be not applicable.",
  ),
  "CN-3.01": refuse(
    "A third-party penetration test is required for 3 stars (Measures): it cannot be not applicable.",
  ),
  "CN-3.02": refuse(
    "Third-party firmware analysis is part of the 3-star evidence; a product without firmware is exempt by its profile, not by a claim.",
  ),
};

const CN_309: TCriterion = {
  key: "CN-3.09",
  scheme: "CN_CCL",
  id: "CN-3.09",
  title: "Test items tested by a qualified third-party lab",
  text: "For 3 stars, the test items of levels 1 and 2 are tested by a CMA-qualified third-party laboratory, not only by the producer's own lab.",
  mechanism: "Assurance",
  scope: "cn",
  level: 3,
  satisfaction: yes("c.test.third_party_lab"),
  allowNotApplicable: false,
  naRefusal: "The 3-star evidence rule requires third-party testing of the test items (china-label.md §6.2).",
  evidence: ["Third-party test report naming the model and firmware version"],
  references: { etsi: [], related: ["CN-1.17", "CN-3.01"] },
  confidence: "proposal",
};

const THIRD_PARTY_LAB: TQuestion = {
  id: "c.test.third_party_lab",
  kind: "control",
  type: "control",
  topic: "Testing and assurance",
  label: "test items tested by a third-party lab",
  prompt:
    "Were the test items of the lower levels tested by a CMA-qualified third-party lab (not only your own lab)?",
  help: "China 3 stars: the test items need a third-party lab, in addition to the penetration test.",
  evidence: ["Third-party test report"],
  naRefusal: "China 3 stars always needs third-party testing of the test items.",
};

const FDA: TQuestion = {
  id: "p.fda_medical",
  kind: "profile",
  type: "boolean",
  topic: "Product and market",
  label: "FDA-regulated medical device",
  prompt: "Is the product a medical device regulated by the US Food and Drug Administration (FDA)?",
  help: "FDA-regulated medical devices are outside the US Cyber Trust Mark (47 CFR 8.203).",
  evidence: ["FDA classification or clearance"],
};

// --- Visibility: questions asked only when their premise holds ---------------------------------------------
const US_SCOPE = all(
  is("p.consumer"),
  is("p.radio"),
  is("p.internet"),
  is("p.sensor_actuator"),
  is("p.network_interface"),
  isNot("p.fda_medical"),
  isNot("p.vehicle"),
);
const TOY_OR_CHILDCARE = any(is("p.toy"), is("p.childcare"));

/** Control questions that only US criteria read: not asked once the product is out of the US programme. */
function usOnlyQuestions(cat: TCatalog): string[] {
  const readers = new Map<string, Set<string>>();
  for (const c of cat.criteria)
    for (const id of conditionQuestionIds(c.satisfaction)) {
      const set = readers.get(id) ?? new Set<string>();
      set.add(c.scheme);
      readers.set(id, set);
    }
  const inRestrictions = new Set(
    cat.schemes.flatMap((s) => (s.restrictions ?? []).flatMap((r) => conditionQuestionIds(r.trigger))),
  );
  return cat.questions
    .filter((q) => q.kind === "control" && !inRestrictions.has(q.id))
    .filter((q) => {
      const r = readers.get(q.id);
      return r !== undefined && r.size === 1 && r.has("US_CTM");
    })
    .map((q) => q.id);
}

const questionPatches: TCatalogPatch["questions"] = {
  "p.medical": {
    label: "EU medical or in-vitro diagnostic device",
    prompt:
      "Is the product a medical or in-vitro diagnostic device under the EU MDR (2017/745) or IVDR (2017/746)?",
    help: "Such devices are excluded from EU RED articles 3(3)(d), (e) and (f). The US FDA question is asked separately.",
  },
  "p.market_date": {
    help: "RED 3(3)(d)/(e)/(f) apply to equipment placed on the market from 1 Aug 2025 (before that, they do not apply); products placed from 11 Dec 2027 are expected to fall under the Cyber Resilience Act instead.",
  },
  "c.pw.no_skip": {
    visibleWhen: is("p.password_auth"),
    naRefusal:
      "Whether a user can skip the password is a fact of the design, read by the EU (restriction R1), US and China results: answer yes or no.",
  },
  "c.pw.factory_unique_or_forced": { visibleWhen: is("p.factory_password") },
  "c.pw.not_derived": { visibleWhen: is("p.factory_password") },
  "c.pw.user_set_first_use": { visibleWhen: is("p.user_password") },
  "c.child.content_restricted": { visibleWhen: all(is("p.toy"), is("p.external_content")) },
  "c.child.third_party_blocked": { visibleWhen: TOY_OR_CHILDCARE },
  "c.child.guardian_limits_child": { visibleWhen: is("p.toy") },
  "c.child.guardian_limits_third": { visibleWhen: is("p.toy") },
  "c.child.guardian_control_effective": {
    visibleWhen: TOY_OR_CHILDCARE,
    naRefusal:
      "For a toy or childcare product, parental or guardian control is decided by what the product is (restriction R2): answer yes, partly or no.",
  },
  "c.reg.manual_update_info": {
    visibleWhen: all(US_SCOPE, not({ op: "eq", q: "c.reg.update_mode", value: "automatic" })),
  },
  "c.test.report": { naRefusal: "Every China star level needs a test report." },
  "c.test.declaration": { naRefusal: "Every China star level needs a signed conformity declaration." },
  "c.test.pentest": { naRefusal: "China 3 stars always needs a third-party penetration test." },
};
for (const id of usOnlyQuestions(catalogV1))
  questionPatches[id] = { ...questionPatches[id], visibleWhen: questionPatches[id]?.visibleWhen ?? US_SCOPE };

const patch: TCatalogPatch = {
  version: "1.1.0",
  publishedOn: "2026-12-01",
  title: "Cyberlabel criteria catalog v1.1",
  notes: [
    "From 1.1.0, N/A is an exit only where the standard gives one; a criterion reading several controls passes when each is satisfied or validly N/A.",
    "OJ restrictions bite by what the product is; a claimed N/A never switches them off.",
  ],
  changelog: [
    "N/A refused where the notes give no exit, with the reason shown at the question: EN 18031 GEC-1, ACM-2, AUM-3, AUM-6, SUM-2, SSM-2, SSM-3 and GEC-5 in every part; SUM-3 in parts 1 and 3; LGM-3, LGM-4 in parts 2 and 3; DLM-1 and UNM-2 in part 2; China CN-1.17, CN-3.01 and CN-3.02.",
    "Several controls, one criterion: each control may be satisfied or validly N/A (China 1- and 2-star criteria, US IAC/DP outcomes).",
    "OJ restrictions R1 (skippable password), R2 (parental control for toys and childcare) and R3 (part-3 updates) bite by the profile, never switched off by a claimed N/A.",
    "A password the user may skip now fails US IAC.1b and China CN-1.01 too (one fact, every scheme).",
    "China 3 stars: new CN-3.09, the test items tested by a CMA-qualified third-party lab.",
    "EU: products placed on the market before 1 August 2025 are outside 3(3)(d)/(e)/(f), and the result says why.",
    "The EU MDR/IVDR question and the US FDA question are separate (new p.fda_medical).",
    "Out-of-scope results say why (EU per article, US, China).",
    "Follow-up questions are asked only when their premise holds (toy questions for toys, manual-update text when updates are not automatic, US-only questions for products in the US programme).",
    "Decision-tree chains recorded (ACM-1 → ACM-2, AUM-1 → AUM-3/4/6, SSM-1 → SSM-2/3, SCM-1 → SCM-2/3/4, SUM-1 → SUM-2/3, LGM-1 → LGM-2/3/4, UNM-1 → UNM-2); a claimed N/A upstream does not switch a downstream requirement off.",
  ],
  scoring: {
    naPerControl: true,
    restrictionsByProfile: true,
    sharedFacts: [
      {
        q: "c.pw.no_skip",
        schemes: ["EU_RED", "US_CTM", "CN_CCL"],
        why: "A password the user may skip is weak access control everywhere.",
      },
      {
        q: "c.upd.verified",
        schemes: ["EU_RED", "US_CTM", "CN_CCL"],
        why: "Unverified updates fail every scheme's update requirement.",
      },
      {
        q: "c.pw.factory_unique_or_forced",
        schemes: ["EU_RED", "US_CTM", "CN_CCL"],
        why: "A universal default password fails every scheme.",
      },
    ],
  },
  addQuestions: [
    { after: "p.medical", question: FDA },
    { after: "c.test.pentest", question: THIRD_PARTY_LAB },
  ],
  questions: questionPatches,
  addCriteria: [{ after: "CN-3.08", criterion: CN_309 }],
  criteria: {
    ...euRefusals,
    ...usRefusals,
    ...cnPatches,
    "US.IAC.1b": addToAll(NO_SKIP),
    "US.FCC.SCOPE": (c) => ({
      naRefusal: FCC,
      satisfaction: renameFact(c.satisfaction, "p.medical", "p.fda_medical"),
      text: "A consumer IoT product whose device deliberately emits radio, can reach the internet, has a sensor or actuator and a network interface, and is neither an FDA-regulated medical device nor vehicle equipment.",
    }),
  },
  schemes: {
    EU_RED: (m) => ({
      ...m,
      scopes: m.scopes.map((s) =>
        s.condition ? { ...s, condition: all(s.condition, dateGte("p.market_date", RED_FROM)) } : s,
      ),
      scopeReasons: [
        {
          when: isNot("p.radio"),
          reason: "Not radio equipment: the Radio Equipment Directive does not cover it.",
        },
        {
          when: is("p.medical"),
          reason:
            "A medical or in-vitro diagnostic device under the EU MDR/IVDR is excluded from 3(3)(d), (e) and (f).",
        },
        {
          when: lt("p.market_date", RED_FROM),
          reason:
            "Placed on the market before 1 August 2025: 3(3)(d), (e) and (f) apply only to equipment placed from that date.",
        },
        {
          scope: "d",
          when: isNot("p.internet"),
          reason: "Not internet-connected: 3(3)(d) covers internet-connected radio equipment only.",
        },
        {
          scope: "e",
          when: isNot("p.personal_data"),
          reason: "Processes no personal, traffic or location data: 3(3)(e) does not apply.",
        },
        {
          scope: "e",
          when: all(isNot("p.internet"), isNot("p.childcare"), isNot("p.toy"), isNot("p.wearable")),
          reason:
            "Neither internet-connected nor a childcare product, toy or wearable: 3(3)(e) does not apply.",
        },
        {
          scope: "e",
          when: is("p.vehicle"),
          reason: "Vehicle equipment under type-approval rules is excluded from 3(3)(e) and (f).",
        },
        {
          scope: "e",
          when: is("p.aviation_toll"),
          reason: "Civil-aviation or road-toll equipment is excluded from 3(3)(e) and (f).",
        },
        {
          scope: "f",
          when: isNot("p.internet"),
          reason: "Not internet-connected: 3(3)(f) covers internet-connected radio equipment only.",
        },
        {
          scope: "f",
          when: isNot("p.payment"),
          reason: "Transfers no money, monetary value or virtual currency: 3(3)(f) does not apply.",
        },
        {
          scope: "f",
          when: is("p.vehicle"),
          reason: "Vehicle equipment under type-approval rules is excluded from 3(3)(e) and (f).",
        },
        {
          scope: "f",
          when: is("p.aviation_toll"),
          reason: "Civil-aviation or road-toll equipment is excluded from 3(3)(e) and (f).",
        },
      ],
    }),
    US_CTM: (m) => ({
      ...m,
      scopeReasons: [
        {
          when: isNot("p.consumer"),
          reason: "Not a consumer product: the US programme covers consumer IoT products only.",
        },
        {
          when: isNot("p.radio"),
          reason: "The device is not an intentional radiator (no deliberate radio transmission).",
        },
        { when: isNot("p.internet"), reason: "The device cannot connect to the internet." },
        { when: isNot("p.sensor_actuator"), reason: "The device has no sensor or actuator." },
        { when: isNot("p.network_interface"), reason: "The device has no network interface." },
        { when: is("p.fda_medical"), reason: "FDA-regulated medical devices are excluded (47 CFR 8.203)." },
        {
          when: is("p.vehicle"),
          reason: "NHTSA-regulated motor vehicles and vehicle equipment are excluded (47 CFR 8.203).",
        },
      ],
    }),
    CN_CCL: (m) => ({
      ...m,
      scopeReasons: [
        {
          when: isNot("p.internet"),
          reason: "No internet-connection function: the China label covers connected products only.",
        },
      ],
    }),
  },
};

export const catalogV1_1: TCatalog = applyPatch(catalogV1, patch);
