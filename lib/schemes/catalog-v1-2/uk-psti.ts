import {
  all,
  answered,
  any,
  dateQ,
  is,
  isNot,
  not,
  profileFlag,
  textQ,
  unlessOr,
  yes,
  choiceQ,
} from "../build";
import { control } from "../build";
import type { TCondition } from "../conditions";
import type { TCriterion, TQuestion, TSchemeMeta } from "../types";
import type { TSchemeAddition } from "./compose";
import { etsi303645 } from "./etsi-303-645";
import { zhPsti } from "./uk-psti-zh";

/**
 * UK PSTI (Product Security and Telecommunications Infrastructure Act 2022 Part 1, and the Security Requirements
 * Regulations S.I. 2023/1007 as amended by S.I. 2025/211 and S.I. 2025/1267), from ../shared/schemes/uk-psti.md.
 *
 * Keys PSTI-1, PSTI-2, PSTI-3 are the three Schedule 1 requirements; PSTI-SoC is the statement of compliance
 * (Act s. 9, Regs Sch. 4); PSTI-D… are the Schedule 2 deemed-compliance routes through standards, PSTI-L… the
 * accepted labels (Sch. 2 and 2A, since 4 December 2025). The scheme's result rule (lib/schemes/uk-psti/rule.ts)
 * reads these verdicts: a requirement is met directly or by any route that applies, and a valid label meets all
 * three and the statement duty. Questions are reused where an existing one asks the fact; the new ones are below.
 */

export const PSTI = "UK_PSTI" as const;

// --- Profile: scope and the Schedule 3 exceptions ------------------------------------------------------------
const PRODUCT = "Product and market";
const UK = "UK market (PSTI)";
const UK_MARKET = is("p.uk_market");
const onUk = (q: TQuestion): TQuestion => ({ ...q, visibleWhen: UK_MARKET });

