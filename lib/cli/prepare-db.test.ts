import { describe, expect, it } from "vitest";
import { demoSeedAtStart, NO_DEMO_DATA_MESSAGE } from "./prepare-db";

const PG = "postgresql://app@db:5432/cyberlabel";

describe("demoSeedAtStart", () => {
  it("seeds the embedded database by default, PostgreSQL only when asked", () => {
    expect(demoSeedAtStart({ DATABASE_URL: undefined, DEMO_DATA: undefined })).toBe(true);
    expect(demoSeedAtStart({ DATABASE_URL: PG, DEMO_DATA: undefined })).toBe(false);
    expect(demoSeedAtStart({ DATABASE_URL: PG, DEMO_DATA: true })).toBe(true);
  });

  it("DEMO_DATA=0 turns it off on the embedded database too", () => {
    expect(demoSeedAtStart({ DATABASE_URL: undefined, DEMO_DATA: false })).toBe(false);
  });

  it("tells how to get demo data when none was created", () => {
    expect(NO_DEMO_DATA_MESSAGE).toContain("npm run db:seed");
    expect(NO_DEMO_DATA_MESSAGE).not.toContain("\n");
  });
});
