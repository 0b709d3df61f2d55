import { all, any, eq, gte, is, isIn, isNot, not, unlessOr, yes } from "../build";
import { catalogV1_1 } from "../catalog-v1-1";
import type { TCondition } from "../conditions";
import type { TCriterion, TQuestion, TSchemeMeta } from "../types";
import type { TSchemeAddition } from "./compose";
import { zhCN_euCra } from "./eu-cra-zh";

/**
 * EU Cyber Resilience Act (Regulation (EU) 2024/2847) in catalog 1.2.0: scheme metadata, the questions no earlier
 * question asks, and the criteria (Annex I Part I and Part II, Annex II, Art. 13(8) support period, Art. 14
 * reporting). Text in our own words from /work/shared/schemes/eu-cra.md; keys (CRA-I.2a…) are our catalog keys,
 * the criterion `id` is the legal reference users see. The class, route and readiness/conformity rule is in
 * lib/schemes/eu-cra/rule.ts (pure).
 */

export const CRA_ID = "EU_CRA" as const;
const SCHEME = CRA_ID;
const SCOPE = "cra";

// --- Profile facts -------------------------------------------------------------------------------------------

const PRODUCT = "Product and market";

/** Annex III / IV categories a connected consumer product's core function may fall in (eu-cra.md §7.1). */
export const CRA_CORE_FUNCTIONS = [
  { value: "none", label: "None of the categories below (default class)" },
  { value: "router", label: "Router, internet modem or network switch (Annex III, class I, point 12)" },
  {
    value: "assistant",
    label: "Smart home general-purpose virtual assistant (Annex III, class I, point 16)",
  },
  {
    value: "home_security",
    label:
      "Smart home product with security functions: door lock, security camera, baby monitor, alarm (Annex III, class I, point 17)",
  },
  {
    value: "toy_interactive",
    label:
      "Internet-connected toy with social interactive features (speaking, filming) or location tracking (Annex III, class I, point 18)",
  },
  {
    value: "wearable_health",
    label:
      "Personal wearable for health monitoring (not under the MDR/IVDR), or a wearable for children (Annex III, class I, point 19)",
  },
  {
    value: "identity",
    label:
      "Identity or privileged access management, including biometric readers (Annex III, class I, point 1)",
  },
  {
    value: "other_class1",
    label:
      "Another Annex III class I category: browser, password manager, anti-malware, VPN, network management, SIEM, boot manager, PKI, network interface, operating system, security microprocessor or microcontroller (points 2–11, 13–15)",
  },
  {
    value: "firewall",
    label: "Firewall, intrusion detection or prevention system (Annex III, class II, point 2)",
  },
  {
    value: "other_class2",
    label:
      "Hypervisor or container runtime, tamper-resistant microprocessor or microcontroller (Annex III, class II, points 1, 3, 4)",
  },
  { value: "security_box", label: "Hardware device with security boxes (Annex IV, point 1)" },
  {
    value: "smart_meter_gateway",
    label:
      "Smart meter gateway, or another device for advanced security purposes including secure cryptoprocessing (Annex IV, point 2)",
  },
  { value: "smartcard", label: "Smartcard or similar device, including secure elements (Annex IV, point 3)" },
] as const;
export type TCraCoreFunction = (typeof CRA_CORE_FUNCTIONS)[number]["value"];

export const CRA_CLASS_I: readonly TCraCoreFunction[] = [
  "router",
  "assistant",
  "home_security",
  "toy_interactive",
  "wearable_health",
  "identity",
  "other_class1",
];
export const CRA_CLASS_II: readonly TCraCoreFunction[] = ["firewall", "other_class2"];
export const CRA_CRITICAL: readonly TCraCoreFunction[] = ["security_box", "smart_meter_gateway", "smartcard"];

const flag = (id: string, label: string, prompt: string, help: string, extra?: Partial<TQuestion>) =>
  ({
    id,
    kind: "profile",
    type: "boolean",
    topic: PRODUCT,
    label,
    prompt,
    help,
    evidence: ["Product description"],
    ...extra,
  }) as TQuestion;

const control = (
  id: string,
  topic: string,
  label: string,
  prompt: string,
  help: string,
  evidence: string[],
) => ({ id, kind: "control", type: "control", topic, label, prompt, help, evidence }) as TQuestion;

export const craProfileQuestions: TQuestion[] = [
  flag(
    "p.cra.aviation_certified",
    "certified under EU civil-aviation rules",
    "Is the product certified under the EU civil-aviation Regulation (EU) 2018/1139?",
    "Products certified under Regulation (EU) 2018/1139 are outside the Cyber Resilience Act (Art. 2(3)); road-toll equipment is not.",
    { visibleWhen: is("p.aviation_toll"), hiddenValue: false },
  ),
  flag(
    "p.cra.marine",
    "marine equipment",
    "Is the product marine equipment within the Marine Equipment Directive 2014/90/EU?",
    "Marine equipment under Directive 2014/90/EU is outside the Cyber Resilience Act (Art. 2(4)).",
  ),
  flag(
    "p.cra.defence",
    "made only for national security or defence",
    "Was the product developed or modified exclusively for national security or defence, or designed specifically to process classified information?",
    "Such products are outside the Cyber Resilience Act (Art. 2(7)).",
  ),
  flag(
    "p.cra.spare_part",
    "identical spare part",
    "Is the product a spare part made to the same specifications as the component it replaces?",
    "Identical spare parts are outside the Cyber Resilience Act (Art. 2(6)).",
  ),
  flag(
    "p.cra.noncommercial",
    "supplied outside a commercial activity",
    "Is the product free and open-source software supplied outside any commercial activity?",
    "Free and open-source software not monetised and not supplied in the course of a commercial activity is not covered (recitals 17–21). A product you sell is commercial.",
  ),
  {
    id: "p.cra.core_function",
    kind: "profile",
    type: "choice",
    topic: PRODUCT,
    label: "core function (CRA Annex III / IV)",
    prompt: "Which of these describes the product's core function?",
    help: "The Cyber Resilience Act class follows the core function, not extra features (Art. 7(1), Implementing Regulation (EU) 2025/2392): a smart plug with a camera is not a security camera.",
    evidence: ["Product description", "Datasheet"],
    options: CRA_CORE_FUNCTIONS.map((o) => ({ value: o.value, label: o.label })),
  },
  flag(
    "p.cra.standards_in_full",
    "CRA harmonised standards applied in full",
    "Do you apply, in full and for every requirement, harmonised standards or common specifications for the Cyber Resilience Act, or a European cybersecurity certificate at level 'substantial' or higher?",
    "For an important class I product, internal control (module A) is allowed only then (Art. 32(2)); otherwise a notified body assesses it. Only standards cited in the Official Journal count.",
    {
      evidence: ["List of standards applied", "Certificate"],
      visibleWhen: isIn("p.cra.core_function", [...CRA_CLASS_I]),
      hiddenValue: false,
    },
  ),
  flag(
    "p.cra.component",
    "meant to be integrated into other products",
    "Is the product meant to be integrated into other products (a module or component)?",
    "Components must give integrators the information they need for Annex I and Annex VII (Annex II, point 8(f)).",
  ),
];

