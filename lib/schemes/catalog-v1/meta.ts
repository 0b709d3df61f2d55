import { all, any, dateGte, eq, is, isNot, not, yes } from "../build";
import type { TSchemeMeta } from "../types";

/** Scheme metadata for catalog v1: scope, OJ restrictions, registry fields and the confidence notes shown in the UI. */

const NOT_MEDICAL = isNot("p.medical");
const NOT_E_F_EXCLUDED = all(isNot("p.vehicle"), isNot("p.aviation_toll"));

export const euMeta: TSchemeMeta = {
  id: "EU_RED",
  name: "EU Radio Equipment Directive, article 3(3)(d)/(e)/(f) (EN 18031-1/-2/-3)",
  shortName: "EU RED",
  legalBasis: [
    "Directive 2014/53/EU, Art. 3(3)(d), (e), (f) and Art. 17",
    "Delegated Regulation (EU) 2022/30 (applies from 1 Aug 2025, Delegated Regulation (EU) 2023/2444)",
    "Implementing Decision (EU) 2025/138 citing EN 18031-1/-2/-3:2024 with restrictions",
  ],
  sources: [
    { label: "Directive 2014/53/EU", url: "https://eur-lex.europa.eu/eli/dir/2014/53/oj" },
    { label: "Delegated Regulation (EU) 2022/30", url: "https://eur-lex.europa.eu/eli/reg_del/2022/30/oj" },
    {
      label: "Implementing Decision (EU) 2025/138",
      url: "https://eur-lex.europa.eu/eli/dec_impl/2025/138/oj",
    },
    {
      label: "Zealience EN 18031 documentation template and test plan (CC BY-SA 4.0)",
      url: "https://github.com/zealience/IoT-Cybersecurity-Compliance",
    },
    {
      label: "ETSI EN 303 645 V2.1.1",
      url: "https://www.etsi.org/deliver/etsi_en/303600_303699/303645/02.01.01_60/en_303645v020101p.pdf",
    },
  ],
  confidenceNotes: [
    "EN 18031 texts were not read directly: identifiers, titles and decision-tree exits come from an openly licensed template by a co-author of the standard. All catalog text is our own wording.",
    "EN 18031 applies per asset and per item; this catalog asks one question per mechanism and lets a justified N/A carry the per-asset exits (simplification).",
    "OJ restrictions R1–R3 are known through consistent public summaries; the sub-clause numbers of R2 and how broadly R3 is read are uncertain.",
    "Titles of EN 18031-2 ACM-3…ACM-6 are not confirmed; whether ACM-4 also covers childcare equipment is uncertain.",
    "The switch to the Cyber Resilience Act for equipment placed from 11 Dec 2027 is a planning assumption (repeal of 2022/30 reported, OJ not read).",
    "Crosswalk columns to ETSI EN 303 645 and NIST IR 8425 are our analysis by subject, not official concordances.",
  ],
  provisional: false,
  scopes: [
    {
      id: "d",
      label: "Art. 3(3)(d) network protection: internet-connected radio equipment",
      eu: { part: 1, article: "d" },
      condition: all(is("p.radio"), is("p.internet"), NOT_MEDICAL),
    },
    {
      id: "e",
      label:
        "Art. 3(3)(e) personal data and privacy: internet-connected, childcare, toy or wearable radio equipment processing personal data",
      eu: { part: 2, article: "e" },
      condition: all(
        is("p.radio"),
        is("p.personal_data"),
        any(is("p.internet"), is("p.childcare"), is("p.toy"), is("p.wearable")),
        NOT_MEDICAL,
        NOT_E_F_EXCLUDED,
      ),
    },
    {
      id: "f",
      label: "Art. 3(3)(f) fraud: internet-connected radio equipment that transfers money or monetary value",
      eu: { part: 3, article: "f" },
      condition: all(is("p.radio"), is("p.internet"), is("p.payment"), NOT_MEDICAL, NOT_E_F_EXCLUDED),
    },
  ],
  restrictions: [
    {
      id: "R1",
      parts: [1, 2, 3],
      criteria: ["AUM-5-1", "AUM-5-2"],
      trigger: all(is("p.password_auth"), not(yes("c.pw.no_skip"))),
      summary:
        "The design lets the user skip setting or using a password: EN 18031 gives no presumption of conformity for this article (clauses 6.2.5.1/6.2.5.2).",
    },
    {
      id: "R2",
      parts: [2],
      criteria: ["ACM-3", "ACM-4", "ACM-5", "ACM-6"],
      trigger: all(any(is("p.toy"), is("p.childcare")), not(yes("c.child.guardian_control_effective"))),
      summary:
        "Toy or childcare equipment where the access-control clauses do not actually ensure parental or guardian control: no presumption for 3(3)(e).",
    },
    {
      id: "R3",
      parts: [3],
      criteria: ["SUM-2"],
      trigger: is("p.updatable"),
      summary:
        "The secure-update assessment criteria of EN 18031-3 (clause 6.3.2.4) give no presumption for 3(3)(f): a product with an update mechanism needs a notified body.",
    },
  ],
  regimeSwitch: {
    condition: dateGte("p.market_date", "2027-12-11"),
    note: "Placed on the market from 11 Dec 2027: the Cyber Resilience Act (Regulation (EU) 2024/2847) is expected to replace RED 3(3)(d)/(e)/(f); EN 18031 evidence remains useful input.",
  },
};

