import { describe, expect, it } from "vitest";
import { addOneMonth, incidentClocks, incidentInput } from "./incident";

// CRA Article 14(4): early warning 24 h and incident notification 72 h after awareness, final report within one
// month after the incident notification (shared/schemes/eu-cra.md CRA-A14.4–6).
const aware = new Date("2026-11-30T10:00:00Z");

describe("severe incident clocks", () => {
  it("run 24 h and 72 h from awareness; the final report waits for the notification", () => {
    const c = incidentClocks({ awareAt: aware, filed: {} }, new Date("2026-12-01T09:00:00Z"));
    expect(c.map((x) => [x.stage, x.dueAt?.toISOString() ?? null, x.status])).toEqual([
      ["EARLY_WARNING", "2026-12-01T10:00:00.000Z", "due"],
      ["NOTIFICATION", "2026-12-03T10:00:00.000Z", "due"],
      ["FINAL_REPORT", null, "waiting"],
    ]);
    const late = incidentClocks({ awareAt: aware, filed: {} }, new Date("2026-12-01T10:00:01Z"));
    expect(late[0]!.status).toBe("overdue");
  });

  it("the final report is due one calendar month after the notification was filed", () => {
    const notified = new Date("2026-12-02T16:30:00Z");
    const c = incidentClocks(
      { awareAt: aware, filed: { EARLY_WARNING: new Date("2026-12-01T08:00:00Z"), NOTIFICATION: notified } },
      new Date("2026-12-05T00:00:00Z"),
    );
    expect(c.map((x) => x.status)).toEqual(["filed", "filed", "due"]);
    expect(c[2]!.dueAt!.toISOString()).toBe("2027-01-02T16:30:00.000Z");
  });

  it("one month later is clamped to the end of a shorter month", () => {
    expect(addOneMonth(new Date("2027-01-31T12:00:00Z")).toISOString()).toBe("2027-02-28T12:00:00.000Z");
    expect(addOneMonth(new Date("2028-01-31T12:00:00Z")).toISOString()).toBe("2028-02-29T12:00:00.000Z");
    expect(addOneMonth(new Date("2026-12-15T00:00:00Z")).toISOString()).toBe("2027-01-15T00:00:00.000Z");
  });

  it("validates what the manufacturer records, with clear errors", () => {
    const ok = incidentInput.parse({
      title: "Update server compromised",
      awareAt: "2026-11-30T10:00:00Z",
      suspectedMalicious: "yes",
      description: "",
    });
    expect(ok).toEqual({
      title: "Update server compromised",
      awareAt: new Date("2026-11-30T10:00:00Z"),
      suspectedMalicious: true,
    });
    const bad = incidentInput.safeParse({ title: "x", awareAt: "not a date", extra: 1 });
    expect(bad.success).toBe(false);
    const fields = bad.error!.issues.map((i) => String(i.path[0] ?? i.code));
    expect(fields).toEqual(expect.arrayContaining(["title", "awareAt"]));
    // A datetime-local value is read as UTC; empty means now (null here, the data layer uses its clock).
    expect(incidentInput.parse({ title: "Local time", awareAt: "2026-11-30T10:00" }).awareAt).toEqual(aware);
    expect(incidentInput.parse({ title: "Just now", awareAt: "" }).awareAt).toBeNull();
    expect(incidentInput.safeParse({ title: "Nul\u0000byte", awareAt: "2026-11-30T10:00:00Z" }).success).toBe(
      false,
    );
  });
});