// --- Controls no earlier question asks (eu-cra.md §2–6, §9 "Extra profile questions") -------------------------

const RISK = "Vulnerabilities and development";
const UPDATES = "Software updates";
const VULNS = "Vulnerabilities and development";
const INFO = "Identification, documentation and support";
const LOGS = "Logging and monitoring";

/**
 * Catalog 1.1.0 asks the secure-reset question (c.reset.secure_default) only inside the US programme, and 1.2.0
 * must leave the US result of 1.1.0 alone: the CRA asks the same fact itself exactly where the US question is not
 * asked, and reads whichever of the two is asked.
 */
const RESET_ASKED: TCondition = (() => {
  const c = catalogV1_1.questions.find((q) => q.id === "c.reset.secure_default")?.visibleWhen;
  if (!c) throw new Error("catalog 1.1.0 asks c.reset.secure_default unconditionally: read it directly");
  return c;
})();
const SECURE_RESET: TCondition = any(
  all(RESET_ASKED, yes("c.reset.secure_default")),
  all(not(RESET_ASKED), yes("c.cra.reset_original")),
);

export const craControlQuestions: TQuestion[] = [
  control(
    "c.cra.ra_annex1",
    RISK,
    "risk assessment covers each Annex I requirement",
    "Does your cybersecurity risk assessment state, for each Annex I Part I point (2) requirement, whether it applies and how it is implemented, with a justification for any that does not apply?",
    "Art. 13(3)–(4): a Part I point (2) requirement may be treated as not applicable only with a clear justification in the risk assessment kept in the technical documentation.",
    ["Risk assessment", "Technical documentation"],
  ),
  {
    ...control(
      "c.cra.reset_original",
      "Personal data and privacy",
      "reset to a secure original state",
      "Can the user reset the product to its original state, and does that state keep the secure defaults (no universal default password, only the services set-up needs)?",
      "Annex I Part I (2)(b): a secure-by-default configuration, including the possibility to reset the product to its original state.",
      ["Factory-reset procedure and test"],
    ),
    visibleWhen: not(RESET_ASKED),
  },
  control(
    "c.cra.update_opt_out",
    UPDATES,
    "automatic updates can be turned off and postponed",
    "Where security updates install automatically, can the user turn this off with a clear and easy setting, and postpone an update for a while?",
    "Annex I Part I (2)(c): automatic security updates on by default, with an opt-out, notification of available updates and an option to postpone them temporarily.",
    ["Settings screenshots", "Update design"],
  ),
  control(
    "c.cra.access_reporting",
    "Authentication and passwords",
    "possible unauthorised access reported",
    "Does the product record or report possible unauthorised access (failed or unknown log-ins) so that the user or you can see it?",
    "Annex I Part I (2)(d): protection from unauthorised access includes reporting on possible unauthorised access.",
    ["Security-event list", "User alert screenshots"],
  ),
  control(
    "c.cra.log_opt_out",
    LOGS,
    "user can opt out of security logging",
    "Can the user opt out of the recording and monitoring of internal activity?",
    "Annex I Part I (2)(l): security-related recording and monitoring, with an opt-out mechanism for the user.",
    ["Settings screenshots"],
  ),
  control(
    "c.cra.data_transfer",
    "Personal data and privacy",
    "secure transfer of user data",
    "Where data can be transferred to other products or systems, is that transfer protected?",
    "Annex I Part I (2)(m): where data can be transferred, the transfer is secure. Claim not applicable (with a justification) when no transfer exists.",
    ["Export format and protection"],
  ),
  control(
    "c.cra.sbom",
    VULNS,
    "machine-readable SBOM per release",
    "Do you produce, for each release, a software bill of materials in a commonly used machine-readable format (SPDX, CycloneDX) covering at least the top-level dependencies?",
    "Annex I Part II (1). You may keep it in the technical documentation; sharing it with users is optional.",
    ["SBOM (SPDX or CycloneDX)"],
  ),
  control(
    "c.cra.separate_security_updates",
    UPDATES,
    "security updates shipped separately",
    "Where technically feasible, are security updates shipped separately from functionality updates?",
    "Annex I Part II (2).",
    ["Release history"],
  ),
  control(
    "c.cra.updates_free",
    UPDATES,
    "security updates free, with advisory messages",
    "Are security updates distributed without delay and free of charge, with messages telling users what to do?",
    "Annex I Part II (8).",
    ["Release notes", "Advisories"],
  ),
  control(
    "c.cra.upstream_reporting",
    VULNS,
    "vulnerabilities reported to component maintainers",
    "When you find a vulnerability in a third-party or open-source component, do you report it to whoever maintains that component?",
    "Annex I Part II (6) and Art. 13(6).",
    ["Upstream reports"],
  ),
  control(
    "c.cra.art14_process",
    VULNS,
    "Article 14 reporting process",
    "Can you notify an actively exploited vulnerability or a severe incident to the coordinating CSIRT and ENISA through the single reporting platform (early warning within 24 h, notification within 72 h, final report within 14 days or one month) and inform the users affected?",
    "Art. 14 has applied since 11 September 2026 to every product with digital elements on the EU market, including those placed before 11 December 2027.",
    ["Reporting procedure", "Member State of main establishment (coordinating CSIRT)"],
  ),
  control(
    "c.cra.info_manufacturer",
    INFO,
    "manufacturer contact details in the user information",
    "Does the user information give your name, registered trade name or trade mark, postal address, email or other digital contact and website?",
    "Annex II (1).",
    ["User information"],
  ),
  control(
    "c.cra.info_product_id",
    INFO,
    "unique product identification in the user information",
    "Does the user information give the product's name and type and what identifies it uniquely (model, hardware and software version)?",
    "Annex II (3).",
    ["User information", "Type plate"],
  ),
  control(
    "c.cra.info_purpose",
    INFO,
    "intended purpose and security properties described",
    "Does the user information describe the intended purpose, the security environment you provide, the essential functions and the security properties?",
    "Annex II (4).",
    ["User information"],
  ),
  control(
    "c.cra.info_risks",
    INFO,
    "circumstances leading to risks described",
    "Does the user information describe known or foreseeable circumstances (intended use or reasonably foreseeable misuse) that may lead to significant cybersecurity risks?",
    "Annex II (5).",
    ["User information"],
  ),
  control(
    "c.cra.info_doc_url",
    INFO,
    "internet address of the EU declaration of conformity",
    "Does the user information give the internet address where the EU declaration of conformity can be read?",
    "Annex II (6), where applicable: claim not applicable (with a justification) when the full declaration accompanies the product.",
    ["User information"],
  ),
  control(
    "c.cra.info_changes",
    INFO,
    "how changes can affect data security explained",
    "Does the user information explain how changes to the product can affect the security of data?",
    "Annex II (8)(b).",
    ["User information"],
  ),
  control(
    "c.cra.info_auto_update_off",
    INFO,
    "how to turn off automatic updates explained",
    "Does the user information explain how the default automatic installation of security updates can be turned off?",
    "Annex II (8)(e), where automatic updates exist: claim not applicable (with a justification) when they do not.",
    ["User information"],
  ),
  control(
    "c.cra.info_integrator",
    INFO,
    "integrator information provided",
    "Do you give integrators the information they need to meet Annex I and Annex VII with your component?",
    "Annex II (8)(f), for products meant to be integrated into other products.",
    ["Integration guide"],
  ),
  control(
    "c.cra.info_sbom",
    INFO,
    "where users can access the SBOM",
    "If you share the SBOM with users, does the user information say where it can be accessed?",
    "Annex II (9) is optional: claim not applicable (with a justification) when you do not share the SBOM with users.",
    ["User information"],
  ),
];

