import { describe, expect, it } from "vitest";
import { deriveLabelHistory, firstIllegalEvent, nextEventProblem, type TLabelEventLike } from "./state";
import { labelStatus } from "./validity";

const label = { issuedAt: "2026-01-01T00:00:00.000Z", validUntil: "2027-01-01T00:00:00.000Z" };
const NOW = new Date("2026-06-01T00:00:00.000Z");
const ev = (
  kind: TLabelEventLike["kind"],
  at: string,
  extra: Partial<TLabelEventLike> = {},
): TLabelEventLike => ({
  kind,
  at,
  reason: kind === "REVOKED" || kind === "SUSPENDED" ? "because" : null,
  ...extra,
});
const issued = ev("ISSUED", label.issuedAt);

describe("deriveLabelHistory / labelStatus", () => {
  it.each([
    ["issued only", [issued], NOW, "valid"],
    ["issued, after validUntil (no event needed)", [issued], new Date("2027-01-02"), "expired"],
    ["suspended", [issued, ev("SUSPENDED", "2026-02-01")], NOW, "suspended"],
    [
      "suspended then reinstated",
      [issued, ev("SUSPENDED", "2026-02-01"), ev("REINSTATED", "2026-03-01")],
      NOW,
      "valid",
    ],
    ["superseded", [issued, ev("SUPERSEDED", "2026-02-01", { supersededBy: "CL-X" })], NOW, "superseded"],
    ["revoked", [issued, ev("REVOKED", "2026-02-01")], NOW, "revoked"],
    ["revoked wins over expiry", [issued, ev("REVOKED", "2026-02-01")], new Date("2030-01-01"), "revoked"],
    [
      "revoked wins over supersession",
      [issued, ev("SUPERSEDED", "2026-02-01", { supersededBy: "CL-X" }), ev("REVOKED", "2026-03-01")],
      NOW,
      "revoked",
    ],
    ["expiry logged", [issued, ev("EXPIRED", label.validUntil)], new Date("2027-02-01"), "expired"],
  ] as const)("%s → %s", (_name, events, now, expected) => {
    expect(deriveLabelHistory(events, label.validUntil, now).state).toBe(expected);
    expect(labelStatus({ validUntil: label.validUntil, events }, now)).toBe(expected);
  });

  it("a failed integrity check wins over every state the events give", () => {
    for (const events of [[issued], [issued, ev("REVOKED", "2026-02-01")]])
      expect(labelStatus({ validUntil: label.validUntil, events, integrity: { ok: false } }, NOW)).toBe(
        "integrity_failed",
      );
    expect(
      labelStatus({ validUntil: label.validUntil, events: [issued], integrity: { ok: true } }, NOW),
    ).toBe("valid");
  });
});

describe("nextEventProblem: the state machine the database trigger enforces", () => {
  const ok = (events: TLabelEventLike[], next: TLabelEventLike, now = NOW) =>
    nextEventProblem(events, next, label, now);
  it.each([
    ["ISSUED first, at issue", [], issued, true],
    ["ISSUED at another time", [], ev("ISSUED", "2026-01-02"), false],
    ["ISSUED twice", [issued], issued, false],
    ["anything before ISSUED", [], ev("REVOKED", "2026-02-01"), false],
    ["REVOKED with a reason", [issued], ev("REVOKED", "2026-02-01"), true],
    ["REVOKED without a reason", [issued], ev("REVOKED", "2026-02-01", { reason: " " }), false],
    ["anything after REVOKED", [issued, ev("REVOKED", "2026-02-01")], ev("REINSTATED", "2026-03-01"), false],
    ["REVOKED twice", [issued, ev("REVOKED", "2026-02-01")], ev("REVOKED", "2026-03-01"), false],
    [
      "events out of time order",
      [issued, ev("SUSPENDED", "2026-03-01")],
      ev("REINSTATED", "2026-02-01"),
      false,
    ],
    ["dated in the future", [issued], ev("REVOKED", "2026-06-02"), false],
    ["REINSTATED without a suspension", [issued], ev("REINSTATED", "2026-02-01"), false],
    ["SUSPENDED twice", [issued, ev("SUSPENDED", "2026-02-01")], ev("SUSPENDED", "2026-03-01"), false],
    ["SUPERSEDED without the replacing label", [issued], ev("SUPERSEDED", "2026-02-01"), false],
    [
      "SUPERSEDED twice",
      [issued, ev("SUPERSEDED", "2026-02-01", { supersededBy: "CL-X" })],
      ev("SUPERSEDED", "2026-03-01", { supersededBy: "CL-Y" }),
      false,
    ],
    [
      "REVOKED after SUPERSEDED",
      [issued, ev("SUPERSEDED", "2026-02-01", { supersededBy: "CL-X" })],
      ev("REVOKED", "2026-03-01"),
      true,
    ],
    ["EXPIRED before validUntil", [issued], ev("EXPIRED", label.validUntil), false],
  ] as const)("%s", (_name, events, next, allowed) => {
    expect(ok([...events], next) === null).toBe(allowed);
  });

  it("EXPIRED only once, dated validUntil, after it; no suspension after validUntil", () => {
    const later = new Date("2027-03-01");
    expect(ok([issued], ev("EXPIRED", label.validUntil), later)).toBeNull();
    expect(ok([issued], ev("EXPIRED", "2027-02-01"), later)).not.toBeNull();
    expect(
      ok([issued, ev("EXPIRED", label.validUntil)], ev("EXPIRED", label.validUntil), later),
    ).not.toBeNull();
    expect(ok([issued], ev("SUSPENDED", "2027-02-01"), later)).not.toBeNull();
  });

  it("replays a history and names the first event that could not have been written", () => {
    expect(firstIllegalEvent([issued, ev("REVOKED", "2026-02-01")], label, NOW)).toBeNull();
    expect(
      firstIllegalEvent([issued, ev("REVOKED", "2026-02-01"), ev("REINSTATED", "2026-03-01")], label, NOW),
    ).toEqual({ index: 2, problem: expect.stringContaining("final") });
    expect(firstIllegalEvent([ev("REVOKED", "2026-02-01")], label, NOW)?.index).toBe(0);
  });
});
