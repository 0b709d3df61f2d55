import { is, yes } from "../build";
import type { TCriterion, TEuPart } from "../types";
import { EU_DEFS_B } from "./eu-defs-b";
import { AUTH_SURFACE, DP, IAC, NET, PC, SU, type TEuDef } from "./eu-shared";

export type { TEuDef } from "./eu-shared";

/**
 * EN 18031 requirements shared by the three parts. Identifiers and titles are kept; every text is our own
 * wording (the standards are paid documents). Parts 1–3 pick from this table and override what differs.
 * Simplification (stated in the scheme metadata): EN 18031 works per asset and per item; we ask one question
 * per mechanism and let a justified N/A carry the per-asset exits.
 */

const EU_DEFS_A: Record<string, TEuDef> = {
  "ACM-1": {
    mechanism: "ACM",
    title: "Applicability of access control mechanisms",
    text: "Every protected asset that a user, device or service can read, change or use sits behind an access-control mechanism; the file says who reaches each asset and how.",
    satisfaction: yes("c.ac.assets_controlled"),
    etsi: ["5.5-4", "5.5-5", "5.6-7"],
    nist: [IAC, DP],
    evidence: [
      "Asset inventory with entities and access paths",
      "Decision-tree path and justification per asset",
    ],
  },
  "ACM-2": {
    mechanism: "ACM",
    title: "Appropriate access control mechanisms",
    text: "The access control really limits access to authorised entities: least privilege through roles, identities or clearances, and only authorised users can change privileges.",
    satisfaction: yes("c.ac.least_privilege"),
    etsi: ["5.5-5", "5.6-7", "5.6-8"],
    nist: [IAC],
    evidence: ["Role and privilege model", "Functional test"],
  },
  "AUM-1-1": {
    mechanism: "AUM",
    title: "Requirement network interface",
    text: "Access to protected assets over a network interface is authenticated before it is granted, unless the asset must be reachable without it or the network is closed to unauthorised entities.",
    applicability: NET,
    satisfaction: yes("c.auth.network"),
    etsi: ["5.5-4", "5.5-5"],
    nist: [IAC],
    evidence: ["Interface and service list with authentication method", "Port scan"],
  },
  "AUM-1-2": {
    mechanism: "AUM",
    title: "Requirement user interface",
    text: "Access to protected assets through a local user interface is authenticated, unless the operating environment already makes the person trustworthy or the data must be readable by anyone.",
    applicability: is("p.user_interface"),
    satisfaction: yes("c.auth.user_interface"),
    etsi: [],
    nist: [IAC],
    evidence: ["User-interface description"],
  },
  "AUM-1-3": {
    mechanism: "AUM",
    title: "Requirement machine interface",
    text: "Access to security or financial assets over a machine interface is authenticated, without exceptions.",
    applicability: is("p.machine_interface"),
    satisfaction: yes("c.auth.machine"),
    etsi: [],
    nist: [IAC],
    evidence: ["API documentation", "Functional test"],
    allowNotApplicable: false,
  },
  "AUM-2": {
    mechanism: "AUM",
    title: "Appropriate authentication mechanisms",
    text: "Each authentication the device requires checks at least one factor: something the user knows, holds or is.",
    applicability: AUTH_SURFACE,
    satisfaction: yes("c.auth.factor"),
    etsi: ["5.1-3"],
    nist: [IAC],
    evidence: ["Authentication design"],
  },
  "AUM-2-2": {
    mechanism: "AUM",
    title: "Requirement two factor authentication",
    text: "Reaching the most sensitive functions through user interfaces over the network requires two factors from different categories.",
    applicability: NET,
    satisfaction: yes("c.auth.two_factor"),
    etsi: [],
    nist: [IAC],
    evidence: ["Authentication design", "Functional test"],
  },
  "AUM-3": {
    mechanism: "AUM",
    title: "Authenticator validation",
    text: "Authentication checks every relevant property of the presented authenticator and refuses wrong or partial passwords, other users' credentials, untrusted certificates and replays.",
    applicability: AUTH_SURFACE,
    satisfaction: yes("c.auth.validation"),
    etsi: ["5.1-3"],
    nist: [IAC],
    evidence: ["Authentication design", "Negative test cases"],
  },
  "AUM-4": {
    mechanism: "AUM",
    title: "Changing authenticators",
    text: "An authorised user can replace the authenticator; afterwards the new one works on every path and the old one on none.",
    applicability: AUTH_SURFACE,
    satisfaction: yes("c.auth.change"),
    etsi: ["5.1-4"],
    nist: [IAC, PC],
    evidence: ["User documentation", "Functional test"],
  },
  "AUM-5-1": {
    mechanism: "AUM",
    title: "Requirement for factory default passwords",
    text: "A password set in the factory is either unique per unit with best-practice strength, or the user must replace it before or at first use. Letting the user skip passwords triggers OJ restriction R1.",
    applicability: is("p.factory_password"),
    satisfaction: yes("c.pw.factory_unique_or_forced"),
    etsi: ["5.1-1", "5.1-2"],
    nist: [IAC, PC],
    evidence: ["Password generation procedure", "Samples from two units"],
  },
  "AUM-5-2": {
    mechanism: "AUM",
    title: "Requirement for non-factory default passwords",
    text: "Passwords not set in the factory are chosen by the user before first use and before joining a network, set by an authorised entity in a closed network, or generated strong by the device and shown only to an authorised entity. R1 applies as for AUM-5-1.",
    applicability: is("p.user_password"),
    satisfaction: yes("c.pw.user_set_first_use"),
    etsi: ["5.1-1"],
    nist: [IAC],
    evidence: ["Set-up flow description"],
  },
  "AUM-6": {
    mechanism: "AUM",
    title: "Brute force protection",
    text: "Guessing authenticators is made impractical by delays, attempt limits, complexity rules or another justified method.",
    applicability: AUTH_SURFACE,
    satisfaction: yes("c.auth.bruteforce"),
    etsi: ["5.1-5"],
    nist: [IAC],
    evidence: ["Brute-force parameters", "Functional test"],
  },
  "SUM-1": {
    mechanism: "SUM",
    title: "Applicability of update mechanisms",
    text: "Every software part that affects protected assets can be updated by at least one update mechanism, unless safety forbids it or the software is immutable and otherwise protected for life.",
    satisfaction: yes("c.upd.all_parts"),
    etsi: ["5.3-1", "5.3-2", "5.3-14", "5.3-15"],
    nist: [SU],
    evidence: ["Software inventory with update paths"],
    confidence: "uncertain",
    notes: "How the immutable-software and alternative-measures exits combine is unclear in our sources.",
  },
  "SUM-2": {
    mechanism: "SUM",
    title: "Secure updates",
    text: "An update is installed only if its integrity and authenticity check out at installation (signature, secure channel, access control with hash check, or another justified way).",
    applicability: is("p.updatable"),
    satisfaction: yes("c.upd.verified"),
    etsi: ["5.3-7", "5.3-9", "5.3-10", "5.7-1"],
    nist: [SU],
    evidence: ["Signing scheme", "Test with a tampered image"],
  },
  "SUM-3": {
    mechanism: "SUM",
    title: "Automated updates",
    text: "Updates can be installed without human action at the device, or on a schedule or trigger that a person approves.",
    applicability: is("p.updatable"),
    satisfaction: yes("c.upd.automatic"),
    etsi: ["5.3-3", "5.3-4", "5.3-5", "5.3-6"],
    nist: [SU],
    evidence: ["Update settings", "Update log"],
  },
  "SSM-1": {
    mechanism: "SSM",
    title: "Applicability of secure storage mechanisms",
    text: "Protected assets kept in persistent storage go through a secure storage mechanism unless the environment already protects them.",
    applicability: is("p.persistent_storage"),
    satisfaction: yes("c.sto.secure_storage"),
    etsi: ["5.4-1"],
    nist: [DP],
    evidence: ["Storage design"],
  },
  "SSM-2": {
    mechanism: "SSM",
    title: "Appropriate integrity protection for secure storage mechanisms",
    text: "Secure storage makes unnoticed changes to stored sensitive assets impossible.",
    applicability: is("p.persistent_storage"),
    satisfaction: yes("c.sto.integrity"),
    etsi: ["5.4-1", "5.4-2"],
    nist: [DP],
    evidence: ["Storage design", "Functional test"],
  },
  "SSM-3": {
    mechanism: "SSM",
    title: "Appropriate confidentiality protection for secure storage mechanisms",
    text: "Secure storage keeps confidential assets secret, e.g. encryption with a key that cannot be extracted.",
    applicability: is("p.persistent_storage"),
    satisfaction: yes("c.sto.confidentiality"),
    etsi: ["5.4-1", "5.4-3"],
    nist: [DP],
    evidence: ["Storage design", "Functional test"],
  },
};