export const CRA_QUESTIONS: TQuestion[] = [...craProfileQuestions, ...craControlQuestions];

// --- Scope (Art. 2, 3) -----------------------------------------------------------------------------------

/** A direct or indirect data connection to a device or network (Art. 2(1)): radio, wired or internet. */
const DATA_CONNECTION: TCondition = any(is("p.network_interface"), is("p.radio"), is("p.internet"));

export const CRA_SCOPE: TCondition = all(
  DATA_CONNECTION,
  isNot("p.medical"),
  isNot("p.vehicle"),
  isNot("p.cra.aviation_certified"),
  isNot("p.cra.marine"),
  isNot("p.cra.defence"),
  isNot("p.cra.spare_part"),
  isNot("p.cra.noncommercial"),
);

/** Product categories (p.category) that hint at an Annex III point, for the class's reason. */
const CATEGORY_FACTS = [
  ["router", "product category: router or gateway"],
  ["lock", "product category: smart lock or alarm"],
  ["camera", "product category: connected camera"],
  ["speaker", "product category: smart speaker or display"],
  ["toy", "product category: connected toy"],
  ["wearable", "product category: wearable"],
] as const;

/** The profile facts the CRA result rule reads (lib/schemes/eu-cra/rule.ts), evaluated by the engine. */
export const CRA_FACTS: NonNullable<TSchemeMeta["facts"]> = [
  ...CRA_CORE_FUNCTIONS.map((o) => ({
    id: `core_${o.value}`,
    label: `core function: ${o.label}`,
    when: eq("p.cra.core_function", o.value),
  })),
  {
    id: "standards_in_full",
    label: "harmonised standards, common specifications or a European certificate applied in full",
    when: is("p.cra.standards_in_full"),
  },
  ...CATEGORY_FACTS.map(([v, label]) => ({ id: `category_${v}`, label, when: eq("p.category", v) })),
];

