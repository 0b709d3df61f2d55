import { describe, expect, it } from "vitest";
import { craDraft, type TCraDraftInput } from "./cra-report";
import { craClocks } from "./model";

const aware = new Date("2026-11-10T08:00:00Z");
const base: TCraDraftInput = {
  identifier: "CVE-2026-40001",
  aliases: ["OSV-2026-0001"],
  title: "Heap overflow in httpd",
  severity: "CRITICAL",
  cvssScore: 9.8,
  fixedInVersion: null,
  awareAt: aware,
  correctiveMeasureAt: null,
  clocks: craClocks({ activelyExploited: true, awareAt: aware, correctiveMeasureAt: null, filed: {} }, aware),
  product: {
    modelName: "SmartPlug Pro",
    modelNumber: "SP-200",
    firmwareVersion: "2.4.1",
    hardwareVersion: "B",
  },
  manufacturer: { name: "Acme Devices", country: null },
};

describe("CRA Article 14 report drafts", () => {
  it("drafts the early warning with its deadline and what the manufacturer must complete", () => {
    const d = craDraft(base, "EARLY_WARNING", aware);
    expect(d.json).toMatchObject({
      deadline: "2026-11-11T08:00:00.000Z",
      product: { name: "SmartPlug Pro", firmwareVersion: "2.4.1" },
      vulnerability: { identifier: "CVE-2026-40001" },
      memberStatesWhereMadeAvailable: "[to complete]",
      manufacturer: { country: "[to complete]" },
    });
    expect(d.text).toContain("Early warning (Article 14(2)(a) Regulation (EU) 2024/2847)");
    expect(d.text).toContain("Deadline: 2026-11-11T08:00:00.000Z");
    expect(d.text).toContain("single reporting platform");
  });

  it("fills the notification and final report from the recorded fix", () => {
    const fixed = { ...base, fixedInVersion: "2.4.2", correctiveMeasureAt: new Date("2026-11-12T08:00:00Z") };
    fixed.clocks = craClocks(
      { activelyExploited: true, awareAt: aware, correctiveMeasureAt: fixed.correctiveMeasureAt, filed: {} },
      aware,
    );
    expect(craDraft(fixed, "NOTIFICATION", aware).json).toMatchObject({
      deadline: "2026-11-13T08:00:00.000Z",
      measuresUsersCanTake: "Update to firmware 2.4.2 or later",
      cvssBaseScore: 9.8,
    });
    expect(craDraft(fixed, "FINAL_REPORT", aware).json).toMatchObject({
      deadline: "2026-11-26T08:00:00.000Z",
      securityUpdateOrOtherMeasure: "Firmware 2.4.2",
    });
    expect(craDraft(base, "FINAL_REPORT", aware).json.deadline).toMatch(/^not running/);
  });
});