export const PSTI_PROFILE_QUESTIONS: TQuestion[] = [
  profileFlag(
    "p.uk_market",
    PRODUCT,
    "made available in the UK",
    "Will the product be made available in the United Kingdom (Great Britain or Northern Ireland)?",
    "The UK PSTI regime covers connectable products made available to UK consumers from 29 April 2024, including stock already held by importers and retailers.",
    ["Distribution plan"],
  ),
  onUk(
    profileFlag(
      "p.uk_ni_only",
      UK,
      "Northern Ireland supply under EU rules only",
      "Is the product made available in the UK only in Northern Ireland, under the EU product rules that apply there (Windsor Framework, Annex 2)?",
      "Such supply is excepted by PSTI Regulations Schedule 3. If the product is also sold in Great Britain, answer no.",
      ["Distribution plan"],
    ),
  ),
  onUk(
    profileFlag(
      "p.ev_charger",
      UK,
      "electric-vehicle charge point",
      "Is the product an electric-vehicle charge point covered by the Electric Vehicles (Smart Charge Points) Regulations 2021?",
      "Smart charge points have their own security rules and are excepted from PSTI (Schedule 3).",
    ),
  ),
  onUk(
    profileFlag(
      "p.uk_medical",
      UK,
      "UK medical device",
      "Is the product a medical device or in-vitro diagnostic device under the UK Medical Devices Regulations 2002?",
      "Excepted from PSTI (Schedule 3). A connectable product that merely runs regulated medical software is reportedly not excepted.",
      ["UKCA or CE medical device documentation"],
    ),
  ),
  onUk(
    profileFlag(
      "p.smart_meter",
      UK,
      "smart meter",
      "Is the product a smart meter installed under a UK energy supply licence?",
      "Smart meter products are excepted from PSTI (Schedule 3).",
    ),
  ),
  onUk(
    profileFlag(
      "p.computer",
      UK,
      "desktop, laptop or tablet computer",
      "Is the product a desktop, laptop or tablet computer?",
      "Such computers are excepted from PSTI unless they can connect to a cellular network or are made exclusively for children under 14. Smartphones are in scope.",
    ),
  ),
  {
    ...profileFlag(
      "p.cellular",
      UK,
      "cellular connectivity",
      "Can the computer connect to a cellular (mobile) network?",
      "A tablet or laptop with a cellular modem stays in scope of PSTI.",
      ["Datasheet"],
    ),
    visibleWhen: all(UK_MARKET, is("p.computer")),
  },
  {
    ...profileFlag(
      "p.child_under14",
      UK,
      "computer made for children under 14",
      "Is the computer designed or intended exclusively for children under 14?",
      "A children's computer stays in scope of PSTI even without cellular connectivity.",
    ),
    visibleWhen: all(UK_MARKET, is("p.computer")),
  },
  onUk(
    profileFlag(
      "p.own_shop",
      UK,
      "manufacturer's own offer to buy",
      "Do you yourself invite UK customers to buy the product (your own web shop, shop or catalogue)?",
      "If so, the support period must be shown with the offer, as prominently as the main product information (Schedule 1 para 3(5)).",
    ),
  ),
  // Deemed-compliance routes (Schedule 2): what the manufacturer relies on, which decides which routes apply.
  onUk(
    profileFlag(
      "p.psti_etsi",
      UK,
      "relies on ETSI EN 303 645",
      "Does your UK statement of compliance rely on ETSI EN 303 645 (provisions 5.1-1, 5.1-2, 5.2-1, 5.3-13) for deemed compliance?",
      "Optional: you may meet Schedule 1 directly. When you rely on the standard, the statement names it with its version and date.",
      ["EN 303 645 test report or assessment"],
    ),
  ),
  onUk(
    profileFlag(
      "p.psti_iso29147",
      UK,
      "relies on ISO/IEC 29147",
      "Does your UK statement of compliance rely on ISO/IEC 29147 for the information on how to report security issues?",
      "Schedule 2 para 2 accepts ISO/IEC 29147:2018 clauses 6.2.2, 6.2.5 and 6.5 as an alternative to EN 303 645 provision 5.2-1.",
      ["Vulnerability disclosure process document"],
    ),
  ),
  onUk(
    profileFlag(
      "p.label_jcstar",
      UK,
      "Japan JC-STAR STAR-1 label",
      "Does the product hold a Japan JC-STAR STAR-1 label?",
      "Since 4 December 2025 a valid, unexpired JC-STAR STAR-1 label counts as meeting all three PSTI requirements and the statement of compliance (S.I. 2025/1267).",
      ["JC-STAR label certificate"],
    ),
  ),
  onUk(
    profileFlag(
      "p.label_cls",
      UK,
      "Singapore CLS label",
      "Does the product hold a Singapore Cybersecurity Labelling Scheme (CLS) label, at any level?",
      "Since 4 December 2025 a valid, unexpired CLS label at any level counts as meeting all three PSTI requirements and the statement of compliance (S.I. 2025/1267).",
      ["CLS label certificate"],
    ),
  ),
];

// --- Controls: only the facts no existing question asks ------------------------------------------------------
const DOCS = "Identification, documentation and support";
const VULN = "Vulnerabilities and development";
const SOC = "UK statement of compliance";
const LABELS = "Accepted labels (UK deemed compliance)";

const JCSTAR = is("p.label_jcstar");
const CLS = is("p.label_cls");
const onLabel = (flag: TCondition, q: TQuestion): TQuestion => ({ ...q, visibleWhen: all(UK_MARKET, flag) });