export const craScheme: TSchemeMeta = {
  id: SCHEME,
  name: "EU Cyber Resilience Act (Regulation (EU) 2024/2847)",
  shortName: "EU CRA",
  legalBasis: [
    "Regulation (EU) 2024/2847 (Cyber Resilience Act), Art. 6, 7, 8, 13, 14, 28, 32 and Annexes I, II, III, IV, V, VIII",
    "Implementing Regulation (EU) 2025/2392 (technical description of important and critical product categories)",
  ],
  sources: [
    {
      label: "Regulation (EU) 2024/2847, OJ L, 20.11.2024",
      url: "https://eur-lex.europa.eu/eli/reg/2024/2847/oj",
    },
    {
      label: "Implementing Regulation (EU) 2025/2392",
      url: "https://eur-lex.europa.eu/eli/reg_impl/2025/2392/oj",
    },
    { label: "Commission CRA FAQ (as republished by ORC WG)", url: "https://cra.orcwg.org/faq/official/" },
  ],
  confidenceNotes: [
    "Until 11 December 2027 the result is a readiness assessment: Annex I and the conformity procedures do not apply yet.",
    "No harmonised standard for the CRA is cited in the Official Journal as of 1 December 2026, so important class I products cannot plan on module A yet.",
    "Criterion keys (CRA-I.2a…) are ours; the legal reference is shown next to each. The evidence lists are our suggestion.",
  ],
  provisional: true,
  facts: CRA_FACTS,
  scopes: [
    {
      id: SCOPE,
      label:
        "Products with digital elements with a data connection, made available on the EU market (Art. 2(1))",
      condition: CRA_SCOPE,
    },
  ],
  scopeReasons: [
    {
      when: all(isNot("p.network_interface"), isNot("p.radio"), isNot("p.internet")),
      reason:
        "No data connection to a device or network (no radio, wired network or internet link): the CRA covers products with such a connection (Art. 2(1)).",
    },
    {
      when: is("p.medical"),
      reason:
        "A medical or in-vitro diagnostic device under Regulation (EU) 2017/745 or 2017/746 is excluded (Art. 2(2)).",
    },
    {
      when: is("p.vehicle"),
      reason: "Vehicle equipment under type-approval Regulation (EU) 2019/2144 is excluded (Art. 2(2)).",
    },
    {
      when: is("p.cra.aviation_certified"),
      reason: "A product certified under civil-aviation Regulation (EU) 2018/1139 is excluded (Art. 2(3)).",
    },
    {
      when: is("p.cra.marine"),
      reason: "Marine equipment within Directive 2014/90/EU is excluded (Art. 2(4)).",
    },
    {
      when: is("p.cra.defence"),
      reason:
        "A product made exclusively for national security or defence, or to process classified information, is excluded (Art. 2(7)).",
    },
    {
      when: is("p.cra.spare_part"),
      reason: "An identical spare part made to the same specifications is excluded (Art. 2(6)).",
    },
    {
      when: is("p.cra.noncommercial"),
      reason:
        "Free and open-source software supplied outside a commercial activity is not made available on the market (recitals 17–21).",
    },
  ],
};

// --- Criteria ------------------------------------------------------------------------------------------------

export type TCraGroup = "I.1" | "I.2" | "II" | "AII" | "A13" | "A14";

/** Which part of the regulation a CRA criterion key belongs to. */
export function craGroupOf(key: string): TCraGroup {
  if (key === "CRA-I.1") return "I.1";
  if (key.startsWith("CRA-I.2")) return "I.2";
  if (key.startsWith("CRA-II.")) return "II";
  if (key.startsWith("CRA-AII.")) return "AII";
  if (key.startsWith("CRA-A14")) return "A14";
  return "A13";
}

const PART_II_REFUSAL =
  "Annex I Part II (vulnerability handling) applies to every manufacturer for the whole support period: the CRA gives it no not-applicable exit.";
const I1_REFUSAL =
  "Annex I Part I point (1) always applies: the product's cybersecurity must fit its risks, so it cannot be not applicable.";
const A14_REFUSAL =
  "The Article 14 reporting duty applies to every product on the EU market since 11 September 2026: it cannot be not applicable.";
const AII_REFUSAL = "Annex II lists this information for every product: it cannot be not applicable.";
const A13_REFUSAL =
  "Art. 13(8) sets a support period of at least five years unless the product is expected to be in use for less: a number, not a claim of not applicable.";

type TDef = {
  key: string;
  id: string;
  title: string;
  text: string;
  mechanism: string;
  satisfaction: TCondition;
  applicability?: TCondition;
  evidence: string[];
  etsi: string[];
  related: string[];
  refusal?: string;
  confidence?: TCriterion["confidence"];
  notes?: string;
};

const def = (d: TDef): TCriterion => ({
  key: d.key,
  scheme: SCHEME,
  id: d.id,
  title: d.title,
  text: d.text,
  mechanism: d.mechanism,
  scope: SCOPE,
  ...(d.applicability ? { applicability: d.applicability } : {}),
  satisfaction: d.satisfaction,
  allowNotApplicable: d.refusal === undefined,
  ...(d.refusal ? { naRefusal: d.refusal } : {}),
  evidence: d.evidence,
  references: { etsi: d.etsi, related: d.related },
  confidence: d.confidence ?? "confirmed",
  ...(d.notes ? { notes: d.notes } : {}),
});

const P1 = "Annex I Part I";
const P2 = "Annex I Part II";
const A2 = "Annex II";

const NA_VIA_RA =
  "Not applicable only with a clear justification in the risk assessment (Art. 13(4)); an N/A counts only while CRA-I.1 (the risk assessment) passes.";

