import { perScheme } from "@/lib/schemes/registry";
import { SCHEME_IDS, type TSchemeId } from "@/lib/schemes/types";
import { deriveLabelHistory, type TDerivedState, type TLabelEventLike } from "./state";

/**
 * How long an issued label is valid. None of the three schemes fixes a number we could copy, so these are OUR
 * policy defaults, kept in one typed config so a deployment (or a future scheme rule) can replace them:
 *   - EU RED 3(3): no label validity in the law; 36 months mirrors the usual re-assessment cycle.
 *   - US Cyber Trust Mark: renewal interval not yet set by the FCC; the scheme notes suggest 12 months.
 *   - China CCL: validity is printed on the label but the implementation rules give no figure yet; the scheme
 *     notes propose min(report date + 3 years, support period end).
 * Rule: validUntil = min over the assessment's target schemes of (issuedAt + months), and never later than the
 * end of the product's declared support period (23:59:59 UTC of that day), because every scheme ties the label to
 * security support. A label is valid while now ≤ validUntil. A deployment changes the months with
 * LABEL_VALIDITY_MONTHS (parseValidityMonths below; read in lib/env.ts).
 */

export type TValidityRule = { months: number; capAtSupportEnd: boolean };
export type TValidityConfig = Readonly<Record<TSchemeId, TValidityRule>>;

export const DEFAULT_VALIDITY: TValidityConfig = perScheme((m) => m.validity);

/**
 * A deployment's validity periods, e.g. "<SCHEME_ID>=24,<OTHER_ID>=60" (env LABEL_VALIDITY_MONTHS): schemes not named keep
 * their default. Months are whole numbers from 1 to 120. Throws a readable error for anything else.
 */
export function parseValidityMonths(spec: string, base: TValidityConfig = DEFAULT_VALIDITY): TValidityConfig {
  const out: Record<TSchemeId, TValidityRule> = { ...base };
  const seen = new Set<string>();
  for (const part of spec.split(",").map((p) => p.trim())) {
    if (part === "") continue;
    const m = /^([A-Z_]+)\s*=\s*(\d{1,3})$/.exec(part);
    if (!m) throw new Error(`"${part}" is not SCHEME=months (e.g. ${SCHEME_IDS[0]}=24)`);
    const [, scheme = "", months = ""] = m;
    if (!(SCHEME_IDS as readonly string[]).includes(scheme))
      throw new Error(`unknown scheme "${scheme}" (one of ${SCHEME_IDS.join(", ")})`);
    if (seen.has(scheme)) throw new Error(`${scheme} is given twice`);
    seen.add(scheme);
    const n = Number(months);
    if (n < 1 || n > 120) throw new Error(`${scheme}: months must be between 1 and 120, got ${n}`);
    out[scheme as TSchemeId] = { ...out[scheme as TSchemeId], months: n };
  }
  return out;
}

export type TValidityInput = {
  issuedAt: string | Date;
  /** YYYY-MM-DD, the last day of security support. */
  supportPeriodEnd: string;
  targetSchemes: readonly TSchemeId[];
};

export type TValidity = {
  validUntil: string; // ISO 8601 UTC
  limitedBy:
    | { kind: "scheme"; scheme: TSchemeId; months: number }
    | { kind: "support_period"; supportPeriodEnd: string };
  /** Support already ended at issue: the label would be born expired; approval should refuse it. */
  expiredAtIssue: boolean;
};

/** Calendar months in UTC, clamped to the last day of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsUtc(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = new Date(date.getTime());
  d.setUTCFullYear(y, m, Math.min(date.getUTCDate(), lastDay));
  return d;
}

function endOfDayUtc(ymd: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd))
    throw new Error(`support period end must be YYYY-MM-DD, got "${ymd}"`);
  const d = new Date(`${ymd}T23:59:59.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== ymd)
    throw new Error(`invalid date "${ymd}"`);
  return d;
}

export function computeValidity(
  input: TValidityInput,
  config: TValidityConfig = DEFAULT_VALIDITY,
): TValidity {
  const issued = new Date(input.issuedAt);
  if (Number.isNaN(issued.getTime())) throw new Error("issuedAt is not a valid date");
  if (input.targetSchemes.length === 0) throw new Error("a label needs at least one target scheme");

  let best: { until: Date; limitedBy: TValidity["limitedBy"] } | null = null;
  let capped = false;
  for (const scheme of input.targetSchemes) {
    const rule = config[scheme];
    if (!Number.isInteger(rule.months) || rule.months <= 0)
      throw new Error(`validity months for ${scheme} must be a positive integer`);
    const until = addMonthsUtc(issued, rule.months);
    capped ||= rule.capAtSupportEnd;
    if (best === null || until < best.until)
      best = { until, limitedBy: { kind: "scheme", scheme, months: rule.months } };
  }
  if (best === null) throw new Error("unreachable: no target scheme");
  const supportEnd = endOfDayUtc(input.supportPeriodEnd);
  if (capped && supportEnd < best.until)
    best = {
      until: supportEnd,
      limitedBy: { kind: "support_period", supportPeriodEnd: input.supportPeriodEnd },
    };
  return {
    validUntil: best.until.toISOString(),
    limitedBy: best.limitedBy,
    expiredAtIssue: best.until <= issued,
  };
}

/** Convenience for callers that only need the date. */
export function validUntilFor(input: TValidityInput, config: TValidityConfig = DEFAULT_VALIDITY): string {
  return computeValidity(input, config).validUntil;
}

/**
 * What a label's page, badge or API record says. Derived from the label's events (lib/labels/state.ts), plus
 * "integrity_failed" when the check on serve (lib/labels/integrity.ts) finds the stored label does not match its
 * signature or its transparency log entries: then nothing else on record can be trusted, so it wins over all.
 */
export type TLabelStatus = TDerivedState | "integrity_failed";

export type TLabelStatusInput = {
  validUntil: string | Date;
  /**
   * The label's events, oldest first: the state is derived from these alone (never from the revokedAt column,
   * which the database only copies from the REVOKED event; lists and badges select the events too).
   */
  events: readonly TLabelEventLike[];
  integrity?: { ok: boolean } | null;
};

/**
 * The status shown wherever a label appears. Revocation wins over supersession and expiry (the reason matters more to
 * a consumer); it is never read from the snapshot, which does not change after issue.
 */
export function labelStatus(label: TLabelStatusInput, now: Date = new Date()): TLabelStatus {
  if (label.integrity && !label.integrity.ok) return "integrity_failed";
  const until = new Date(label.validUntil).getTime();
  if (Number.isNaN(until)) throw new Error("validUntil is not a valid date");
  return deriveLabelHistory(label.events, label.validUntil, now).state;
}