export const PSTI_CONTROL_QUESTIONS: TQuestion[] = [
  onUk(
    control(
      "c.vuln.info_public",
      VULN,
      "reporting information public and in English",
      "Is the information on how to report security issues public without asking, free of charge, in English, clear, and readable without giving any personal information?",
      "PSTI Schedule 1 para 2: a security.txt file and a product security page usually meet this; a form behind an account does not.",
      ["URL of the reporting page"],
    ),
  ),
  onUk(
    control(
      "c.support.info_public",
      DOCS,
      "support period public and in plain English",
      "Is the support period information public without asking, free of charge, in English, in words a reader without technical knowledge understands, and readable without giving any personal information?",
      "PSTI Schedule 1 para 3(4).",
      ["Product page", "Packaging text"],
    ),
  ),
  {
    ...control(
      "c.support.with_offers",
      DOCS,
      "support period shown with your offers to buy",
      "Where you yourself invite customers to buy the product, is the support period shown with the offer, as prominently as the main product information?",
      "PSTI Schedule 1 para 3(5): for example on the product page of your own web shop, next to price and features.",
      ["Screenshot of the offer"],
    ),
    visibleWhen: all(UK_MARKET, is("p.own_shop")),
  },
  onUk(
    control(
      "c.support.not_shortened",
      DOCS,
      "support period never shortened",
      "Has the published support period never been shortened, and is every extension published as soon as practicable?",
      "A shortened period is reported as a breach of Schedule 1 para 3; an extension must be published (para 3(3)).",
      ["History of the published support period"],
    ),
  ),
  {
    ...control(
      "c.vuln.iso29147",
      VULN,
      "ISO/IEC 29147 disclosure clauses",
      "Does your vulnerability disclosure follow ISO/IEC 29147:2018 clauses 6.2.2, 6.2.5 and 6.5 (how reports are received, acknowledged and the policy published)?",
      "The ISO route of PSTI Schedule 2 para 2; the reporting route and the acknowledgement and status-update timescales must be published as well.",
      ["Vulnerability disclosure process document", "Policy URL"],
    ),
    visibleWhen: all(UK_MARKET, is("p.psti_iso29147")),
  },
  onLabel(
    JCSTAR,
    textQ({
      id: "c.label.jcstar_id",
      topic: LABELS,
      label: "JC-STAR label number",
      prompt: "What is the JC-STAR STAR-1 label (registration) number?",
      help: "As shown on the label and in IPA's list of labelled products.",
      evidence: ["JC-STAR label certificate"],
    }),
  ),
  onLabel(
    JCSTAR,
    dateQ(
      {
        id: "c.label.jcstar_expiry",
        topic: LABELS,
        label: "JC-STAR label expiry",
        prompt: "Until which date is the JC-STAR STAR-1 label valid?",
        help: "The label must be valid and unexpired whenever the product is made available in the UK.",
        evidence: ["JC-STAR label certificate"],
      },
      "control",
    ),
  ),
  onLabel(
    JCSTAR,
    control(
      "c.label.jcstar_valid",
      LABELS,
      "JC-STAR label covers this product",
      "Does the JC-STAR STAR-1 label cover this model and version, and is it neither expired, suspended nor withdrawn?",
      "JC-STAR STAR-1 under IPA's requirements JST-CR-01-01-2024R1 (December 2024).",
      ["JC-STAR register entry"],
    ),
  ),
  onLabel(
    CLS,
    textQ({
      id: "c.label.cls_id",
      topic: LABELS,
      label: "CLS label number",
      prompt: "What is the Singapore CLS label registration number?",
      help: "As printed on the label and in CSA's register of labelled products.",
      evidence: ["CLS label certificate"],
    }),
  ),
  onLabel(
    CLS,
    choiceQ(
      {
        id: "c.label.cls_level",
        topic: LABELS,
        label: "CLS label level",
        prompt: "Which level is the Singapore CLS label?",
        help: "Any level is accepted by PSTI; the level is printed on the statement of compliance.",
        evidence: ["CLS label certificate"],
      },
      "control",
      [
        { value: "1", label: "Level 1" },
        { value: "2", label: "Level 2" },
        { value: "3", label: "Level 3" },
        { value: "4", label: "Level 4" },
      ],
    ),
  ),
  onLabel(
    CLS,
    dateQ(
      {
        id: "c.label.cls_expiry",
        topic: LABELS,
        label: "CLS label expiry",
        prompt: "Until which date is the CLS label valid?",
        help: "CLS labels last up to three years, tied to the support period; the label must be valid whenever the product is made available in the UK.",
        evidence: ["CLS label certificate"],
      },
      "control",
    ),
  ),
  onLabel(
    CLS,
    control(
      "c.label.cls_valid",
      LABELS,
      "CLS label covers this product",
      "Does the CLS label cover this model and version, and is it neither expired, suspended nor withdrawn?",
      "CLS under CSA's Scheme Specifications CCC SP-151-2 v1.4 (April 2025).",
      ["CLS register entry"],
    ),
  ),
  onUk(
    textQ({
      id: "c.soc.address",
      topic: SOC,
      label: "manufacturer's address",
      prompt: "What is the manufacturer's postal address (of each manufacturer, if there are several)?",
      help: "Printed on the UK statement of compliance (Schedule 4).",
      evidence: ["Company registration"],
    }),
  ),
  onUk(
    textQ({
      id: "c.soc.uk_rep",
      topic: SOC,
      label: "UK authorised representative",
      prompt: "If you appointed a UK authorised representative, what are its name and address?",
      help: "Optional: leave empty when there is none. Printed on the statement of compliance.",
      evidence: ["Mandate of the authorised representative"],
    }),
  ),
  onUk(
    textQ({
      id: "c.soc.signatory",
      topic: SOC,
      label: "signatory's name",
      prompt: "Who signs the statement of compliance for the manufacturer (full name)?",
      help: "A person who may sign for and on behalf of the manufacturer.",
      evidence: ["Authorisation to sign"],
    }),
  ),
  onUk(
    textQ({
      id: "c.soc.function",
      topic: SOC,
      label: "signatory's function",
      prompt: "What is the signatory's function (job title)?",
      help: "For example Head of Product Security.",
      evidence: ["Authorisation to sign"],
    }),
  ),
  onUk(
    textQ({
      id: "c.soc.place",
      topic: SOC,
      label: "place of issue",
      prompt: "Where is the statement of compliance issued (city and country)?",
      help: "The date of issue is the label's issue date.",
      evidence: ["Company registration"],
    }),
  ),
];

