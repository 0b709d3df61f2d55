import { describe, expect, it } from "vitest";
import type { TLabelEventLike } from "@/lib/labels/state";
import {
  displayStatus,
  expiresWithin,
  LABEL_STATE_UI,
  labelState,
  labelStateSentence,
  type TLabelStateInput,
} from "./display-status";

const now = new Date("2027-03-01T12:00:00Z");
const validUntil = new Date("2028-01-01T00:00:00Z");
const issued: TLabelEventLike = { kind: "ISSUED", at: "2026-06-01T10:00:00Z" };
const label = (events: TLabelEventLike[] = [], until = validUntil, integrity?: { ok: boolean }) =>
  ({ validUntil: until, events: [issued, ...events], integrity }) satisfies TLabelStateInput;

describe("displayStatus: one state for an assessment and its label", () => {
  it.each([
    ["DRAFT", null, "Draft", ""],
    ["SUBMITTED", null, "Submitted", "info"],
    ["CHANGES_REQUESTED", null, "Changes requested", "warn"],
    ["REJECTED", null, "Rejected", "bad"],
    ["APPROVED", label(), "Approved · label valid", "ok"],
    ["APPROVED", label([], new Date("2027-02-01T00:00:00Z")), "Approved · label expired", "warn"],
    [
      "APPROVED",
      label([{ kind: "REVOKED", at: "2027-02-10T08:00:00Z", reason: "Debug shell" }]),
      "Approved · label revoked",
      "bad",
    ],
    [
      "APPROVED",
      label([{ kind: "SUSPENDED", at: "2027-02-10T08:00:00Z", reason: "Exploited flaw" }]),
      "Approved · label suspended",
      "warn",
    ],
    [
      "APPROVED",
      label([{ kind: "SUPERSEDED", at: "2027-02-10T08:00:00Z", supersededBy: "CL-NEXT" }]),
      "Approved · label superseded",
      "warn",
    ],
    ["APPROVED", label([], validUntil, { ok: false }), "Approved · label integrity check failed", "bad"],
  ] as const)("%s with label %j → %s", (status, l, text, tone) => {
    const d = displayStatus(status, l, now);
    expect(d.text).toBe(text);
    expect(d.tone).toBe(tone);
  });

  it("revocation wins over expiry and keeps the REVOKED event's date and reason", () => {
    const s = labelState(
      label(
        [{ kind: "REVOKED", at: "2026-12-01T09:00:00Z", reason: "False declaration" }],
        new Date("2027-01-01"),
      ),
      now,
    );
    expect(s).toEqual({ kind: "revoked", on: new Date("2026-12-01T09:00:00Z"), reason: "False declaration" });
    expect(labelStateSentence(s)).toBe("Revoked on 2026-12-01: False declaration");
  });

  it("a failed integrity check wins over everything, and tells the manufacturer whom to ask", () => {
    const s = labelState(
      label([{ kind: "REVOKED", at: "2026-12-01T09:00:00Z", reason: "x" }], validUntil, { ok: false }),
      now,
    );
    expect(s).toEqual({ kind: "integrity_failed" });
    expect(labelStateSentence(s)).toBe("Integrity check failed: contact your lab");
    expect(LABEL_STATE_UI.integrity_failed).toMatchObject({ word: "Integrity check failed", tone: "bad" });
  });

  it("says when a label expired, was suspended or replaced, or until when it is valid", () => {
    expect(labelStateSentence(labelState(label(), now))).toBe("Valid until 2028-01-01");
    expect(labelStateSentence(labelState(label(), new Date("2029-01-01")))).toBe("Expired on 2028-01-01");
    expect(
      labelStateSentence(
        labelState(label([{ kind: "SUSPENDED", at: "2027-02-10T08:00:00Z", reason: "Exploited flaw" }]), now),
      ),
    ).toBe("Suspended on 2027-02-10: Exploited flaw");
    expect(
      labelStateSentence(
        labelState(label([{ kind: "SUPERSEDED", at: "2027-02-11T08:00:00Z", supersededBy: "CL-NEXT" }]), now),
      ),
    ).toBe("Replaced on 2027-02-11 by label CL-NEXT");
  });
});

describe("expiresWithin", () => {
  it("counts the days left of a valid label inside the reminder window only", () => {
    const s = (until: string) => labelState(label([], new Date(until)), now);
    expect(expiresWithin(s("2027-03-31T12:00:00Z"), now)).toBe(30);
    expect(expiresWithin(s("2027-06-01T12:00:00Z"), now)).toBeNull();
    expect(expiresWithin(s("2027-02-01T00:00:00Z"), now)).toBeNull(); // already expired
  });
});
