import { is } from "../build";
import type { TCondition } from "../conditions";
import type { TConfidence } from "../types";

/** Shared vocabulary of the EN 18031 requirement tables (kept apart to avoid an import cycle). */
export type TEuDef = {
  mechanism: string;
  title: string;
  text: string;
  applicability?: TCondition;
  satisfaction: TCondition;
  etsi: string[];
  nist: string[];
  evidence: string[];
  confidence?: TConfidence;
  notes?: string;
  allowNotApplicable?: boolean;
};

export const NET = is("p.network_interface");
export const AUTH_SURFACE: TCondition = { op: "any", of: [NET, is("p.user_interface")] };
export const IAC = "NIST IR 8425 Interface Access Control";
export const DP = "NIST IR 8425 Data Protection";
export const SU = "NIST IR 8425 Software Update";
export const PC = "NIST IR 8425 Product Configuration";
export const CSA = "NIST IR 8425 Cybersecurity State Awareness";