// --- Scope ------------------------------------------------------------------------------------------------
/** A Schedule 3 exception holds (the scheme's "excepted" fact). */
export const PSTI_EXCEPTED: TCondition = any(
  is("p.uk_ni_only"),
  is("p.ev_charger"),
  is("p.uk_medical"),
  is("p.smart_meter"),
  all(is("p.computer"), isNot("p.cellular"), isNot("p.child_under14")),
  is("p.vehicle"),
);

export const PSTI_SCOPE: TCondition = all(UK_MARKET, is("p.consumer"), is("p.internet"), not(PSTI_EXCEPTED));

const ETSI_V2 = "ETSI EN 303 645 V2.1.1 (2020-06)";
const ISO_29147 = "ISO/IEC 29147:2018";

export const pstiMeta: TSchemeMeta = {
  id: PSTI,
  name: "UK Product Security and Telecommunications Infrastructure (PSTI) product security regime",
  shortName: "UK PSTI",
  legalBasis: [
    "Product Security and Telecommunications Infrastructure Act 2022 (c. 46), Part 1",
    "The PSTI (Security Requirements for Relevant Connectable Products) Regulations 2023 (S.I. 2023/1007)",
    "The PSTI (Security Requirements for Relevant Connectable Products) (Amendment) Regulations 2025 (S.I. 2025/211)",
    "The PSTI (Security Requirements for Relevant Connectable Products) (Amendment) (No. 2) Regulations 2025 (S.I. 2025/1267)",
  ],
  sources: [
    { label: "S.I. 2023/1007 as made", url: "https://legislation.gov.uk/uksi/2023/1007/body/made" },
    {
      label: "S.I. 2023/1007 Schedule 1 (security requirements)",
      url: "https://www.legislation.gov.uk/uksi/2023/1007/schedule/1/made",
    },
    {
      label: "S.I. 2023/1007 Schedule 2 (deemed compliance), revised",
      url: "https://legislation.gov.uk/uksi/2023/1007/schedule/2",
    },
    {
      label: "PSTI Act 2022, explanatory notes to ss. 8–9",
      url: "https://www.legislation.gov.uk/ukpga/2022/46/notes/division/7/index.htm",
    },
    {
      label: "GOV.UK: Regulations: consumer connectable product security",
      url: "https://www.gov.uk/guidance/regulations-consumer-connectable-product-security",
    },
    {
      label: "OPSS enforcement guidance: consumer connectable product security regulations",
      url: "https://www.gov.uk/government/publications/opss-enforcement-enforcement-actions/consumer-connectable-product-security-regulations",
    },
  ],
  confidenceNotes: [
    "The three requirements (Schedule 1 paragraphs 1 and 3) and the standards routes of Schedule 2 were read in the legislation; Schedule 1 paragraph 2, Schedule 3 and Schedule 4 are from GOV.UK guidance and secondary summaries.",
    "Label routes (JC-STAR STAR-1, Singapore CLS at any level, since 4 December 2025) are from secondary reports of S.I. 2025/1267.",
    "Connectability is read from the internet question: a device that reaches the internet only through one phone over Bluetooth may be outside PSTI although it is counted here.",
    "This is a self-declaration regime: the result says whether the statement of compliance can be made, never that the product is certified.",
  ],
  provisional: false,
  scopes: [{ id: "uk", label: "UK consumer connectable products (PSTI Act s. 4–8)", condition: PSTI_SCOPE }],
  facts: [{ id: "excepted", label: "excepted by Regs Schedule 3", when: PSTI_EXCEPTED }],
  scopeReasons: [
    {
      when: isNot("p.uk_market"),
      reason: "Not made available in the United Kingdom: PSTI covers UK consumer connectable products only.",
    },
    {
      when: isNot("p.consumer"),
      reason: "Not made available to consumers: PSTI covers UK consumer connectable products (Act s. 8).",
    },
    {
      when: isNot("p.internet"),
      reason:
        "Cannot connect to the internet, itself or through another device: not a relevant connectable product (Act s. 5).",
    },
    {
      when: is("p.uk_ni_only"),
      reason:
        "Excepted (Regs Sch. 3): supplied in Northern Ireland only, under the Windsor Framework's EU rules.",
    },
    {
      when: is("p.ev_charger"),
      reason:
        "Excepted (Regs Sch. 3): a charge point under the Electric Vehicles (Smart Charge Points) Regulations 2021.",
    },
    {
      when: is("p.uk_medical"),
      reason: "Excepted (Regs Sch. 3): a medical device under the UK Medical Devices Regulations 2002.",
    },
    { when: is("p.smart_meter"), reason: "Excepted (Regs Sch. 3): a smart meter product." },
    {
      when: all(is("p.computer"), isNot("p.cellular"), isNot("p.child_under14")),
      reason:
        "Excepted (Regs Sch. 3): a desktop, laptop or tablet computer without cellular connectivity, not made for children under 14.",
    },
    {
      when: is("p.vehicle"),
      reason: "Excepted (Regs Sch. 3, as amended in 2025): a vehicle, or a system or component of one.",
    },
  ],
};