export const EU_DEFS: Record<string, TEuDef> = { ...EU_DEFS_A, ...EU_DEFS_B };

const ASSETS: Record<TEuPart, string> = {
  1: "Assets in this part: security and network assets.",
  2: "Assets in this part: security and privacy assets (personal data, privacy functions and their configuration).",
  3: "Assets in this part: security and financial assets.",
};
const ARTICLE = { 1: "d", 2: "e", 3: "f" } as const;

export type TEuOverride = Partial<TEuDef> & { id?: string; title?: string };

/** Builds the criterion for one requirement of one part from the shared table plus the part's overrides. */
export function euCriterion(part: TEuPart, id: string, override: TEuOverride = {}, baseId = id): TCriterion {
  const base = EU_DEFS[baseId];
  if (!base) throw new Error(`EN 18031 requirement ${baseId} is not in the shared table`);
  const d = { ...base, ...override };
  return {
    key: `18031-${part}:${id}`,
    scheme: "EU_RED",
    id,
    title: d.title,
    text: `${d.text} ${ASSETS[part]}`,
    mechanism: d.mechanism,
    scope: ARTICLE[part],
    eu: { part, article: ARTICLE[part] },
    applicability: d.applicability,
    satisfaction: d.satisfaction,
    allowNotApplicable: d.allowNotApplicable ?? true,
    evidence: d.evidence,
    references: { etsi: d.etsi, related: d.nist },
    confidence: d.confidence ?? "confirmed",
    notes: d.notes,
  };
}