export const CRA_CRITERIA: TCriterion[] = [
  def({
    key: "CRA-I.1",
    id: "Annex I Part I (1)",
    title: "Cybersecurity appropriate to the risks",
    text: "The product is designed, developed and produced so that its cybersecurity fits its risks, on the basis of a documented risk assessment that says for each point (2) requirement whether and how it applies.",
    mechanism: P1,
    satisfaction: all(yes("c.dev.threat_model"), yes("c.cra.ra_annex1")),
    evidence: ["Risk assessment", "Treatment decision per risk and residual-risk acceptance"],
    etsi: ["4-1"],
    related: ["Art. 13(2)–(4)", "US.DOC.1"],
    refusal: I1_REFUSAL,
  }),
  def({
    key: "CRA-I.2a",
    id: "Annex I Part I (2)(a)",
    title: "No known exploitable vulnerabilities at release",
    text: "The product is placed on the market without known exploitable vulnerabilities.",
    mechanism: P1,
    satisfaction: yes("c.vuln.none_known"),
    evidence: ["Vulnerability scan of the SBOM at release", "Triage record"],
    etsi: ["5.2-3", "5.3-8"],
    related: ["GEC-1"],
    notes: NA_VIA_RA,
  }),
  def({
    key: "CRA-I.2b",
    id: "Annex I Part I (2)(b)",
    title: "Secure by default, with a reset to the original state",
    text: "The product is delivered with a secure default configuration, without universal default passwords, and can be reset to its original state.",
    mechanism: P1,
    satisfaction: all(
      SECURE_RESET,
      yes("c.if.minimal_exposure"),
      unlessOr("p.factory_password", yes("c.pw.factory_unique_or_forced")),
    ),
    evidence: ["Default-configuration inventory", "Factory-reset procedure and test"],
    etsi: ["5.1-1", "5.1-2", "5.6-1", "5.11-1"],
    related: ["AUM-5-1", "GEC-2", "US.PC.2"],
    notes: NA_VIA_RA,
  }),
  def({
    key: "CRA-I.2c",
    id: "Annex I Part I (2)(c)",
    title: "Vulnerabilities fixed by security updates",
    text: "Vulnerabilities can be addressed through security updates; where applicable, automatic security updates are on by default, with a clear opt-out, notification of available updates and an option to postpone them.",
    mechanism: P1,
    satisfaction: all(
      yes("c.upd.all_parts"),
      yes("c.upd.automatic"),
      yes("c.upd.defaults_on"),
      yes("c.upd.notify"),
      yes("c.cra.update_opt_out"),
    ),
    evidence: ["Update architecture per component", "Opt-out and postpone settings"],
    etsi: ["5.3-1", "5.3-2", "5.3-3", "5.3-6"],
    related: ["SUM-1", "US.SU.1"],
    notes: `${NA_VIA_RA} An N/A for updatable software needs a strong justification.`,
  }),
  def({
    key: "CRA-I.2d",
    id: "Annex I Part I (2)(d)",
    title: "Protection from unauthorised access",
    text: "Appropriate control mechanisms (authentication, identity or access management) protect the product from unauthorised access, and possible unauthorised access is reported.",
    mechanism: P1,
    satisfaction: all(
      yes("c.ac.assets_controlled"),
      yes("c.auth.network"),
      yes("c.auth.bruteforce"),
      yes("c.cra.access_reporting"),
    ),
    evidence: ["Interface and access matrix", "Authentication design", "Security-event log or user alert"],
    etsi: ["5.1-3", "5.1-5", "5.5-4"],
    related: ["ACM-1", "AUM-1-1", "US.IAC.1"],
    notes: NA_VIA_RA,
  }),
  def({
    key: "CRA-I.2e",
    id: "Annex I Part I (2)(e)",
    title: "Confidentiality of data",
    text: "Stored, transmitted and otherwise processed data, personal or other, are kept confidential, for example by state-of-the-art encryption at rest and in transit.",
    mechanism: P1,
    satisfaction: all(yes("c.com.confidentiality"), yes("c.sto.confidentiality")),
    evidence: ["Data-flow map", "Protocol and cipher list per link", "Storage encryption and key management"],
    etsi: ["5.4-1", "5.5-1", "5.8-1", "5.8-2"],
    related: ["SSM-3", "SCM-3", "US.DP.1"],
    notes: NA_VIA_RA,
  }),
  def({
    key: "CRA-I.2f",
    id: "Annex I Part I (2)(f)",
    title: "Integrity of data, commands, programs and configuration",
    text: "Data, commands, programs and configuration are protected against unauthorised manipulation, and corruptions are reported.",
    mechanism: P1,
    satisfaction: all(
      yes("c.com.integrity"),
      yes("c.upd.verified"),
      yes("c.sto.integrity"),
      yes("c.boot.tamper_response"),
    ),
    evidence: ["Signed firmware and updates", "Integrity checks and what happens when one fails"],
    etsi: ["5.3-9", "5.4-2", "5.5-1", "5.7-1", "5.7-2"],
    related: ["SSM-2", "SCM-2", "SUM-2"],
    notes: NA_VIA_RA,
  }),
  def({
    key: "CRA-I.2g",
    id: "Annex I Part I (2)(g)",
    title: "Data minimisation",
    text: "Only data that are adequate, relevant and limited to what the intended purpose needs are processed.",
    mechanism: P1,
    satisfaction: yes("c.pi.minimal"),
    evidence: ["Data inventory with the purpose of each item", "Telemetry list"],
    etsi: ["6-4"],
    related: ["GEC-7"],
    notes: NA_VIA_RA,
  }),
  def({
    key: "CRA-I.2h",
    id: "Annex I Part I (2)(h)",
    title: "Availability of essential functions",
    text: "Essential and basic functions stay available, also after an incident, with resilience and mitigation against denial-of-service attacks.",
    mechanism: P1,
    satisfaction: all(yes("c.res.dos"), yes("c.res.outage_recovery")),
    evidence: ["List of essential functions", "Denial-of-service test results", "Recovery procedure"],
    etsi: ["5.9-1", "5.9-2", "5.9-3"],
    related: ["RLM-1"],
    notes: NA_VIA_RA,
  }),
  def({
    key: "CRA-I.2i",
    id: "Annex I Part I (2)(i)",
    title: "Limited impact on other devices and networks",
    text: "The product keeps its own negative impact, and that of connected devices, on the availability of other devices' or networks' services low.",
    mechanism: P1,
    satisfaction: all(
      yes("c.res.outage_recovery"),
      yes("c.if.minimal_exposure"),
      unlessOr("p.network_equipment", all(yes("c.net.monitoring"), yes("c.net.traffic_control"))),
    ),
    evidence: ["Rate limits and reconnection behaviour", "Botnet-abuse analysis"],
    etsi: ["5.9-3", "5.6-1"],
    related: ["RLM-1", "NMM-1", "TCM-1"],
    confidence: "uncertain",
    notes: NA_VIA_RA,
  }),
  def({
    key: "CRA-I.2j",
    id: "Annex I Part I (2)(j)",
    title: "Limited attack surfaces",
    text: "Attack surfaces, including external interfaces, are limited.",
    mechanism: P1,
    satisfaction: all(
      yes("c.if.minimal_exposure"),
      yes("c.if.physical_minimal"),
      unlessOr("p.debug_interface", yes("c.if.debug_closed")),
    ),
    evidence: ["Port scan", "Enabled services with their need", "Debug interfaces closed"],
    etsi: ["5.6-1", "5.6-2", "5.6-3", "5.6-4"],
    related: ["GEC-2", "GEC-5", "US.IAC.1a"],
    notes: NA_VIA_RA,
  }),
  def({
    key: "CRA-I.2k",
    id: "Annex I Part I (2)(k)",
    title: "Exploitation mitigation",
    text: "Appropriate exploitation mitigation mechanisms and techniques reduce the impact of an incident.",
    mechanism: P1,
    satisfaction: yes("c.dev.hardening"),
    evidence: ["Compiler and OS hardening", "Privilege separation and sandboxing"],
    etsi: ["5.6-6", "5.6-7", "5.6-8"],
    related: ["GEC-8"],
    confidence: "uncertain",
    notes: NA_VIA_RA,
  }),
  def({
    key: "CRA-I.2l",
    id: "Annex I Part I (2)(l)",
    title: "Security logging with a user opt-out",
    text: "Relevant internal activity (access to or changes of data, services or functions) is recorded and monitored, with an opt-out for the user.",
    mechanism: P1,
    satisfaction: all(yes("c.log.events"), yes("c.cra.log_opt_out")),
    evidence: ["Security-event list, storage and retention", "Opt-out setting"],
    etsi: ["5.10-1"],
    related: ["LGM-1", "US.CSA.1"],
    notes: NA_VIA_RA,
  }),
  def({
    key: "CRA-I.2m",
    id: "Annex I Part I (2)(m)",
    title: "Secure removal and transfer of data",
    text: "Users can remove all data and settings securely, easily and permanently; where data can be transferred to other products or systems, the transfer is secure.",
    mechanism: P1,
    satisfaction: all(yes("c.del.device_erase"), yes("c.del.cloud"), yes("c.cra.data_transfer")),
    evidence: ["Factory reset and account deletion across device, app and cloud", "Export protection"],
    etsi: ["5.11-1", "5.11-2", "5.11-3"],
    related: ["DLM-1", "US.DP.2"],
    notes: NA_VIA_RA,
  }),
  // Part II: no exit at all.
  def({
    key: "CRA-II.1",
    id: "Annex I Part II (1)",
    title: "Components and vulnerabilities identified, with an SBOM",
    text: "Vulnerabilities and components are identified and documented, including a machine-readable software bill of materials covering at least the top-level dependencies.",
    mechanism: P2,
    satisfaction: all(yes("c.vuln.inventory"), yes("c.cra.sbom")),
    evidence: ["SBOM per release (SPDX or CycloneDX)", "Vulnerability register"],
    etsi: [],
    related: ["GEC-1", "US.AI.2"],
    refusal: PART_II_REFUSAL,
  }),
  def({
    key: "CRA-II.2",
    id: "Annex I Part II (2)",
    title: "Vulnerabilities remediated without delay",
    text: "Vulnerabilities are addressed without delay in relation to their risk, including by security updates shipped separately from functionality updates where feasible.",
    mechanism: P2,
    satisfaction: all(yes("c.upd.timely"), yes("c.cra.separate_security_updates")),
    evidence: ["Remediation times by severity", "Release history with separate security releases"],
    etsi: ["5.2-2", "5.3-8"],
    related: ["US.SU.2"],
    refusal: PART_II_REFUSAL,
  }),
  def({
    key: "CRA-II.3",
    id: "Annex I Part II (3)",
    title: "Regular security testing and reviews",
    text: "Effective and regular security tests and reviews are applied to the product.",
    mechanism: P2,
    satisfaction: all(yes("c.dev.sdl"), yes("c.if.fuzz_tested")),
    evidence: ["Test plan and cadence", "Test results"],
    etsi: ["5.2-3", "5.5-2"],
    related: ["US.DOC.1"],
    refusal: PART_II_REFUSAL,
  }),
  def({
    key: "CRA-II.4",
    id: "Annex I Part II (4)",
    title: "Fixed vulnerabilities disclosed",
    text: "Once a fix is available, fixed vulnerabilities are disclosed publicly with their description, affected products, impact, severity and remediation help.",
    mechanism: P2,
    satisfaction: yes("c.vuln.advisories"),
    evidence: ["Security advisories page"],
    etsi: ["5.2-1", "5.3-11"],
    related: ["US.ID.1"],
    refusal: PART_II_REFUSAL,
  }),
  def({
    key: "CRA-II.5",
    id: "Annex I Part II (5)",
    title: "Coordinated vulnerability disclosure policy",
    text: "A coordinated vulnerability disclosure policy is in place and enforced.",
    mechanism: P2,
    satisfaction: all(yes("c.vuln.policy"), yes("c.vuln.process")),
    evidence: ["Published disclosure policy", "Internal procedure"],
    etsi: ["5.2-1"],
    related: ["US.IQR.1"],
    refusal: PART_II_REFUSAL,
  }),
  def({
    key: "CRA-II.6",
    id: "Annex I Part II (6)",
    title: "Vulnerability information shared, with a contact address",
    text: "Sharing of information on potential vulnerabilities in the product and its third-party components is facilitated, including a contact address for reports.",
    mechanism: P2,
    satisfaction: all(yes("c.vuln.policy"), yes("c.cra.upstream_reporting")),
    evidence: ["Security contact (security.txt or security page)", "Upstream reports"],
    etsi: ["5.2-1"],
    related: ["Art. 13(6)", "US.IQR.1"],
    refusal: PART_II_REFUSAL,
  }),
  def({
    key: "CRA-II.7",
    id: "Annex I Part II (7)",
    title: "Secure distribution of updates",
    text: "Updates are distributed through secure mechanisms, automatically where applicable for security updates, so vulnerabilities are fixed in time.",
    mechanism: P2,
    satisfaction: all(yes("c.upd.verified"), yes("c.upd.automatic")),
    evidence: ["Signed update pipeline", "Delivery channel security"],
    etsi: ["5.3-2", "5.3-4", "5.3-7", "5.3-10"],
    related: ["SUM-2", "SUM-3", "US.SU.1"],
    refusal: PART_II_REFUSAL,
  }),
  def({
    key: "CRA-II.8",
    id: "Annex I Part II (8)",
    title: "Security updates free and without delay",
    text: "Available security updates are disseminated without delay and free of charge, with advisory messages telling users what to do.",
    mechanism: P2,
    satisfaction: all(yes("c.cra.updates_free"), yes("c.upd.notify")),
    evidence: ["Release notes and advisories", "Proof of free distribution"],
    etsi: ["5.3-8", "5.3-11"],
    related: ["SUM-3", "US.SU.2"],
    refusal: PART_II_REFUSAL,
  }),
  // Annex II: user information.
  def({
    key: "CRA-AII.1",
    id: "Annex II (1)",
    title: "Manufacturer identity and contact",
    text: "The user information gives the manufacturer's name, trade name or mark, postal address, digital contact and website.",
    mechanism: A2,
    satisfaction: yes("c.cra.info_manufacturer"),
    evidence: ["User information"],
    etsi: [],
    related: ["Art. 13(16)"],
    refusal: AII_REFUSAL,
  }),
  def({
    key: "CRA-AII.2",
    id: "Annex II (2)",
    title: "Single point of contact for vulnerabilities",
    text: "The user information gives the single point of contact for reporting vulnerabilities and where the disclosure policy is found.",
    mechanism: A2,
    satisfaction: yes("c.vuln.policy"),
    evidence: ["User information", "Published disclosure policy"],
    etsi: ["5.2-1"],
    related: ["Art. 13(17)", "US.IQR.1"],
    refusal: AII_REFUSAL,
  }),
  def({
    key: "CRA-AII.3",
    id: "Annex II (3)",
    title: "Unique product identification",
    text: "The user information gives the name, type and other information that identifies the product uniquely.",
    mechanism: A2,
    satisfaction: all(yes("c.cra.info_product_id"), yes("c.id.model_visible")),
    evidence: ["User information", "Type plate"],
    etsi: ["5.3-16"],
    related: ["US.AI.1"],
    refusal: AII_REFUSAL,
  }),
  def({
    key: "CRA-AII.4",
    id: "Annex II (4)",
    title: "Intended purpose and security properties",
    text: "The user information describes the intended purpose, the security environment provided, the essential functions and the security properties.",
    mechanism: A2,
    satisfaction: yes("c.cra.info_purpose"),
    evidence: ["User information"],
    etsi: [],
    related: [],
    refusal: AII_REFUSAL,
  }),
  def({
    key: "CRA-AII.5",
    id: "Annex II (5)",
    title: "Circumstances that may lead to risks",
    text: "The user information describes known or foreseeable circumstances that may lead to significant cybersecurity risks.",
    mechanism: A2,
    satisfaction: yes("c.cra.info_risks"),
    evidence: ["User information"],
    etsi: [],
    related: [],
    refusal: AII_REFUSAL,
  }),
  def({
    key: "CRA-AII.6",
    id: "Annex II (6)",
    title: "Where the declaration of conformity is found",
    text: "Where applicable, the user information gives the internet address of the EU declaration of conformity.",
    mechanism: A2,
    satisfaction: yes("c.cra.info_doc_url"),
    evidence: ["User information"],
    etsi: [],
    related: ["Art. 28"],
  }),
  def({
    key: "CRA-AII.7",
    id: "Annex II (7)",
    title: "Type of support and end date of the support period",
    text: "The user information states the type of technical security support and the end date of the support period.",
    mechanism: A2,
    satisfaction: yes("c.support.published"),
    evidence: ["User information", "Support-period statement"],
    etsi: ["5.3-13"],
    related: ["Art. 13(19)", "US.ID.1"],
    refusal: AII_REFUSAL,
  }),
  def({
    key: "CRA-AII.8a",
    id: "Annex II (8)(a)",
    title: "Secure commissioning and use",
    text: "The user information gives the measures needed at first commissioning and through the lifetime for secure use.",
    mechanism: A2,
    satisfaction: all(yes("c.edu.secure_setup"), yes("c.edu.guidance")),
    evidence: ["User information"],
    etsi: ["5.12-2", "5.12-3"],
    related: ["US.PEA.1"],
    refusal: AII_REFUSAL,
  }),
  def({
    key: "CRA-AII.8b",
    id: "Annex II (8)(b)",
    title: "How changes can affect data security",
    text: "The user information explains how changes to the product can affect the security of data.",
    mechanism: A2,
    satisfaction: yes("c.cra.info_changes"),
    evidence: ["User information"],
    etsi: [],
    related: [],
    refusal: AII_REFUSAL,
  }),
  def({
    key: "CRA-AII.8c",
    id: "Annex II (8)(c)",
    title: "How to install security updates",
    text: "The user information explains how security-relevant updates can be installed.",
    mechanism: A2,
    satisfaction: yes("c.edu.guidance"),
    evidence: ["User information"],
    etsi: ["5.3-6"],
    related: ["US.PEA.1"],
    refusal: AII_REFUSAL,
  }),
  def({
    key: "CRA-AII.8d",
    id: "Annex II (8)(d)",
    title: "Secure decommissioning and data removal",
    text: "The user information explains how the product can be decommissioned securely and how user data can be removed.",
    mechanism: A2,
    satisfaction: all(yes("c.edu.guidance"), yes("c.del.confirmation")),
    evidence: ["User information"],
    etsi: ["5.11-3"],
    related: ["DLM-1"],
    refusal: AII_REFUSAL,
  }),
  def({
    key: "CRA-AII.8e",
    id: "Annex II (8)(e)",
    title: "How to turn off automatic updates",
    text: "Where security updates install automatically by default, the user information explains how to turn that off.",
    mechanism: A2,
    satisfaction: yes("c.cra.info_auto_update_off"),
    evidence: ["User information"],
    etsi: ["5.3-6"],
    related: [],
  }),
  def({
    key: "CRA-AII.8f",
    id: "Annex II (8)(f)",
    title: "Information for integrators",
    text: "A product meant to be integrated into other products comes with the information integrators need for Annex I and Annex VII.",
    mechanism: A2,
    applicability: is("p.cra.component"),
    satisfaction: yes("c.cra.info_integrator"),
    evidence: ["Integration guide"],
    etsi: [],
    related: [],
  }),
  def({
    key: "CRA-AII.9",
    id: "Annex II (9)",
    title: "Where users can access the SBOM",
    text: "If the manufacturer shares the SBOM with users, the user information says where it can be accessed.",
    mechanism: A2,
    satisfaction: yes("c.cra.info_sbom"),
    evidence: ["User information"],
    etsi: [],
    related: ["CRA-II.1"],
  }),
  def({
    key: "CRA-A13.5",
    id: "Art. 13(8)",
    title: "Support period of at least five years",
    text: "Vulnerabilities are handled for a support period that reflects the expected time in use and is at least five years, unless the product is expected to be in use for less.",
    mechanism: "Art. 13",
    satisfaction: gte("c.support.years", 5),
    evidence: ["Support-period rationale in the technical documentation"],
    etsi: ["5.3-13"],
    related: ["US.FCC.SUPPORT"],
    refusal: A13_REFUSAL,
    notes:
      "A shorter period is valid only when the product is expected to be in use for less: a reviewer override with its reason.",
  }),
  def({
    key: "CRA-A14",
    id: "Art. 14",
    title: "Reporting of exploited vulnerabilities and severe incidents",
    text: "Actively exploited vulnerabilities and severe incidents are notified to the coordinating CSIRT and ENISA through the single reporting platform (24 h, 72 h, then 14 days or one month), and users are informed.",
    mechanism: "Art. 14",
    satisfaction: all(yes("c.cra.art14_process"), yes("c.mon.incident_response")),
    evidence: ["Reporting procedure", "Coordinating CSIRT identified"],
    etsi: [],
    related: ["US.ID.1"],
    refusal: A14_REFUSAL,
  }),
];