// --- Criteria --------------------------------------------------------------------------------------------
const base = { scheme: PSTI, scope: "uk", allowNotApplicable: false } as const;
const NO_NA = "PSTI gives this requirement no not-applicable exit: it is met or it is not.";

/** Schedule 1 para 1: unique-per-product or user-defined passwords, and unique ones not guessable. */
const PASSWORDS: TCondition = unlessOr(
  "p.factory_password",
  all(yes("c.pw.factory_unique_or_forced"), yes("c.pw.not_derived")),
);
/** Schedule 1 para 2: a contact point, acknowledgement and status-update timescales, published openly. */
const REPORTING: TCondition = all(yes("c.vuln.policy"), yes("c.vuln.info_public"));
/** Schedule 1 para 3: the defined support period, with an end date, published openly and never shortened. */
const SUPPORT: TCondition = all(
  yes("c.support.published"),
  answered("c.support.end_date"),
  yes("c.support.info_public"),
  unlessOr("p.own_shop", yes("c.support.with_offers")),
  yes("c.support.not_shortened"),
);

/**
 * The ETSI EN 303 645 provisions Schedule 2 names, by construction from the ETSI scheme's own criteria (catalog
 * 1.2.0, lib/schemes/catalog-v1-2/etsi-303-645.ts): the deemed route reads exactly what the provision reads.
 */