export const usMeta: TSchemeMeta = {
  id: "US_CTM",
  name: "US Cyber Trust Mark (FCC IoT Labeling Program, NIST IR 8425)",
  shortName: "US Cyber Trust Mark",
  legalBasis: [
    "47 CFR Part 8, Subpart B (8.201–8.222)",
    "FCC 24-26 Report and Order",
    "NIST IR 8425 (Sept 2022)",
  ],
  sources: [
    { label: "FCC 24-26", url: "https://docs.fcc.gov/public/attachments/FCC-24-26A1.pdf" },
    {
      label: "47 CFR Part 8 Subpart B",
      url: "https://www.ecfr.gov/current/title-47/chapter-I/subchapter-A/part-8/subpart-B",
    },
    { label: "NIST IR 8425", url: "https://csrc.nist.gov/pubs/ir/8425/final" },
  ],
  confidenceNotes: [
    "This is a self-assessment against NIST IR 8425 and the FCC rule-level items, never an FCC authorisation; no FCC-approved test standard existed as of early 2026.",
    "The US.* keys are our own catalog keys, not official NIST or FCC identifiers.",
    "Sub-outcome wording for Interface Access Control 1a–1c and 2, Software Update, Cybersecurity State Awareness and the developer outcomes was not re-read from the NIST PDF (uncertain).",
    "How a lab will judge 'not applicable' claims is undecided; developer outcomes and FCC items cannot be claimed N/A here (our rule).",
    "Readiness percentages are our own aid: the programme is binary.",
  ],
  provisional: false,
  scopes: [{ id: "us", label: "Consumer IoT product (scope decided by US.FCC.SCOPE)" }],
  registryFields: [
    { field: 6, label: "How to change the default password", questions: ["c.reg.default_password_info"] },
    { field: 7, label: "Secure configuration information", questions: ["c.reg.secure_config_info"] },
    {
      field: 8,
      label: "Whether updates are automatic, and how to get them",
      questions: ["c.reg.update_mode", "c.reg.manual_update_info"],
    },
    { field: 9, label: "Support end date", questions: ["c.support.end_date"] },
    { field: 10, label: "SBOM/HBOM maintained", questions: ["c.reg.bom"] },
  ],
};

export const cnMeta: TSchemeMeta = {
  id: "CN_CCL",
  name: "China Cybersecurity Label (网络安全标识), 1–3 stars: readiness rating",
  shortName: "China CCL readiness",
  legalBasis: [
    "Measures for the Administration of Cybersecurity Labels (CAC, MIIT, MPS; effective 1 Jul 2026)",
    "Personal Information Protection Law; Cybersecurity Law (amended, in force 1 Jan 2026)",
  ],
  sources: [
    {
      label: "SESEC analysis of the final measures (May 2026)",
      url: "https://sesec.eu/2026/05/11/official-china-cybersecurity-labeling-measures-issued-with-enhanced-enforcement/",
    },
    { label: "PIPL (NPC text)", url: "http://www.npc.gov.cn/npc/c2/c30834/202108/t20210820_313088.html" },
    {
      label: "ETSI EN 303 645 V2.1.1",
      url: "https://www.etsi.org/deliver/etsi_en/303600_303699/303645/02.01.01_60/en_303645v020101p.pdf",
    },
  ],
  confidenceNotes: [
    "PROVISIONAL: the official per-star implementation rules were not public; every criterion and the star thresholds are our proposal built from the documented level definitions, PIPL duties, ETSI EN 303 645 and graded schemes (Singapore CLS).",
    "This is a readiness rating, not the official label: only filing with the designated agency gives the right to use the label.",
    "Only consumer connected cameras appear in the (draft) first-batch catalogue; other product types get a readiness-only result.",
    "CSL article numbers follow the 2016 text and must be re-checked after the 2026 renumbering.",
    "Evidence codes (D, E, T, PT, BA) are recorded per criterion; checking that the evidence is complete is the lab reviewer's task.",
  ],
  provisional: true,
  scopes: [{ id: "cn", label: "Products with an internet-connection function", condition: is("p.internet") }],
  catalogueEligibility: {
    condition: eq("p.category", "camera"),
    note: "Only consumer connected cameras are in the (draft) first-batch catalogue: other product types get a readiness-only result.",
  },
};