/** Where each new question goes in the questionnaire: next to the existing question on the same subject. */
const AFTER: Readonly<Record<string, string>> = {
  "p.cra.aviation_certified": "p.aviation_toll",
  "p.cra.marine": "p.cra.aviation_certified",
  "p.cra.defence": "p.cra.marine",
  "p.cra.spare_part": "p.cra.defence",
  "p.cra.noncommercial": "p.cra.spare_part",
  "p.cra.core_function": "p.category",
  "p.cra.standards_in_full": "p.cra.core_function",
  "p.cra.component": "p.components",
  "c.cra.ra_annex1": "c.dev.threat_model",
  "c.cra.reset_original": "c.reset.secure_default",
  "c.cra.info_product_id": "c.cra.info_manufacturer",
  "c.cra.update_opt_out": "c.upd.defaults_on",
  "c.cra.access_reporting": "c.auth.bruteforce",
  "c.cra.log_opt_out": "c.log.protected",
  "c.cra.data_transfer": "c.del.confirmation",
  "c.cra.sbom": "c.vuln.inventory",
  "c.cra.separate_security_updates": "c.upd.timely",
  "c.cra.updates_free": "c.cra.separate_security_updates",
  "c.cra.upstream_reporting": "c.vuln.process",
  "c.cra.art14_process": "c.mon.incident_response",
  "c.cra.info_manufacturer": "c.edu.secure_setup",
  "c.cra.info_purpose": "c.cra.info_product_id",
  "c.cra.info_risks": "c.cra.info_purpose",
  "c.cra.info_doc_url": "c.cra.info_risks",
  "c.cra.info_changes": "c.cra.info_doc_url",
  "c.cra.info_auto_update_off": "c.cra.info_changes",
  "c.cra.info_integrator": "c.cra.info_auto_update_off",
  "c.cra.info_sbom": "c.cra.info_integrator",
};