function provision(id: string): TCondition {
  const c = etsi303645.criteria.find((x) => x.key === `ETSI:${id}`);
  if (!c) throw new Error(`ETSI EN 303 645 provision ${id} is not in the catalog`);
  return c.satisfaction;
}
export const ETSI_ROUTE = {
  "5.1-1": provision("5.1-1"),
  /** Applies to pre-installed passwords only ("where relevant"). */
  "5.1-2": unlessOr("p.factory_password", provision("5.1-2")),
  "5.2-1": provision("5.2-1"),
  /** Read with the Regulations' definition: the defined support period has an end date (reg. 2(1)). */
  "5.3-13": all(provision("5.3-13"), answered("c.support.end_date")),
} as const satisfies Record<string, TCondition>;

const label = (flag: string, id: string, expiry: string, valid: string): TCondition =>
  all(is(flag), answered(id), answered(expiry), yes(valid));

export const pstiCriteria: TCriterion[] = [
  {
    ...base,
    key: "PSTI-1",
    id: "PSTI-1",
    title: "No universal or guessable default passwords",
    text: "Outside the factory default state, every password of the product (device, pre-installed software and any companion software it needs) is unique per product or defined by the user; a unique password is not based on a counter, public information or an identifier such as the serial number (unless through accepted keyed hashing or encryption), nor otherwise guessable. Cryptographic keys, API keys and non-IP pairing PINs are not passwords here. Regs Sch. 1 para 1.",
    mechanism: "Passwords",
    applicability: is("p.password_auth"),
    satisfaction: PASSWORDS,
    naRefusal: `${NO_NA} A product without passwords meets it by its profile.`,
    evidence: ["Password generation procedure", "Samples from two units", "Set-up flow description"],
    references: { etsi: ["5.1-1", "5.1-2"], related: ["US.IAC.1b", "CN-1.01"] },
    confidence: "confirmed",
    notes: "A product that uses no password at all has nothing to fail here (uk-psti.md §3.1).",
  },
  {
    ...base,
    key: "PSTI-2",
    id: "PSTI-2",
    title: "Information on how to report security issues",
    text: "The manufacturer publishes how to report security issues about the product, with at least one point of contact, and when a reporter can expect an acknowledgement and status updates until the issue is resolved; the information is public without request, free, in English, clear and transparent. Regs Sch. 1 para 2.",
    mechanism: "Vulnerability reporting",
    satisfaction: REPORTING,
    naRefusal: `${NO_NA} Every in-scope product needs a published way to report security issues.`,
    evidence: ["URL of the reporting page", "security.txt"],
    references: { etsi: ["5.2-1"], related: ["US.IQR.1", "CN-1.04"] },
    confidence: "uncertain",
    notes: "Paragraph 2 was read from guidance, not the legislation text (uk-psti.md §3.2).",
  },
  {
    ...base,
    key: "PSTI-3",
    id: "PSTI-3",
    title: "Information on the minimum security update period",
    text: "The defined support period (the minimum time, with an end date, for which security updates are provided) is published openly, free, in English and in plain words; it is shown with the manufacturer's own invitations to buy the product; an extension is published as soon as practicable and the period is never shortened. No minimum length is prescribed. Regs Sch. 1 para 3.",
    mechanism: "Support period",
    satisfaction: SUPPORT,
    naRefusal: `${NO_NA} The companion software and services of a product that cannot be updated still need a published period.`,
    evidence: ["Product page", "Packaging text", "Support policy"],
    references: { etsi: ["5.3-13"], related: ["US.FCC.SUPPORT", "CN-1.07"] },
    confidence: "confirmed",
    notes:
      "The 'never shortened' reading of para 3 and the content of para 3(5) are from secondary sources (U).",
  },
  {
    ...base,
    key: "PSTI-SoC",
    id: "PSTI-SoC",
    title: "Statement of compliance",
    text: "The product is accompanied by a statement of compliance prepared by or for the manufacturer, with the product type and batch, the name and address of the manufacturer (and any UK authorised representative), the declaration that the security requirements are met, the defined support period, and the signatory's name and function with the place and date of issue. Act s. 9, Regs Sch. 4.",
    mechanism: "Statement of compliance",
    satisfaction: all(
      answered("c.soc.address"),
      answered("c.soc.signatory"),
      answered("c.soc.function"),
      answered("c.soc.place"),
      answered("c.support.end_date"),
    ),
    naRefusal: `${NO_NA} A valid JC-STAR STAR-1 or CLS label is the only other way to meet the statement duty.`,
    evidence: ["Company registration", "Authorisation to sign"],
    references: { etsi: [], related: [] },
    confidence: "uncertain",
    notes: "The Schedule 4 field list was not read in the legislation (uk-psti.md §5).",
  },
  {
    ...base,
    key: "PSTI-D1.ETSI",
    id: "PSTI-D1.ETSI",
    title: "Passwords deemed compliant through ETSI EN 303 645",
    text: `Deemed compliance with Schedule 1 para 1: the product meets ${ETSI_V2} provision 5.1-1 and, where relevant, 5.1-2. Regs Sch. 2 para 1.`,
    mechanism: "Deemed compliance",
    applicability: all(is("p.psti_etsi"), is("p.password_auth")),
    satisfaction: all(ETSI_ROUTE["5.1-1"], ETSI_ROUTE["5.1-2"]),
    naRefusal: `${NO_NA} It applies when your statement relies on the standard.`,
    evidence: ["EN 303 645 test report"],
    references: { etsi: ["5.1-1", "5.1-2"], related: ["PSTI-1"] },
    confidence: "confirmed",
  },
  {
    ...base,
    key: "PSTI-D2.ETSI",
    id: "PSTI-D2.ETSI",
    title: "Reporting information deemed compliant through ETSI EN 303 645",
    text: `Deemed compliance with Schedule 1 para 2: the manufacturer meets ${ETSI_V2} provision 5.2-1 (a public vulnerability disclosure policy with a contact and timescales). Regs Sch. 2 para 2.`,
    mechanism: "Deemed compliance",
    applicability: is("p.psti_etsi"),
    satisfaction: ETSI_ROUTE["5.2-1"],
    naRefusal: `${NO_NA} It applies when your statement relies on the standard.`,
    evidence: ["Policy URL"],
    references: { etsi: ["5.2-1"], related: ["PSTI-2"] },
    confidence: "confirmed",
  },
  {
    ...base,
    key: "PSTI-D2.ISO",
    id: "PSTI-D2.ISO",
    title: "Reporting information deemed compliant through ISO/IEC 29147",
    text: `Deemed compliance with Schedule 1 para 2: the manufacturer follows ${ISO_29147} clauses 6.2.2, 6.2.5 and 6.5 and publishes the reporting route with the acknowledgement and status-update timescales. Regs Sch. 2 para 2(3)–(4).`,
    mechanism: "Deemed compliance",
    applicability: is("p.psti_iso29147"),
    satisfaction: all(yes("c.vuln.iso29147"), yes("c.vuln.policy")),
    naRefusal: `${NO_NA} It applies when your statement relies on the standard.`,
    evidence: ["Vulnerability disclosure process document", "Policy URL"],
    references: { etsi: [], related: ["PSTI-2"] },
    confidence: "uncertain",
    notes: "The extra conditions of para 2(3)–(4) are reported, not read (uk-psti.md §4).",
  },
  {
    ...base,
    key: "PSTI-D3.ETSI",
    id: "PSTI-D3.ETSI",
    title: "Support period information deemed compliant through ETSI EN 303 645",
    text: `Deemed compliance with Schedule 1 para 3: the manufacturer meets ${ETSI_V2} provision 5.3-13 (the defined support period published clearly), read with the Regulations' definition of the period with an end date. Regs Sch. 2 para 3.`,
    mechanism: "Deemed compliance",
    applicability: is("p.psti_etsi"),
    satisfaction: ETSI_ROUTE["5.3-13"],
    naRefusal: `${NO_NA} It applies when your statement relies on the standard.`,
    evidence: ["Product page", "Support policy"],
    references: { etsi: ["5.3-13"], related: ["PSTI-3"] },
    confidence: "uncertain",
  },
  {
    ...base,
    key: "PSTI-L.JCSTAR",
    id: "PSTI-L.JCSTAR",
    title: "Deemed compliance through a Japan JC-STAR STAR-1 label",
    text: "A valid, unexpired JC-STAR STAR-1 label (IPA, JST-CR-01-01-2024R1) for the product counts as meeting all three security requirements and the statement of compliance duty. Regs Sch. 2 and 2A, as amended by S.I. 2025/1267 (in force 4 December 2025).",
    mechanism: "Accepted label",
    applicability: JCSTAR,
    satisfaction: label(
      "p.label_jcstar",
      "c.label.jcstar_id",
      "c.label.jcstar_expiry",
      "c.label.jcstar_valid",
    ),
    naRefusal: `${NO_NA} It applies when the product holds the label.`,
    evidence: ["JC-STAR label certificate", "JC-STAR register entry"],
    references: { etsi: [], related: ["PSTI-1", "PSTI-2", "PSTI-3", "PSTI-SoC"] },
    confidence: "uncertain",
    notes:
      "S.I. 2025/1267 read through secondary reports (uk-psti.md §4); whether later JC-STAR versions are accepted is open.",
  },
  {
    ...base,
    key: "PSTI-L.CLS",
    id: "PSTI-L.CLS",
    title: "Deemed compliance through a Singapore CLS label",
    text: "A valid, unexpired Singapore Cybersecurity Labelling Scheme label at any level (CSA, CCC SP-151-2 v1.4) for the product counts as meeting all three security requirements and the statement of compliance duty. Regs Sch. 2 and 2A, as amended by S.I. 2025/1267 (in force 4 December 2025).",
    mechanism: "Accepted label",
    applicability: CLS,
    satisfaction: all(
      label("p.label_cls", "c.label.cls_id", "c.label.cls_expiry", "c.label.cls_valid"),
      answered("c.label.cls_level"),
    ),
    naRefusal: `${NO_NA} It applies when the product holds the label.`,
    evidence: ["CLS label certificate", "CLS register entry"],
    references: { etsi: [], related: ["PSTI-1", "PSTI-2", "PSTI-3", "PSTI-SoC"] },
    confidence: "uncertain",
    notes:
      "S.I. 2025/1267 read through secondary reports (uk-psti.md §4); whether later CLS specifications are accepted is open.",
  },
];

