import { describe, expect, it } from "vitest";
import { displayStatus, expiresWithin, labelState, labelStateSentence } from "./display-status";

const now = new Date("2027-03-01T12:00:00Z");
const validUntil = new Date("2028-01-01T00:00:00Z");

describe("displayStatus: one state for an assessment and its label", () => {
  it.each([
    ["DRAFT", null, "Draft", ""],
    ["SUBMITTED", null, "Submitted", "info"],
    ["CHANGES_REQUESTED", null, "Changes requested", "warn"],
    ["REJECTED", null, "Rejected", "bad"],
    ["APPROVED", { validUntil, revokedAt: null, revocationReason: null }, "Approved · label valid", "ok"],
    [
      "APPROVED",
      { validUntil: new Date("2027-02-01T00:00:00Z"), revokedAt: null, revocationReason: null },
      "Approved · label expired",
      "warn",
    ],
    [
      "APPROVED",
      { validUntil, revokedAt: new Date("2027-02-10T08:00:00Z"), revocationReason: "Debug shell" },
      "Approved · label revoked",
      "bad",
    ],
  ] as const)("%s with label %j → %s", (status, label, text, tone) => {
    const d = displayStatus(status, label, now);
    expect(d.text).toBe(text);
    expect(d.tone).toBe(tone);
  });

  it("revocation wins over expiry and keeps its date and reason", () => {
    const s = labelState(
      {
        validUntil: new Date("2027-01-01T00:00:00Z"),
        revokedAt: new Date("2026-12-01T09:00:00Z"),
        revocationReason: "False declaration",
      },
      now,
    );
    expect(s).toEqual({ kind: "revoked", on: new Date("2026-12-01T09:00:00Z"), reason: "False declaration" });
    expect(labelStateSentence(s)).toBe("Revoked on 2026-12-01: False declaration");
  });

  it("says when a label expired or until when it is valid", () => {
    expect(labelStateSentence(labelState({ validUntil, revokedAt: null, revocationReason: null }, now))).toBe(
      "Valid until 2028-01-01",
    );
    expect(
      labelStateSentence(
        labelState({ validUntil, revokedAt: null, revocationReason: null }, new Date("2029-01-01")),
      ),
    ).toBe("Expired on 2028-01-01");
  });
});

describe("expiresWithin", () => {
  it("counts the days left of a valid label inside the reminder window only", () => {
    const s = (until: string) =>
      labelState({ validUntil: new Date(until), revokedAt: null, revocationReason: null }, now);
    expect(expiresWithin(s("2027-03-31T12:00:00Z"), now)).toBe(30);
    expect(expiresWithin(s("2027-06-01T12:00:00Z"), now)).toBeNull();
    expect(expiresWithin(s("2027-02-01T00:00:00Z"), now)).toBeNull(); // already expired
  });
});