export const CRA_QUESTION_PLACES: { after?: string; question: TQuestion }[] = CRA_QUESTIONS.map(
  (question) => ({
    after: AFTER[question.id],
    question,
  }),
);

export const CRA_CHANGELOG: { en: string; zhCN: string }[] = [
  {
    en: "New scheme: the EU Cyber Resilience Act (Regulation (EU) 2024/2847): scope with the Art. 2 exclusions, the product class from the core function, Annex I Part I and Part II, Annex II, the Art. 13(8) support period and Art. 14 reporting as criteria; readiness before 11 December 2027, conformity from then.",
    zhCN: "新增方案：欧盟《网络弹性法案》（法规 (EU) 2024/2847）：包括第 2 条排除情形的适用范围、按核心功能确定的产品类别，以及作为准则的附件 I 第 I 和第 II 部分、附件 II、第 13(8) 条支持期和第 14 条报告义务；2027 年 12 月 11 日之前为准备情况，自该日起为符合性。",
  },
  {
    en: "CRA: not applicable only where the regulation allows it: Part I point (2) items through the risk assessment (counted while CRA-I.1 passes), never for Part I point (1), Part II, Art. 14 or the Annex II items every product needs.",
    zhCN: "CRA：仅在法规允许之处才可不适用：第 I 部分第 (2) 点各项须经风险评估（在 CRA-I.1 通过时计入），第 I 部分第 (1) 点、第 II 部分、第 14 条以及每个产品都需要的附件 II 各项则一律不可。",
  },
  {
    en: "CRA reuses the EN 18031, US and China questions that ask the same fact; new questions only for the CRA exclusions, the core function, the standards applied, the SBOM, update opt-out, separate and free security updates, Art. 14 reporting and the Annex II user information.",
    zhCN: "CRA 复用询问同一事实的 EN 18031、美国和中国问题；仅为 CRA 排除情形、核心功能、所采用标准、SBOM、更新退出、单独且免费的安全更新、第 14 条报告以及附件 II 用户信息新增问题。",
  },
];

/** The EU Cyber Resilience Act in catalog 1.2.0 (lib/schemes/catalog-v1-2/index.ts SCHEME_ADDITIONS). */
export const craAddition: TSchemeAddition = {
  meta: craScheme,
  questions: CRA_QUESTION_PLACES,
  criteria: CRA_CRITERIA,
  changelog: CRA_CHANGELOG,
  zhCN: zhCN_euCra,
};