/** The standards and labels a statement names when it relies on them (SoC.F4: number, version and date). */
export const PSTI_STANDARDS = {
  etsi: ETSI_V2,
  iso29147: ISO_29147,
  jcstar: "Japan JC-STAR STAR-1 (IPA, JST-CR-01-01-2024R1, December 2024)",
  cls: "Singapore Cybersecurity Labelling Scheme (CSA, CCC SP-151-2 v1.4, April 2025)",
} as const;

/** Where each new question goes in catalog 1.2.0 (after an existing question, so the questionnaire reads well). */
export const PSTI_QUESTIONS: { after?: string; question: TQuestion }[] = [
  ...PSTI_PROFILE_QUESTIONS.map((question) => ({ question })),
  ...PSTI_CONTROL_QUESTIONS.map((question) => ({ question })),
];

/** The UK PSTI scheme as catalog 1.2.0 composes it (lib/schemes/catalog-v1-2/index.ts). */
export const ukPstiAddition: TSchemeAddition = {
  meta: pstiMeta,
  questions: PSTI_QUESTIONS,
  criteria: pstiCriteria,
  changelog: [
    {
      en: "UK PSTI: scope with the Schedule 3 exceptions, the three security requirements (passwords, how to report security issues, the minimum security update period), the statement of compliance, and deemed compliance through ETSI EN 303 645, ISO/IEC 29147 and the JC-STAR STAR-1 and Singapore CLS labels (since 4 December 2025).",
      zhCN: "英国 PSTI：含附表3豁免的适用范围、三项安全要求（密码、如何报告安全问题、最短安全更新期限）、合规声明，以及通过 ETSI EN 303 645、ISO/IEC 29147 和 JC-STAR STAR-1、新加坡 CLS 标签（自2025年12月4日起）视为符合。",
    },
  ],
  zhCN: zhPsti,
};
