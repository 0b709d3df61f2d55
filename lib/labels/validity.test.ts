import { describe, expect, it } from "vitest";
import {
  addMonthsUtc,
  computeValidity,
  DEFAULT_VALIDITY,
  labelStatus,
  parseValidityMonths,
} from "./validity";

describe("validity", () => {
  it.each([
    // issuedAt, support end, schemes → validUntil, limited by
    ["2026-11-20T09:30:00.000Z", "2035-01-01", ["EU_RED"], "2029-11-20T09:30:00.000Z", "scheme"],
    ["2026-11-20T09:30:00.000Z", "2035-01-01", ["EU_RED", "CN_CCL"], "2029-11-20T09:30:00.000Z", "scheme"],
    [
      "2026-11-20T09:30:00.000Z",
      "2035-01-01",
      ["EU_RED", "US_CTM", "CN_CCL"],
      "2027-11-20T09:30:00.000Z",
      "scheme",
    ],
    ["2026-11-20T09:30:00.000Z", "2028-06-30", ["EU_RED"], "2028-06-30T23:59:59.000Z", "support_period"],
    ["2026-11-20T09:30:00.000Z", "2027-03-31", ["US_CTM"], "2027-03-31T23:59:59.000Z", "support_period"],
  ] as const)("%s, support to %s, %j → %s", (issuedAt, supportPeriodEnd, targetSchemes, expected, kind) => {
    const v = computeValidity({ issuedAt, supportPeriodEnd, targetSchemes });
    expect(v.validUntil).toBe(expected);
    expect(v.limitedBy.kind).toBe(kind);
    expect(v.expiredAtIssue).toBe(false);
  });

  it("flags a label whose support already ended", () => {
    const v = computeValidity({
      issuedAt: "2026-11-20T00:00:00Z",
      supportPeriodEnd: "2026-01-31",
      targetSchemes: ["EU_RED"],
    });
    expect(v.expiredAtIssue).toBe(true);
  });

  it("is configurable per scheme and may ignore the support cap", () => {
    const config = { ...DEFAULT_VALIDITY, EU_RED: { months: 24, capAtSupportEnd: false } };
    expect(
      computeValidity(
        { issuedAt: "2026-01-15T00:00:00Z", supportPeriodEnd: "2026-06-30", targetSchemes: ["EU_RED"] },
        config,
      ).validUntil,
    ).toBe("2028-01-15T00:00:00.000Z");
    expect(() =>
      computeValidity(
        { issuedAt: "2026-01-15T00:00:00Z", supportPeriodEnd: "2030-01-01", targetSchemes: ["EU_RED"] },
        { ...config, EU_RED: { months: 0, capAtSupportEnd: true } },
      ),
    ).toThrow();
  });

  it("adds calendar months, clamping to month ends and leap days", () => {
    expect(addMonthsUtc(new Date("2027-01-31T12:00:00Z"), 1).toISOString()).toBe("2027-02-28T12:00:00.000Z");
    expect(addMonthsUtc(new Date("2028-02-29T00:00:00Z"), 12).toISOString()).toBe("2029-02-28T00:00:00.000Z");
    expect(addMonthsUtc(new Date("2026-12-15T00:00:00Z"), 36).toISOString()).toBe("2029-12-15T00:00:00.000Z");
  });

  it("rejects malformed input", () => {
    expect(() =>
      computeValidity({ issuedAt: "nope", supportPeriodEnd: "2030-01-01", targetSchemes: ["EU_RED"] }),
    ).toThrow();
    expect(() =>
      computeValidity({
        issuedAt: "2026-01-01T00:00:00Z",
        supportPeriodEnd: "2030-02-30",
        targetSchemes: ["EU_RED"],
      }),
    ).toThrow();
    expect(() =>
      computeValidity({
        issuedAt: "2026-01-01T00:00:00Z",
        supportPeriodEnd: "2030-01-01",
        targetSchemes: [],
      }),
    ).toThrow();
  });
});

describe("labelStatus", () => {
  const validUntil = "2027-11-20T09:30:00.000Z";
  it.each([
    ["2027-11-20T09:30:00.000Z", null, "valid"],
    ["2027-11-20T09:30:00.001Z", null, "expired"],
    ["2026-12-01T00:00:00.000Z", "2026-11-30T10:00:00.000Z", "revoked"],
    ["2030-01-01T00:00:00.000Z", "2026-11-30T10:00:00.000Z", "revoked"],
  ] as const)("at %s with a revocation at %s → %s", (now, revokedAt, expected) => {
    const events = [
      { kind: "ISSUED" as const, at: "2026-11-20T09:30:00.000Z" },
      ...(revokedAt ? [{ kind: "REVOKED" as const, at: revokedAt, reason: "Recalled" }] : []),
    ];
    expect(labelStatus({ validUntil, events }, new Date(now))).toBe(expected);
  });
});

describe("parseValidityMonths (LABEL_VALIDITY_MONTHS)", () => {
  it("overrides the named schemes and keeps the others' defaults", () => {
    const cfg = parseValidityMonths(" US_CTM=24 , EU_RED = 60");
    expect(cfg.US_CTM).toEqual({ ...DEFAULT_VALIDITY.US_CTM, months: 24 });
    expect(cfg.EU_RED).toEqual({ ...DEFAULT_VALIDITY.EU_RED, months: 60 });
    expect(cfg.CN_CCL).toEqual(DEFAULT_VALIDITY.CN_CCL);
    // and the label follows it: a US-only label issued 2026-01-15 is now valid for 24 months
    const v = computeValidity(
      { issuedAt: "2026-01-15T10:00:00.000Z", supportPeriodEnd: "2035-12-31", targetSchemes: ["US_CTM"] },
      cfg,
    );
    expect(v.validUntil).toBe("2028-01-15T10:00:00.000Z");
  });

  it.each([
    ["US_CTM", /not SCHEME=months/],
    ["US_CTM=0", /between 1 and 120/],
    ["US_CTM=121", /between 1 and 120/],
    ["JP_JC=12", /unknown scheme "JP_JC"/],
    ["US_CTM=12,US_CTM=24", /given twice/],
    ["us_ctm=12", /not SCHEME=months/],
  ])("refuses %s", (spec, message) => {
    expect(() => parseValidityMonths(spec)).toThrow(message);
  });
});
