import { describe, expect, it } from "vitest";
import { coverageChanges, coveredProductOf, describeCoverageChanges } from "./label-coverage";

const covered = {
  modelName: "Lumo Cam",
  modelNumber: "LC-310",
  hardwareVersion: "1.0",
  firmwareVersion: "1.8.0",
};

describe("coverageChanges", () => {
  it("is empty while the product matches its label (blank and missing model numbers are the same)", () => {
    expect(coverageChanges({ ...covered }, covered)).toEqual([]);
    expect(coverageChanges({ ...covered, modelNumber: "" }, { ...covered, modelNumber: null })).toEqual([]);
    expect(coverageChanges({ ...covered, firmwareVersion: " 1.8.0 " }, covered)).toEqual([]);
  });

  it("names each edited fact, firmware first, with the covered and the current value", () => {
    const changes = coverageChanges(
      { ...covered, firmwareVersion: "1.9.0", hardwareVersion: "1.1", modelNumber: null },
      covered,
    );
    expect(changes).toEqual([
      { field: "firmwareVersion", covered: "1.8.0", now: "1.9.0" },
      { field: "hardwareVersion", covered: "1.0", now: "1.1" },
      { field: "modelNumber", covered: "LC-310", now: null },
    ]);
    expect(describeCoverageChanges(changes)).toBe(
      "firmware version 1.8.0 (now 1.9.0), hardware version 1.0 (now 1.1), model number LC-310 (now none)",
    );
  });
});

describe("coveredProductOf", () => {
  it("reads a snapshot's product and refuses anything else", () => {
    expect(coveredProductOf({ ...covered, id: "p", category: "camera" })).toEqual(covered);
    expect(coveredProductOf({ modelName: "x" })).toBeNull();
    expect(coveredProductOf(null)).toBeNull();
    expect(coveredProductOf("x")).toBeNull();
  });
});
